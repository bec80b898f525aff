import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { configureMarkdown, prepareBody } from '../lib/content/markdown';
import { buildPostRecord } from '../lib/content/record';
const dir = '/tmp/corpus200';
const files = readdirSync(dir).slice(0, 200);
const p = unified(); configureMarkdown(p, { collectProblems: true });
let t = performance.now(); let prep = 0, render = 0, rec = 0;
for (const f of files) {
  const src = readFileSync(`${dir}/${f}`, 'utf8');
  let a = performance.now(); prepareBody(src, `posts/${f}`); prep += performance.now() - a;
  a = performance.now(); const html = String(await p.process(new VFile({ value: src, path: `content/posts/${f}` }))); render += performance.now() - a;
}
console.log({ n: files.length, prepMsEach: (prep / files.length).toFixed(1), renderMsEach: (render / files.length).toFixed(1), total: ((performance.now() - t) / 1000).toFixed(1) });
import { analyzeBody } from '../lib/content/analysis';
let htmls: string[] = [];
for (const f of files) htmls.push(String(await p.process(new VFile({ value: readFileSync(`${dir}/${f}`, 'utf8'), path: `content/posts/${f}` }))));
let a = performance.now(); for (const h of htmls) analyzeBody(h, 70); console.log('analyze ms each', ((performance.now() - a) / htmls.length).toFixed(2));
const { converterFrom, TAIWAN_TRADITIONAL } = await import('../lib/chinese/convert');
const { convertHtml } = await import('../lib/chinese/convert');
const c = converterFrom(TAIWAN_TRADITIONAL); convertHtml(htmls[0], c);
a = performance.now(); for (const h of htmls) convertHtml(h, c); console.log('convertHtml ms each', ((performance.now() - a) / htmls.length).toFixed(2), 'avg html KB', (htmls.reduce((s, h) => s + h.length, 0) / htmls.length / 1024).toFixed(1));
