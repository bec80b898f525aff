import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { declaredShortcodes, parseDeclaredShortcodes } from '@/lib/text/hugo/shortcodes/declared';
import { BUILT_IN_SHORTCODES, expandShortcodes, type ExpandContext, type RefResolution } from '@/lib/text/hugo/shortcodes/expand';
import { parseArguments, parseShortcodes, type Node, type ShortcodeNode } from '@/lib/text/hugo/shortcodes/parse';

const shortcodes = (nodes: Node[]) => nodes.filter((node): node is ShortcodeNode => node.type === 'shortcode');

describe('parseArguments', () => {
  test('positional: bare, "double", `backticked` and \'single\' quoted', () => {
    expect(parseArguments(`go "line nos" \`raw "q"\` 'it is'`).positional).toEqual(['go', 'line nos', 'raw "q"', 'it is']);
  });

  test('named, any quoting, keys lower-cased, spaces around = allowed', () => {
    expect(parseArguments(`id="a b" Title='x y' n=3 code=\`c\` k = v`).named).toEqual({
      id: 'a b',
      title: 'x y',
      n: '3',
      code: 'c',
      k: 'v',
    });
  });

  test('escaped quotes inside double quotes', () => {
    expect(parseArguments('"say \\"hi\\""').positional).toEqual(['say "hi"']);
  });

  test('a backticked argument may span lines', () => {
    expect(parseArguments('`a\nb`').positional).toEqual(['a\nb']);
  });

  test('nothing: no arguments', () => {
    expect(parseArguments('')).toEqual({ positional: [], named: {} });
    expect(parseArguments('   ')).toEqual({ positional: [], named: {} });
  });

  test('an empty quoted argument is an argument', () => {
    expect(parseArguments('"" x').positional).toEqual(['', 'x']);
  });
});

describe('parseShortcodes', () => {
  test('both delimiters, anywhere in the text, with the text around kept', () => {
    const { nodes, problems } = parseShortcodes('a {{< youtube abc >}} b {{% note %}}', 1);
    expect(problems).toEqual([]);
    expect(nodes.map((node) => (node.type === 'text' ? node.value : `[${node.delimiter}${node.name}]`))).toEqual([
      'a ',
      '[<youtube]',
      ' b ',
      '[%note]',
    ]);
  });

  test('no space needed inside the delimiters', () => {
    const [node] = shortcodes(parseShortcodes('{{<youtube abc>}}', 1).nodes);
    expect(node).toMatchObject({ name: 'youtube', args: { positional: ['abc'] } });
  });

  test('names are lower-cased; names may hold dots, slashes and hyphens', () => {
    expect(shortcodes(parseShortcodes('{{< Figure src="a" >}} {{< partials/my-code.v2 >}}', 1).nodes).map((node) => node.name)).toEqual([
      'figure',
      'partials/my-code.v2',
    ]);
  });

  test('self-closing with />}}: no inner content, even when a closing tag follows', () => {
    const { nodes } = parseShortcodes('{{< note />}}text{{< note >}}inner{{< /note >}}', 1);
    const [first, second] = shortcodes(nodes);
    expect(first.inner).toBeUndefined();
    expect(first.source).toBe('{{< note />}}');
    expect(second.innerSource).toBe('inner');
    expect(nodes[1]).toEqual({ type: 'text', value: 'text' });
  });

  test('paired: inner content as source and as nodes; the source is the whole pair', () => {
    const [node] = shortcodes(parseShortcodes('{{% note %}}**x** {{< youtube abc >}}{{% /note %}}', 1).nodes);
    expect(node.innerSource).toBe('**x** {{< youtube abc >}}');
    expect(node.source).toBe('{{% note %}}**x** {{< youtube abc >}}{{% /note %}}');
    expect(shortcodes(node.inner!).map((inner) => inner.name)).toEqual(['youtube']);
  });

  test('nesting of the same name pairs each closing tag with the nearest open one', () => {
    const [outer] = shortcodes(parseShortcodes('{{< a >}}{{< a >}}in{{< /a >}}out{{< /a >}}', 1).nodes);
    expect(outer.innerSource).toBe('{{< a >}}in{{< /a >}}out');
    const [inner] = shortcodes(outer.inner!);
    expect(inner.innerSource).toBe('in');
  });

  test('nesting of different names', () => {
    const [details] = shortcodes(parseShortcodes('{{< details >}}{{< note >}}x{{< /note >}}y{{< /details >}}', 1).nodes);
    expect(details.name).toBe('details');
    expect(shortcodes(details.inner!)[0]).toMatchObject({ name: 'note', innerSource: 'x' });
  });

  test('a closing tag that was never opened is a problem on its line, and leaves no text', () => {
    const { nodes, problems } = parseShortcodes('one\ntwo {{< /note >}} three', 5);
    expect(problems).toEqual([
      { line: 6, message: expect.stringContaining('{{< /note >}}'), fix: expect.stringContaining('{{< note >}}') },
    ]);
    expect(nodes.map((node) => (node.type === 'text' ? node.value : '?')).join('')).toBe('one\ntwo  three');
  });

  test('an opening tag never closed is a shortcode without content', () => {
    const { nodes, problems } = parseShortcodes('{{< note >}} rest', 1);
    expect(problems).toEqual([]);
    expect(shortcodes(nodes)[0].inner).toBeUndefined();
  });

  test("Hugo's escape prints the shortcode itself, in both delimiters, and runs nothing", () => {
    const { nodes } = parseShortcodes('寫法是 `{{</* youtube ID */>}}` 與 {{%/* note */%}}', 1);
    expect(shortcodes(nodes)).toEqual([]);
    expect(nodes.map((node) => (node as { value: string }).value).join('')).toBe('寫法是 `{{< youtube ID >}}` 與 {{% note %}}');
  });

  test('an escaped closing tag is not an unmatched closing tag', () => {
    expect(parseShortcodes('{{</* /note */>}}', 1).problems).toEqual([]);
  });

  test('verbatim ranges (code) keep real shortcodes as text; escapes are unescaped there too', () => {
    const source = '`{{< youtube x >}}` {{< youtube y >}} `{{</* z */>}}`';
    const codeEnd = source.indexOf('`', 1) + 1;
    const secondCode = source.lastIndexOf('`{{<');
    const { nodes } = parseShortcodes(source, 1, [
      [0, codeEnd],
      [secondCode, source.length],
    ]);
    expect(shortcodes(nodes).map((node) => node.args.positional[0])).toEqual(['y']);
    expect(nodes.map((node) => (node.type === 'text' ? node.value : '<Y>')).join('')).toBe('`{{< youtube x >}}` <Y> `{{< z >}}`');
  });

  test('a tag over several lines; line numbers count from firstLine', () => {
    const { nodes } = parseShortcodes('line1\nline2 {{< figure\n  src="/a.png"\n  caption="c" >}}\n{{< x >}}', 10);
    const [figure, x] = shortcodes(nodes);
    expect(figure).toMatchObject({ name: 'figure', line: 11, args: { named: { src: '/a.png', caption: 'c' } } });
    expect(x.line).toBe(14);
  });

  test('a closing delimiter inside quotes does not end the tag', () => {
    const [node] = shortcodes(parseShortcodes('{{< a "x >}}" >}}', 1).nodes);
    expect(node.args.positional).toEqual(['x >}}']);
  });

  test('an apostrophe inside a word is not a quote', () => {
    const [node] = shortcodes(parseShortcodes("{{< a it's >}}", 1).nodes);
    expect(node.args.positional).toEqual(["it's"]);
  });

  test('text that only looks like a tag stays text', () => {
    for (const text of ['{{< x', '{{< >}}', '{{ .Title }}', 'a {{< x {{< y >}}']) {
      const { nodes, problems } = parseShortcodes(text, 1);
      expect(problems).toEqual([]);
      expect(nodes.map((node) => (node.type === 'text' ? node.value : node.source)).join('')).toBe(text);
    }
  });

  test('a tag that never closes does not swallow the next one', () => {
    const { nodes } = parseShortcodes('{{< x {{< y >}}', 1);
    expect(shortcodes(nodes).map((node) => node.name)).toEqual(['y']);
  });
});

