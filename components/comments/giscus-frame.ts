import { resolvedTheme } from '@/components/theme/theme';
import { giscusWidgetUrl, type GiscusThread } from '@/lib/outputs/comments/giscus';

/**
 * giscus's frame and what its client.js does around it, without loading that script: the signed-in
 * session (kept under client.js's own key), the frame's height, signing out, and the page's theme, which
 * follows the switch and the system through giscus's setConfig message.
 */
const SESSION_KEY = 'giscus-session';

/** The session giscus handed back after sign-in (then removed from the address, as client.js does), else the stored one. */
function takeSession(): { session: string; pageUrl: string } {
  const url = new URL(location.href);
  const fresh = url.searchParams.get('giscus');
  url.searchParams.delete('giscus');
  url.hash = '';
  let session = '';
  try {
    if (fresh) {
      localStorage.setItem(SESSION_KEY, JSON.stringify(fresh));
      history.replaceState(history.state, '', url);
      session = fresh;
    } else session = JSON.parse(localStorage.getItem(SESSION_KEY) ?? '""');
  } catch {
    // Storage refused, or an unreadable entry: the reader is simply signed out.
    session = fresh ?? '';
  }
  return { session: typeof session === 'string' ? session : '', pageUrl: url.href };
}

function forgetSession() {
  try {
    localStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Puts giscus's frame in `container`; returns what undoes its listeners. */
export function mountGiscus(container: HTMLElement, thread: GiscusThread, title: string): () => void {
  const { session, pageUrl } = takeSession();
  const source = (session: string) => giscusWidgetUrl(thread, { url: pageUrl, theme: resolvedTheme(), session });
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.src = source(session);
  frame.allow = 'clipboard-write';
  frame.setAttribute('scrolling', 'no');
  // `normal`: the frame paints its own background whatever the page's color-scheme (as giscus's default.css does).
  frame.style.colorScheme = 'normal';
  frame.className = 'block min-h-40 w-full border-0';
  container.replaceChildren(frame);
  frame.focus();

  const post = (message: object) => frame.contentWindow?.postMessage({ giscus: message }, thread.origin);
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== thread.origin || event.source !== frame.contentWindow) return;
    const data: unknown = (event.data as { giscus?: unknown } | null)?.giscus;
    if (typeof data !== 'object' || data === null) return;
    const message = data as { resizeHeight?: unknown; signOut?: unknown; error?: unknown };
    if (typeof message.resizeHeight === 'number') frame.style.height = `${message.resizeHeight}px`;
    // Signed out in the frame, or a session giscus no longer accepts: forget it and reload signed out.
    const expired = typeof message.error === 'string' && /Bad credentials|Invalid state value|State has expired/.test(message.error);
    if (message.signOut || (expired && session)) {
      forgetSession();
      frame.src = source('');
    }
  };
  const retheme = () => post({ setConfig: { theme: resolvedTheme() } });
  const observer = new MutationObserver(retheme);
  const system = matchMedia('(prefers-color-scheme: dark)');
  window.addEventListener('message', onMessage);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  system.addEventListener('change', retheme);
  return () => {
    window.removeEventListener('message', onMessage);
    observer.disconnect();
    system.removeEventListener('change', retheme);
  };
}
