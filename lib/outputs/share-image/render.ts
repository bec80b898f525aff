/**
 * Share images (Open Graph, 1200×630 PNG) for articles, rendered on their first request
 * (app/og/[locale]/[image]/route.ts):
 * satori lays the card out as SVG paths, resvg rasterizes it. Fonts come from ./fonts.
 *
 * The title's size is chosen before layout, by wrapping it with the fonts' own advance widths:
 * the largest size whose lines fit the title box. If even the smallest does not fit, satori's
 * `lineClamp` ends the last line with an ellipsis, so a title never leaves its box.
 *
 * Throughput: fonts are read and parsed once per process. satori runs on the main thread, one
 * card at a time (calls are queued: it keeps module state); resvg rasterizes on libuv's thread
 * pool, so requests for several cards at once keep both cores busy.
 */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { advance, fontSet, type Weight } from './fonts';

export type ShareCard = {
  title: string;
  siteName: string;
  dateText: string;
  locale: 'zh-Hant' | 'zh-Hans';
  tags?: string[];
};

export const WIDTH = 1200;
export const HEIGHT = 630;

const COLORS = {
  background: '#fafaf9',
  text: '#18181b',
  muted: '#52525b',
  accent: '#2563eb',
  tagBackground: '#e8eefc',
  tagText: '#1e40af',
  rule: '#e4e4e7',
};

const BAR = 18; // the accent bar along the left edge
const PAD = { top: 60, right: 80, bottom: 56, left: 80 };
const SITE_SIZE = 30;
const META_SIZE = 26;
const TAG_SIZE = 22;
const HEADER = Math.ceil(SITE_SIZE * 1.25);
const RULE = 2;
const FOOTER_PAD = 18;
const PILL = 44; // a tag: 22 px text, 1.2 line height, 8 px padding above and below
const FOOTER = RULE + FOOTER_PAD + PILL;
const GAP = 28;
const TITLE_WIDTH = WIDTH - BAR - PAD.left - PAD.right;
const TITLE_HEIGHT = HEIGHT - PAD.top - PAD.bottom - HEADER - FOOTER - 2 * GAP;
const TITLE_LINE_HEIGHT = 1.3;
/** Largest first; the last one is used, with the line clamp, when none fits. */
const TITLE_SIZES = [76, 70, 64, 58, 54, 50, 46, 42];
const ELLIPSIS = '…';
const MAX_TAGS = 3;
/** Room left on each line against rounding in the layout. */
const SLACK = 2;

// ---------------------------------------------------------------------------------------------
// Wrapping, as satori breaks lines (UAX #14): between ideographs, not before closing punctuation
// nor after opening punctuation, Latin words at spaces only. Where in doubt this allows fewer
// breaks than satori, so it may count a line too many, never one too few.

const NO_BREAK_BEFORE = new Set([...'、。，．：；？！）］｝」』》〉】〕〗〙〛〞…‥·・ー々〻ゝゞヽヾ%‰℃,.:;?!)]}']);
const NO_BREAK_AFTER = new Set([...'（［｛「『《〈【〔〖〘〚〝([{$£¥€#']);
/** Quotation marks that may open or close: no break on either side (UAX #14 rule 19). */
const QUOTES = new Set([...'"\'“”‘’«»‹›']);
const IDEOGRAPHIC = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const BREAKING_SPACE = /^[ \t\n\r\u3000]$/;

function breakAllowed(before: string, after: string): boolean {
  if (/\s/.test(after)) return false;
  if (/\s/.test(before) && !BREAKING_SPACE.test(before)) return false; // no-break spaces
  if (before === '·') return false;
  if (NO_BREAK_BEFORE.has(after) || NO_BREAK_AFTER.has(before) || QUOTES.has(before) || QUOTES.has(after)) return false;
  if (BREAKING_SPACE.test(before)) return true;
  if (before === '—' && after === '—') return false;
  if (IDEOGRAPHIC.test(before)) return true;
  // Latin then an opening bracket stays together, like "GPT（".
  if (IDEOGRAPHIC.test(after)) return !NO_BREAK_AFTER.has(after);
  if (before === '—' || after === '—') return true;
  // Latin, digits and symbols: words break at spaces only.
  return false;
}