const resolveRef = (target: string): RefResolution =>
  target.includes('missing')
    ? { message: `ref "${target}" leads to no article`, fix: 'write the path of an article' }
    : { href: `/posts/${target.replace(/\.md$/, '').replace(/^posts\//, '')}` };

function context(declaredYaml = '', params: Record<string, unknown> = {}): ExpandContext {
  const { shortcodes: declared, problems } = parseDeclaredShortcodes(declaredYaml);
  expect(problems).toEqual([]);
  return { declared, resolveRef, params };
}

const expand = (body: string, ctx = context(), firstLine = 1) => expandShortcodes(body, firstLine, ctx);

/** The attributes of the one embed placeholder in `html`. */
function embedIn(html: string): Record<string, string> {
  const match = /^<div ((?:[\w-]+="[^"]*" ?)+)><\/div>$/.exec(html.trim());
  expect(match, html).not.toBeNull();
  return Object.fromEntries(
    [...match![1].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [
      name,
      value
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    ]),
  );
}

describe('expandShortcodes: embeds', () => {
  test('youtube, positional or id=, with start, end and title', () => {
    expect(embedIn(expand('{{< youtube MEfO09kPf-w >}}').markdown)).toEqual({ 'data-embed': 'youtube', 'data-embed-id': 'MEfO09kPf-w' });
    const { markdown, problems } = expand('{{< youtube id="MEfO09kPf-w" start="30" end="90" title="清境 <雲海>" loading="lazy" >}}');
    expect(problems).toEqual([]);
    expect(embedIn(markdown)).toEqual({
      'data-embed': 'youtube',
      'data-embed-id': 'MEfO09kPf-w',
      'data-embed-params': 'start=30&end=90',
      'data-embed-title': '清境 <雲海>',
    });
    expect(markdown).not.toContain('<雲海>');
  });

  test('a bad youtube id or start is a problem, and the shortcode is left as written', () => {
    const bad = expand('\n{{< youtube not-an-id >}}');
    expect(bad.markdown).toBe('\n{{< youtube not-an-id >}}');
    expect(bad.problems).toEqual([
      { line: 2, message: expect.stringContaining('"not-an-id" is not a YouTube id'), fix: expect.stringContaining('v=') },
    ]);
    expect(expand('{{< youtube id="MEfO09kPf-w" start="1:30" >}}').problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('start="1:30"') }),
    ]);
    expect(expand('{{< youtube >}}').problems).toEqual([expect.objectContaining({ message: expect.stringContaining('has no id') })]);
  });

  test('vimeo', () => {
    expect(embedIn(expand('{{< vimeo 146022717 >}}').markdown)).toEqual({ 'data-embed': 'vimeo', 'data-embed-id': '146022717' });
    expect(embedIn(expand('{{< vimeo id="146022717" title="影片" >}}').markdown)).toMatchObject({
      'data-embed-id': '146022717',
      'data-embed-title': '影片',
    });
  });

  test('bilibili: a BV id with its page as the second positional argument', () => {
    expect(embedIn(expand('{{< bilibili BV1xx411c7mD 2 >}}').markdown)).toEqual({
      'data-embed': 'bilibili',
      'data-embed-id': 'BV1xx411c7mD',
      'data-embed-params': 'page=2',
    });
  });

  test('bilibili: bvid=, aid= and p= (or page=)', () => {
    expect(embedIn(expand('{{< bilibili bvid="BV1xx411c7mD" p="3" >}}').markdown)).toMatchObject({
      'data-embed-id': 'BV1xx411c7mD',
      'data-embed-params': 'page=3',
    });
    expect(embedIn(expand('{{< bilibili aid="170001" page="2" >}}').markdown)).toMatchObject({
      'data-embed-id': 'av170001',
      'data-embed-params': 'page=2',
    });
    expect(expand('{{< bilibili BV1xx411c7mD page=two >}}').problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('page="two"') }),
    ]);
  });

  test('speakerdeck', () => {
    expect(embedIn(expand('{{< speakerdeck 50021f75cf1db900020005e7 >}}').markdown)).toEqual({
      'data-embed': 'speakerdeck',
      'data-embed-id': '50021f75cf1db900020005e7',
    });
    expect(embedIn(expand('{{< speakerdeck id="50021f75cf1db900020005e7" >}}').markdown)['data-embed-id']).toBe('50021f75cf1db900020005e7');
  });

  test('x with user and id; the older tweet and twitter forms', () => {
    const x = { 'data-embed': 'x', 'data-embed-id': '1453110110599868418', 'data-embed-params': 'user=SanDiegoZoo' };
    expect(embedIn(expand('{{< x user="SanDiegoZoo" id="1453110110599868418" >}}').markdown)).toEqual(x);
    expect(embedIn(expand('{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}').markdown)).toEqual(x);
    expect(embedIn(expand('{{< twitter user="SanDiegoZoo" id="1453110110599868418" >}}').markdown)).toEqual(x);
    // Before Hugo 0.89: the id alone.
    expect(embedIn(expand('{{< tweet 1453110110599868418 >}}').markdown)).toEqual({
      'data-embed': 'x',
      'data-embed-id': '1453110110599868418',
    });
  });

  test('an X user name that cannot be one is a problem', () => {
    expect(expand('{{< x user="not a user!" id="20" >}}').problems).toHaveLength(1);
  });

  test('instagram', () => {
    expect(embedIn(expand('{{< instagram CxOWiQNP2MO >}}').markdown)).toEqual({
      'data-embed': 'instagram',
      'data-embed-id': 'CxOWiQNP2MO',
    });
  });

  test('gist: user and id, and a file', () => {
    expect(embedIn(expand('{{< gist spf13 7896402 >}}').markdown)).toEqual({
      'data-embed': 'gist',
      'data-embed-id': '7896402',
      'data-embed-params': 'user=spf13',
    });
    expect(embedIn(expand('{{< gist spf13 7896402 "img.html" >}}').markdown)['data-embed-params']).toBe('user=spf13&file=img.html');
    expect(embedIn(expand('{{< gist user="u" id="abcdef" file="f.go" >}}').markdown)).toMatchObject({
      'data-embed-id': 'abcdef',
      'data-embed-params': 'user=u&file=f.go',
    });
  });

  test('a gist without its user is a problem', () => {
    expect(expand('{{< gist id="7896402" >}}').problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('no valid user') }),
    ]);
  });
});

