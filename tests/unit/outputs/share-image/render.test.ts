import { inflateSync } from 'node:zlib';
import { describe, expect, test, vi } from 'vitest';
import { fontSet, missingCharacters } from '@/lib/outputs/share-image/fonts';
import { countLines, fitTitle, HEIGHT, renderShareImage, renderShareSvg, WIDTH, type ShareCard } from '@/lib/outputs/share-image/render';

const HANT: ShareCard = {
  title: '蔡崇信在杜拜喊話：開源 AI 讓各國「主張主權」，全棧企業才能笑到最後',
  siteName: 'AI 產業觀察',
  dateText: '2026年2月7日',
  locale: 'zh-Hant',
  tags: ['蔡崇信', 'Alibaba', '開源 AI'],
};

const HANS: ShareCard = {
  title: '蔡崇信复盘阿里AI：“早”做，不等于领先',
  siteName: 'AI 产业观察',
  dateText: '2026年2月7日',
  locale: 'zh-Hans',
  tags: ['蔡崇信', '通义千问'],
};

/** About 80 characters, mixed scripts and punctuation: the longest titles the site has. */
const LONG_TITLE =
  '開源 AI 的隱憂——為什麼黃仁勳說中國「遙遙領先」？《紐約時報》專訪：從 Blackwell 到 H20 出口管制，NVIDIA 如何在美中科技戰之間求生存';

const SLOW = 60_000; // the first render reads fonts and starts satori's wasm; this machine is shared

type Decoded = { width: number; height: number; colorType: number; rgba: (x: number, y: number) => [number, number, number, number] };

