import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isHugoSiteRoot, readHugoConfig } from '@/lib/tools/import/hugo-config';

/** A temporary site folder holding the given files. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hugo-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('readHugoConfig: one file at the root', () => {
  test('hugo.toml with keys in any case ([Permalinks], BaseURL)', () => {
    const config = readHugoConfig(
      site({
        'hugo.toml':
          'BaseURL = "https://old-blog.example.com/"\nlanguageCode = "zh-TW"\nhasCJKLanguage = true\nsummaryLength = 40\n\n[Permalinks]\n  posts = "/:year/:month/:slug/"\n  Post = "/archives/:filename/"\n',
      }),
    );
    expect(config.files).toEqual(['hugo.toml']);
    expect(config.baseURL).toBe('https://old-blog.example.com/');
    expect(config.basePath).toBe('/');
    expect(config.languageCode).toBe('zh-TW');
    expect(config.hasCJKLanguage).toBe(true);
    expect(config.summaryLength).toBe(40);
    // Hugo reads section names in lower case too.
    expect(config.permalinks).toEqual({ posts: '/:year/:month/:slug/', post: '/archives/:filename/' });
  });

  test('baseurl in lower case', () => {
    expect(readHugoConfig(site({ 'config.toml': 'baseurl = "https://example.com/"' })).baseURL).toBe('https://example.com/');
  });

  test('config.yaml', () => {
    const config = readHugoConfig(
      site({ 'config.yaml': 'baseURL: https://example.com/\npermalinks:\n  posts: /:year/:slug/\nuglyURLs: true\n' }),
    );
    expect(config.files).toEqual(['config.yaml']);
    expect(config.permalinks).toEqual({ posts: '/:year/:slug/' });
    expect(config.uglyURLs).toBe(true);
  });

  test('config.json', () => {
    const config = readHugoConfig(
      site({ 'config.json': '{ "baseURL": "https://example.com/", "Permalinks": { "Posts": "/p/:slug/" }, "disablePathToLower": true }' }),
    );
    expect(config.files).toEqual(['config.json']);
    expect(config.permalinks).toEqual({ posts: '/p/:slug/' });
    expect(config.disablePathToLower).toBe(true);
  });

  test('hugo.toml wins over config.toml when both are there (Hugo 0.110+ reads hugo.* first)', () => {
    const config = readHugoConfig(
      site({ 'hugo.toml': 'baseURL = "https://new.example.com/"', 'config.toml': 'baseURL = "https://old.example.com/"' }),
    );
    expect(config.baseURL).toBe('https://new.example.com/');
    expect(config.files).toEqual(['hugo.toml']);
  });

  test('a BOM at the start of the file is fine', () => {
    expect(readHugoConfig(site({ 'hugo.toml': '\uFEFFbaseURL = "https://example.com/"' })).baseURL).toBe('https://example.com/');
  });

  test('an empty YAML file is Hugo’s defaults', () => {
    const config = readHugoConfig(site({ 'hugo.yaml': '' }));
    expect(config.permalinks).toEqual({});
    expect(config.contentDirs).toEqual([{ dir: 'content', language: undefined }]);
  });
});

describe('defaults', () => {
  const config = readHugoConfig(site({ 'hugo.toml': 'title = "x"' }));
  test('content in content/, static files in static/, addresses at the root', () => {
    expect(config.contentDirs).toEqual([{ dir: 'content', language: undefined }]);
    expect(config.staticDirs).toEqual(['static']);
    expect(config.basePath).toBe('/');
    expect(config.baseURL).toBeUndefined();
  });

  test('Hugo lower-cases paths and writes pretty URLs unless told otherwise', () => {
    expect(config.disablePathToLower).toBe(false);
    expect(config.uglyURLs).toBe(false);
    expect(config.defaultContentLanguageInSubdir).toBe(false);
  });

  test('unset values stay unset', () => {
    expect(config.hasCJKLanguage).toBeUndefined();
    expect(config.summaryLength).toBeUndefined();
    expect(config.defaultContentLanguage).toBeUndefined();
  });
});

describe('baseURL with a path', () => {
  test('old addresses were below the path', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'baseURL = "https://user.github.io/blog/"' })).basePath).toBe('/blog/');
  });

  test('without its trailing slash', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'baseURL = "https://user.github.io/blog"' })).basePath).toBe('/blog/');
  });

  test('a baseURL that is no URL means the root', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'baseURL = "/"' })).basePath).toBe('/');
  });
});

describe('Hugo 0.120+ [permalinks.page]', () => {
  test('page patterns are read per section; section, term and taxonomy patterns are not articles', () => {
    const config = readHugoConfig(
      site({
        'hugo.toml':
          '[permalinks.page]\nposts = "/articles/:year/:month/:slug/"\ntutorials = "/training/:slug/"\n[permalinks.section]\nposts = "/articles/"\n[permalinks.term]\ntags = "/:slug/"\n',
      }),
    );
    expect(config.permalinks).toEqual({ posts: '/articles/:year/:month/:slug/', tutorials: '/training/:slug/' });
  });
});

describe('a config folder (config/_default)', () => {
  test('hugo.toml at the top, every other file under its own name', () => {
    const root = site({
      'config/_default/hugo.toml': 'baseURL = "https://example.com/"\ndefaultContentLanguage = "zh-TW"\n',
      'config/_default/permalinks.toml': 'posts = "/:year/:month/:slug/"\n',
      'config/_default/params.toml': 'author = "x"\n',
    });
    const config = readHugoConfig(root);
    expect(config.baseURL).toBe('https://example.com/');
    expect(config.permalinks).toEqual({ posts: '/:year/:month/:slug/' });
    expect(config.defaultContentLanguage).toBe('zh-tw');
    expect(config.files.sort()).toEqual(['config/_default/hugo.toml', 'config/_default/params.toml', 'config/_default/permalinks.toml']);
  });

  test('languages.<code>.toml holds one language’s settings', () => {
    const config = readHugoConfig(
      site({
        'config/_default/hugo.toml': 'defaultContentLanguage = "zh-tw"\n',
        'config/_default/languages.zh-tw.toml': 'contentDir = "content/zh-tw"\nweight = 1\n',
        'config/_default/languages.en.toml': 'contentDir = "content/en"\nweight = 2\n',
      }),
    );
    expect(config.contentDirs).toContainEqual({ dir: 'content/zh-tw', language: 'zh-tw' });
    expect(config.contentDirs).toContainEqual({ dir: 'content/en', language: 'en' });
    expect(config.contentDirs).toHaveLength(2);
  });

  test('languages.toml with a table per language', () => {
    const config = readHugoConfig(
      site({
        'config/_default/hugo.toml': 'defaultContentLanguage = "zh-cn"\n',
        'config/_default/languages.toml': '[zh-cn]\ncontentDir = "content/zh"\n[en]\ncontentDir = "content/en"\n',
      }),
    );
    expect(config.contentDirs).toEqual(
      expect.arrayContaining([
        { dir: 'content/zh', language: 'zh-cn' },
        { dir: 'content/en', language: 'en' },
      ]),
    );
  });

  test('config/production overrides config/_default (a build is production)', () => {
    const config = readHugoConfig(
      site({
        'config/_default/hugo.toml': 'baseURL = "http://localhost:1313/"\n',
        'config/production/hugo.toml': 'baseURL = "https://example.com/blog/"\n',
      }),
    );
    expect(config.baseURL).toBe('https://example.com/blog/');
    expect(config.basePath).toBe('/blog/');
  });

  test('a config folder is merged over a root config file', () => {
    const config = readHugoConfig(
      site({ 'hugo.toml': 'baseURL = "https://example.com/"\n', 'config/_default/permalinks.yaml': 'posts: /:slug/\n' }),
    );
    expect(config.baseURL).toBe('https://example.com/');
    expect(config.permalinks).toEqual({ posts: '/:slug/' });
  });
});

describe('languages', () => {
  test('one content folder per language', () => {
    const config = readHugoConfig(
      site({
        'hugo.toml':
          'defaultContentLanguage = "zh-TW"\n[languages.zh-TW]\ncontentDir = "content/zh"\n[languages.en]\ncontentDir = "content/en"\n',
      }),
    );
    expect(config.contentDirs).toEqual(
      expect.arrayContaining([
        { dir: 'content/zh', language: 'zh-tw' },
        { dir: 'content/en', language: 'en' },
      ]),
    );
    expect(config.contentDirs).toHaveLength(2);
    expect(config.defaultContentLanguage).toBe('zh-tw');
  });

  test('disabled languages are left out, whatever their case', () => {
    const config = readHugoConfig(
      site({
        'hugo.toml':
          'disableLanguages = ["EN"]\n[languages.zh]\ncontentDir = "content/zh"\n[languages.en]\ncontentDir = "content/en"\n[languages.ja]\ncontentDir = "content/ja"\n',
      }),
    );
    expect(config.contentDirs.map((entry) => entry.language).sort()).toEqual(['ja', 'zh']);
  });

  test('disableLanguages written as one string (Hugo reads it as a list of codes)', () => {
    const config = readHugoConfig(
      site({ 'hugo.yaml': 'disableLanguages: en\nlanguages:\n  zh: { contentDir: content/zh }\n  en: { contentDir: content/en }\n' }),
    );
    expect(config.contentDirs).toEqual([{ dir: 'content/zh', language: 'zh' }]);
  });

  test('the site languages: the default first, then every configured one; Hugo’s en when none', () => {
    expect(readHugoConfig(site({ 'hugo.toml': '' })).languages).toEqual(['en']);
    expect(readHugoConfig(site({ 'hugo.toml': 'defaultContentLanguage = "zh-TW"' })).languages).toEqual(['zh-tw']);
    expect(
      readHugoConfig(site({ 'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\nweight = 1\n[languages.EN]\nweight = 2\n' }))
        .languages,
    ).toEqual(['zh', 'en']);
  });

  test('languages sharing the root content folder (files named x.en.md): one folder, the default language', () => {
    const config = readHugoConfig(
      site({ 'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\nweight = 1\n[languages.en]\nweight = 2\n' }),
    );
    expect(config.contentDirs).toEqual([{ dir: 'content', language: 'zh' }]);
  });

  test('a language without its own contentDir uses the root one', () => {
    const config = readHugoConfig(
      site({ 'hugo.toml': 'contentDir = "posts-src"\n[languages.zh]\nweight = 1\n[languages.en]\ncontentDir = "english"\n' }),
    );
    expect(config.contentDirs).toEqual(
      expect.arrayContaining([
        { dir: 'posts-src', language: 'zh' },
        { dir: 'english', language: 'en' },
      ]),
    );
  });

  test('defaultContentLanguageInSubdir', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'defaultContentLanguageInSubdir = true' })).defaultContentLanguageInSubdir).toBe(true);
  });
});

describe('other settings', () => {
  test('contentDir and staticDir (one or a list)', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'contentDir = "src"\nstaticDir = "assets-static"' }))).toMatchObject({
      contentDirs: [{ dir: 'src' }],
      staticDirs: ['assets-static'],
    });
    expect(readHugoConfig(site({ 'hugo.toml': 'staticDir = ["static", "static2"]' })).staticDirs).toEqual(['static', 'static2']);
  });

  test('summaryLength must be a whole number', () => {
    expect(readHugoConfig(site({ 'hugo.toml': 'summaryLength = "40"' })).summaryLength).toBeUndefined();
    expect(readHugoConfig(site({ 'hugo.toml': 'summaryLength = 12.5' })).summaryLength).toBeUndefined();
  });

  test('no config at all: Hugo’s defaults, no files read', () => {
    const config = readHugoConfig(site({ 'content/posts/a.md': '' }));
    expect(config.files).toEqual([]);
    expect(config.contentDirs).toEqual([{ dir: 'content', language: undefined }]);
  });
});

describe('isHugoSiteRoot', () => {
  test.each(['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'])(
    'a folder with %s',
    (name) => {
      expect(isHugoSiteRoot(site({ [name]: '' }))).toBe(true);
    },
  );

  test('a folder with config/_default', () => {
    expect(isHugoSiteRoot(site({ 'config/_default/hugo.toml': '' }))).toBe(true);
  });

  test('a content folder alone is not a site', () => {
    expect(isHugoSiteRoot(site({ 'posts/a.md': '---\ntitle: a\n---\n' }))).toBe(false);
  });

  test('the fixture site is one', () => {
    expect(isHugoSiteRoot('tests/fixtures/hugo-site')).toBe(true);
    expect(isHugoSiteRoot('tests/fixtures/hugo-site/content')).toBe(false);
  });
});

describe('the fixture site', () => {
  test('its config.toml, as the e2e test expects', () => {
    const config = readHugoConfig('tests/fixtures/hugo-site');
    expect(config).toMatchObject({
      files: ['config.toml'],
      baseURL: 'https://old-blog.example.com/',
      basePath: '/',
      languageCode: 'zh',
      hasCJKLanguage: true,
      summaryLength: 40,
      permalinks: { posts: '/:year/:month/:slug/', post: '/archives/:year/:month/:day/:filename/' },
      contentDirs: [{ dir: 'content' }],
      staticDirs: ['static'],
    });
  });
});

describe('merging, at every level', () => {
  test('config/production changes only the keys it sets', () => {
    const config = readHugoConfig(
      site({
        'config/_default/hugo.toml': '[permalinks]\nposts = "/a/:slug/"\npost = "/b/:slug/"\n',
        'config/production/hugo.toml': '[permalinks]\nposts = "/c/:slug/"\n',
      }),
    );
    expect(config.permalinks).toEqual({ posts: '/c/:slug/', post: '/b/:slug/' });
  });

  test('a root config file and config/_default/permalinks.toml both add patterns', () => {
    const config = readHugoConfig(
      site({ 'hugo.toml': '[permalinks]\nposts = "/p/:slug/"\n', 'config/_default/permalinks.toml': 'blog = "/b/:slug/"\n' }),
    );
    expect(config.permalinks).toEqual({ posts: '/p/:slug/', blog: '/b/:slug/' });
  });

  test('[Languages] in hugo.toml and languages.en.toml are one table', () => {
    const config = readHugoConfig(
      site({
        'config/_default/hugo.toml': '[Languages.zh]\ncontentDir = "content/zh"\n',
        'config/_default/languages.en.toml': 'contentDir = "content/en"\n',
      }),
    );
    expect(config.contentDirs).toEqual(
      expect.arrayContaining([
        { dir: 'content/zh', language: 'zh' },
        { dir: 'content/en', language: 'en' },
      ]),
    );
  });
});