describe('expandShortcodes: figure', () => {
  test('src, alt, title, size; a link around the image; title, caption and attribution in the caption', () => {
    const { markdown } = expand(
      '{{< figure src="/a.png" link="https://example.com/big" caption="說明" attr="攝影" attrlink="https://p.example.com" title="T" alt="A" width="10" height="20" >}}',
    );
    expect(markdown).toBe(
      '<figure><a href="https://example.com/big"><img src="/a.png" alt="A" title="T" width="10" height="20"></a><figcaption><strong>T</strong> 說明 <a href="https://p.example.com">攝影</a></figcaption></figure>',
    );
  });

  test('the caption is the alt text when there is none', () => {
    expect(expand('{{% figure src="/images/2015/cloud.png" caption="雲海照片" %}}').markdown).toBe(
      '<figure><img src="/images/2015/cloud.png" alt="雲海照片"><figcaption>雲海照片</figcaption></figure>',
    );
  });

  test('no caption: no figcaption; attr without attrlink is plain text', () => {
    expect(expand('{{< figure src="/a.png" >}}').markdown).toBe('<figure><img src="/a.png"></figure>');
    expect(expand('{{< figure src="/a.png" attr="攝影" >}}').markdown).toContain('<figcaption>攝影</figcaption>');
  });

  test('values are escaped', () => {
    const { markdown } = expand('{{< figure src="/a.png" caption="<script>x</script>" alt=\'"q"\' >}}');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('alt="&quot;q&quot;"');
  });

  test('a figure without src is a problem, left as written', () => {
    const { markdown, problems } = expand('{{< figure caption="x" >}}');
    expect(markdown).toBe('{{< figure caption="x" >}}');
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: 'figure has no src' })]);
  });
});

