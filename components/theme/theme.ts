/**
 * The reader's theme: `light` or `dark` kept in localStorage and set as `<html data-theme>`; no entry and no
 * attribute mean "as the system" (globals.css then follows prefers-color-scheme). Shared by the head script,
 * the switch and the comments (which tell giscus the theme).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs in <head>, before the body is parsed: the stored choice is on <html> before the first paint, so a
 * reader who chose dark on a light system never sees a light page flash. Storage can throw (disabled, or a
 * sandbox): then the page simply follows the system.
 */
export const THEME_HEAD_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The theme the page shows now: the reader's choice, else the system's. */
export function resolvedTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
