/**
 * Fonts for the share images: Noto Sans TC / SC from @fontsource (node_modules, nothing committed).
 *
 * fontsource ships each weight as ~105 slices, one WOFF per `unicode-range` (frequency-ordered
 * Chinese blocks, plus Latin, Cyrillic…). We read the ranges from the package's CSS, and load a
 * slice only when a text we render needs one of its characters: the slices are the subset. Every
 * slice is read, inflated to TrueType and kept once per process, and satori parses each once (it
 * caches by the identity of the `data` we pass), so per image only the font list is assembled.
 *
 * A character is drawn from the locale's script (TC for zh-Hant, SC for zh-Hans) when that script
 * has it, else from the other (satori tries an element's families in order, per character). Both
 * cover Latin. A character neither has (emoji…) is left out by render.ts rather than drawn as a box.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

type Script = 'tc' | 'sc';
export type Weight = 400 | 700;

/** A font as satori's `fonts` option takes it. */
type SatoriFont = { name: string; data: ArrayBuffer; weight: Weight; style: 'normal' };

type Slice = {
  /** The slice's name in the CSS: `12`, `latin`, `cyrillic-ext`… */
  id: string;
  file: string;
  /** Its position in the CSS: for overlapping ranges the last slice defined wins, as in browsers. */
  priority: number;
};

type Table = { slices: Slice[]; owner: Map<number, Slice> };

type LoadedSlice = {
  family: string;
  script: Script;
  slice: Slice;
  weight: Weight;
  /** TrueType (the WOFF inflated): satori and HarfBuzz read it without inflating it again. */
  data: ArrayBuffer;
  font: SatoriFont;
  advance: (codePoint: number) => number | undefined;
};

const PACKAGES: Record<Script, string> = { tc: '@fontsource/noto-sans-tc', sc: '@fontsource/noto-sans-sc' };

/**
 * Found from the project's directory, not by `require.resolve`: inside Next's server bundle (the share image
 * route) that answers a module number. Not traced from here (the whole packages, every weight and format,
 * would be 146 MB of the function): next.config.ts traces the two weights this renderer reads.
 */
function packageDir(script: Script): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', PACKAGES[script]);
}

// ---------------------------------------------------------------------------------------------
// Which slice holds which character, from `<weight>.css`.

const tables = new Map<string, Table>();

function table(script: Script, weight: Weight): Table {
  const key = `${script}-${weight}`;
  let result = tables.get(key);
  if (result) return result;
  const dir = packageDir(script);
  const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  const slices: Slice[] = [];
  const owner = new Map<number, Slice>();
  const face = /\/\*\s*noto-sans-\w+-\[?([\w-]+?)\]?-\d+-normal\s*\*\/\s*@font-face\s*{([^}]*)}/g;
  for (const [, id, body] of css.matchAll(face)) {
    const woff = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(body);
    const range = /unicode-range:\s*([^;]+);/.exec(body);
    if (!woff || !range) continue;
    const slice: Slice = { id, file: path.join(dir, woff[1]), priority: slices.length };
    slices.push(slice);
    for (const part of range[1].split(',')) {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      const end = parseInt(to, 16);
      for (let codePoint = parseInt(from, 16); codePoint <= end; codePoint++) owner.set(codePoint, slice);
    }
  }
  if (slices.length === 0) throw new Error(`share-image: no @font-face with a unicode-range in ${PACKAGES[script]}/${weight}.css`);
  result = { slices, owner };
  tables.set(key, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Loading a slice: WOFF → TrueType, and the horizontal advances (for fitting the title).

const loaded = new Map<string, LoadedSlice>();
const stats = { files: 0, woffBytes: 0, ttfBytes: 0, loadMs: 0 };

/** WOFF 1.0 to the sfnt it wraps (each table zlib-compressed or stored). */
function woffToSfnt(woff: Uint8Array): ArrayBuffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('share-image: not a WOFF font');
  const count = view.getUint16(12);
  const out = new Uint8Array(view.getUint32(16));
  const outView = new DataView(out.buffer);
  outView.setUint32(0, view.getUint32(4));
  outView.setUint16(4, count);
  const selector = Math.floor(Math.log2(count));
  outView.setUint16(6, (1 << selector) * 16);
  outView.setUint16(8, selector);
  outView.setUint16(10, count * 16 - (1 << selector) * 16);
  let offset = 12 + count * 16;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const [tag, at, compressed, length, checksum] = [0, 4, 8, 12, 16].map((field) => view.getUint32(entry + field));
    const record = 12 + i * 16;
    outView.setUint32(record, tag);
    outView.setUint32(record + 4, checksum);
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, length);
    const bytes = woff.subarray(at, at + compressed);
    out.set(compressed < length ? inflateSync(bytes) : bytes, offset);
    offset += (length + 3) & ~3;
  }
  return out.buffer;
}