describe('expandShortcodes: highlight', () => {
  test('a fenced block in the language given, its options ignored', () => {
    expect(expand('{{< highlight go "linenos=inline" >}}\npackage main\n{{< /highlight >}}').markdown).toBe('```go\npackage main\n```');
  });

  test('lang= and upper case', () => {
    expect(expand('{{< highlight lang="Python" >}}\nx\n{{< /highlight >}}').markdown).toBe('```python\nx\n```');
  });

  test('the fence is longer than any run of backticks inside', () => {
    expect(expand('{{< highlight md >}}\n```\nx\n```\n{{< /highlight >}}').markdown).toBe('````md\n```\nx\n```\n````');
    expect(expand('{{< highlight md >}}\n`````\n{{< /highlight >}}').markdown).toBe('``````md\n`````\n``````');
  });

  test('the code is kept as is: < and shortcodes inside are not touched', () => {
    expect(expand('{{< highlight go >}}\nprintln("<hello>")\n{{< /highlight >}}').markdown).toBe('```go\nprintln("<hello>")\n```');
  });
});

describe('expandShortcodes: details', () => {
  test('summary= and its content as Markdown, closed by default', () => {
    expect(expand('{{< details summary="展開看更多" >}}\n藏在 **details** 裡\n{{< /details >}}').markdown).toBe(
      '<details><summary>展開看更多</summary>\n\n藏在 **details** 裡\n\n</details>',
    );
  });

  test('open=true opens it; the summary is escaped', () => {
    expect(expand('{{< details summary="<b>x</b>" open=true >}}y{{< /details >}}').markdown).toBe(
      '<details open><summary>&lt;b&gt;x&lt;/b&gt;</summary>\n\ny\n\n</details>',
    );
  });

  test('shortcodes inside are expanded', () => {
    expect(expand('{{< details summary="s" >}}{{< youtube MEfO09kPf-w >}}{{< /details >}}').markdown).toContain('data-embed="youtube"');
  });
});

describe('expandShortcodes: ref and relref', () => {
  test('the resolver gives the address, in links and reference definitions', () => {
    const { markdown, problems } = expand('[那篇]({{< relref "posts/2015-03-14-crlf-bom" >}})\n\n[1]: {{< ref "crlf-bom.md" >}}');
    expect(problems).toEqual([]);
    expect(markdown).toBe('[那篇](/posts/2015-03-14-crlf-bom)\n\n[1]: /posts/crlf-bom');
  });

  test('path= names the target too', () => {
    expect(expand('{{< ref path="other.md" >}}').markdown).toBe('/posts/other');
  });

  test('a target leading nowhere: the resolver’s problem, on the line, and # as the address', () => {
    const { markdown, problems } = expand('a\n[b]({{< ref "missing.md" >}})');
    expect(markdown).toBe('a\n[b](#)');
    expect(problems).toEqual([{ line: 2, message: 'ref "missing.md" leads to no article', fix: 'write the path of an article' }]);
  });

  test('no target at all is a problem', () => {
    expect(expand('{{< relref >}}').problems).toEqual([expect.objectContaining({ message: 'relref has no target' })]);
  });
});

