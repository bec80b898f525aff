import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { EMBED_PROVIDERS, isEmbedProvider, type EmbedProvider } from '../../embeds';

/**
 * A site's own shortcodes (its Hugo theme's), declared in content/shortcodes.yaml, each mapped to
 * something the site can show without the theme's templates. A declared name wins over our built-in one
 * of the same name, as a site's template wins over Hugo's.
 *   embed: a player we know (youtube, vimeo, bilibili, speakerdeck, x, instagram, gist); `id` names
 *          the argument holding its id (a name, or a position counted from 0; default: id, then 0), or
 *          `url` an argument holding its address (`src`), or an address built from the arguments
 *          (`"https://player.bilibili.com/player.html?aid={0}"`)
 *   media: video or audio, played by the browser; `src` the argument holding the file's address
 *          (default: src, then 0), `caption`, `poster`; `relURL: true` when the theme made a relative
 *          address the site's (Hugo's relURL: `audios/a.mp3` is /audios/a.mp3)
 *   gallery: a paired shortcode of images: its content kept, as one figure, with its `caption`
 *   callout: a paired shortcode shown as a callout (like GitHub's `> [!NOTE]`): `callout` gives its type
 *          (note, tip, warning…, or an argument: "{type|0}"), `title` and `open` arguments
 *   link:  an address built from the arguments ({0}, {1} by position, {name} by name), with `text`
 *   block: a paired shortcode whose content is kept, in a box headed by this text (may be "")
 *   inline: a paired shortcode whose content is kept as it is, in the running text
 *   html:  the theme's own HTML, its arguments in it ({0}, {name}, escaped) and its content as {.Inner}
 *          (`<ruby>{0}<rt>{1}</rt></ruby>`); sanitized like any HTML of an article
 *   remove: true, for page furniture with nothing to read (visitor counters, comment widgets)
 * An argument may be named bare (`url: src`) or as a template (`url: "{src}"`, `"{src|0}"`: the first given).
 */
export type DeclaredShortcode =
  | { kind: 'embed'; provider: EmbedProvider; id?: string; url?: string }
  | { kind: 'media'; media: MediaKind; src: string; caption?: string; poster?: string; relURL?: boolean }
  | { kind: 'gallery'; caption?: string }
  | { kind: 'callout'; type: string; title?: string; open?: string }
  | { kind: 'link'; link: string; text?: string }
  | { kind: 'block'; title: string }
  | { kind: 'inline' }
  | { kind: 'html'; html: string }
  | { kind: 'remove' };

export type MediaKind = 'video' | 'audio';

export type DeclaredShortcodes = Map<string, DeclaredShortcode>;

export const SHORTCODES_FILE = 'shortcodes.yaml';

export type DeclarationProblem = { line?: number; field: string; message: string; fix: string };

const DECLARATION_FIX =
  'write it as { embed: bilibili }, { embed: bilibili, url: src }, { media: video, src: src }, { gallery: true }, { callout: tip }, { link: "https://…/{0}", text: "…" }, { block: "{title}" }, { inline: true }, { html: "<ruby>{0}<rt>{1}</rt></ruby>" } or { remove: true } (see content/EDITING.md)';

/** An argument named bare (`src`, `0`) as the template that gives it (`{src}`); a template as it is. */
function argumentTemplate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  return /^[\w|-]+$/.test(text) ? `{${text.toLowerCase()}}` : text;
}

