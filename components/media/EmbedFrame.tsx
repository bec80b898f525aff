import { getTranslations } from 'next-intl/server';
import { EMBED_PROVIDERS, type Embed } from '@/lib/text/embeds';

type Props = { embed: Embed; articleTitle: string; lang: string };

/**
 * What a player may use once the frame has become the provider's. Named for the provider's origin: an
 * `allow` entry without one means the frame's declared origin, which for a srcdoc frame is ours, so the
 * player the frame navigates to would get none of them (no fullscreen, no autoplay after the press).
 */
const PLAYER_FEATURES = ['autoplay', 'encrypted-media', 'fullscreen', 'picture-in-picture'];

const ASPECT = { video: 'aspect-video', slides: 'aspect-[4/3]', post: 'aspect-[4/5] max-h-[40rem] sm:aspect-[4/3]' } as const;

/**
 * The frame's colours follow the page's theme. A frame sees the system's prefers-color-scheme, not the page's
 * choice, so components/theme/ThemeSwitch.tsx copies the page's data-theme onto this document (ours, same origin,
 * until the reader presses play); without a choice, or without JavaScript, the system decides, as for the page.
 */
const FRAME_THEME = [
  ':root{--bg:#f4f4f5;--fg:#18181b;color-scheme:light}',
  ':root[data-theme=dark]{--bg:#18181b;--fg:#fafafa;color-scheme:dark}',
  '@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#18181b;--fg:#fafafa;color-scheme:dark}}',
].join('\n');

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A player that loads nothing from its owner until the reader presses play, with no JavaScript at all:
 * the frame first shows a small document of ours (srcdoc) whose play link navigates the frame itself to
 * the player. Before that, only YouTube's poster image is fetched (from i.ytimg.com); other providers
 * show their name. Below the frame, a plain link to the video or post.
 */
export default async function EmbedFrame({ embed, articleTitle, lang }: Props) {
  const t = await getTranslations('Embed');
  const provider = EMBED_PROVIDERS[embed.provider];
  const title = embed.title || articleTitle;
  const isVideo = provider.aspect === 'video';
  const frameTitle = isVideo ? t('video', { title }) : t('content', { provider: provider.name });
  const action = isVideo ? t('play') : t('show');
  const poster = embed.provider === 'youtube' ? `<img src="https://i.ytimg.com/vi_webp/${embed.id}/hqdefault.webp" alt="">` : '';
  const document = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="referrer" content="strict-origin-when-cross-origin"><style>
${FRAME_THEME}
html,body{margin:0;height:100%;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
a{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.5rem;color:inherit;text-decoration:none}
img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
span{position:relative;padding:.6rem 1.4rem;border-radius:999px;background:#dc2626;color:#fff;font-weight:600}
small{position:relative;max-width:90%;text-align:center;opacity:.85}
img~small{padding:.1rem .5rem;border-radius:.25rem;background:#000000b3;color:#fff;opacity:1}
a:focus-visible span{outline:3px solid var(--fg);outline-offset:3px}
</style><a href="${escapeAttribute(provider.frame(embed))}">${poster}<span>▶ ${escapeAttribute(action)}</span><small>${escapeAttribute(t('privacy', { provider: provider.name }))}</small></a></html>`;
  return (
    <figure className="not-prose my-8">
      <div className={`relative overflow-hidden rounded-lg bg-zinc-100 dark:bg-zinc-900 ${ASPECT[provider.aspect]}`}>
        <iframe
          title={frameTitle}
          srcDoc={document}
          loading="lazy"
          allow={PLAYER_FEATURES.map((feature) => `${feature} ${provider.frameOrigin}`).join('; ')}
          className="absolute inset-0 h-full w-full border-0"
        />
      </div>
      <figcaption className="mt-2 text-sm">
        <a href={provider.link(embed)} rel="noopener noreferrer" className="underline underline-offset-2">
          {t('openOn', { provider: provider.name })}
        </a>
      </figcaption>
    </figure>
  );
}
