import { describe, expect, test } from 'vitest';
import { parseDeclaredShortcodes, type DeclaredShortcode } from '@/lib/text/hugo/shortcodes/declared';
import { parseShortcodes, type ShortcodeNode } from '@/lib/text/hugo/shortcodes/parse';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  builtInOverride,
  declarationFor,
  declarationFromTemplate,
  declarationYaml,
  describeDeclaration,
  simpleTemplate,
  mediaFiles,
  shortcodeTemplate,
} from '@/lib/tools/import/theme-shortcodes';

/** The shortcodes of a body, as the import collects their uses. */
function uses(body: string): ShortcodeNode[] {
  return parseShortcodes(body, 1).nodes.filter((node): node is ShortcodeNode => node.type === 'shortcode');
}

describe('declarationFor: known theme shortcodes', () => {
  test.each<[string, DeclaredShortcode]>([
    ['admonition', { kind: 'callout', type: '{type|0}', title: '{title|1}', open: '{open|2}' }],
    ['notice', { kind: 'callout', type: '{type|0}', title: '{title}' }],
    ['callout', { kind: 'callout', type: 'note', title: '{title}' }],
    ['tip', { kind: 'callout', type: 'tip', title: '{title}' }],
    ['gallery', { kind: 'gallery', caption: '{caption}' }],
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
    ['player', { kind: 'embed', provider: 'bilibili', url: '{src}' }],
    ['bmpi', { kind: 'embed', provider: 'bilibili', url: 'https://player.bilibili.com/player.html?aid={0}&page=1' }],
    ['video', { kind: 'media', media: 'video', src: '{src|0}', caption: '{caption}', poster: '{poster}' }],
    ['audio', { kind: 'media', media: 'audio', src: '{src}', relURL: true }],
    ['gallery', { kind: 'gallery', caption: '{caption}' }],
    ['admonition2', { kind: 'callout', type: '{type|0}', title: '{title|1}', open: '{open|2}' }],
    ['tip2', { kind: 'callout', type: 'tip' }],
    ['ruby', { kind: 'html', html: '<ruby>{0}<rt>{1}</rt></ruby>' }],
    ['friend', { kind: 'html', html: '<a href="{url}" title="{name}">{name}: "{.Inner}"</a>' }],
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
      '{{< a src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD" >}}',
      '{{< a src="clip.mp4" caption="c" >}}',
      '{{< a "song.mp3" >}}',
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

/** Templates of real themes, quoted as they are. */
const TEMPLATES = {
  // bmpi.dev's layouts/shortcodes/bilibili.html: a bare number is the aid.
  bmpiBilibili:
    '<div align=center class="aspect-ratio">\n    <iframe src="https://player.bilibili.com/player.html?aid={{ index .Params 0 }}&&page=1&as_wide=1&high_quality=1&danmaku=0" \n    scrolling="no" allowfullscreen="true"> \n    </iframe>\n</div>',
  // FixIt's bilibili: named or positional.
  fixitBilibili:
    '<div class="bilibili">\n  {{- if .IsNamedParams -}}\n    <iframe src="//player.bilibili.com/player.html?bvid={{ .Get `id` }}&page={{ .Get `p` | default 1 }}" scrolling="no"></iframe>\n  {{- else -}}\n    <iframe src="//player.bilibili.com/player.html?bvid={{ .Get 0 }}&page={{ .Get 1 | default 1 }}" scrolling="no"></iframe>\n  {{- end -}}\n</div>',
  // Stack's bilibili: the address built with querify from variables.
  stackBilibili:
    '{{ $vid := (.Get 0) }}\n{{ $videopage := default 1 (.Get 1) }}\n{{ $basicQuery := querify "page" $videopage "high_quality" 1 "as_wide" 1 }}\n{{ $videoQuery := "" }}\n{{ if strings.HasPrefix (lower $vid) "av" }}\n    {{ $videoQuery = querify "aid" (strings.TrimPrefix "av" (lower $vid)) }}\n{{ else if strings.HasPrefix (lower $vid) "bv" }}\n    {{ $videoQuery = querify "bvid" $vid }}\n{{ end }}\n<div class="video-wrapper">\n    <iframe src="https://player.bilibili.com/player.html?{{ $basicQuery | safeURL }}&{{ $videoQuery | safeURL }}"\n            scrolling="no"\n    >\n    </iframe>\n</div>',
  // A theme's bilibili that takes the player's whole address.
  srcBilibili: '<div class="bili"><iframe src="{{ .Get "src" }}" allowfullscreen></iframe></div>',
  // Stack's video.
  stackVideo:
    '{{- $src := .Get "src" | default (.Get 0) -}}\n<div class="video-wrapper">\n    <video\n    controls\n    src="{{- $src -}}"\n    {{ with .Get "poster" }}poster="{{- . -}}"{{ end }}\n    >\n        <p><a href="{{- $src -}}">link to the video</a> instead.</p>\n    </video>\n</div>',
  // pseudoyu's audio: relURL through a with block.
  pseudoyuAudio:
    '<figure {{ with .Get "class" }}class="{{ . }}" {{ end }}>\n    <audio controls preload="{{ .Get " preload" | default "metadata" }}">\n        {{ with .Get "src" }}\n        <source src="{{ . | relURL }}" type="audio/mpeg">{{ end }}\n    </audio>\n    <i>{{ with .Get "caption" }}<figcaption>{{ . }}</figcaption>{{ end }}</i>\n</figure>',
  // Congo-based video with its title as the caption.
  tomyVideo:
    '<video class="my-0 rounded-md"\n  {{ with .Get "controls" }} controls {{ end }}\n>\n  <source src="{{ .Get "src" }}" type="video/mp4">\n</video>\n{{ with .Get "title" }}\n<figcaption>{{ . }}</figcaption>\n{{ end }}',
  // Stack's spotify: a player of a site we do not embed.
  stackSpotify:
    '{{ if .IsNamedParams }}\n<iframe src="https://open.spotify.com/embed/{{ .Get "type" }}/{{ .Get "id" }}"\n    width="100%"></iframe>\n{{ else }}\n<iframe src="https://open.spotify.com/embed/{{ .Get 0 }}/{{ .Get 1 }}"\n    width="100%"></iframe>\n{{ end }}',
  // A box: nothing to play.
  notice: '<div class="notices {{ .Get 0 }}">{{ .Inner }}</div>',
};

describe('declarationFromTemplate: the theme’s template decides what the arguments mean', () => {
  test('bmpi.dev: the positional argument is the aid of the player’s address', () => {
    const declaration = declarationFromTemplate(TEMPLATES.bmpiBilibili, uses('{{< bilibili 754614093 >}}'));
    expect(declaration).toEqual({
      kind: 'embed',
      provider: 'bilibili',
      url: 'https://player.bilibili.com/player.html?aid={0}&&page=1&as_wide=1&high_quality=1&danmaku=0',
    });
  });

  test('FixIt: named and positional branches are one address, either argument', () => {
    expect(declarationFromTemplate(TEMPLATES.fixitBilibili, uses('{{< bilibili BV1xx411c7mD >}}'))).toEqual({
      kind: 'embed',
      provider: 'bilibili',
      url: 'https://player.bilibili.com/player.html?bvid={id|0}&page={p|1}',
    });
  });

  test('Stack: an address built from variables; the player by its host, the id by the argument that holds one', () => {
    expect(declarationFromTemplate(TEMPLATES.stackBilibili, uses('{{< bilibili BV1MN4y1G7SK 2 >}}'))).toEqual({
      kind: 'embed',
      provider: 'bilibili',
      id: '0',
    });
  });

  test('a template whose frame takes src: the argument holds the address', () => {
    expect(
      declarationFromTemplate(
        TEMPLATES.srcBilibili,
        uses('{{< bilibili src="//player.bilibili.com/player.html?aid=1&bvid=BV1xx411c7mD" >}}'),
      ),
    ).toEqual({
      kind: 'embed',
      provider: 'bilibili',
      url: '{src}',
    });
  });

  test('video and audio: the element’s src, through variables and with blocks, relURL and the caption kept', () => {
    expect(declarationFromTemplate(TEMPLATES.stackVideo, uses('{{< video "/v/a.mp4" >}}'))).toEqual({
      kind: 'media',
      media: 'video',
      src: '{src|0}',
      poster: '{poster}',
    });
    expect(
      declarationFromTemplate(TEMPLATES.pseudoyuAudio, uses('{{<audio src="audios/1988.mp3" caption="《Reply 1988 OST》" >}}')),
    ).toEqual({
      kind: 'media',
      media: 'audio',
      src: '{src}',
      caption: '{caption}',
      relURL: true,
    });
    expect(declarationFromTemplate(TEMPLATES.tomyVideo, uses('{{< video src="a.mp4" title="t" >}}'))).toMatchObject({
      media: 'video',
      src: '{src}',
      caption: '{title}',
    });
  });

  test('a player we do not embed: a link to it', () => {
    expect(declarationFromTemplate(TEMPLATES.stackSpotify, uses('{{< spotify type="track" id="x" >}}'))).toEqual({
      kind: 'link',
      link: 'https://open.spotify.com/embed/{type|0}/{id|1}',
      text: undefined,
    });
  });

  test('a template with nothing to play decides nothing', () => {
    expect(declarationFromTemplate(TEMPLATES.notice, uses('{{< notice info >}}x{{< /notice >}}'))).toBeUndefined();
  });
});

describe('the site’s templates, found as Hugo finds them', () => {
  const site = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'theme-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('themes/stack/layouts/shortcodes/video.html', TEMPLATES.stackVideo);
    write('themes/stack/layouts/shortcodes/bilibili.html', TEMPLATES.stackBilibili);
    write('layouts/shortcodes/bilibili.html', TEMPLATES.srcBilibili);
    write('layouts/_shortcodes/audio.html', TEMPLATES.pseudoyuAudio);
    return { root };
  };

  test('the site’s own layouts first (shortcodes/ and _shortcodes/), then its themes', () => {
    const root = site();
    expect(shortcodeTemplate(root, 'bilibili')?.file).toBe(path.join(root.root, 'layouts/shortcodes/bilibili.html'));
    expect(shortcodeTemplate(root, 'audio')?.file).toBe(path.join(root.root, 'layouts/_shortcodes/audio.html'));
    expect(shortcodeTemplate(root, 'video')?.file).toBe(path.join(root.root, 'themes/stack/layouts/shortcodes/video.html'));
    expect(shortcodeTemplate(root, 'nothing')).toBeUndefined();
  });

  test('declarationFor reads the template before the name and the shapes', () => {
    expect(declarationFor('video', uses('{{< video "/v/a.mp4" >}}'), site())).toMatchObject({ kind: 'media', src: '{src|0}' });
  });

  test('a built-in name the theme redefines takes the theme’s meaning', () => {
    const use = uses('{{< bilibili src="//player.bilibili.com/player.html?aid=1&bvid=BV1xx411c7mD" >}}');
    expect(builtInOverride('bilibili', use, site())).toEqual({ kind: 'embed', provider: 'bilibili', url: '{src}' });
  });

  test('without the theme, a built-in is kept where it shows every use, else the arguments’ shapes decide', () => {
    expect(builtInOverride('youtube', uses('{{< youtube MEfO09kPf-w >}}'))).toBeUndefined();
    expect(builtInOverride('bilibili', uses('{{< bilibili src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD" >}}'))).toBeUndefined();
    expect(builtInOverride('youtube', uses('{{< youtube src="/videos/talk.mp4" >}}'))).toEqual({
      kind: 'media',
      media: 'video',
      src: '{src}',
      caption: undefined,
    });
    expect(builtInOverride('figure', uses('{{< figure >}}'))).toEqual({ kind: 'remove' });
  });
});

describe('declarationFor: media and players by the arguments’ shapes', () => {
  test('an argument holding a player’s address is that player', () => {
    expect(declarationFor('bili', uses('{{< bili src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD" >}}'))).toEqual({
      kind: 'embed',
      provider: 'bilibili',
      url: '{src}',
    });
  });

  test('a media file is a video or audio, its caption kept', () => {
    expect(declarationFor('clip', uses('{{< clip src="sample.mp4" caption="c" >}}'))).toEqual({
      kind: 'media',
      media: 'video',
      src: '{src}',
      caption: '{caption}',
    });
    expect(declarationFor('song', uses('{{< song "/a/b.mp3" >}}'))).toMatchObject({ kind: 'media', media: 'audio', src: '{0}' });
  });

  test('a paired gallery keeps its images as one figure', () => {
    expect(declarationFor('photo-gallery', uses('{{< photo-gallery >}}x{{< /photo-gallery >}}'))).toEqual({
      kind: 'gallery',
      caption: undefined,
    });
  });
});

describe('mediaFiles', () => {
  test('the site paths of the files played, relURL applied; web addresses and bundle files are not static files', () => {
    const declaration: DeclaredShortcode = { kind: 'media', media: 'audio', src: '{src}', relURL: true };
    expect(
      mediaFiles(declaration, uses('{{<audio src="audios/a%20b.mp3">}} {{<audio src="/x.mp3">}} {{<audio src="https://e.com/y.mp3">}}')),
    ).toEqual(['/audios/a b.mp3', '/x.mp3']);
    expect(mediaFiles({ ...declaration, relURL: undefined }, uses('{{<audio src="beside.mp3">}}'))).toEqual([]);
  });
});

describe('simpleTemplate: a template that only prints its arguments and content is that HTML', () => {
  test.each<[string, string, DeclaredShortcode | undefined]>([
    ["Stack's ruby", '<ruby>{{ .Get 0 }}<rt>{{ .Get 1 }}</rt></ruby>\n', { kind: 'html', html: '<ruby>{0}<rt>{1}</rt></ruby>' }],
    [
      'named arguments, trimmed actions, comments and the rendered content',
      '{{/* a friend */}}\n<div class="friend">\n  <a href="{{- .Get "url" -}}">{{ index .Params "name" }}</a>\n  {{ .Inner | markdownify }}\n</div>',
      { kind: 'html', html: '<div class="friend"> <a href="{url}">{name}</a> {.Inner} </div>' },
    ],
    ['a condition', '{{ if .Get 0 }}<b>{{ .Get 0 }}</b>{{ end }}', undefined],
    ['a variable', '{{ $x := .Get 0 }}<b>{{ $x }}</b>', undefined],
    ['a script', '<script>{{ .Get 0 }}</script>', undefined],
    ['braces of its own', '<span style="x">{{ .Get 0 }}</span><i>{a}</i>', undefined],
    ['no HTML', '{{ .Inner }}', undefined],
  ])('%s', (_, template, expected) => {
    expect(simpleTemplate(template)).toEqual(expected);
  });

  test('declarationFor uses it for a name we do not know, and keeps our callout for one we do', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'theme-'));
    mkdirSync(path.join(root, 'layouts/shortcodes'), { recursive: true });
    writeFileSync(path.join(root, 'layouts/shortcodes/ruby.html'), '<ruby>{{ .Get 0 }}<rt>{{ .Get 1 }}</rt></ruby>');
    writeFileSync(path.join(root, 'layouts/shortcodes/notice.html'), '<div class="notice">{{ .Inner }}</div>');
    expect(declarationFor('ruby', uses('{{< ruby 僕 ぼく >}}'), { root })).toEqual({ kind: 'html', html: '<ruby>{0}<rt>{1}</rt></ruby>' });
    expect(declarationFor('notice', uses('{{< notice tip >}}x{{< /notice >}}'), { root })).toMatchObject({ kind: 'callout' });
  });
});
