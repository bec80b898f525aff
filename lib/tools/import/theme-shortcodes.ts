import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMBED_PROVIDERS, embedFromUrl, type EmbedProvider } from '../../text/embeds';
import type { DeclaredShortcode, MediaKind } from '../../text/hugo/shortcodes/declared';
import { builtInShows } from '../../text/hugo/shortcodes/expand';
import type { ShortcodeArguments, ShortcodeNode } from '../../text/hugo/shortcodes/parse';

/**
 * How the import declares a theme's shortcodes it meets (content/shortcodes.yaml, where an editor can
 * change each): the common ones of the themes Chinese blogs use (FixIt, LoveIt, PaperMod, Stack,
 * Even, NexT ports), then a rule by shape: a paired shortcode keeps its content; one that points at an
 * address becomes a link; anything else is page furniture and is left out (and reported).
 */
const KNOWN: Record<string, DeclaredShortcode> = {
  // FixIt/LoveIt: {{< admonition type="tip" title="…" open=false >}} or {{< admonition tip "…" false >}}.
  admonition: { kind: 'callout', type: '{type|0}', title: '{title|1}', open: '{open|2}' },
  // hugo-notice and the themes that copied it: {{< notice warning >}} (a second argument is an id in some).
  notice: { kind: 'callout', type: '{type|0}', title: '{title}' },
  alert: { kind: 'callout', type: 'warning' },
  callout: { kind: 'callout', type: 'note', title: '{title}' },
  note: { kind: 'callout', type: 'note', title: '{title}' },
  tip: { kind: 'callout', type: 'tip', title: '{title}' },
  warning: { kind: 'callout', type: 'warning', title: '{title}' },
  gallery: { kind: 'gallery', caption: '{caption}' },
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

const VIDEO_FILE = /\.(mp4|m4v|webm|ogv|mov)(\?|#|$)/i;
const AUDIO_FILE = /\.(mp3|m4a|aac|wav|oga|ogg|opus|flac)(\?|#|$)/i;

/** Every argument of a use, with how a declaration names it (`src`, `0`). */
function argumentsOf(args: ShortcodeArguments): [string, string][] {
  return [...Object.entries(args.named), ...args.positional.map((value, index): [string, string] => [String(index), value])];
}

/**
 * The declaration the import writes for a shortcode the site does not know, judged from its uses: by the
 * theme's template when the site has it (`site`: its root, see `shortcodeTemplate`), by name for the common
 * themes' shortcodes, then by the arguments' shapes: one that holds a player's address is that player; a media
 * file, the video or audio; a paired shortcode keeps its content; one that points at an address becomes a
 * link; anything else is page furniture and is left out (the import reports each).
 */
export function declarationFor(name: string, uses: ShortcodeNode[], site?: ThemeSite): DeclaredShortcode {
  const template = site && shortcodeTemplate(site, name);
  const fromTemplate = template && declarationFromTemplate(template.text, uses);
  if (fromTemplate) return fromTemplate;
  // A theme's box we know is a callout here, styled in both scripts; a template of its own, its HTML.
  const known = KNOWN[name];
  if (known) return known;
  return (template && simpleTemplate(template.text)) || declarationFromShapes(name, uses);
}

/**
 * For a name we have built in (youtube, bilibili, figure…): a declaration when the site's theme defines its own
 * and its template says what it takes, or when a use gives arguments ours does not read (`bilibili src=…`), so
 * that the theme's meaning wins; undefined when ours shows every use as the theme did.
 */
export function builtInOverride(name: string, uses: ShortcodeNode[], site?: ThemeSite): DeclaredShortcode | undefined {
  const template = site && shortcodeTemplate(site, name);
  const fromTemplate = template && declarationFromTemplate(template.text, uses);
  if (fromTemplate) return fromTemplate;
  if (uses.every(builtInShows)) return undefined;
  return declarationFromShapes(name, uses);
}

function declarationFromShapes(name: string, uses: ShortcodeNode[]): DeclaredShortcode {
  for (const use of uses) {
    for (const [key, value] of argumentsOf(use.args)) {
      const embed = embedFromUrl(value);
      if (embed) return { kind: 'embed', provider: embed.provider, url: `{${key}}` };
    }
  }
  for (const use of uses) {
    const media = argumentsOf(use.args).find(([, value]) => VIDEO_FILE.test(value) || AUDIO_FILE.test(value));
    if (media) {
      const kind: MediaKind = VIDEO_FILE.test(media[1]) ? 'video' : 'audio';
      const caption = ['caption', 'title'].find((key) => uses.some((other) => other.args.named[key]));
      return { kind: 'media', media: kind, src: `{${media[0]}}`, caption: caption ? `{${caption}}` : undefined };
    }
  }
  if (uses.some((use) => use.inner !== undefined)) {
    if (/gallery/.test(name)) return { kind: 'gallery', caption: uses.some((use) => use.args.named.caption) ? '{caption}' : undefined };
    return { kind: 'block', title: uses.some((use) => use.args.named.title) ? '{title}' : '' };
  }
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

/** A Hugo site for its templates: its root, and its theme(s) as the config names them (else every folder of themes/). */
export type ThemeSite = { root: string; themes?: string[] };

/**
 * A shortcode's template as Hugo finds it: the site's own (`layouts/shortcodes/`, or `layouts/_shortcodes/` since
 * Hugo 0.146), else its themes' in order.
 */
export function shortcodeTemplate(site: ThemeSite, name: string): { file: string; text: string } | undefined {
  const themesDir = path.join(site.root, 'themes');
  const themes = site.themes ?? (existsSync(themesDir) ? readdirSync(themesDir).sort() : []);
  const roots = [site.root, ...themes.map((theme) => path.join(themesDir, theme))];
  for (const root of roots) {
    for (const folder of ['layouts/shortcodes', 'layouts/_shortcodes']) {
      const file = path.join(root, folder, `${name}.html`);
      if (existsSync(file)) return { file, text: readFileSync(file, 'utf8') };
    }
  }
  return undefined;
}

/** What an action of a template gives: the arguments it reads (`src`, `0`, first given first), and whether through relURL. */
type ActionValue = { refs: string[]; relURL: boolean };

/** The arguments an expression of Go's templates reads: `.Get "x"`, `.Get 0`, `index .Params 0`, variables, the dot of a `with`. */
function referencesIn(expression: string, variables: Map<string, ActionValue>, dot: ActionValue): ActionValue {
  const refs: string[] = [];
  let relURL = /\b(relURL|absURL|relLangURL|absLangURL)\b/.test(expression);
  const pattern =
    /\$?\.Get\s+(?:"([^"]*)"|`([^`]*)`|'([^']*)'|(\d+))|index\s+\$?\.Params\s+(?:"([^"]*)"|(\d+))|(\$\w+)|(?<![\w)\].$])\.(?![\w.])/g;
  for (const match of expression.matchAll(pattern)) {
    const [, double, backtick, single, position, indexName, indexPosition, variable] = match;
    const named = double ?? backtick ?? single ?? indexName;
    if (named !== undefined) refs.push(named.toLowerCase());
    else if (position !== undefined || indexPosition !== undefined) refs.push(position ?? indexPosition);
    else if (variable !== undefined) {
      const value = variables.get(variable);
      if (value) {
        refs.push(...value.refs);
        relURL ||= value.relURL;
      }
    } else {
      refs.push(...dot.refs);
      relURL ||= dot.relURL;
    }
  }
  return { refs: [...new Set(refs)], relURL };
}

/**
 * A template with each action (`{{ … }}`) replaced by a marker naming what it gives, read in order so that
 * variables (`$src := .Get "src"`) and `with` blocks (`{{ with .Get "src" }}…{{ . }}`) are known where used.
 */
function readActions(template: string): { text: string; values: ActionValue[] } {
  const variables = new Map<string, ActionValue>();
  const none: ActionValue = { refs: [], relURL: false };
  const dots: ActionValue[] = [none];
  const values: ActionValue[] = [];
  const text = template.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, body: string) => {
    const action = body.trim();
    const dot = dots.at(-1)!;
    if (action.startsWith('/*')) return '';
    const assignment = /^(\$\w+)\s*:?=\s*([\s\S]*)$/.exec(action);
    if (assignment) {
      const value = referencesIn(assignment[2], variables, dot);
      const earlier = variables.get(assignment[1]);
      variables.set(
        assignment[1],
        action.includes(':=') || !earlier
          ? value
          : { refs: [...new Set([...earlier.refs, ...value.refs])], relURL: earlier.relURL || value.relURL },
      );
      return '';
    }
    const block = /^(with|if|range|define|block)\b\s*([\s\S]*)$/.exec(action);
    if (block) {
      dots.push(block[1] === 'with' ? referencesIn(block[2], variables, dot) : dot);
      return '';
    }
    if (/^else\s+with\b/.test(action)) {
      dots[dots.length - 1] = referencesIn(action.replace(/^else\s+with/, ''), variables, dots.at(-2) ?? none);
      return '';
    }
    if (/^else\b/.test(action)) return '';
    if (action === 'end') {
      if (dots.length > 1) dots.pop();
      return '';
    }
    values.push(referencesIn(action, variables, dot));
    return `\u0001${values.length - 1}\u0002`;
  });
  return { text, values };
}

