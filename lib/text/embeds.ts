/**
 * Third-party players and posts an article can embed. None of them loads anything from its owner until
 * the reader presses play (the facade in components/media/), none puts a third-party script on our page
 * (each plays in a frame), and each has a plain link that works without JavaScript.
 */
export type EmbedProvider = 'youtube' | 'vimeo' | 'bilibili' | 'speakerdeck' | 'x' | 'instagram' | 'gist';

export type Embed = {
  provider: EmbedProvider;
  id: string;
  /** Provider-specific, all validated: YouTube start/end seconds, a gist's user and file, an X user, a bilibili page. */
  params: Record<string, string>;
  title?: string;
};

type ProviderSpec = {
  name: string;
  /** What a valid id looks like, and how an editor finds it. */
  id: RegExp;
  idHint: string;
  frameOrigin: string;
  frame: (embed: Embed) => string;
  link: (embed: Embed) => string;
  /** The frame's shape: players are 16:9, posts and code are taller. */
  aspect: 'video' | 'slides' | 'post';
  /**
   * The provider's page and player addresses, each capturing the id (and, where named, a param): how an iframe's
   * `src` or a theme shortcode's `url=` is recognised as this provider's embed. Scheme and `www.` are optional.
   */
  addresses: RegExp[];
};

const SECONDS = /^\d{1,6}$/;

export const EMBED_PROVIDERS: Record<EmbedProvider, ProviderSpec> = {
  youtube: {
    name: 'YouTube',
    id: /^[A-Za-z0-9_-]{11}$/,
    idHint: 'the 11 characters after v= in the video address (https://www.youtube.com/watch?v=VIDEO_ID)',
    frameOrigin: 'https://www.youtube-nocookie.com',
    frame: ({ id, params }) => {
      const query = new URLSearchParams({ autoplay: '1' });
      if (params.start) query.set('start', params.start);
      if (params.end) query.set('end', params.end);
      return `https://www.youtube-nocookie.com/embed/${id}?${query}`;
    },
    link: ({ id, params }) => `https://www.youtube.com/watch?v=${id}${params.start ? `&t=${params.start}s` : ''}`,
    aspect: 'video',
    addresses: [
      /^(?:(?:https?:)?\/\/)?(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/|v\/)([A-Za-z0-9_-]{11})/,
      /^(?:(?:https?:)?\/\/)?youtu\.be\/([A-Za-z0-9_-]{11})/,
    ],
  },
  vimeo: {
    name: 'Vimeo',
    id: /^\d{5,12}$/,
    idHint: 'the number at the end of the video address (https://vimeo.com/146022717)',
    frameOrigin: 'https://player.vimeo.com',
    frame: ({ id }) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`,
    link: ({ id }) => `https://vimeo.com/${id}`,
    aspect: 'video',
    addresses: [/^(?:(?:https?:)?\/\/)?(?:player\.)?vimeo\.com\/(?:video\/)?(\d{5,12})/],
  },
  bilibili: {
    name: 'bilibili',
    id: /^(BV[0-9A-Za-z]{10}|av\d{1,12})$/i,
    idHint: 'the BV id in the video address (https://www.bilibili.com/video/BV1xx411c7mD)',
    frameOrigin: 'https://player.bilibili.com',
    frame: ({ id, params }) => {
      const query = new URLSearchParams(/^av/i.test(id) ? { aid: id.slice(2) } : { bvid: id });
      query.set('page', params.page ?? '1');
      query.set('autoplay', '1');
      return `https://player.bilibili.com/player.html?${query}`;
    },
    link: ({ id, params }) =>
      `https://www.bilibili.com/video/${/^av/i.test(id) ? `av${id.slice(2)}` : id}${params.page && params.page !== '1' ? `?p=${params.page}` : ''}`,
    aspect: 'video',
    addresses: [
      /^(?:(?:https?:)?\/\/)?player\.bilibili\.com\/player\.html\?(?:.*&)?bvid=(BV[0-9A-Za-z]{10})/,
      /^(?:(?:https?:)?\/\/)?player\.bilibili\.com\/player\.html\?(?:.*&)?aid=(\d{1,12})/,
      /^(?:(?:https?:)?\/\/)?(?:www\.|m\.)?bilibili\.com\/video\/(BV[0-9A-Za-z]{10}|av\d{1,12})/,
    ],
  },
  speakerdeck: {
    name: 'Speaker Deck',
    id: /^[0-9a-f]{24,32}$/i,
    idHint: "the data-id of the deck (24 or 32 hexadecimal characters, from the deck's embed code)",
    frameOrigin: 'https://speakerdeck.com',
    frame: ({ id }) => `https://speakerdeck.com/player/${id}`,
    link: ({ id }) => `https://speakerdeck.com/player/${id}`,
    aspect: 'slides',
    addresses: [/^(?:(?:https?:)?\/\/)?speakerdeck\.com\/player\/([0-9a-f]{24,32})/i],
  },
  x: {
    name: 'X',
    id: /^\d{1,25}$/,
    idHint: 'the number after /status/ in the post address (https://x.com/user/status/1453110110599868418)',
    frameOrigin: 'https://platform.twitter.com',
    frame: ({ id }) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    link: ({ id, params }) => `https://x.com/${params.user || 'i/web'}/status/${id}`,
    aspect: 'post',
    addresses: [/^(?:(?:https?:)?\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/\w{1,15}\/status(?:es)?\/(\d{1,25})/],
  },
  instagram: {
    name: 'Instagram',
    id: /^[A-Za-z0-9_-]{5,40}$/,
    idHint: 'the code after /p/ in the post address (https://www.instagram.com/p/CxOWiQNP2MO/)',
    frameOrigin: 'https://www.instagram.com',
    frame: ({ id }) => `https://www.instagram.com/p/${id}/embed/`,
    link: ({ id }) => `https://www.instagram.com/p/${id}/`,
    aspect: 'post',
    addresses: [/^(?:(?:https?:)?\/\/)?(?:www\.)?instagram\.com\/(?:p|reel)\/([A-Za-z0-9_-]{5,40})/],
  },
  gist: {
    name: 'GitHub Gist',
    id: /^[0-9a-f]{5,40}$/i,
    idHint: 'the user and the id in the gist address (https://gist.github.com/USER/ID)',
    // A gist's .pibb page is its plain HTML rendering, made for frames: no script of GitHub's on our page.
    frameOrigin: 'https://gist.github.com',
    frame: ({ id, params }) =>
      `https://gist.github.com/${params.user}/${id}.pibb${params.file ? `?file=${encodeURIComponent(params.file)}` : ''}`,
    link: ({ id, params }) => `https://gist.github.com/${params.user}/${id}`,
    aspect: 'post',
    addresses: [],
  },
};

/**
 * The embed a page or player address names (`https://youtu.be/ID`, `//player.bilibili.com/player.html?aid=…`), or
 * undefined: raw iframes of articles and theme shortcodes that take a whole address become our players through it.
 */
export function embedFromUrl(url: string): Embed | undefined {
  const address = url.trim().replace(/&amp;/g, '&');
  for (const [provider, spec] of Object.entries(EMBED_PROVIDERS) as [EmbedProvider, ProviderSpec][]) {
    for (const pattern of spec.addresses) {
      const id = pattern.exec(address)?.[1];
      // A player address may name the video by its number (aid=170001): our bilibili ids write it av170001.
      const own = provider === 'bilibili' && id && /^\d+$/.test(id) ? `av${id}` : id;
      if (own && spec.id.test(own)) return { provider, id: own, params: {} };
    }
  }
  return undefined;
}

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === 'string' && Object.hasOwn(EMBED_PROVIDERS, value);
}

