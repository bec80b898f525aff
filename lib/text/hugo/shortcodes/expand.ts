import type { Locale } from '../../../core/i18n/routing';
import { calloutTitle, calloutType } from '../../callouts';
import { embedFromUrl, embedProblems, type Embed, type EmbedProvider } from '../../embeds';
import type { DeclaredShortcode, DeclaredShortcodes } from './declared';
import { parseShortcodes, type Node, type ShortcodeArguments, type ShortcodeNode } from './parse';

/** Where a `ref`/`relref` target leads: an address on this site, or why it leads nowhere. */
export type RefResolution = { href: string } | { message: string; fix: string };

export type ExpandContext = {
  declared: DeclaredShortcodes;
  resolveRef: (target: string) => RefResolution;
  /** The page's front matter, for `param`. */
  params: Record<string, unknown>;
  /** The article's own script, for the titles we write (a callout's type name). */
  script?: Locale;
};

/**
 * A warning is for what an imported site's theme wrote (a declared shortcode), shown as well as we can (a
 * link, its text) and never refused; an error for what an editor writes new.
 */
export type ExpandProblem = { line: number; message: string; fix: string; severity?: 'warning' };

/** Hugo's built-in shortcodes, the two theme embeds Chinese tech blogs use most, and the aliases X kept. */
export const BUILT_IN_SHORTCODES = [
  'youtube',
  'vimeo',
  'bilibili',
  'speakerdeck',
  'x',
  'tweet',
  'twitter',
  'instagram',
  'gist',
  'figure',
  'highlight',
  'details',
  'ref',
  'relref',
  'param',
];

const EMBED_ADDRESS_HINT =
  'https://www.youtube.com/watch?v=…, https://www.bilibili.com/video/BV…, //player.bilibili.com/player.html?bvid=…';

const UNKNOWN_FIX = (name: string) =>
  `declare it in content/shortcodes.yaml (for example  ${name}: { block: "" }  keeps its content; see content/EDITING.md), or remove it`;

/** What block-level shortcodes expand to: an HTML block's opening tag. */
const BLOCK_OUTPUT = /^<(div|figure|aside|details)\b/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An argument by name, else by position. */
function arg(args: ShortcodeArguments, name: string, position?: number): string | undefined {
  return args.named[name] ?? (position === undefined ? undefined : args.positional[position]);
}

/** The placeholder the page renders as a click-to-load player (components/article/ArticleBody). */
function embedPlaceholder(embed: Embed): string {
  const params = new URLSearchParams(embed.params).toString();
  const attributes = [`data-embed="${embed.provider}"`, `data-embed-id="${escapeHtml(embed.id)}"`];
  if (params) attributes.push(`data-embed-params="${escapeHtml(params)}"`);
  if (embed.title) attributes.push(`data-embed-title="${escapeHtml(embed.title)}"`);
  return `<div ${attributes.join(' ')}></div>`;
}

function embedOf(provider: EmbedProvider, args: ShortcodeArguments, idArgument?: string): Embed {
  const id =
    idArgument === undefined
      ? (arg(args, 'id', 0) ?? '')
      : ((/^\d+$/.test(idArgument) ? args.positional[Number(idArgument)] : args.named[idArgument.toLowerCase()]) ?? '');
  const params: Record<string, string> = {};
  const title = arg(args, 'title');
  if (provider === 'youtube') {
    for (const key of ['start', 'end'] as const) if (args.named[key] !== undefined) params[key] = args.named[key];
  }
  if (provider === 'bilibili') {
    const page = args.named.p ?? args.named.page ?? args.positional[1];
    if (page !== undefined) params.page = page;
    // A bare number is a video's aid, as the themes that take one put it in the player's address (aid=…).
    const given = args.named.bvid ?? (args.named.aid ? `av${args.named.aid}` : id);
    return { provider, id: /^\d{1,12}$/.test(given) ? `av${given}` : given, params, title };
  }
  if (provider === 'gist') {
    params.user = args.named.user ?? args.positional[0] ?? '';
    const file = args.named.file ?? args.positional[2];
    if (file) params.file = file;
    return { provider, id: args.named.id ?? args.positional[1] ?? '', params, title };
  }
  if (provider === 'x') {
    // {{< x user="u" id="1" >}}; the older {{< tweet user="u" id="1" >}} and {{< tweet 1 >}}.
    const user = args.named.user;
    if (user !== undefined) params.user = user;
    return { provider, id: args.named.id ?? args.positional.at(-1) ?? '', params, title };
  }
  return { provider, id, params, title };
}

/**
 * The embed an argument's address names (`src="//player.bilibili.com/player.html?bvid=…"`, `url="https://youtu.be/…"`),
 * for a shortcode whose arguments are not the ones we read: a theme's own `bilibili` that takes `src`.
 */
