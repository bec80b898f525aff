import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ArticleBody from '@/components/article/ArticleBody';
import DraftBanner from '@/components/article/DraftBanner';
import TableOfContents from '@/components/article/TableOfContents';
import SiteLink from '@/components/layout/SiteLink';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';
import { getPage } from '@/lib/outputs/store/queries';
import { decodeParam, pagesToPrerender } from '@/lib/outputs/store/static-params';

type Props = { params: Promise<{ locale: string; path: string[] }> };

// Pages (about, docs) at their own paths below the locale; any other unknown path reaches the locale's not-found
// page, in its script. Routes of their own (posts, tags…) come before this one.
export async function generateStaticParams() {
  return (await pagesToPrerender()).map((path) => ({ path: path.split('/') }));
}

const pathOf = (segments: string[]) => segments.map(decodeParam).join('/');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, path } = await localeParams(params);
  const page = await getPage(pathOf(path), locale);
  if (!page) return {};
  return pageMetadata({ locale, href: page.path, title: page.title, description: page.excerpt, noindex: page.isDraft });
}

export default async function Page({ params }: Props) {
  const { locale, path } = await localeParams(params);
  setRequestLocale(locale);
  const page = await getPage(pathOf(path), locale);
  if (!page) notFound();
  const t = await getTranslations('Page');
  return (
    <article lang={page.language} className="mx-auto max-w-3xl">
      {page.isDraft && <DraftBanner />}
      <h1 className="mb-8 text-2xl leading-snug font-bold sm:text-3xl">{page.title}</h1>
      <TableOfContents headings={page.headings} />
      <ArticleBody article={page} locale={locale} />
      {page.children.length > 0 && (
        <nav aria-labelledby="section-pages" className="mt-10 border-t border-line pt-6">
          <h2 id="section-pages" className="mb-3 text-lg font-bold">
            {t('pages')}
          </h2>
          <ul className="list-disc space-y-1 ps-5 [&_a]:underline-offset-2 [&_a:hover]:underline">
            {page.children.map((child) => (
              <li key={child.path}>
                <SiteLink href={child.path}>{child.title}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
