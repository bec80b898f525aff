import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isScalar, LineCounter } from 'yaml';
import { EMBED_PROVIDERS, isEmbedProvider, type EmbedProvider } from '../../embeds';

/**
 * A site's own shortcodes (its Hugo theme's), declared in content/shortcodes.yaml, each mapped to
 * something the site can show without the theme's templates:
 *   embed: a player we know (youtube, vimeo, bilibili, speakerdeck, x, instagram, gist); `id` names
 *          the argument holding its id (a name, or a position counted from 0; default: id, then 0)
 *   link:  an address built from the arguments ({0}, {1} by position, {name} by name), with `text`
 *   block: a paired shortcode whose content is kept, in a box headed by this text (may be "")
 *   inline: a paired shortcode whose content is kept as it is, in the running text
 *   remove: true, for page furniture with nothing to read (visitor counters, comment widgets)
 */
export type DeclaredShortcode =
  | { kind: 'embed'; provider: EmbedProvider; id?: string }
  | { kind: 'link'; link: string; text?: string }
  | { kind: 'block'; title: string }
  | { kind: 'inline' }
  | { kind: 'remove' };

export type DeclaredShortcodes = Map<string, DeclaredShortcode>;

export const SHORTCODES_FILE = 'shortcodes.yaml';

export type DeclarationProblem = { line?: number; field: string; message: string; fix: string };

const DECLARATION_FIX =
  'write it as { embed: bilibili }, { link: "https://…/{0}", text: "…" }, { block: "{title}" }, { inline: true } or { remove: true } (see content/EDITING.md)';

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
    if ('embed' in value) {
      if (!isEmbedProvider(value.embed))
        bad(`embed "${String(value.embed)}" is not one we know (${Object.keys(EMBED_PROVIDERS).join(', ')})`);
      else shortcodes.set(name, { kind: 'embed', provider: value.embed, id: value.id === undefined ? undefined : String(value.id) });
    } else if ('link' in value) {
      if (typeof value.link !== 'string' || !/^(https?:\/\/|\{[\w|]+\}$)/.test(value.link))
        bad('link must be an address starting with https://, or one argument ({href}) that holds one');
      else shortcodes.set(name, { kind: 'link', link: value.link, text: typeof value.text === 'string' ? value.text : undefined });
    } else if ('block' in value) {
      shortcodes.set(name, { kind: 'block', title: value.block === true || value.block === null ? '' : String(value.block) });
    } else if (value.inline === true) {
      shortcodes.set(name, { kind: 'inline' });
    } else if (value.remove === true) {
      shortcodes.set(name, { kind: 'remove' });
    } else {
      bad('has none of embed, link, block, inline or remove');
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
