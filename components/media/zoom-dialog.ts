/**
 * The image dialog (loaded by ImageZoom on the first press): a modal <dialog>, so the browser traps focus,
 * closes it on Esc and makes the rest of the page inert. Plain DOM, no React: the dialog is made once per page.
 */
type Strings = { close: string; dialogLabel: string };

type Parts = { dialog: HTMLDialogElement; image: HTMLImageElement; caption: HTMLElement };

let parts: Parts | undefined;

function build({ close }: Strings): Parts {
  const dialog = document.createElement('dialog');
  dialog.className = 'm-auto max-h-none max-w-none bg-transparent p-0 backdrop:bg-black/90';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `✕ ${close}`;
  button.className =
    'fixed end-3 top-3 rounded-full bg-zinc-900 px-4 py-2 text-sm text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';
  button.addEventListener('click', () => dialog.close());
  const figure = document.createElement('figure');
  figure.className = 'flex flex-col items-center gap-3';
  const image = document.createElement('img');
  image.className = 'max-h-[85vh] max-w-[95vw] object-contain';
  // As in the article: the news sites that serve these images may refuse them to a page that names itself.
  image.referrerPolicy = 'no-referrer';
  const caption = document.createElement('figcaption');
  caption.className = 'max-w-prose rounded bg-zinc-900 px-3 py-1 text-center text-sm text-zinc-100';
  figure.append(image, caption);
  dialog.append(button, figure);
  // A press on the backdrop (outside the picture and its caption) closes it, as on most sites.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return { dialog, image, caption };
}

/** Shows a link's image full size, with the caption the page shows (already in the page's script), then gives the focus back. */
export function openZoom(link: HTMLAnchorElement, strings: Strings): void {
  parts ??= build(strings);
  const { dialog, image, caption } = parts;
  const thumbnail = link.querySelector('img');
  const text = (link.closest('figure')?.querySelector('figcaption')?.textContent ?? thumbnail?.alt ?? '').trim();
  image.removeAttribute('src');
  image.alt = thumbnail?.alt ?? '';
  // The full-size file, or the picture the page shows when that one cannot be had.
  image.onerror = () => {
    if (thumbnail?.currentSrc && image.src !== thumbnail.currentSrc) image.src = thumbnail.currentSrc;
  };
  image.src = link.href;
  caption.textContent = text;
  caption.hidden = text === '';
  dialog.setAttribute('aria-label', text || strings.dialogLabel);
  dialog.addEventListener('close', () => link.focus(), { once: true });
  dialog.showModal();
}