/** The origins the article frames load from, for the Content-Security-Policy. */
export const EMBED_FRAME_ORIGINS = [...new Set(Object.values(EMBED_PROVIDERS).map((provider) => provider.frameOrigin))];

/** Problems with an embed's id and params, worded for the editor; empty when it can be shown. */
export function embedProblems(embed: Embed): { message: string; fix: string }[] {
  const spec = EMBED_PROVIDERS[embed.provider];
  const problems: { message: string; fix: string }[] = [];
  if (!embed.id) problems.push({ message: `the ${spec.name} embed has no id`, fix: `give ${spec.idHint}` });
  else if (!spec.id.test(embed.id)) problems.push({ message: `"${embed.id}" is not a ${spec.name} id`, fix: `use ${spec.idHint}` });
  for (const key of ['start', 'end'] as const) {
    const value = embed.params[key];
    if (value !== undefined && !SECONDS.test(value))
      problems.push({ message: `${key}="${value}" is not a number of seconds`, fix: `write ${key}=90 for 1:30` });
  }
  if (embed.params.page !== undefined && !/^\d{1,4}$/.test(embed.params.page))
    problems.push({ message: `page="${embed.params.page}" is not a page number`, fix: 'write page=2' });
  if (embed.provider === 'gist' && !/^[A-Za-z0-9-]{1,39}$/.test(embed.params.user ?? '')) {
    problems.push({
      message: `the gist has no valid user ("${embed.params.user ?? ''}")`,
      fix: 'write {{< gist USER ID >}} with the user from the gist address',
    });
  }
  if (embed.params.user !== undefined && embed.provider === 'x' && !/^\w{1,15}$/.test(embed.params.user)) {
    problems.push({ message: `user="${embed.params.user}" is not an X user name`, fix: 'write the name after x.com/, without @' });
  }
  return problems;
}
