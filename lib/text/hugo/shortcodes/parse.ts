/**
 * Hugo shortcodes in a Markdown source, found the way Hugo finds them: before Markdown, anywhere in the
 * text (in a paragraph, a heading, a table cell, a link's address or a link reference definition), in
 * both forms (`{{< >}}` and `{{% %}}`), self-closing or paired with `{{< /name >}}`, with positional or
 * named arguments quoted with "" or `` or not at all. A comment marker just inside the delimiters is Hugo's
 * escape (an opening `{{<` followed by a comment opener, closed the same way): it prints the shortcode itself.
 */

export type ShortcodeArguments = { positional: string[]; named: Record<string, string> };

export type ShortcodeNode = {
  type: 'shortcode';
  name: string;
  /** `%`: Hugo renders the inner content as Markdown; `<`: it hands it over as it is. */
  delimiter: '<' | '%';
  args: ShortcodeArguments;
  /** The content between the opening and closing tags of a paired shortcode. */
  inner?: Node[];
  innerSource?: string;
  /** The whole shortcode as written, for messages. */
  source: string;
  /** Where `source` starts in the text parsed (an offset), for rewriting it in place. */
  start: number;
  line: number;
};

type TextNode = { type: 'text'; value: string };
export type Node = TextNode | ShortcodeNode;

export type ParseProblem = { line: number; message: string; fix: string };

type Tag = {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  delimiter: '<' | '%';
  rawArgs: string;
  escaped: boolean;
};

const TAG_START = /\{\{([<%])(\/\*)?/g;

/** The tag starting at `start` (at `{{<` or `{{%`), or undefined when it is not one. */
function readTag(source: string, start: number): Tag | undefined {
  const delimiter = source[start + 2] as '<' | '%';
  let index = start + 3;
  const escaped = source.startsWith('/*', index);
  if (escaped) index += 2;
  const closeChar = delimiter === '<' ? '>' : '%';
  const close = escaped ? `*/${closeChar}}}` : `${closeChar}}}`;
  // The end is the first closing delimiter outside quotes.
  let quote: string | undefined;
  for (let cursor = index; cursor < source.length; cursor++) {
    const char = source[cursor];
    if (quote) {
      if (char === '\\' && quote === '"') cursor++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === '`' || (char === "'" && /[\s=]/.test(source[cursor - 1]))) {
      quote = char;
      continue;
    }
    if (char === '\n' && source.slice(index, cursor).trim() === '') continue;
    if (source.startsWith(close, cursor)) {
      let body = source.slice(index, cursor).trim();
      const closing = body.startsWith('/');
      if (closing) body = body.slice(1).trim();
      const selfClosing = !closing && body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1).trim();
      const match = /^([\w./-]+)\s*([\s\S]*)$/.exec(body);
      if (!match) return undefined;
      return { start, end: cursor + close.length, name: match[1], closing, selfClosing, delimiter, rawArgs: match[2], escaped };
    }
    if (source.startsWith('{{', cursor)) return undefined; // a new tag begins: this one never closed
  }
  return undefined;
}

const ARGUMENT = /\s*(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s"`]+))/gy;

/** Parses `id="x" title=y`, `x y "z z"`; Hugo does not allow mixing the two, but reading both is harmless. */
export function parseArguments(raw: string): ShortcodeArguments {
  const args: ShortcodeArguments = { positional: [], named: {} };
  ARGUMENT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ARGUMENT.exec(raw)) !== null) {
    const [, key, doubleQuoted, backticked, singleQuoted, bare] = match;
    const value = doubleQuoted !== undefined ? doubleQuoted.replace(/\\(.)/g, '$1') : (backticked ?? singleQuoted ?? bare ?? '');
    if (key) args.named[key.toLowerCase()] = value;
    else args.positional.push(value);
    if (ARGUMENT.lastIndex >= raw.length) break;
  }
  return args;
}

function lineAt(source: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let cursor = source.indexOf('\n'); cursor !== -1 && cursor < index; cursor = source.indexOf('\n', cursor + 1)) line++;
  return line;
}

/**
 * Splits `source` into text and shortcodes. Ranges in `verbatim` (code spans and blocks) keep real
 * shortcodes as text, where a reader of a post about Hugo expects to see them; escapes are unescaped
 * everywhere, as Hugo does. `firstLine` is the file line `source` starts on.
 */
export function parseShortcodes(
  source: string,
  firstLine = 1,
  verbatim: [number, number][] = [],
): { nodes: Node[]; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const tags: Tag[] = [];
  const isVerbatim = (index: number) => verbatim.some(([from, to]) => index >= from && index < to);
  TAG_START.lastIndex = 0;
  for (let match = TAG_START.exec(source); match !== null; match = TAG_START.exec(source)) {
    const tag = readTag(source, match.index);
    if (!tag) continue;
    if (!tag.escaped && isVerbatim(tag.start)) continue;
    tags.push(tag);
    TAG_START.lastIndex = tag.end;
  }

  // Which opening tags are paired: a closing tag pairs with the nearest open one of its name.
  const closingFor = new Map<number, number>();
  const open: number[] = [];
  tags.forEach((tag, index) => {
    if (tag.escaped) return;
    if (!tag.closing) {
      if (!tag.selfClosing) open.push(index);
      return;
    }
    const opener = open.findLastIndex((candidate) => tags[candidate].name === tag.name);
    if (opener === -1) {
      problems.push({
        line: lineAt(source, tag.start, firstLine),
        message: `"{{< /${tag.name} >}}" closes a shortcode that was never opened`,
        fix: `remove it, or add the opening {{< ${tag.name} >}} before it`,
      });
      return;
    }
    closingFor.set(open[opener], index);
    open.splice(opener);
  });

  const build = (from: number, to: number, tagFrom: number, tagTo: number): Node[] => {
    const nodes: Node[] = [];
    let cursor = from;
    const text = (value: string) => value && nodes.push({ type: 'text', value });
    for (let index = tagFrom; index < tagTo; index++) {
      const tag = tags[index];
      if (tag.start < cursor) continue;
      text(source.slice(cursor, tag.start));
      if (tag.escaped) {
        // The escaped form prints the shortcode without its comment markers.
        text(
          source
            .slice(tag.start, tag.end)
            .replace(/^\{\{([<%])\/\*/, '{{$1')
            .replace(/\*\/([>%])\}\}$/, '$1}}'),
        );
        cursor = tag.end;
        continue;
      }
      if (tag.closing) {
        cursor = tag.end; // an unmatched closing tag, already reported
        continue;
      }
      const node: ShortcodeNode = {
        type: 'shortcode',
        name: tag.name.toLowerCase(),
        delimiter: tag.delimiter,
        args: parseArguments(tag.rawArgs),
        source: source.slice(tag.start, tag.end),
        start: tag.start,
        line: lineAt(source, tag.start, firstLine),
      };
      const closer = closingFor.get(index);
      if (closer !== undefined) {
        const innerStart = tag.end;
        const innerEnd = tags[closer].start;
        node.innerSource = source.slice(innerStart, innerEnd);
        node.inner = build(innerStart, innerEnd, index + 1, closer);
        node.source = source.slice(tag.start, tags[closer].end);
        cursor = tags[closer].end;
        index = closer;
      } else {
        cursor = tag.end;
      }
      nodes.push(node);
    }
    text(source.slice(cursor, to));
    return nodes;
  };
  return { nodes: build(0, source.length, 0, tags.length), problems };
}
