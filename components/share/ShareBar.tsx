import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/outputs/store/queries';
import type { Locale } from '@/lib/core/i18n/routing';
import { absoluteUrl } from '@/lib/core/i18n/urls';
import { shareLinks, type ShareService } from '@/lib/outputs/share/links';
import { qrCodePath } from '@/lib/outputs/share/qr';
import ShareButtons from './ShareButtons';

type Props = { article: Article; locale: Locale };

/**
 * Sharing, without a third party's script: copy the link and the system's share sheet (the only client
 * part), plain links to each service's share page, and for WeChat, which has none, a QR code of the address
 * in a disclosure (native <details>: it works without JavaScript, and the code is fetched only when opened).
 */
export default async function ShareBar({ article, locale }: Props) {
  const t = await getTranslations('Share');
  const url = absoluteUrl(article.path, locale);
  const names: Record<ShareService, string> = { x: 'X', facebook: 'Facebook', line: 'LINE', weibo: t('weibo'), telegram: 'Telegram' };
  return (
    <section aria-labelledby="share-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="share-heading" className="text-lg font-bold">
        {t('title')}
      </h2>
      {/* Every control styled once, here: the page's markup is written five times (README, "Lean pages"). */}
      <div className="mt-3 flex flex-wrap items-start gap-2 text-sm [&_:is(a,button,summary)]:inline-block [&_:is(a,button,summary)]:cursor-pointer [&_:is(a,button,summary)]:rounded-full [&_:is(a,button,summary)]:border [&_:is(a,button,summary)]:border-control [&_:is(a,button,summary)]:px-3 [&_:is(a,button,summary)]:py-1.5 [&_:is(a,button,summary):hover]:bg-surface">
        <ShareButtons
          url={url}
          title={article.title}
          strings={{ copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), share: t('native') }}
        />
        {shareLinks(url, article.title).map(({ service, href }) => (
          <a key={service} href={href} target="_blank" rel="noopener noreferrer" aria-label={t('on', { service: names[service] })}>
            {names[service]}
          </a>
        ))}
        <details className="group">
          <summary className="list-none group-open:bg-surface">{t('wechat')}</summary>
          <div className="mt-2 w-52 rounded-lg border border-line p-3 text-muted">
            {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG of our own: no optimisation to gain */}
            <img src={qrCodePath(locale, article.slug)} alt={t('qrAlt')} width={184} height={184} loading="lazy" className="bg-white" />
            <p className="mt-2 text-xs leading-relaxed">{t('wechatHint')}</p>
          </div>
        </details>
      </div>
    </section>
  );
}
