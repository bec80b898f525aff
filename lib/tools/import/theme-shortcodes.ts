import type { DeclaredShortcode } from '../../text/hugo/shortcodes/declared';
import type { ShortcodeNode } from '../../text/hugo/shortcodes/parse';

/**
 * How the import declares a theme's shortcodes it meets (content/shortcodes.yaml, where an editor can
 * change each): the common ones of the themes Chinese blogs use (FixIt, LoveIt, PaperMod, Stack,
 * Even, NexT ports), then a rule by shape: a paired shortcode keeps its content; one that points at an
 * address becomes a link; anything else is page furniture and is left out (and reported).
 */
const KNOWN: Record<string, DeclaredShortcode> = {
  admonition: { kind: 'block', title: '{title|1}' },
  notice: { kind: 'block', title: '{0}' },
  alert: { kind: 'block', title: '' },
  callout: { kind: 'block', title: '{title|0}' },
  note: { kind: 'block', title: '' },
  tip: { kind: 'block', title: '' },
  warning: { kind: 'block', title: '' },
  quote: { kind: 'block', title: '' },
  'center-quote': { kind: 'block', title: '' },
  center: { kind: 'inline' },
  rawhtml: { kind: 'inline' },
  raw: { kind: 'inline' },
  html: { kind: 'inline' },
  style: { kind: 'inline' },
  typeit: { kind: 'inline' },
  mermaid: { kind: 'block', title: '' },
  tabs: { kind: 'inline' },
  tab: { kind: 'block', title: '{name}' },
  // Pointers to another site: kept as a link to it, instead of nothing.
  caniuse: { kind: 'link', link: 'https://caniuse.com/{0}', text: 'Can I use: {0}' },
  'gh-repo-card': { kind: 'link', link: 'https://github.com/{repo|0}', text: '{repo|0}' },
  // Script the theme runs on the page: its content is code, not text to read.
  script: { kind: 'remove' },
  // Encrypted in the theme's pages: publishing its content in clear would reveal what the author hid.
  'fixit-encryptor': { kind: 'remove' },
  encrypt: { kind: 'remove' },
  hidden: { kind: 'remove' },
};

const URL_ARGUMENTS = ['src', 'url', 'href', 'link'];

/** The declaration the import writes for a shortcode the site does not know, judged from its uses. */
export function declarationFor(name: string, uses: ShortcodeNode[]): DeclaredShortcode {
  const known = KNOWN[name];
  if (known) return known;
  if (uses.some((use) => use.inner !== undefined))
    return { kind: 'block', title: uses.some((use) => use.args.named.title) ? '{title}' : '' };
  const withUrl = uses.find(
    (use) =>
      URL_ARGUMENTS.some((key) => /^(https?:)?\//.test(use.args.named[key] ?? '')) || /^https?:\/\//.test(use.args.positional[0] ?? ''),
  );
  if (withUrl) {
    const key = URL_ARGUMENTS.find((candidate) => /^(https?:)?\//.test(withUrl.args.named[candidate] ?? ''));
    const text = ['content', 'text', 'title', 'name'].find((candidate) => withUrl.args.named[candidate]);
    return key
      ? { kind: 'link', link: `{${key}}`, text: text ? `{${text}}` : undefined }
      : { kind: 'link', link: '{0}', text: withUrl.args.positional[1] ? '{1}' : undefined };
  }
  return { kind: 'remove' };
}

/** A declaration as a line of content/shortcodes.yaml. */
export function declarationYaml(name: string, declaration: DeclaredShortcode): string {
  const value = (() => {
    switch (declaration.kind) {
      case 'embed':
        return `{ embed: ${declaration.provider}${declaration.id ? `, id: "${declaration.id}"` : ''} }`;
      case 'link':
        return `{ link: ${JSON.stringify(declaration.link)}${declaration.text ? `, text: ${JSON.stringify(declaration.text)}` : ''} }`;
      case 'block':
        return `{ block: ${JSON.stringify(declaration.title)} }`;
      case 'inline':
        return '{ inline: true }';
      case 'remove':
        return '{ remove: true }';
    }
  })();
  return `${/^[\w-]+$/.test(name) ? name : JSON.stringify(name)}: ${value}`;
}

export function describeDeclaration(declaration: DeclaredShortcode): string {
  switch (declaration.kind) {
    case 'embed':
      return `played as a ${declaration.provider} embed`;
    case 'link':
      return 'shown as a link';
    case 'block':
      return 'its content kept, in a box';
    case 'inline':
      return 'its content kept';
    case 'remove':
      return 'left out (nothing to read)';
  }
}