describe('expandShortcodes: param', () => {
  const params = {
    title: 't',
    authors: ['甲', '乙'],
    Author: '小明',
    nested: { Key: { deep: 'D' } },
    count: 3,
    flag: false,
    map: { a: 1 },
    params: { editor: '編者' },
  };

  test('a front-matter value, any case', () => {
    expect(expand('{{< param "author" >}}', context('', params)).markdown).toBe('小明');
    expect(expand('{{< param Count >}}', context('', params)).markdown).toBe('3');
    expect(expand('{{< param flag >}}', context('', params)).markdown).toBe('false');
  });

  test('nested keys with dots', () => {
    expect(expand('{{< param "nested.key.deep" >}}', context('', params)).markdown).toBe('D');
  });

  test("a key under the front matter's params map (Hugo 0.123+)", () => {
    expect(expand('{{< param editor >}}', context('', params)).markdown).toBe('編者');
  });

  test('a list prints its items', () => {
    expect(expand('作者是 {{< param "authors" >}}', context('', params)).markdown).toBe('作者是 甲、乙');
  });

  test('a missing key or a map is a problem and prints nothing (never a crash)', () => {
    for (const key of ['nope', 'map', 'nested.nope', 'params.nope']) {
      const { markdown, problems } = expand(`{{< param "${key}" >}}`, context('', params));
      expect(markdown).toBe('');
      expect(problems).toEqual([expect.objectContaining({ message: `param "${key}" is not in the front matter` })]);
    }
  });

  test('a missing key with no front matter at all is a problem, not a crash', () => {
    expect(expand('{{< param x >}}', context('', {})).problems).toHaveLength(1);
  });

  test('the value is escaped', () => {
    expect(expand('{{< param t >}}', context('', { t: '<b>' })).markdown).toBe('&lt;b&gt;');
  });
});

describe('expandShortcodes: declared shortcodes', () => {
  const declared = [
    'bili: { embed: bilibili }',
    'yt2: { embed: youtube, id: 1 }',
    'ytn: { embed: youtube, id: vid }',
    'wiki: { link: "https://zh.wikipedia.org/wiki/{0}", text: "{text|0}" }',
    'ext: { link: "{href}", text: "{name}" }',
    'box: { block: "{title}" }',
    'plain: { block: true }',
    'span: { inline: true }',
    'counter: { remove: true }',
  ].join('\n');
  const ctx = () => context(declared);

  test('embed: the id argument by default (id=, else the first)', () => {
    expect(embedIn(expand('{{< bili BV1xx411c7mD >}}', ctx()).markdown)).toEqual({
      'data-embed': 'bilibili',
      'data-embed-id': 'BV1xx411c7mD',
    });
  });

  test('embed: the id argument the declaration names, by position or by name', () => {
    expect(embedIn(expand('{{< yt2 x MEfO09kPf-w >}}', ctx()).markdown)['data-embed-id']).toBe('MEfO09kPf-w');
    expect(embedIn(expand('{{< ytn vid="MEfO09kPf-w" >}}', ctx()).markdown)['data-embed-id']).toBe('MEfO09kPf-w');
  });

  test('embed: a bad id is a warning under the shortcode’s own name, with its line: the theme published it, so it stays visible', () => {
    const { markdown, problems } = expand('x\n{{< bili bad >}}', ctx());
    expect(markdown).toBe('x\n{{&lt; bili bad &gt;}}');
    expect(problems).toEqual([
      { line: 2, message: expect.stringMatching(/^bili: "bad" is not a bilibili id/), fix: expect.any(String), severity: 'warning' },
    ]);
  });

  test('link: {0} by position, {name} by name, {name|1} the first given', () => {
    expect(expand('{{< wiki 開源 >}}', ctx()).markdown).toBe('<a href="https://zh.wikipedia.org/wiki/開源">開源</a>');
    expect(expand('{{< wiki Rust text="Rust 語言" >}}', ctx()).markdown).toBe('<a href="https://zh.wikipedia.org/wiki/Rust">Rust 語言</a>');
    expect(expand('{{< ext href="/posts/a" name="站內" >}}', ctx()).markdown).toBe('<a href="/posts/a">站內</a>');
  });

  test('link: without text the address is the text', () => {
    const { markdown } = expand('{{< ext href="https://example.com/" >}}', ctx());
    expect(markdown).toBe('<a href="https://example.com/">https://example.com/</a>');
  });

  test('link: a javascript: or protocol-relative address from an argument is refused, its text kept', () => {
    expect(expand('{{< ext href="javascript:alert(1)" name="x" >}}', ctx()).markdown).toBe('x');
    expect(expand('{{< ext href="JavaScript:alert(1)" name="y" >}}', ctx()).markdown).toBe('y');
    expect(expand('{{< ext href="//evil.example.com" name="e" >}}', ctx()).markdown).toBe('e');
    expect(expand('{{< ext href="javascript:alert(1)" name="<b>" >}}', ctx()).markdown).toBe('&lt;b&gt;');
  });

  test('block: its content in a box headed by the title (Markdown characters of the title escaped)', () => {
    expect(expand('{{< box title="注意 *重要*" >}}\n**內容**\n{{< /box >}}', ctx()).markdown).toBe(
      '<aside data-shortcode="box">\n\n**注意 \\*重要\\***\n\n**內容**\n\n</aside>',
    );
  });

  test('block: an empty title leaves no heading', () => {
    expect(expand('{{< plain >}}x{{< /plain >}}', ctx()).markdown).toBe('<aside data-shortcode="plain">\n\nx\n\n</aside>');
    expect(expand('{{< box >}}x{{< /box >}}', ctx()).markdown).toBe('<aside data-shortcode="box">\n\nx\n\n</aside>');
  });

  test('inline: the content as it is, in the running text', () => {
    expect(expand('前{{< span >}}行內 {{< youtube MEfO09kPf-w >}}{{< /span >}}後', ctx()).markdown).toMatch(
      /^前行內 <div data-embed="youtube"[^>]*><\/div>後$/,
    );
  });

  test('remove: nothing at all', () => {
    expect(expand('a{{< counter >}}b', ctx())).toEqual({ markdown: 'ab', problems: [] });
  });

  test('a declaration wins over a built-in name, as a theme’s template wins over Hugo’s', () => {
    expect(expand('{{< youtube MEfO09kPf-w >}}', context('youtube: { remove: true }')).markdown).toBe('');
    const theme = context('bilibili: { embed: bilibili, url: src }');
    const { markdown, problems } = expand(
      '{{< bilibili src="//player.bilibili.com/player.html?aid=170001&bvid=BV1xx411c7mD&page=1" >}}',
      theme,
    );
    expect(problems).toEqual([]);
    expect(embedIn(markdown)).toEqual({ 'data-embed': 'bilibili', 'data-embed-id': 'BV1xx411c7mD' });
    // A use that names its video by id, where the theme reads an address (Hugo would show an empty frame): played.
    expect(embedIn(expand('{{< bilibili BV1xx411c7mD 2 >}}', theme).markdown)).toEqual({
      'data-embed': 'bilibili',
      'data-embed-id': 'BV1xx411c7mD',
      'data-embed-params': 'page=2',
    });
  });
});