function embedInArguments(args: ShortcodeArguments): Embed | undefined {
  for (const value of [...Object.values(args.named), ...args.positional]) {
    const embed = embedFromUrl(value);
    if (embed) return embed;
  }
  return undefined;
}

/** Protocol-relative addresses (`//cdn…`, common in old embeds) are https ones. */
function absoluteHttps(address: string): string {
  return address.startsWith('//') ? `https:${address}` : address;
}

/** An address a page may load media from: a web address, a site path, or a path relative to the article (its bundle). */
function mediaAddress(address: string, relURL: boolean): string | undefined {
  const value = absoluteHttps(address.trim());
  if (value === '' || /[\s"<>\\]/.test(value)) return undefined;
  if (/^https?:\/\//i.test(value) || value.startsWith('/')) return value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  // Hugo's relURL makes a relative address the site's: `audios/a.mp3` is /audios/a.mp3.
  return relURL ? `/${value.replace(/^\.\//, '')}` : value;
}

const EMBED_BUILT_INS: Record<string, EmbedProvider> = {
  youtube: 'youtube',
  vimeo: 'vimeo',
  bilibili: 'bilibili',
  speakerdeck: 'speakerdeck',
  instagram: 'instagram',
  gist: 'gist',
  x: 'x',
  tweet: 'x',
  twitter: 'x',
};

/**
 * Whether our built-in shortcode of this name shows a use without a problem (a player's id or address, a
 * figure's src): the import declares a theme's own meaning for a built-in name only where ours does not.
 */
export function builtInShows(node: ShortcodeNode): boolean {
  const provider = EMBED_BUILT_INS[node.name];
  if (provider) return embedProblems(embedOf(provider, node.args)).length === 0 || embedInArguments(node.args) !== undefined;
  if (node.name === 'figure') return Boolean(node.args.named.src);
  return BUILT_IN_SHORTCODES.includes(node.name);
}

function fenceFor(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code.replace(/^\n/, '').replace(/\n$/, '')}\n${fence}`;
}

function figure(args: ShortcodeArguments): string {
  const get = (name: string) => args.named[name];
  const image = [`src="${escapeHtml(get('src') ?? '')}"`];
  for (const name of ['alt', 'title', 'width', 'height'] as const) if (get(name)) image.push(`${name}="${escapeHtml(get(name)!)}"`);
  if (!get('alt') && get('caption')) image.push(`alt="${escapeHtml(get('caption')!)}"`);
  let content = `<img ${image.join(' ')}>`;
  // `href` is the link of some themes' figure (Congo's, Blowfish's).
  const link = get('link') ?? get('href');
  if (link) content = `<a href="${escapeHtml(link)}">${content}</a>`;
  const caption = [
    get('title') && `<strong>${escapeHtml(get('title')!)}</strong>`,
    get('caption') && escapeHtml(get('caption')!),
    get('attr') &&
      (get('attrlink') ? `<a href="${escapeHtml(get('attrlink')!)}">${escapeHtml(get('attr')!)}</a>` : escapeHtml(get('attr')!)),
  ]
    .filter(Boolean)
    .join(' ');
  return `<figure>${content}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/**
 * A front-matter value by key, dots for nesting (`params.author`), any case, as Hugo's `param` reads it; a
 * plain key missing at the top is looked for once in the front matter's `params` map (Hugo 0.123+).
 */
function paramValue(params: Record<string, unknown>, key: string, lookInParams = true): unknown {
  const entry = (value: unknown, name: string) =>
    value && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>).find(([found]) => found.toLowerCase() === name)?.[1]
      : undefined;
  let value: unknown = params;
  for (const part of key.toLowerCase().split('.')) value = entry(value, part);
  if (value !== undefined && value !== null) return value;
  const nested = entry(params, 'params');
  return lookInParams && !key.includes('.') && nested && typeof nested === 'object'
    ? paramValue(nested as Record<string, unknown>, key, false)
    : value;
}

/** Fills `{0}`, `{name}` and `{name|1}` (the first of them given) with the shortcode's arguments, each as `shown`. */
function fillTemplate(template: string, args: ShortcodeArguments, shown: (value: string) => string = (value) => value): string {
  const value = (key: string) => (/^\d+$/.test(key) ? args.positional[Number(key)] : args.named[key.toLowerCase()]);
  return template.replace(/\{([\w|]+)\}/g, (_, keys: string) =>
    shown(
      keys
        .split('|')
        .map(value)
        .find((found) => found !== undefined && found !== '') ?? '',
    ),
  );
}

/**
 * Replaces every shortcode of a Markdown body by Markdown or HTML the pipeline understands; problems
 * name the line in the file (`firstLine` is the line the body starts on). Unknown shortcodes and bad
 * arguments are problems; the text of each is left where it was so that nothing a reader should see is lost.
 */
export function expandShortcodes(
  body: string,
  firstLine: number,
  context: ExpandContext,
  verbatim: [number, number][] = [],
): { markdown: string; problems: ExpandProblem[] } {
  const parsed = parseShortcodes(body, firstLine, verbatim);
  const { nodes } = parsed;
  const problems: ExpandProblem[] = [...parsed.problems];
  const report = (node: ShortcodeNode, message: string, fix: string) => problems.push({ line: node.line, message, fix });
  const warn = (node: ShortcodeNode, message: string, fix: string) => problems.push({ line: node.line, message, fix, severity: 'warning' });

  /** A built-in player: its own arguments, else any argument holding a player's address; else an error. */
  const embed = (node: ShortcodeNode, value: Embed): string => {
    const found = embedProblems(value);
    if (found.length === 0) return embedPlaceholder(value);
    const fromAddress = embedInArguments(node.args);
    if (fromAddress) return embedPlaceholder({ ...fromAddress, title: value.title });
    for (const problem of found) report(node, `${node.name}: ${problem.message}`, problem.fix);
    return node.source;
  };

  const expandNode = (node: ShortcodeNode): string => {
    const inner = () => (node.inner ? render(node.inner) : '');
    const { args } = node;
    // A site's own template wins over ours, as in Hugo: a theme's `bilibili` that takes src=, its `figure`.
    const declared = context.declared.get(node.name);
    if (declared) return expandDeclared(node, declared, inner);
    switch (node.name) {
      case 'youtube':
      case 'vimeo':
      case 'bilibili':
      case 'speakerdeck':
      case 'instagram':
      case 'gist':
      case 'x':
      case 'tweet':
      case 'twitter':
        return embed(node, embedOf(EMBED_BUILT_INS[node.name], args));
      case 'figure':
        if (!args.named.src) {
          report(node, 'figure has no src', 'write {{< figure src="/images/photo.jpg" caption="說明" >}}');
          return node.source;
        }
        return figure(args);
      case 'highlight':
        return fenceFor(node.innerSource ?? '', (args.positional[0] ?? args.named.lang ?? '').toLowerCase());
      case 'details': {
        const summary = arg(args, 'summary', 0) ?? '';
        const open = /^(true|open)$/i.test(args.named.open ?? '') ? ' open' : '';
        return `<details${open}><summary>${escapeHtml(summary)}</summary>\n\n${inner().trim()}\n\n</details>`;
      }
      case 'ref':
      case 'relref': {
        const target = arg(args, 'path', 0);
        if (!target) {
          report(node, `${node.name} has no target`, `write {{< ${node.name} "other-post.md" >}}`);
          return '#';
        }
        const resolved = context.resolveRef(target);
        if ('message' in resolved) {
          report(node, resolved.message, resolved.fix);
          return '#';
        }
        return resolved.href;
      }
      case 'param': {
        const key = arg(args, 'name', 0) ?? '';
        const found = paramValue(context.params, key);
        // Hugo prints a list's items; a map has nothing to print.
        const value = Array.isArray(found) ? found.join('、') : found;
        if (value === undefined || value === null || typeof value === 'object') {
          report(node, `param "${key}" is not in the front matter`, `add ${key}: to the front matter, or remove the shortcode`);
          return '';
        }
        return escapeHtml(String(value));
      }
    }
    report(node, `unknown shortcode "${node.name}"`, UNKNOWN_FIX(node.name));
    return node.source;
  };

  /**
   * A shortcode the imported site's theme defines, as its declaration says. What cannot be shown as declared is
   * a warning and stays visible (a link to its address, its text), never an error: Hugo published it.
   */
  const expandDeclared = (node: ShortcodeNode, declared: DeclaredShortcode, inner: () => string): string => {
    const { args } = node;
    const fill = (template: string | undefined) => (template === undefined ? '' : fillTemplate(template, args).trim());
    /** The shortcode kept visible: a link to the address it names, else its content, else its text as written. */
    const visible = (address?: string) => {
      if (address && /^(https?:)?\/\/[^\s"<>]+$/i.test(address)) {
        const href = absoluteHttps(address);
        return `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
      }
      return node.inner ? inner() : escapeHtml(node.source);
    };
    switch (declared.kind) {
      case 'embed': {
        if (declared.url !== undefined) {
          const address = fill(declared.url);
          const found = embedFromUrl(address) ?? embedInArguments(args);
          if (found) return embedPlaceholder({ ...found, title: arg(args, 'title') });
          // A use without the address (`{{< bilibili BV… 2 >}}` where the theme reads src=) may still name its video.
          const byId = embedOf(declared.provider, args, declared.id);
          if (embedProblems(byId).length === 0) return embedPlaceholder(byId);
          warn(
            node,
            `${node.name}: "${address}" is not an address of a player we know, so it is shown as a link`,
            `give the player's address (${EMBED_ADDRESS_HINT}), or declare ${node.name} otherwise in content/shortcodes.yaml`,
          );
          return visible(address);
        }
        const value = embedOf(declared.provider, args, declared.id);
        const found = embedProblems(value);
        if (found.length === 0) return embedPlaceholder(value);
        const fromAddress = embedInArguments(args);
        if (fromAddress) return embedPlaceholder({ ...fromAddress, title: value.title });
        for (const problem of found) warn(node, `${node.name}: ${problem.message}; shown as written`, problem.fix);
        return visible();
      }
      case 'media': {
        const given = fill(declared.src);
        const fromAddress = embedFromUrl(given);
        // A theme's video shortcode often takes a YouTube address as well as a file (it then writes a frame).
        if (fromAddress) return embedPlaceholder({ ...fromAddress, title: arg(args, 'title') });
        const src = mediaAddress(given, declared.relURL === true);
        if (!src) {
          warn(
            node,
            `${node.name}: the ${declared.media} has no address we can play ("${given}"), so it is shown as written`,
            `give the file's address: ${node.name} src="/videos/a.mp4"`,
          );
          return visible();
        }
        const poster = declared.poster ? mediaAddress(fill(declared.poster), declared.relURL === true) : undefined;
        const caption = fill(declared.caption);
        const element = `<${declared.media} controls preload="metadata" src="${escapeHtml(src)}"${poster ? ` poster="${escapeHtml(poster)}"` : ''}></${declared.media}>`;
        return `<figure>${element}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
      }
      case 'gallery': {
        const caption = fill(declared.caption);
        return `<figure>\n\n${inner().trim()}\n\n${caption ? `<figcaption>\n\n${caption}\n\n</figcaption>\n` : ''}</figure>`;
      }
      case 'callout': {
        const type = calloutType(fill(declared.type));
        const title = fill(declared.title) || calloutTitle(type, context.script ?? 'zh-Hant');
        const closed = /^(false|0|no|off)$/i.test(fill(declared.open));
        const heading = `<${closed ? 'summary' : 'p'} data-callout-title="">${escapeHtml(title)}</${closed ? 'summary' : 'p'}>`;
        const open = `<aside data-callout="${type}" role="note">${closed ? '<details>' : ''}\n${heading}`;
        return `${open}\n\n${inner().trim()}\n\n${closed ? '</details>' : ''}</aside>`;
      }
      case 'link': {
        const href = fillTemplate(declared.link, args);
        const text = declared.text ? fillTemplate(declared.text, args) : href;
        // Only web addresses and site paths: an argument cannot smuggle in a javascript: link.
        return /^(https?:\/\/|\/(?!\/))/i.test(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>` : escapeHtml(text);
      }
      case 'block': {
        const title = fillTemplate(declared.title, args).trim();
        return `<aside data-shortcode="${escapeHtml(node.name)}">\n\n${title ? `**${title.replace(/([*_`\\])/g, '\\$1')}**\n\n` : ''}${inner().trim()}\n\n</aside>`;
      }
      case 'inline':
        return inner();
      case 'html': {
        // The content goes in after the arguments, so that braces in it are not read as arguments.
        const [before, ...after] = declared.html.split('{.Inner}');
        const filled = [before, ...after].map((part) => fillTemplate(part, args, escapeHtml));
        return filled.join(node.inner ? inner().trim() : '');
      }
      case 'remove':
        return '';
    }
  };

  /**
   * A shortcode on a line of its own that becomes a block (a player, a figure, a box) is set apart by blank
   * lines, keeping the line's indentation or quote marks: glued to the text around it (Hugo allows that, its
   * output is put in after Markdown), the HTML would start a block that swallows the Markdown below it.
   */
  const render = (list: Node[]): string => {
    let out = '';
    list.forEach((node, index) => {
      if (node.type === 'text') {
        out += node.value;
        return;
      }
      const expanded = expandNode(node);
      const lineStart = out.lastIndexOf('\n') + 1;
      const prefix = out.slice(lineStart);
      const next = list[index + 1];
      const [restOfLine, nextLine] = next?.type === 'text' ? next.value.split('\n') : [''];
      if (BLOCK_OUTPUT.test(expanded) && /^[ \t>]*$/.test(prefix) && restOfLine.trim() === '') {
        const quote = prefix.trimEnd();
        const gluedAbove = lineStart > 0 && !/(^|\n)[ \t>]*\n$/.test(out.slice(0, lineStart));
        const gluedBelow = nextLine !== undefined && !/^[ \t>]*$/.test(nextLine);
        out += `${gluedAbove ? `\n${quote}\n${prefix}` : ''}${expanded}${gluedBelow ? `\n${quote}` : ''}`;
      } else out += expanded;
    });
    return out;
  };
  return { markdown: render(nodes), problems };
}