/** A small PNG reader for what resvg writes: 8-bit RGBA or RGB, not interlaced. */
function decodePng(png: Uint8Array): Decoded {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colorType, , , interlace] = bytes.subarray(24, 29);
  if (depth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 2))
    throw new Error(`unexpected PNG: depth ${depth}, color ${colorType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i];
      const left = i >= channels ? pixels[y * stride + i - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter];
      pixels[y * stride + i] = (value + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    colorType,
    rgba: (x, y) => {
      const at = y * stride + x * channels;
      return [pixels[at], pixels[at + 1], pixels[at + 2], channels === 4 ? pixels[at + 3] : 255];
    },
  };
}

/** Pixels as dark as text (the title is #18181b on #fafaf9) in a box. */
function darkPixels(image: Decoded, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const [r, g, b] = image.rgba(x, y);
      if (r + g + b < 300) count++;
    }
  }
  return count;
}

function expectPng(png: Uint8Array): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const image = decodePng(png);
  expect([image.width, image.height]).toEqual([1200, 630]);
  return image;
}

// The layout in render.ts: the title sits between the site name (to y 98) and the footer rule at
// y 510, with 28 px of room on each side.
const TITLE_TOP = 126;
const RULE_Y = 510;

describe('share images', () => {
  test(
    'a Traditional title renders as a 1200×630 PNG with text on a light background',
    async () => {
      const image = expectPng(await renderShareImage(HANT));
      expect([WIDTH, HEIGHT]).toEqual([1200, 630]);
      const [r, g, b] = image.rgba(1190, 5);
      expect(r + g + b).toBeGreaterThan(700);
      expect(darkPixels(image, 98, TITLE_TOP, 1120, RULE_Y - 28)).toBeGreaterThan(10_000);
    },
    SLOW,
  );

  test(
    'a Simplified title renders as a 1200×630 PNG',
    async () => {
      const image = expectPng(await renderShareImage(HANS));
      expect(darkPixels(image, 98, TITLE_TOP, 1120, RULE_Y - 28)).toBeGreaterThan(5_000);
    },
    SLOW,
  );

  test.each([
    ['an 80-character title', LONG_TITLE],
    ['a 200-character title (clamped)', '阿里巴巴蔡崇信最新世界政府论坛对谈：生存与创新文化以及 AI 云计算，'.repeat(6)],
    ['one unbreakable word', 'https://example.com/'.repeat(8)],
  ])(
    '%s shrinks and stays in its box',
    async (_, title) => {
      const image = expectPng(await renderShareImage({ ...HANT, title }));
      // Nothing dark between the title box and the footer rule, nor past the right margin.
      expect(darkPixels(image, 98, RULE_Y - 26, 1200, RULE_Y)).toBe(0);
      expect(darkPixels(image, 1121, 0, 1200, RULE_Y)).toBe(0);
      expect(darkPixels(image, 98, TITLE_TOP, 1120, RULE_Y - 28)).toBeGreaterThan(10_000);
    },
    SLOW,
  );

  test('the title size shrinks with length, and a clamp is needed only past the smallest size', () => {
    const short = fitTitle('阿里蔡崇信：AI競賽聚焦商業化', 'zh-Hant');
    const long = fitTitle(LONG_TITLE, 'zh-Hant');
    expect(short.fontSize).toBe(76);
    expect(long.fontSize).toBeLessThan(short.fontSize);
    expect(long.lines).toBeLessThanOrEqual(long.maxLines);
    const huge = fitTitle('字'.repeat(300), 'zh-Hans');
    expect(huge.lines).toBeGreaterThan(huge.maxLines);
  });

  test('lines are counted as Chinese wraps: between ideographs, never before closing punctuation', () => {
    // Ideographs are 1 em wide: ten of them at 10 px fit 100 px exactly.
    expect(countLines('一二三四五六七八九十', 10, 100, 'zh-Hant')).toBe(1);
    expect(countLines('一二三四五六七八九十', 10, 99, 'zh-Hant')).toBe(2);
    // 「，」 cannot start a line, so it pulls 九 down with it.
    expect(countLines('一二三四五六七八九，', 10, 95, 'zh-Hant')).toBe(2);
    // Latin words stay whole.
    expect(countLines('Blackwell Blackwell', 10, 60, 'zh-Hant')).toBe(2);
  });

  test('a character the locale’s font lacks comes from the other script', () => {
    // 们 is Simplified only: Noto Sans TC has no glyph for it.
    const families = fontSet([{ text: '我们', weight: 700 }], 'zh-Hant').families.get(700) ?? [];
    expect(families.some((family) => family.startsWith('share-tc-'))).toBe(true);
    expect(families.some((family) => family.startsWith('share-sc-'))).toBe(true);
    // Traditional first for zh-Hant: 我 (in both) comes from TC.
    expect(families[0]).toMatch(/^share-tc-/);
    expect(missingCharacters('我们說 AI，「」《》—：？')).toEqual([]);
    expect(missingCharacters('🚀')).toEqual(['🚀']);
  });

  test(
    'characters no font has are left out instead of drawn as boxes',
    async () => {
      const svg = await renderShareSvg({ ...HANT, title: 'AI 🚀 起飛' });
      const plain = await renderShareSvg({ ...HANT, title: 'AI 起飛' });
      expect(svg).toBe(plain);
    },
    SLOW,
  );

  test(
    'an image does not depend on what was rendered before it (fonts by weight)',
    async () => {
      const card = { ...HANT, title: '為什麼黃仁勳說中國', tags: ['黃仁勳'] };
      vi.resetModules();
      const fresh = await import('@/lib/outputs/share-image/render');
      const alone = await fresh.renderShareImage(card);
      vi.resetModules();
      const again = await import('@/lib/outputs/share-image/render');
      // Loads the title's slices in bold first, then needs some of them regular for the tag.
      await again.renderShareImage({ ...card, tags: [] });
      const after = await again.renderShareImage(card);
      expect(Buffer.from(after).equals(Buffer.from(alone))).toBe(true);
    },
    SLOW,
  );

  test(
    'cards asked for at once (requests arriving together) each come out as when rendered alone',
    async () => {
      const cards = [HANT, HANS, { ...HANT, title: LONG_TITLE }, { ...HANS, tags: [] }];
      const alone: Buffer[] = [];
      for (const card of cards) alone.push(Buffer.from(await renderShareImage(card)));
      const together = await Promise.all(cards.map((card) => renderShareImage(card)));
      together.forEach((png, index) => {
        expectPng(png);
        expect(Buffer.from(png).equals(alone[index])).toBe(true);
      });
    },
    SLOW,
  );
});