describe('expandShortcodes: what a theme’s template says its arguments mean', () => {
  const ctx = () =>
    context(
      [
        'bmpi: { embed: bilibili, url: "https://player.bilibili.com/player.html?aid={0}&page=1" }',
        'fixit: { embed: bilibili, url: "https://player.bilibili.com/player.html?bvid={id|0}&page={p|1}" }',
        'player: { embed: youtube, url: src }',
        'video: { media: video, src: "{src|0}", caption: caption, poster: poster }',
        'audio: { media: audio, src: src, caption: caption, relURL: true }',
        'gallery: { gallery: true, caption: caption }',
        'admonition: { callout: "{type|0}", title: "{title|1}", open: "{open|2}" }',
        'tip: { callout: tip }',
      ].join('\n'),
    );

  test('an address built from the arguments: a bare number in aid= is the video av…', () => {
    expect(embedIn(expand('{{< bmpi 754614093 >}}', ctx()).markdown)['data-embed-id']).toBe('av754614093');
    expect(embedIn(expand('{{< fixit BV1xx411c7mD >}}', ctx()).markdown)['data-embed-id']).toBe('BV1xx411c7mD');
    expect(embedIn(expand('{{< fixit id="BV1xx411c7mD" >}}', ctx()).markdown)['data-embed-id']).toBe('BV1xx411c7mD');
  });

  test('an argument holding an address that is no player we know: a warning, and a link to it', () => {
    const { markdown, problems } = expand('{{< player src="https://example.com/v/1" >}}', ctx());
    expect(markdown).toBe('<a href="https://example.com/v/1">https://example.com/v/1</a>');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('player we know') })]);
  });

  test('media: a video or audio element with its caption and poster; relURL makes a relative address the site’s', () => {
    expect(expand('{{< video src="clip.mp4" caption="片段 <1>" poster="/p.jpg" >}}', ctx()).markdown).toBe(
      '<figure><video controls preload="metadata" src="clip.mp4" poster="/p.jpg"></video><figcaption>片段 &lt;1&gt;</figcaption></figure>',
    );
    expect(expand('{{< video "//cdn.example.com/a.webm" >}}', ctx()).markdown).toContain('src="https://cdn.example.com/a.webm"');
    expect(expand('{{< audio src="audios/1988.mp3" >}}', ctx()).markdown).toContain(
      '<audio controls preload="metadata" src="/audios/1988.mp3">',
    );
  });

  test('media: a player’s address in a video shortcode plays as that player (a theme’s video takes youtu.be too)', () => {
    expect(embedIn(expand('{{< video src="https://youtu.be/IZiwEtLGTk0" >}}', ctx()).markdown)).toEqual({
      'data-embed': 'youtube',
      'data-embed-id': 'IZiwEtLGTk0',
    });
  });

  test('media: an address a page cannot load from is a warning, the shortcode shown as written', () => {
    const { markdown, problems } = expand('{{< video src="javascript:alert(1)" >}}', ctx());
    expect(markdown).not.toContain('<video');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  test('gallery: its images in one figure, with the caption below them', () => {
    const { markdown } = expand('{{< gallery caption="兩張" >}}\n{{< video a.mp4 >}}\n![](b.png)\n{{< /gallery >}}', ctx());
    expect(markdown).toMatch(/^<figure>\n\n<figure><video[^]*\n!\[\]\(b\.png\)\n\n<figcaption>\n\n兩張\n\n<\/figcaption>\n<\/figure>$/);
  });

  test('callout: the type, the title or the type’s name in the article’s script, open or closed', () => {
    expect(expand('{{< admonition tip "自訂" >}}\n內容\n{{< /admonition >}}', ctx()).markdown).toBe(
      '<aside data-callout="tip" role="note">\n<p data-callout-title="">自訂</p>\n\n內容\n\n</aside>',
    );
    expect(expand('{{< admonition type="info" >}}x{{< /admonition >}}', ctx()).markdown).toContain('>資訊</p>');
    expect(expand('{{< admonition type="info" >}}x{{< /admonition >}}', { ...ctx(), script: 'zh-Hans' }).markdown).toContain('>信息</p>');
    expect(expand('{{< admonition danger "" false >}}x{{< /admonition >}}', ctx()).markdown).toBe(
      '<aside data-callout="danger" role="note"><details>\n<summary data-callout-title="">危險</summary>\n\nx\n\n</details></aside>',
    );
    expect(expand('{{< admonition primary >}}x{{< /admonition >}}', ctx()).markdown).toContain('data-callout="info"');
    expect(expand('{{< tip >}}x{{< /tip >}}', ctx()).markdown).toContain('data-callout="tip"');
  });
});

