import { describe, expect, test } from 'vitest';
import { EMBED_PROVIDERS, embedFromUrl, type EmbedProvider } from '@/lib/text/embeds';

describe('embeds from addresses', () => {
  test.each<[string, EmbedProvider, string]>([
    ['https://www.youtube.com/watch?v=MEfO09kPf-w', 'youtube', 'MEfO09kPf-w'],
    ['https://www.youtube.com/watch?feature=share&v=MEfO09kPf-w', 'youtube', 'MEfO09kPf-w'],
    ['//www.youtube-nocookie.com/embed/MEfO09kPf-w?start=30', 'youtube', 'MEfO09kPf-w'],
    ['https://youtu.be/MEfO09kPf-w', 'youtube', 'MEfO09kPf-w'],
    ['www.youtube.com/shorts/MEfO09kPf-w', 'youtube', 'MEfO09kPf-w'],
    ['https://player.vimeo.com/video/146022717', 'vimeo', '146022717'],
    ['https://vimeo.com/146022717', 'vimeo', '146022717'],
    ['//player.bilibili.com/player.html?aid=170001&bvid=BV17x411w7KC&cid=279786&page=1', 'bilibili', 'BV17x411w7KC'],
    ['//player.bilibili.com/player.html?aid=170001&amp;cid=279786', 'bilibili', 'av170001'],
    ['https://www.bilibili.com/video/BV17x411w7KC?p=2', 'bilibili', 'BV17x411w7KC'],
    ['https://speakerdeck.com/player/5d1b0b5a9b8e4b2f8f4c8b2e3c1a0f9e', 'speakerdeck', '5d1b0b5a9b8e4b2f8f4c8b2e3c1a0f9e'],
    ['https://twitter.com/jack/status/20', 'x', '20'],
    ['https://www.instagram.com/p/CxOWiQNP2MO/', 'instagram', 'CxOWiQNP2MO'],
  ])('%s is a %s embed', (url, provider, id) => {
    expect(embedFromUrl(url)).toEqual({ provider, id, params: {} });
    expect(EMBED_PROVIDERS[provider].id.test(id)).toBe(true);
  });

  test.each([
    'https://www.youtube.com/watch?v=short',
    'https://evil.example/www.youtube.com/embed/MEfO09kPf-w',
    'https://www.youtube.com.evil.example/embed/MEfO09kPf-w',
    'javascript:alert(1)//youtu.be/MEfO09kPf-w',
    'https://www.slideshare.net/slideshow/embed_code/key/abc',
    '',
  ])('%s is no embed', (url) => {
    expect(embedFromUrl(url)).toBeUndefined();
  });
});
