import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/outputs/store/queries';
import type { Locale } from '@/lib/core/i18n/routing';
import { site } from '@/lib/core/site';
import { GISCUS_LANGUAGE } from '@/lib/outputs/comments/giscus';
import GiscusComments from './GiscusComments';

type Props = { article: Article; locale: Locale };

/**
 * An article's comments (giscus, GitHub Discussions), when the site sets a repository (lib/core/site.ts);
 * otherwise nothing at all. Nothing of giscus's or GitHub's loads until the reader asks, as with the players.
 */
export default async function Comments({ article, locale }: Props) {
  const settings = site.comments;
  if (!settings) return null;
  const t = await getTranslations('Comments');
  return (
    <section aria-labelledby="comments-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="comments-heading" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p id="comments-privacy" className="mt-2 text-sm text-muted">
        {t('privacy', { host: new URL(settings.origin).host })}
      </p>
      <GiscusComments
        thread={{ ...settings, term: article.slug, lang: GISCUS_LANGUAGE[locale], description: article.excerpt }}
        show={t('show')}
        frameTitle={t('frameTitle')}
        describedBy="comments-privacy"
      />
    </section>
  );
}
