import { embedProblems, type Embed, type EmbedProvider } from '../../embeds';
import type { DeclaredShortcodes } from './declared';
import { parseShortcodes, type Node, type ShortcodeArguments, type ShortcodeNode } from './parse';

/** Where a `ref`/`relref` target leads: an address on this site, or why it leads nowhere. */
export type RefResolution = { href: string } | { message: string; fix: string };

export type ExpandContext = {
  declared: DeclaredShortcodes;
  resolveRef: (target: string) => RefResolution;
  /** The page's front matter, for `param`. */
  params: Record<string, unknown>;
};

export type ExpandProblem = { line: number; message: string; fix: string };

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
    return { provider, id: args.named.bvid ?? (args.named.aid ? `av${args.named.aid}` : id), params, title };
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
  if (get('link')) content = `<a href="${escapeHtml(get('link')!)}">${content}</a>`;
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

/** Fills `{0}`, `{name}` and `{name|1}` (the first of them given) with the shortcode's arguments. */
function fillTemplate(template: string, args: ShortcodeArguments): string {
  const value = (key: string) => (/^\d+$/.test(key) ? args.positional[Number(key)] : args.named[key.toLowerCase()]);
  return template.replace(
    /\{([\w|]+)\}/g,
    (_, keys: string) =>
      keys
        .split('|')
        .map(value)
        .find((found) => found !== undefined && found !== '') ?? '',
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
  const { nodes, problems } = parseShortcodes(body, firstLine, verbatim);
  const report = (node: ShortcodeNode, message: string, fix: string) => problems.push({ line: node.line, message, fix });

  const embed = (node: ShortcodeNode, value: Embed): string => {
    const found = embedProblems(value);
    for (const problem of found) report(node, `${node.name}: ${problem.message}`, problem.fix);
    return found.length > 0 ? node.source : embedPlaceholder(value);
  };

  const expandNode = (node: ShortcodeNode): string => {
    const inner = () => (node.inner ? render(node.inner) : '');
    const { args } = node;
    switch (node.name) {
      case 'youtube':
      case 'vimeo':
      case 'bilibili':
      case 'speakerdeck':
      case 'instagram':
      case 'gist':
      case 'x':
        return embed(node, embedOf(node.name, args));
      case 'tweet':
      case 'twitter':
        return embed(node, embedOf('x', args));
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
    const declared = context.declared.get(node.name);
    if (!declared) {
      report(node, `unknown shortcode "${node.name}"`, UNKNOWN_FIX(node.name));
      return node.source;
    }
    switch (declared.kind) {
      case 'embed':
        return embed(node, embedOf(declared.provider, args, declared.id));
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