function textWidth(text: string, fontSize: number, weight: Weight, locale: ShareCard['locale']): number {
  let width = 0;
  for (const char of text) width += (advance(char, weight, locale) ?? 1) * fontSize;
  return width;
}

/** The number of lines the text takes at this size and width, filled greedily as satori does. */
export function countLines(text: string, fontSize: number, width: number, locale: ShareCard['locale'], weight: Weight = 700): number {
  const chars = [...text.trim()];
  let lines = 1;
  let lineWidth = 0;
  // A unit: characters with no break between them, then the spaces after them, which hang.
  let ink = 0;
  let spaces = 0;
  const place = () => {
    if (lineWidth > 0 && lineWidth + ink > width) {
      lines++;
      lineWidth = 0;
    }
    // A unit wider than a line (a URL…) is broken where satori finds a place, after a slash or
    // between any characters (overflowWrap: break-word): count half a line for each piece.
    while (ink > width) {
      ink -= Math.max(width / 2, fontSize);
      lines++;
    }
    lineWidth += ink + spaces;
    ink = 0;
    spaces = 0;
  };
  chars.forEach((char, i) => {
    if (i > 0 && breakAllowed(chars[i - 1], char)) place();
    const w = (advance(char, weight, locale) ?? 1) * fontSize;
    if (/\s/.test(char)) spaces += w;
    else ink += w;
  });
  place();
  return lines;
}

export type TitleFit = { fontSize: number; maxLines: number; lines: number; width: number };

/**
 * The title's font size: the largest whose lines fit the title box, else the smallest (then
 * clamped). Its width is balanced like `text-wrap: balance` (which satori cannot combine with a
 * line clamp): the narrowest that keeps the number of lines, plus half an em of room.
 */
export function fitTitle(title: string, locale: ShareCard['locale']): TitleFit {
  let fit: TitleFit | undefined;
  for (const fontSize of TITLE_SIZES) {
    const maxLines = Math.floor(TITLE_HEIGHT / (fontSize * TITLE_LINE_HEIGHT));
    const lines = countLines(title, fontSize, TITLE_WIDTH - SLACK, locale);
    fit = { fontSize, maxLines, lines, width: TITLE_WIDTH };
    if (lines <= maxLines) return { ...fit, width: balancedWidth(title, fontSize, lines, locale) };
  }
  return fit!;
}

function balancedWidth(title: string, fontSize: number, lines: number, locale: ShareCard['locale']): number {
  if (lines < 2) return TITLE_WIDTH;
  let narrow = TITLE_WIDTH / 2;
  let wide = TITLE_WIDTH - SLACK;
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    if (countLines(title, fontSize, middle, locale) <= lines) wide = middle;
    else narrow = middle;
  }
  return Math.min(TITLE_WIDTH, Math.ceil(wide + fontSize / 2));
}

/** The tags that fit on the footer line beside the date, at most MAX_TAGS, in order. */
function fittingTags(tags: string[], dateText: string, locale: ShareCard['locale']): string[] {
  const room = TITLE_WIDTH - textWidth(dateText, META_SIZE, 400, locale) - 32;
  const fitting: string[] = [];
  let used = 0;
  for (const tag of tags) {
    if (!tag) continue;
    const pill = textWidth(tag, TAG_SIZE, 400, locale) + 2 * 16 + (fitting.length ? 12 : 0) + 4;
    if (used + pill > room) break;
    fitting.push(tag);
    used += pill;
    if (fitting.length === MAX_TAGS) break;
  }
  return fitting;
}