/** Advance widths in em, from `cmap` (format 4 or 12), `hmtx`, `hhea` and `head`. */
function advances(sfnt: ArrayBuffer): (codePoint: number) => number | undefined {
  const view = new DataView(sfnt);
  const tableAt = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...new Uint8Array(sfnt, record, 4));
    tableAt.set(tag, view.getUint32(record + 8));
  }
  const [cmap, hmtx, hhea, head] = ['cmap', 'hmtx', 'hhea', 'head'].map((tag) => tableAt.get(tag));
  if (cmap === undefined || hmtx === undefined || hhea === undefined || head === undefined) return () => undefined;
  const unitsPerEm = view.getUint16(head + 18);
  const metrics = view.getUint16(hhea + 34);
  const glyphs = new Map<number, number>();
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const [platform, encoding] = [view.getUint16(record), view.getUint16(record + 2)];
    const subtable = cmap + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) format12 = subtable;
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 = subtable;
  }
  if (format12 !== undefined) {
    const groups = view.getUint32(format12 + 12);
    for (let i = 0; i < groups; i++) {
      const group = format12 + 16 + i * 12;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let codePoint = start; codePoint <= end; codePoint++) glyphs.set(codePoint, glyph + codePoint - start);
    }
  } else if (format4 !== undefined) {
    const segments = view.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    for (let i = 0; i < segments; i++) {
      const [start, end] = [view.getUint16(starts + i * 2), view.getUint16(ends + i * 2)];
      const [delta, rangeOffset] = [view.getInt16(deltas + i * 2), view.getUint16(offsets + i * 2)];
      for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
        let glyph = codePoint;
        if (rangeOffset) glyph = view.getUint16(offsets + i * 2 + rangeOffset + (codePoint - start) * 2);
        if (glyph) glyphs.set(codePoint, (glyph + delta) & 0xffff);
      }
    }
  }
  return (codePoint) => {
    const glyph = glyphs.get(codePoint);
    if (!glyph) return undefined;
    return view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4) / unitsPerEm;
  };
}

/** A slice by its CSS name: the files differ by weight, the slicing does not. */
function load(script: Script, id: string, weight: Weight): LoadedSlice {
  const key = `${script}-${id}-${weight}`;
  let result = loaded.get(key);
  if (result) return result;
  const slice = table(script, weight).slices.find((candidate) => candidate.id === id);
  if (!slice) throw new Error(`share-image: no slice ${id} in ${PACKAGES[script]} at weight ${weight}`);
  const start = performance.now();
  const woff = readFileSync(slice.file);
  const data = woffToSfnt(woff);
  const family = `share-${script}-${slice.id}-${weight}`;
  result = {
    family,
    script,
    slice,
    weight,
    data,
    font: { name: family, data, weight, style: 'normal' },
    advance: advances(data),
  };
  loaded.set(key, result);
  stats.files++;
  stats.woffBytes += woff.byteLength;
  stats.ttfBytes += data.byteLength;
  stats.loadMs += performance.now() - start;
  return result;
}

// ---------------------------------------------------------------------------------------------
// What a card needs.

const SCRIPTS: Record<'zh-Hant' | 'zh-Hans', [Script, Script]> = { 'zh-Hant': ['tc', 'sc'], 'zh-Hans': ['sc', 'tc'] };

/**
 * The slice drawing a character: the locale's script first, then the other. A slice's range also
 * lists characters its script lacks (4,443 in TC, 2,292 in SC), so the glyph is checked too.
 */
function sliceFor(codePoint: number, weight: Weight, locale: 'zh-Hant' | 'zh-Hans'): LoadedSlice | undefined {
  for (const script of SCRIPTS[locale]) {
    const slice = table(script, weight).owner.get(codePoint);
    if (!slice) continue;
    const font = load(script, slice.id, weight);
    if (font.advance(codePoint) !== undefined) return font;
  }
  return undefined;
}

export type FontSet = {
  fonts: SatoriFont[];
  /** For `fontFamily`, by weight: the locale's script first, each script's slices last-defined first. */
  families: Map<Weight, string[]>;
};

/**
 * The slices drawing these texts, as satori fonts. Each slice is its own family, at one weight;
 * an element lists the families of its weight, and satori takes each character from the first
 * that has it. The last-defined slice comes first, as in browsers: every slice also maps the space,
 * `!`, `"` and no-break space, whose glyphs are the `latin` slice's.
 */
export function fontSet(texts: Array<{ text: string; weight: Weight }>, locale: 'zh-Hant' | 'zh-Hans'): FontSet {
  const byWeight = new Map<Weight, Map<string, LoadedSlice>>();
  for (const { text, weight } of texts) {
    let needed = byWeight.get(weight);
    if (!needed) byWeight.set(weight, (needed = new Map()));
    for (const char of text) {
      const found = sliceFor(char.codePointAt(0)!, weight, locale);
      if (found) needed.set(found.family, found);
    }
  }
  const [primary] = SCRIPTS[locale];
  const fonts: SatoriFont[] = [];
  const families = new Map<Weight, string[]>();
  for (const [weight, needed] of byWeight) {
    const ordered = [...needed.values()].sort(
      (a, b) => Number(b.script === primary) - Number(a.script === primary) || b.slice.priority - a.slice.priority,
    );
    fonts.push(...ordered.map(({ font }) => font));
    families.set(
      weight,
      ordered.map(({ family }) => family),
    );
  }
  return { fonts, families };
}

/** A character's advance in em at this weight, or undefined if neither script has it. */
export function advance(char: string, weight: Weight, locale: 'zh-Hant' | 'zh-Hans'): number | undefined {
  const codePoint = char.codePointAt(0)!;
  return sliceFor(codePoint, weight, locale)?.advance(codePoint);
}

/** The characters (not spaces) that neither Noto Sans TC nor SC has a glyph for. */
export function missingCharacters(text: string, weight: Weight = 700): string[] {
  return [...new Set(text)].filter((char) => !/\s/.test(char) && advance(char, weight, 'zh-Hant') === undefined);
}

/** Font data read so far by this process: WOFF files, their bytes, and the TrueType they inflate to. */
export function fontStats(): { files: number; woffBytes: number; ttfBytes: number; loadMs: number } {
  return { ...stats };
}
