import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, makeScratchSite, startProcess, stopProcess, waitForServer } from '../tests/support/scratch-site';
const site = makeScratchSite('dbg-');
const draft = (t: string) => `---\ntitle: "未完成的草稿 ${t}"\ndate: 2026-03-01 09:00\ndraft: true\n---\n\n這段正文。伺服器上的軟體。\n`;
writeFileSync(path.join(site, 'content/posts/draft-x.md'), draft('A'));
const port = await freePort();
const dev = startProcess('npm', ['run', 'dev', '--', '-p', String(port)], { cwd: site });
const url = `http://localhost:${port}/zh-hant/posts/draft-x`;
await waitForServer(url, dev.child, dev.output, 180000);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('request', (r) => { if (r.url().includes('content-events')) console.log(Date.now() % 100000, 'request SSE'); });
p.on('framenavigated', (f) => { if (f === p.mainFrame()) console.log(Date.now() % 100000, 'navigated', f.url()); });
const r = await p.goto(url); console.log('status', r?.status());
for (let i = 0; i < 60; i++) { const h = await p.locator('h1').first().innerText().catch(() => ''); if (h.includes('草稿')) { console.log('draft shown', h); break; } await new Promise((x) => setTimeout(x, 1000)); }
console.log(Date.now() % 100000, 'editing');
writeFileSync(path.join(site, 'content/posts/draft-x.md'), draft('B'));
for (let i = 0; i < 30; i++) { const h = await p.locator('h1').first().innerText().catch(() => ''); if (h.includes(' B')) { console.log('edit shown after', i, 's'); break; } await new Promise((x) => setTimeout(x, 1000)); }
console.log(dev.output().split('\n').filter((l) => /content|GET|error/i.test(l)).slice(-25).join('\n'));
await b.close(); await stopProcess(dev.child);
