import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { readerFragments, readSeed, SEED_ARTICLES } from '../seeds';

/**
 * `count` synthetic articles made from the seeds, deterministic: article k depends on k only. Half are
 * written in Simplified and half in Traditional, their tags in their own script (開源 and 开源 must end
 * up one tag), with an ASCII and a mixed tag, dated a day apart in Taipei time.
 */
export function generateArticles(count: number, directory: string): string[] {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const seeds = SEED_ARTICLES.map(({ seed }) => readSeed(seed));
  mkdirSync(directory, { recursive: true });
  const files: string[] = [];
  for (let k = 1; k <= count; k++) {
    const seed = seeds[k % seeds.length];
    const simplified = k % 2 === 0;
    const script = (text: string) => (simplified ? toSimplified(text) : text);
    const sentences = readerFragments(seed).slice(1);
    const body = [0, 1, 2].map((offset) => sentences[(k + offset * 7) % sentences.length]).map((sentence) => `${script(sentence)}。`);
    const day = new Date(Date.UTC(2023, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    const tags = [script('開源'), 'NVIDIA', script(k % 3 === 0 ? '主權 AI' : '半導體')];
    const slug = `generated-${String(k).padStart(4, '0')}`;
    const markdown = `---\ntitle: ${JSON.stringify(`${script(seed.title)} 之${k}`)}\ndate: ${day} 09:00\ntags: ${JSON.stringify(tags)}\ncategories: [${JSON.stringify(script('產業觀察'))}]\n${simplified ? 'lang: zh-CN\n' : ''}---\n\n${body.join('\n\n')}\n`;
    const file = path.join(directory, `${slug}.md`);
    writeFileSync(file, markdown);
    files.push(file);
  }
  return files;
}
