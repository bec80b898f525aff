'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, type ThemeChoice } from './theme';

type Props = { label: string; options: Record<ThemeChoice, string> };

const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

/** The page's attribute is the one source of truth: the head script, this switch and other tabs all write it. */
function currentChoice(): ThemeChoice {
  const value = document.documentElement.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function setAttribute(root: HTMLElement, choice: ThemeChoice) {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/**
 * The players' first documents (srcdoc: ours, same origin until the reader presses play) do not see the
 * page's attribute, and Chromium gives a frame the system's prefers-color-scheme, not the page's: the
 * choice is copied onto each. A frame that already shows the provider's player has no document we can reach.
 */
function themeFrames(choice: ThemeChoice, frames: Iterable<HTMLIFrameElement> = document.querySelectorAll('iframe[srcdoc]')) {
  for (const frame of frames) {
    const root = frame.contentDocument?.documentElement;
    if (root) setAttribute(root, choice);
  }
}

function choose(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode, a sandbox): the choice holds for this page only.
  }
  setAttribute(document.documentElement, choice);
}

/** Light, dark or as the system: a native select, so keyboard and screen readers need nothing more. */
export default function ThemeSwitch({ label, options }: Props) {
  // The server cannot know the stored choice: it renders "system", the browser then shows the real one.
  const choice = useSyncExternalStore(subscribe, currentChoice, () => 'system' as const);
  useEffect(() => themeFrames(choice), [choice]);
  useEffect(() => {
    // Players load lazily, after this: each takes the choice when its document arrives.
    const onLoad = (event: Event) => {
      if (event.target instanceof HTMLIFrameElement && event.target.hasAttribute('srcdoc')) themeFrames(currentChoice(), [event.target]);
    };
    // A choice made in another tab.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      setAttribute(document.documentElement, event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system');
    };
    document.addEventListener('load', onLoad, true);
    window.addEventListener('storage', onStorage);
    return () => {
      document.removeEventListener('load', onLoad, true);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return (
    <label className="flex items-center gap-1.5 text-sm">
      <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
      </svg>
      <span className="sr-only">{label}</span>
      <select
        value={choice}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
        className="rounded-full border border-control bg-transparent px-2 py-1.5 hover:bg-surface"
      >
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {options[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