type Source = { element: string; url: string; relURL: boolean; refs: string[] };

/** The addresses a template's frames and media load: each `src` as a template of ours (`https://…?aid={0}`). */
function sourcesOf(template: string): { sources: Source[]; captionRefs: string[] } {
  const { text, values } = readActions(template);
  const sources: Source[] = [];
  const element = /<(iframe|video|audio|source|embed)\b[^>]*?\ssrc\s*=\s*(["']?)([^"'\s>]*)\2/gi;
  for (const match of text.matchAll(element)) {
    let tag = match[1].toLowerCase();
    if (tag === 'source') tag = /<audio\b/i.test(text.slice(0, match.index).replace(/[\s\S]*<\/audio>/i, '')) ? 'audio' : 'video';
    if (tag === 'embed') tag = 'iframe';
    let relURL = false;
    const refs: string[] = [];
    const url = match[3].replace(/\u0001(\d+)\u0002/g, (_, index: string) => {
      const value = values[Number(index)];
      relURL ||= value.relURL;
      refs.push(...value.refs);
      return value.refs.length > 0 ? `{${value.refs.join('|')}}` : '';
    });
    sources.push({ element: tag, url, relURL, refs });
  }
  const captionRefs = [...text.matchAll(/<figcaption\b[\s\S]*?<\/figcaption>/gi)].flatMap((match) =>
    [...match[0].matchAll(/\u0001(\d+)\u0002/g)].flatMap((marker) => values[Number(marker[1])].refs),
  );
  return { sources, captionRefs };
}

function fill(template: string, args: ShortcodeArguments): string {
  return template.replace(/\{([\w|-]+)\}/g, (_, keys: string) => {
    for (const key of keys.split('|')) {
      const value = /^\d+$/.test(key) ? args.positional[Number(key)] : args.named[key];
      if (value !== undefined && value !== '') return value;
    }
    return '';
  });
}

/** The provider whose player a template's frame loads, by the frame's host. */
function providerOfFrame(url: string): EmbedProvider | undefined {
  const host = /^(?:https?:)?\/\/([^/?#{]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  for (const [provider, spec] of Object.entries(EMBED_PROVIDERS) as [EmbedProvider, (typeof EMBED_PROVIDERS)[EmbedProvider]][]) {
    const own = new URL(spec.frameOrigin).host;
    if (host === own || host.endsWith(`.${own.replace(/^(www|player)\./, '')}`) || own.endsWith(`.${host.replace(/^www\./, '')}`))
      return provider;
  }
  return undefined;
}

/**
 * What a theme's template makes of its arguments, read from the template itself: a `<video>`/`<audio>` (its
 * `src`, its caption), or a frame whose address is a player we know (tried with the site's own uses, then by
 * the frame's host and the argument that holds a valid id), or, for a frame of another site, a link to it.
 * Undefined when the template shows nothing of the kind (a box, a counter): other rules decide.
 */
export function declarationFromTemplate(template: string, uses: ShortcodeNode[]): DeclaredShortcode | undefined {
  const { sources, captionRefs } = sourcesOf(template);
  const caption =
    captionRefs.length > 0
      ? `{${[...new Set(captionRefs)].join('|')}}`
      : /\.Get\s+["`]caption["`]/.test(template)
        ? '{caption}'
        : undefined;
  const media = sources.find((source) => (source.element === 'video' || source.element === 'audio') && source.refs.length > 0);
  if (media) {
    const poster = /\.Get\s+["`]poster["`]/.test(template) ? '{poster}' : undefined;
    return { kind: 'media', media: media.element as MediaKind, src: media.url, caption, poster, relURL: media.relURL || undefined };
  }
  const frames = sources.filter((source) => source.element === 'iframe' && source.refs.length > 0);
  if (frames.length === 0) return undefined;
  // Branches for named and positional arguments (FixIt's bilibili) are one address with either argument.
  const merged = mergeBranches(frames.map((frame) => frame.url));
  for (const url of merged) {
    const found = uses.map((use) => embedFromUrl(absolute(fill(url, use.args)))).find(Boolean);
    if (found) return { kind: 'embed', provider: found.provider, url: /^\{[\w|-]+\}$/.test(url) ? url : absolute(url) };
  }
  for (const frame of frames) {
    const provider = providerOfFrame(frame.url);
    if (!provider) continue;
    const spec = EMBED_PROVIDERS[provider];
    const valueOf = (use: ShortcodeNode, ref: string) => (/^\d+$/.test(ref) ? use.args.positional[Number(ref)] : use.args.named[ref]);
    // The argument holding a valid id in the uses; a bare number (a bilibili aid) only when none holds a BV id,
    // since a page number (`{{< bilibili BV… 2 >}}`) is a number too.
    const holds = (test: (value: string) => boolean) =>
      frame.refs.find((ref) =>
        uses.some((use) => {
          const value = valueOf(use, ref);
          return value !== undefined && test(value);
        }),
      );
    const id = holds((value) => spec.id.test(value)) ?? (provider === 'bilibili' ? holds((value) => /^\d{1,12}$/.test(value)) : undefined);
    if (id) return { kind: 'embed', provider, id };
  }
  const address = absolute(merged[0]);
  // A player we do not know (a music or video site of its own): a link to it, where its address is whole.
  if (/^https:\/\/[^/{]+\//.test(address)) return { kind: 'link', link: address, text: caption };
  return undefined;
}

/** An action of a simple template: an argument (`.Get 0`, `.Get "name"`, `index .Params 1`) or the content (`.Inner`, rendered or not). */
const SIMPLE_ACTION =
  /^(?:\$?\.Get\s+(?:"([^"]*)"|`([^`]*)`|(\d+))|index\s+\$?\.Params\s+(?:"([^"]*)"|(\d+))|(?:markdownify\s+)?\$?\.Inner(?:\s*\|\s*(?:markdownify|\.Page\.RenderString|safeHTML))?)(?:\s*\|\s*(?:safeHTML|htmlEscape|plainify))?$/;

/**
 * A template that only prints its arguments and content into HTML (Stack's `ruby`: `<ruby>{{ .Get 0 }}<rt>{{ .Get 1
 * }}</rt></ruby>`) as that HTML, the arguments where the template put them; undefined when the template does more
 * (conditions, loops, variables, resources), which other rules then read.
 */
export function simpleTemplate(template: string): DeclaredShortcode | undefined {
  const text = template.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '').trim();
  if (!/<[a-z]/i.test(text) || /<(script|style|iframe)\b/i.test(text)) return undefined;
  // Braces of the template's own (CSS, JSON) would read as arguments.
  if (/[{}]/.test(text.replace(/\{\{[\s\S]*?\}\}/g, ''))) return undefined;
  let simple = true;
  const html = text.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, action: string) => {
    const match = SIMPLE_ACTION.exec(action.trim());
    if (!match) simple = false;
    const [, double, backtick, position, indexName, indexPosition] = match ?? [];
    const named = double ?? backtick ?? indexName;
    if (named !== undefined) return `{${named.toLowerCase()}}`;
    if (position !== undefined || indexPosition !== undefined) return `{${position ?? indexPosition}}`;
    return '{.Inner}';
  });
  if (!simple) return undefined;
  return { kind: 'html', html: html.replace(/\s*\n\s*/g, ' ') };
}

function absolute(url: string): string {
  return url.startsWith('//') ? `https:${url}` : url;
}

/** Frame addresses that differ only in the argument they read, as one address reading either (`{id|0}`). */
function mergeBranches(urls: string[]): string[] {
  const skeleton = (url: string) => url.replace(/\{[\w|-]+\}/g, '{}');
  const merged: string[] = [];
  for (const url of urls) {
    const at = merged.findIndex((other) => skeleton(other) === skeleton(url));
    if (at === -1) {
      merged.push(url);
      continue;
    }
    const theirs = [...url.matchAll(/\{([\w|-]+)\}/g)].map((match) => match[1]);
    let index = 0;
    merged[at] = merged[at].replace(
      /\{([\w|-]+)\}/g,
      (_, keys: string) => `{${[...new Set([...keys.split('|'), ...theirs[index++].split('|')])].join('|')}}`,
    );
  }
  return merged;
}

/** The site paths of the media files a declaration's uses play (`/audios/a.mp3`), for the import to copy from static/. */
export function mediaFiles(declaration: DeclaredShortcode, uses: ShortcodeNode[]): string[] {
  if (declaration.kind !== 'media') return [];
  const paths = uses.flatMap((use) => {
    const value = fill(declaration.src, use.args).trim();
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(value) || value === '') return [];
    if (value.startsWith('/')) return [value];
    return declaration.relURL ? [`/${value.replace(/^\.\//, '')}`] : [];
  });
  return [
    ...new Set(
      paths.map((value) => {
        try {
          return decodeURI(value.split(/[?#]/)[0]);
        } catch {
          return value;
        }
      }),
    ),
  ];
}

/** A declaration as a line of content/shortcodes.yaml. */
export function declarationYaml(name: string, declaration: DeclaredShortcode): string {
  const value = (() => {
    switch (declaration.kind) {
      case 'embed':
        return `{ embed: ${declaration.provider}${declaration.id ? `, id: "${declaration.id}"` : ''}${declaration.url ? `, url: ${JSON.stringify(declaration.url)}` : ''} }`;
      case 'media':
        return `{ ${[
          `media: ${declaration.media}`,
          `src: ${JSON.stringify(declaration.src)}`,
          declaration.caption && `caption: ${JSON.stringify(declaration.caption)}`,
          declaration.poster && `poster: ${JSON.stringify(declaration.poster)}`,
          declaration.relURL && 'relURL: true',
        ]
          .filter(Boolean)
          .join(', ')} }`;
      case 'gallery':
        return `{ gallery: true${declaration.caption ? `, caption: ${JSON.stringify(declaration.caption)}` : ''} }`;
      case 'callout':
        return `{ ${[
          `callout: ${JSON.stringify(declaration.type)}`,
          declaration.title && `title: ${JSON.stringify(declaration.title)}`,
          declaration.open && `open: ${JSON.stringify(declaration.open)}`,
        ]
          .filter(Boolean)
          .join(', ')} }`;
      case 'link':
        return `{ link: ${JSON.stringify(declaration.link)}${declaration.text ? `, text: ${JSON.stringify(declaration.text)}` : ''} }`;
      case 'block':
        return `{ block: ${JSON.stringify(declaration.title)} }`;
      case 'inline':
        return '{ inline: true }';
      case 'html':
        return `{ html: ${JSON.stringify(declaration.html)} }`;
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
    case 'media':
      return `played as ${declaration.media === 'video' ? 'a video' : 'audio'}`;
    case 'gallery':
      return 'its images kept, as one figure';
    case 'callout':
      return 'its content kept, in a callout';
    case 'link':
      return 'shown as a link';
    case 'block':
      return 'its content kept, in a box';
    case 'inline':
      return 'its content kept';
    case 'html':
      return "shown as the theme's template writes it";
    case 'remove':
      return 'left out (nothing to read)';
  }
}