describe('expandShortcodes: a built-in used with arguments it does not take', () => {
  test('any argument holding a player’s address plays, never an error', () => {
    const { markdown, problems } = expand('{{< bilibili src="//player.bilibili.com/player.html?aid=170001&bvid=BV1xx411c7mD" >}}');
    expect(problems).toEqual([]);
    expect(embedIn(markdown)['data-embed-id']).toBe('BV1xx411c7mD');
    expect(embedIn(expand('{{< youtube url="https://youtu.be/MEfO09kPf-w" >}}').markdown)['data-embed-id']).toBe('MEfO09kPf-w');
  });

  test('a bilibili aid written as a bare number', () => {
    expect(embedIn(expand('{{< bilibili 754614093 >}}').markdown)['data-embed-id']).toBe('av754614093');
  });

  test('a typo in a new article is still an error', () => {
    expect(expand('{{< youtube not-an-id >}}').problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('youtube') }),
    ]);
    expect(expand('{{< youtube not-an-id >}}').problems[0].severity).toBeUndefined();
  });
});

describe('expandShortcodes: unknown shortcodes', () => {
  test('reported with their line and a fix naming content/shortcodes.yaml; the text stays', () => {
    const { markdown, problems } = expand('line1\n\n{{< busuanzi >}}\n{{< busuanzi >}}', context(), 10);
    expect(markdown).toBe('line1\n\n{{< busuanzi >}}\n{{< busuanzi >}}');
    expect(problems.map((problem) => problem.line)).toEqual([12, 13]);
    expect(problems[0].message).toBe('unknown shortcode "busuanzi"');
    expect(problems[0].fix).toContain('content/shortcodes.yaml');
    expect(problems[0].fix).toContain('busuanzi:');
  });

  test('an unknown paired shortcode keeps its whole source', () => {
    expect(expand('{{< mystery >}}inner{{< /mystery >}}').markdown).toBe('{{< mystery >}}inner{{< /mystery >}}');
  });

  test('an unmatched closing tag is reported', () => {
    expect(expand('x {{< /note >}}').problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('never opened') }),
    ]);
  });
});

describe('expandShortcodes: verbatim ranges', () => {
  test('shortcodes in code are shown, not run, and not reported', () => {
    const body = '`{{< busuanzi >}}`';
    expect(expandShortcodes(body, 1, context(), [[0, body.length]])).toEqual({ markdown: body, problems: [] });
  });
});

describe('BUILT_IN_SHORTCODES', () => {
  test('every built-in the expander handles', () => {
    expect([...BUILT_IN_SHORTCODES].sort()).toEqual([
      'bilibili',
      'details',
      'figure',
      'gist',
      'highlight',
      'instagram',
      'param',
      'ref',
      'relref',
      'speakerdeck',
      'tweet',
      'twitter',
      'vimeo',
      'x',
      'youtube',
    ]);
    // None of them is ever "unknown".
    for (const name of BUILT_IN_SHORTCODES) {
      expect(expand(`{{< ${name} >}}`).problems.map((problem) => problem.message)).not.toContain(`unknown shortcode "${name}"`);
    }
  });
});