/** Reads content/shortcodes.yaml's text; each bad entry is a problem naming its line. */
export function parseDeclaredShortcodes(text: string): { shortcodes: DeclaredShortcodes; problems: DeclarationProblem[] } {
  const shortcodes: DeclaredShortcodes = new Map();
  const problems: DeclarationProblem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    const [error] = document.errors;
    return {
      shortcodes,
      problems: [
        {
          line: error.linePos?.[0].line,
          field: 'yaml',
          message: `is not valid YAML: ${error.message.split('\n')[0]}`,
          fix: 'check quotes and indentation',
        },
      ],
    };
  }
  if (document.contents === null) return { shortcodes, problems };
  if (!isMap(document.contents))
    return {
      shortcodes,
      problems: [{ line: 1, field: 'shortcodes', message: 'must map shortcode names to what to show', fix: DECLARATION_FIX }],
    };
  for (const item of document.contents.items) {
    const name = isScalar(item.key) ? String(item.key.value).toLowerCase() : '';
    const line = lineCounter.linePos((item.key as { range?: number[] }).range?.[0] ?? 0).line;
    const value = (
      item.value && 'toJS' in item.value ? (item.value as { toJS: (doc: unknown) => unknown }).toJS(document) : null
    ) as Record<string, unknown> | null;
    const bad = (message: string) => problems.push({ line, field: name || 'shortcodes', message, fix: DECLARATION_FIX });
    if (!/^[\w./-]+$/.test(name)) {
      bad(`"${name}" is not a shortcode name`);
      continue;
    }
    if (!value || typeof value !== 'object') {
      bad('says nothing about how to show it');
      continue;
    }
    const optional = (key: string) => (typeof value[key] === 'string' || typeof value[key] === 'number' ? String(value[key]) : undefined);
    if ('embed' in value) {
      const url = argumentTemplate(value.url);
      if (!isEmbedProvider(value.embed))
        bad(`embed "${String(value.embed)}" is not one we know (${Object.keys(EMBED_PROVIDERS).join(', ')})`);
      else if (url !== undefined && !/^(https?:)?\/\/[^{]*|^\{[\w|]+\}/.test(url))
        bad('url must be an argument that holds the address (url: src), or an address starting with https:// built from the arguments');
      else shortcodes.set(name, { kind: 'embed', provider: value.embed, id: value.id === undefined ? undefined : String(value.id), url });
    } else if ('media' in value) {
      if (value.media !== 'video' && value.media !== 'audio') bad(`media "${String(value.media)}" is neither video nor audio`);
      else
        shortcodes.set(name, {
          kind: 'media',
          media: value.media,
          src: argumentTemplate(value.src) ?? '{src|0}',
          caption: argumentTemplate(value.caption),
          poster: argumentTemplate(value.poster),
          relURL: value.relURL === true || value.relurl === true ? true : undefined,
        });
    } else if ('gallery' in value) {
      shortcodes.set(name, { kind: 'gallery', caption: argumentTemplate(value.caption) });
    } else if ('callout' in value) {
      const type = optional('callout');
      if (type === undefined) bad('callout must name a type (note, tip, warning…) or the argument that holds it ("{type|0}")');
      else shortcodes.set(name, { kind: 'callout', type, title: argumentTemplate(value.title), open: argumentTemplate(value.open) });
    } else if ('link' in value) {
      if (typeof value.link !== 'string' || !/^(https?:\/\/|\{[\w|]+\}$)/.test(value.link))
        bad('link must be an address starting with https://, or one argument ({href}) that holds one');
      else shortcodes.set(name, { kind: 'link', link: value.link, text: typeof value.text === 'string' ? value.text : undefined });
    } else if ('block' in value) {
      shortcodes.set(name, { kind: 'block', title: value.block === true || value.block === null ? '' : String(value.block) });
    } else if (value.inline === true) {
      shortcodes.set(name, { kind: 'inline' });
    } else if ('html' in value) {
      if (typeof value.html !== 'string') bad('html must be the HTML to show, with {0}, {name} and {.Inner} where the theme put them');
      else shortcodes.set(name, { kind: 'html', html: value.html });
    } else if (value.remove === true) {
      shortcodes.set(name, { kind: 'remove' });
    } else {
      bad('has none of embed, media, gallery, callout, link, block, inline, html or remove');
    }
  }
  return { shortcodes, problems };
}

let cache: { file: string; mtimeMs: number; shortcodes: DeclaredShortcodes } | undefined;

/** The declared shortcodes of a content folder, re-read when the file changes (the dev watcher keeps running). */
export function declaredShortcodes(contentDir: string): DeclaredShortcodes {
  const file = path.resolve(contentDir, SHORTCODES_FILE);
  if (!existsSync(file)) return new Map();
  const { mtimeMs } = statSync(file);
  if (cache?.file !== file || cache.mtimeMs !== mtimeMs) {
    cache = { file, mtimeMs, shortcodes: parseDeclaredShortcodes(readFileSync(file, 'utf8')).shortcodes };
  }
  return cache.shortcodes;
}
