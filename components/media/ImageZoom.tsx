'use client';

import { useEffect } from 'react';

type Props = { close: string; dialogLabel: string };

/**
 * Opens an article's image links (marked `data-zoom` by ArticleBody) in a dialog instead of navigating to the
 * file. This listener is all the page loads up front; the dialog's code is fetched on the first press. Enter
 * on a focused link is a click too, so the keyboard needs nothing more. Links opened in a new tab, or before
 * the page is interactive, still simply show the file.
 */
export default function ImageZoom({ close, dialogLabel }: Props) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-zoom]') : null;
      if (!link) return;
      event.preventDefault();
      import('./zoom-dialog').then(
        ({ openZoom }) => openZoom(link, { close, dialogLabel }),
        // The dialog's code could not be fetched (offline): the file itself, as without JavaScript.
        () => location.assign(link.href),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [close, dialogLabel]);
  return null;
}
