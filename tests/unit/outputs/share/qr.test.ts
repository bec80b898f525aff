import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrSvg } from '@/lib/outputs/share/qr';

/** The SVG drawn as a phone's camera would see it (resvg, 8 pixels a module), then read by an independent decoder. */
function decode(svg: string): { data: string; version: number } | undefined {
  const modules = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: modules * 8 } }).render();
  const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height, { inversionAttempts: 'dontInvert' });
  return code ? { data: code.data, version: code.version } : undefined;
}

describe('qrSvg', () => {
  test.each([
    'https://example.com/zh-hant/posts/tsai-open-source-ai-sovereignty',
    'https://example.com/zh-hans/posts/tsai-open-source-ai-sovereignty',
    'http://localhost:3000/zh-hant/posts/a',
    // A long slug, and a percent-encoded Chinese one: higher versions, byte mode.
    `https://ai.example.org/zh-hans/posts/${'jensen-huang-china-open-source-ai-lead-'.repeat(4)}x`,
    'https://example.com/zh-hant/posts/%E9%96%8B%E6%BA%90',
  ])('decodes back to the address it was made from: %s', (url) => {
    expect(decode(qrSvg(url))?.data).toBe(url);
  });

  test('a square symbol with the standard four-module quiet zone, dark on white, one path', () => {
    const svg = qrSvg('https://example.com/zh-hant/posts/tsai-open-source-ai-sovereignty');
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(width).toBe(height);
    // Version v is 17 + 4v modules; 67 characters at level M need version 5 (37 modules).
    expect(width).toBe(37 + 8);
    expect(decode(svg)?.version).toBe(5);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toContain('fill="#fff"');
    // No stroke starts inside the quiet zone, none ends past the symbol.
    for (const [, x, y, run] of svg.matchAll(/M(\d+) ([\d.]+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(4);
      expect(Number(y)).toBeGreaterThan(4);
      expect(Number(x) + Number(run)).toBeLessThanOrEqual(width - 4);
    }
  });

  test('the top-left finder pattern is where the standard puts it: a 7×7 ring around a 3×3 core', () => {
    const svg = qrSvg('https://example.com/zh-hant/posts/a');
    const rows = new Map<number, Set<number>>();
    for (const [, x, y, run] of svg.matchAll(/M(\d+) ([\d.]+)h(\d+)/g)) {
      const row = rows.get(Number(y) - 0.5) ?? new Set<number>();
      for (let i = 0; i < Number(run); i++) row.add(Number(x) + i);
      rows.set(Number(y) - 0.5, row);
    }
    const dark = (x: number, y: number) => rows.get(y + 4)?.has(x + 4) ?? false;
    const finder = Array.from({ length: 7 }, (_, y) => Array.from({ length: 7 }, (_, x) => (dark(x, y) ? '#' : '.')).join(''));
    expect(finder).toEqual(['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']);
  });
});
