import { describe, expect, test } from 'vitest';
import { parseDeclaredShortcodes, type DeclaredShortcode } from '@/lib/text/hugo/shortcodes/declared';
import { parseShortcodes, type ShortcodeNode } from '@/lib/text/hugo/shortcodes/parse';
import { declarationFor, declarationYaml, describeDeclaration } from '@/lib/tools/import/theme-shortcodes';

/** The shortcodes of a body, as the import collects their uses. */
function uses(body: string): ShortcodeNode[] {
  return parseShortcodes(body, 1).nodes.filter((node): node is ShortcodeNode => node.type === 'shortcode');
}

describe('declarationFor: known theme shortcodes', () => {
  test.each<[string, DeclaredShortcode]>([
    ['admonition', { kind: 'block', title: '{title|1}' }],
    ['notice', { kind: 'block', title: '{0}' }],
    ['callout', { kind: 'block', title: '{title|0}' }],
    ['tip', { kind: 'block', title: '' }],
    ['center', { kind: 'inline' }],
    ['rawhtml', { kind: 'inline' }],
    ['tab', { kind: 'block', title: '{name}' }],
    ['fixit-encryptor', { kind: 'remove' }],
    ['encrypt', { kind: 'remove' }],
  ])('%s', (name, expected) => {
    // Whatever the uses look like, a known name decides.
    expect(declarationFor(name, uses(`{{< ${name} href="https://example.com" >}}`))).toEqual(expected);
  });

  test('encrypted content is never published in clear, even though it is paired', () => {
    expect(declarationFor('encrypt', uses('{{< encrypt password="x" >}}secret{{< /encrypt >}}'))).toEqual({ kind: 'remove' });
  });
});

describe('declarationFor: by shape', () => {
  test('a paired shortcode keeps its content in a box', () => {
    expect(declarationFor('mybox', uses('{{< mybox >}}內容{{< /mybox >}}'))).toEqual({ kind: 'block', title: '' });
  });

  test('…headed by its title when any use has one', () => {
    expect(declarationFor('mybox', uses('{{< mybox >}}a{{< /mybox >}} {{< mybox title="標題" >}}b{{< /mybox >}}'))).toEqual({
      kind: 'block',
      title: '{title}',
    });
  });

  test('a shortcode pointing at an address by name is a link, with its text argument', () => {
    expect(declarationFor('bookmark', uses('{{< bookmark url="https://example.com/a" title="一篇文章" >}}'))).toEqual({
      kind: 'link',
      link: '{url}',
      text: '{title}',
    });
    expect(declarationFor('card', uses('{{< card href="/posts/a" >}}'))).toEqual({ kind: 'link', link: '{href}', text: undefined });
    expect(declarationFor('img', uses('{{< img src="//cdn.example.com/a.png" >}}'))).toEqual({
      kind: 'link',
      link: '{src}',
      text: undefined,
    });
  });

  test('…or by position, with the second argument as its text', () => {
    expect(declarationFor('linkcard', uses('{{< linkcard "https://example.com" "範例" >}}'))).toEqual({
      kind: 'link',
      link: '{0}',
      text: '{1}',
    });
    expect(declarationFor('linkcard', uses('{{< linkcard https://example.com >}}'))).toEqual({
      kind: 'link',
      link: '{0}',
      text: undefined,
    });
  });

  test('one use with an address is enough', () => {
    expect(declarationFor('ref2', uses('{{< ref2 >}} {{< ref2 link="https://example.com" >}}'))).toEqual({
      kind: 'link',
      link: '{link}',
      text: undefined,
    });
  });

  test('a positional argument that is not a web address makes no link', () => {
    expect(declarationFor('icon', uses('{{< icon github >}}'))).toEqual({ kind: 'remove' });
    expect(declarationFor('icon', uses('{{< icon /images/a.png >}}'))).toEqual({ kind: 'remove' });
  });

  test('anything else is page furniture, left out', () => {
    expect(declarationFor('busuanzi', uses('{{< busuanzi >}}'))).toEqual({ kind: 'remove' });
  });
});

describe('declarationYaml round-trips through parseDeclaredShortcodes', () => {
  const cases: [string, DeclaredShortcode][] = [
    ['bili', { kind: 'embed', provider: 'bilibili' }],
    ['yt', { kind: 'embed', provider: 'youtube', id: '1' }],
    ['ytn', { kind: 'embed', provider: 'youtube', id: 'vid' }],
    ['wiki', { kind: 'link', link: 'https://zh.wikipedia.org/wiki/{0}', text: '{text|0}' }],
    ['bookmark', { kind: 'link', link: '{url}' }],
    ['admonition', { kind: 'block', title: '{title|1}' }],
    ['quoted', { kind: 'block', title: 'Say "hi": #1 — 注意' }],
    ['tip', { kind: 'block', title: '' }],
    ['center', { kind: 'inline' }],
    ['busuanzi', { kind: 'remove' }],
    ['fixit-encryptor', { kind: 'remove' }],
    ['partials/odd.name', { kind: 'remove' }],
  ];

  test.each(cases)('%s', (name, declaration) => {
    const line = declarationYaml(name, declaration);
    expect(line).not.toContain('\n');
    const { shortcodes, problems } = parseDeclaredShortcodes(line);
    expect(problems).toEqual([]);
    const parsed = shortcodes.get(name);
    // Optional fields the declaration leaves out come back as undefined.
    expect(parsed).toEqual({
      ...declaration,
      ...(declaration.kind === 'embed' && !declaration.id ? { id: undefined } : {}),
      ...(declaration.kind === 'link' && !declaration.text ? { text: undefined } : {}),
    });
  });

  test('all lines together make one valid file', () => {
    const { shortcodes, problems } = parseDeclaredShortcodes(
      cases.map(([name, declaration]) => declarationYaml(name, declaration)).join('\n'),
    );
    expect(problems).toEqual([]);
    expect(shortcodes.size).toBe(cases.length);
  });

  test('every declaration the shape rules make round-trips', () => {
    for (const body of [
      '{{< a >}}x{{< /a >}}',
      '{{< a title="t" >}}x{{< /a >}}',
      '{{< a url="https://e.com" name="n" >}}',
      '{{< a "https://e.com" "t" >}}',
      '{{< a >}}',
    ]) {
      const declaration = declarationFor('a', uses(body));
      expect(parseDeclaredShortcodes(declarationYaml('a', declaration)).shortcodes.get('a')).toMatchObject(declaration);
    }
  });
});

describe('describeDeclaration', () => {
  test('a short phrase per kind', () => {
    expect(describeDeclaration({ kind: 'embed', provider: 'vimeo' })).toContain('vimeo');
    expect(describeDeclaration({ kind: 'link', link: '{0}' })).toBe('shown as a link');
    expect(describeDeclaration({ kind: 'block', title: '' })).toContain('box');
    expect(describeDeclaration({ kind: 'inline' })).toBe('its content kept');
    expect(describeDeclaration({ kind: 'remove' })).toContain('left out');
  });
});