describe('parseDeclaredShortcodes', () => {
  test('every kind', () => {
    const { shortcodes: declared, problems } = parseDeclaredShortcodes(
      [
        'bili: { embed: bilibili }',
        'yt: { embed: youtube, id: 1 }',
        'wiki: { link: "https://zh.wikipedia.org/wiki/{0}", text: "{0}" }',
        'ext: { link: "{href|url}" }',
        'admonition: { block: "{title|1}" }',
        'player: { embed: bilibili, url: src }',
        'built: { embed: bilibili, url: "https://player.bilibili.com/player.html?aid={0}" }',
        'video: { media: video, src: src, caption: caption }',
        'song: { media: audio, src: "{src|0}", relURL: true }',
        'photos: { gallery: true, caption: caption }',
        'note: { callout: "{type|0}", title: title, open: open }',
        'plain: { block: true }',
        'empty: { block: "" }',
        'nulled: { block: }',
        'center: { inline: true }',
        'busuanzi: { remove: true }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(Object.fromEntries(declared)).toEqual({
      bili: { kind: 'embed', provider: 'bilibili', id: undefined },
      yt: { kind: 'embed', provider: 'youtube', id: '1' },
      wiki: { kind: 'link', link: 'https://zh.wikipedia.org/wiki/{0}', text: '{0}' },
      ext: { kind: 'link', link: '{href|url}', text: undefined },
      admonition: { kind: 'block', title: '{title|1}' },
      player: { kind: 'embed', provider: 'bilibili', url: '{src}' },
      built: { kind: 'embed', provider: 'bilibili', url: 'https://player.bilibili.com/player.html?aid={0}' },
      video: { kind: 'media', media: 'video', src: '{src}', caption: '{caption}' },
      song: { kind: 'media', media: 'audio', src: '{src|0}', relURL: true },
      photos: { kind: 'gallery', caption: '{caption}' },
      note: { kind: 'callout', type: '{type|0}', title: '{title}', open: '{open}' },
      plain: { kind: 'block', title: '' },
      empty: { kind: 'block', title: '' },
      nulled: { kind: 'block', title: '' },
      center: { kind: 'inline' },
      busuanzi: { kind: 'remove' },
    });
  });

  test('names are lower-cased; block form as nested YAML', () => {
    const { shortcodes: declared } = parseDeclaredShortcodes('MyBox:\n  block: 注意\n');
    expect(declared.get('mybox')).toEqual({ kind: 'block', title: '注意' });
  });

  test('each bad entry is a problem on its own line, and the good ones are kept', () => {
    const { shortcodes: declared, problems } = parseDeclaredShortcodes(
      [
        'good: { remove: true }',
        'tiktok: { embed: tiktok }',
        'ftp: { link: "ftp://x/{0}" }',
        'words: just a string',
        'nothing: { colour: red }',
        'off: { inline: false }',
        '"a b": { remove: true }',
        'js: { link: "javascript:alert(1)" }',
      ].join('\n'),
    );
    expect([...declared.keys()]).toEqual(['good']);
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['tiktok', 2],
      ['ftp', 3],
      ['words', 4],
      ['nothing', 5],
      ['off', 6],
      ['a b', 7],
      ['js', 8],
    ]);
    expect(problems[0].message).toContain('"tiktok"');
    expect(problems[0].message).toContain('youtube');
    for (const problem of problems) expect(problem.fix).toContain('{ embed: bilibili }');
  });

  test('broken YAML: one problem with its line', () => {
    const { shortcodes: declared, problems } = parseDeclaredShortcodes('a: { remove: true }\nb: { remove: true\n');
    expect(declared.size).toBe(0);
    expect(problems).toEqual([expect.objectContaining({ field: 'yaml', message: expect.stringContaining('not valid YAML') })]);
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
  });

  test('a list instead of a map is a problem on line 1', () => {
    expect(parseDeclaredShortcodes('- a\n- b\n').problems).toEqual([expect.objectContaining({ line: 1, field: 'shortcodes' })]);
  });

  test('an empty file declares nothing, without a problem', () => {
    expect(parseDeclaredShortcodes('')).toEqual({ shortcodes: new Map(), problems: [] });
    expect(parseDeclaredShortcodes('# only a comment\n')).toEqual({ shortcodes: new Map(), problems: [] });
  });
});

describe('declaredShortcodes: the content folder’s file, read again when it changes', () => {
  test('no file: nothing declared', () => {
    expect(declaredShortcodes(mkdtempSync(path.join(tmpdir(), 'declared-'))).size).toBe(0);
  });

  test('reads content/shortcodes.yaml, and again after an edit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'declared-'));
    const file = path.join(dir, 'shortcodes.yaml');
    writeFileSync(file, 'a: { remove: true }\n');
    utimesSync(file, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    expect([...declaredShortcodes(dir).keys()]).toEqual(['a']);
    writeFileSync(file, 'b: { inline: true }\n');
    utimesSync(file, new Date('2021-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'));
    expect([...declaredShortcodes(dir).keys()]).toEqual(['b']);
  });
});

describe("expandShortcodes: a theme's HTML (html:)", () => {
  const ctx = () => context('ruby: { html: "<ruby>{0}<rt>{1}</rt></ruby>" }\nbox: { html: "<div title=\\"{title}\\">{.Inner}</div>" }');

  test('the arguments where the template put them, escaped; the content in its place', () => {
    expect(expand('{{< ruby 僕 ぼく >}}が{{< ruby 死 し >}}のう', ctx()).markdown).toBe(
      '<ruby>僕<rt>ぼく</rt></ruby>が<ruby>死<rt>し</rt></ruby>のう',
    );
    expect(expand('{{< ruby "<b>" "\\"x\\"" >}}', ctx()).markdown).toBe('<ruby>&lt;b&gt;<rt>&quot;x&quot;</rt></ruby>');
    expect(expand('{{< box title="標題" >}}內容 {0}{{< /box >}}', ctx()).markdown).toBe('<div title="標題">內容 {0}</div>');
  });
});
