import { codeBlocksOf, fold, htmlText, sentences, type Oracle, type OraclePage } from './hugo-oracle';

/**
 * A served import compared with Hugo's own rendering of the same site (tests/support/hugo-oracle.ts), page by page:
 * each page Hugo published is reached at its address (redirects followed) on a page of ours; a post is faithful when
 * at least 95% of the sentences Hugo rendered are on our page, in either script; its title is Hugo's; its code is
 * on the page. Used by the bench over real blogs.
 */
export type Fidelity = {
  pages: number;
  reached: number;
  posts: number;
  faithful: number;
  titles: number;
  codeTried: number;
  codeOk: number;
  /** A few examples of each kind of miss, for the report. */
  misses: string[];
};

const FAITHFUL = 0.95;

/** Our article behind a Hugo address, and its twin in the other script; undefined when the address leads nowhere of ours. */
async function ourPages(site: string, address: string): Promise<string[] | undefined> {
  const response = await fetch(`${site}${encodeURI(decodeURI(address))}`).catch(() => undefined);
  if (!response || response.status !== 200 || !/^\/zh-han[st](\/|$)/.test(new URL(response.url).pathname)) return undefined;
  const twin = response.url.replace(/\/zh-han([st])(?=\/|$)/, (_, script: string) => `/zh-han${script === 's' ? 't' : 's'}`);
  const article = (html: string) => html.match(/<article[\s\S]*<\/article>/)?.[0] ?? html;
  return [article(await response.text()), article(await (await fetch(twin)).text())];
}

async function comparePage(site: string, page: OraclePage, fidelity: Fidelity): Promise<void> {
  const pages = await ourPages(site, page.path);
  const note = (message: string) => {
    if (fidelity.misses.length < 40) fidelity.misses.push(`${page.file}: ${message}`);
  };
  if (!pages) return note(`Hugo's address ${page.path} reaches no page of ours`);
  fidelity.reached++;
  const title = fold(htmlText(page.title));
  if (pages.some((html) => fold(htmlText(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '')) === title)) fidelity.titles++;
  else note(`title differs from Hugo's "${htmlText(page.title).trim().slice(0, 40)}"`);
  const texts = pages.map((html) => fold(htmlText(html)));
  // Each block whole on one of our pages (a page's blocks are apart there, with the prose between them).
  const blocks = codeBlocksOf(page.html);
  if (blocks.length > 0) {
    fidelity.codeTried++;
    const lost = blocks.find((block) => !texts.some((text) => text.includes(block)));
    if (lost === undefined) fidelity.codeOk++;
    else {
      // Where ours parts from Hugo's: the longest start of the block found on our page.
      let found = 0;
      for (let step = 1 << 20; step > 0; step >>= 1)
        if (found + step <= lost.length && texts.some((text) => text.includes(lost.slice(0, found + step)))) found += step;
      note(`code Hugo shows is not on our page: "…${lost.slice(Math.max(0, found - 20), found)}|${lost.slice(found, found + 20)}…"`);
    }
  }
  if (!page.date) return;
  // Formulas apart: Hugo's bare build shows their TeX (the blog's theme typeset it in the browser), ours MathML.
  const wanted = sentences(withoutMath(htmlText(page.html, { withCode: false })));
  const prose = pages.map((html) => fold(withoutMath(htmlText(html.replace(/<math\b[\s\S]*?<\/math>/gi, ' ')))));
  const best = Math.max(...prose.map((text) => wanted.filter((sentence) => text.includes(sentence)).length));
  if (wanted.length === 0 || best / wanted.length >= FAITHFUL) fidelity.faithful++;
  else {
    const missing = wanted.find((sentence) => !prose.some((text) => text.includes(sentence)));
    note(`${Math.round((100 * best) / wanted.length)}% of Hugo's sentences; missing e.g. "${missing?.slice(0, 30)}"`);
  }
}

/** Every page of the oracle compared with the site served at `site`, eight at a time. */
export async function compareWithHugo(site: string, oracle: Oracle): Promise<Fidelity> {
  const fidelity: Fidelity = {
    pages: oracle.pages.length,
    reached: 0,
    posts: 0,
    faithful: 0,
    titles: 0,
    codeTried: 0,
    codeOk: 0,
    misses: [],
  };
  fidelity.posts = oracle.pages.filter((page) => page.date).length;
  const queue = [...oracle.pages];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let page = queue.shift(); page; page = queue.shift()) await comparePage(site, page, fidelity);
    }),
  );
  return fidelity;
}

/** Text without TeX (`$$…$$`, `\[…\]`, `\(…\)`, `$…$`), on both sides alike: a price's dollars go on both. */
function withoutMath(text: string): string {
  return text
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\\\[[\s\S]*?\\\]/g, ' ')
    .replace(/\\\([\s\S]*?\\\)/g, ' ')
    .replace(/\$[^$\n]+?\$/g, ' ');
}