/** One line of text, without the characters neither font has (emoji…), which would be boxes. */
function clean(text: string, weight: Weight, locale: ShareCard['locale']): string {
  let result = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    if (char === ' ' || advance(char, weight, locale) !== undefined) result += char;
  }
  return result.replace(/ {2,}/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// The card.

type Element = { type: 'div'; props: { style: Record<string, unknown>; children?: unknown } };

const div = (style: Record<string, unknown>, children?: unknown): Element => ({ type: 'div', props: { style, children } });

const familyList = (families: string[]) => families.map((family) => `"${family}"`).join(', ');

type Content = { title: string; siteName: string; dateText: string; tags: string[]; fit: TitleFit };

function card({ title, siteName, dateText, tags, fit }: Content, bold: string, regular: string): Element {
  return div({ width: WIDTH, height: HEIGHT, display: 'flex', backgroundColor: COLORS.background, color: COLORS.text, fontFamily: bold }, [
    div({ width: BAR, height: HEIGHT, backgroundColor: COLORS.accent }),
    div(
      {
        display: 'flex',
        flexDirection: 'column',
        width: WIDTH - BAR,
        height: HEIGHT,
        boxSizing: 'border-box',
        padding: `${PAD.top}px ${PAD.right}px ${PAD.bottom}px ${PAD.left}px`,
      },
      [
        div({ display: 'flex', alignItems: 'center', height: HEADER, flexShrink: 0 }, [
          div({ width: 14, height: 14, borderRadius: 7, backgroundColor: COLORS.accent, marginRight: 14, flexShrink: 0 }),
          div(
            {
              display: 'block',
              maxWidth: TITLE_WIDTH - 28,
              fontSize: SITE_SIZE,
              fontWeight: 700,
              lineHeight: 1.25,
              letterSpacing: '0.04em',
              color: COLORS.accent,
              lineClamp: 1,
            },
            siteName,
          ),
        ]),
        div({ display: 'flex', flexGrow: 1, alignItems: 'center', margin: `${GAP}px 0`, minHeight: 0 }, [
          div(
            {
              display: 'block',
              width: fit.width,
              maxHeight: TITLE_HEIGHT,
              overflow: 'hidden',
              fontSize: fit.fontSize,
              fontWeight: 700,
              lineHeight: TITLE_LINE_HEIGHT,
              lineClamp: fit.maxLines,
              overflowWrap: 'break-word',
            },
            title,
          ),
        ]),
        div(
          {
            display: 'flex',
            alignItems: 'center',
            height: FOOTER,
            flexShrink: 0,
            borderTop: `${RULE}px solid ${COLORS.rule}`,
            paddingTop: FOOTER_PAD,
            fontFamily: regular,
            fontWeight: 400,
          },
          [
            div({ display: 'block', flexShrink: 0, fontSize: META_SIZE, lineHeight: 1.2, color: COLORS.muted }, dateText),
            div(
              { display: 'flex', flexGrow: 1, justifyContent: 'flex-end', overflow: 'hidden' },
              tags.map((tag, i) =>
                div(
                  {
                    display: 'block',
                    flexShrink: 0,
                    marginLeft: i ? 12 : 0,
                    padding: '8px 16px',
                    borderRadius: PILL / 2,
                    backgroundColor: COLORS.tagBackground,
                    color: COLORS.tagText,
                    fontSize: TAG_SIZE,
                    lineHeight: 1.2,
                    whiteSpace: 'nowrap',
                  },
                  tag,
                ),
              ),
            ),
          ],
        ),
      ],
    ),
  ]);
}

// satori keeps module state during a render, so renders are queued rather than interleaved.
let satoriQueue: Promise<unknown> = Promise.resolve();

function queued<T>(run: () => Promise<T>): Promise<T> {
  const result = satoriQueue.then(run);
  satoriQueue = result.catch(() => undefined);
  return result;
}

/** The card as SVG (satori), for tests and other renderers. */
export async function renderShareSvg(input: ShareCard): Promise<string> {
  const { locale } = input;
  const title = clean(input.title, 700, locale);
  const siteName = clean(input.siteName, 700, locale);
  const dateText = clean(input.dateText, 400, locale);
  const tags = fittingTags(
    (input.tags ?? []).map((tag) => clean(tag, 400, locale)),
    dateText,
    locale,
  );
  const fit = fitTitle(title, locale);
  const { fonts, families } = fontSet(
    [
      // The ellipsis of the line clamp; it is in the `latin` slice, so there is always a font.
      { text: title + siteName + ELLIPSIS, weight: 700 },
      { text: dateText + tags.join(''), weight: 400 },
    ],
    locale,
  );
  const bold = familyList(families.get(700) ?? []);
  const regular = familyList(families.get(400) ?? []) || bold;
  const element = card({ title, siteName, dateText, tags, fit }, bold, regular);
  // satori takes plain { type, props } trees as React elements.
  return queued(() => satori(element as unknown as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts }));
}

/** The card as PNG bytes, 1200×630. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array> {
  const svg = await renderShareSvg(card);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background: COLORS.background });
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
