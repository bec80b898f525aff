import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeHTML } from 'entities';

/**
 * The real Hugo (`apt-get install hugo`; .ci/run installs it) as the reference of what a Hugo site publishes: the
 * site's content and shortcodes built with a bare theme that prints each regular page's title and content, so our
 * import of the same site can be compared with it page by page. The site's own templates are set aside (a blog's
 * theme is usually absent), its shortcodes kept.
 */
export type OraclePage = { file: string; lang: string; date: string; path: string; title: string; html: string };
export type Oracle = { pages: OraclePage[]; lists: string[]; feeds: string[]; sitemap: boolean };

const SINGLE =
  '<article data-file="{{ with .File }}{{ .Path }}{{ end }}" data-lang="{{ .Lang }}" data-date="{{ if not .Date.IsZero }}{{ .Date.Format "2006-01-02" }}{{ end }}"><h1>{{ .Title }}</h1>{{ .Content }}</article>\n';

export function buildHugoOracle(siteRoot: string): Oracle {
  const work = mkdtempSync(path.join(tmpdir(), 'hugo-oracle-'));
  try {
    const site = path.join(work, 'site');
    cpSync(siteRoot, site, { recursive: true });
    rmSync(path.join(site, 'themes'), { recursive: true, force: true });
    const layouts = path.join(site, 'layouts');
    mkdirSync(layouts, { recursive: true });
    for (const entry of readdirSync(layouts, { withFileTypes: true }).filter((entry) => entry.name !== 'shortcodes'))
      rmSync(path.join(layouts, entry.name), { recursive: true, force: true });
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    };
    write(path.join(layouts, '_default/single.html'), SINGLE);
    write(path.join(layouts, '_default/list.html'), '<p data-list></p>\n');
    write(path.join(layouts, 'index.html'), '<!-- home -->\n');
    // Shortcodes Hugo cannot render here (a missing theme's, or built-ins that fetch from the network) become stubs
    // that keep a paired shortcode's inner text; Hugo wants .Inner only in shortcodes that are closed somewhere.
    const sources = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      );
    })(path.join(site, 'content')).filter((file) => /\.(md|markdown|html)$/.test(file));
    const closed = new Set(
      sources.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\{\{[<%]\s*\/\s*([\w.\-/]+)\s*[>%]\}\}/g)].map((match) => match[1]),
      ),
    );
    const stub = (name: string) =>
      write(
        path.join(layouts, 'shortcodes', `${name}.html`),
        closed.has(name) ? '{{ with .Inner }}{{ . }}{{ end }}\n' : '{{/* stub */}}\n',
      );
    for (const name of ['tweet', 'twitter', 'x', 'instagram', 'vimeo', 'gist', 'speakerdeck', 'bilibili']) stub(name);
    const publish = path.join(work, 'public');
    const themes = path.join(work, 'themes');
    mkdirSync(path.join(themes, 'oracle'), { recursive: true });
    const hugo = () =>
      // The site's own theme is gone: an empty one in its place, so a config naming a theme (`theme = "LoveIt"`) builds.
      spawnSync(
        'hugo',
        ['--source', site, '--themesDir', themes, '--theme', 'oracle', '--destination', publish, '--quiet', '--enableGitInfo=false'],
        {
          encoding: 'utf8',
          // Pages as written, for the page pattern above, whatever the site's minify setting; a ref that 0.111 cannot
          // resolve and later Hugo can (`ref "posts/x/"`, its slash) is a warning, as those sites were built with.
          env: { ...process.env, HUGO_MINIFY_MINIFYOUTPUT: 'false', HUGO_REFLINKSERRORLEVEL: 'WARNING' },
        },
      );
    let result = hugo();
    for (let tries = 0; result.status !== 0 && tries < 40; tries++) {
      // A shortcode with no template here, or one whose template needs the absent theme (its partials, its params).
      const missing = [
        ...`${result.stderr}`.matchAll(/(?:template for shortcode "([^"]+)" not found|failed to render shortcode "([^"]+)")/g),
      ].map((match) => match[1] ?? match[2]);
      if (missing.length === 0) break;
      missing.forEach(stub);
      result = hugo();
    }
    if (result.status !== 0) throw new Error(`hugo failed (apt-get install -y hugo): ${result.error ?? result.stderr}`);
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      );
    })(publish);
    const addressOf = (file: string) => `/${path.relative(publish, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const pages: OraclePage[] = [];
    const lists: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const page =
        /^<article data-file="([^"]*)" data-lang="([^"]*)" data-date="([^"]*)"><h1>([\s\S]*?)<\/h1>([\s\S]*)<\/article>\s*$/.exec(html);
      if (page) pages.push({ file: page[1], lang: page[2], date: page[3], path: addressOf(file), title: page[4], html: page[5] });
      else if (html.startsWith('<p data-list>')) lists.push(addressOf(file));
    }
    const feeds = files
      .filter((name) => name.endsWith('/index.xml'))
      .map((file) => `/${path.relative(publish, file).split(path.sep).join('/')}`);
    return { pages, lists, feeds, sitemap: files.some((file) => file === path.join(publish, 'sitemap.xml')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** An HTML fragment's text: blocks on their own lines, script, style and frames left out; `withCode` keeps <pre>. */
export function htmlText(html: string, { withCode = true } = {}): string {
  const removed = withCode ? /<(script|style|iframe|template)\b[\s\S]*?<\/\1>/gi : /<(pre|script|style|iframe|template)\b[\s\S]*?<\/\1>/gi;
  return decodeHTML(
    html
      .replace(removed, ' ')
      .replace(/<(br|p|div|li|h\d|tr|td|th|blockquote|figcaption)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  );
}

/**
 * Text without spaces, punctuation, symbols or variation selectors (Goldmark's footnote link is `↩︎`): markup and
 * typography may differ, the words may not.
 */
export const fold = (text: string) => text.replace(/[\s\p{P}\p{S}\uFE00-\uFE0F]+/gu, '');

/** The sentences of a text worth comparing: folded, at least 8 characters. */
export const sentences = (text: string) =>
  text
    .split(/[。！？!?；;\n]|\.\s/)
    .map(fold)
    .filter((sentence) => sentence.length >= 8);

/** The code of each of a page's <pre> blocks, folded (Chroma's line numbers, inline or in a table's cell, left out). */
export function codeBlocksOf(html: string): string[] {
  const numbers = /<span[^>]*(?:user-select:\s*none|class="lnt?")[^>]*>[\s\S]*?<\/span>/gi;
  const blocks = [...html.replace(numbers, '').matchAll(/<pre\b[\s\S]*?<\/pre>/gi)];
  return blocks.map((block) => fold(decodeHTML(block[0].replace(/<[^>]+>/g, '')))).filter(Boolean);
}
