import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import ListSection from '@/components/article/ListSection';
import { pageHref, termPath, type TermKind } from '@/lib/core/routes';
import TermIndex from '@/components/article/TermIndex';
import { getListPage, getTerms } from '@/lib/outputs/store/queries';
import { decodeParam, pageNumber, termsToPrerender } from '@/lib/outputs/store/static-params';
import { pageMetadata } from '@/lib/core/i18n/metadata';
import { localeParams } from '@/lib/core/i18n/params';

/**
 * Tags, categories and series work alike: an index with counts, a paginated list per term (tags have a feed).
 * One term has one address whichever script its articles were written in (lib/text/terms.ts).
 */
type Kind = TermKind;
type IndexProps = { params: Promise<{ locale: string }> };
type TermProps = { params: Promise<{ locale: string; term: string; page?: string }> };

const titles = {
  tags: ['tagsTitle', 'tagsDescription', 'tagTitle'],
  categories: ['categoriesTitle', 'categoriesDescription', 'categoryTitle'],
  series: ['seriesTitle', 'seriesDescription', 'seriesItemTitle'],
} as const;

export function termIndexRoute(kind: Kind) {
  return {
    async generateMetadata({ params }: IndexProps): Promise<Metadata> {
      const { locale } = await localeParams(params);
      const t = await getTranslations({ locale, namespace: 'Terms' });
      return pageMetadata({ locale, href: `/${kind}`, title: t(titles[kind][0]), description: t(titles[kind][1]) });
    },
    async Page({ params }: IndexProps) {
      const { locale } = await localeParams(params);
      setRequestLocale(locale);
      const t = await getTranslations('Terms');
      return <TermIndex title={t(titles[kind][0])} description={t(titles[kind][1])} terms={await getTerms(kind, locale)} />;
    },
  };
}

/** A term's list, page 1 (`/tags/開源`) or page N (`/tags/開源/page/2`), with `term` and `page` from the route. */
export function termListRoute(kind: Kind, paged: boolean) {
  const resolve = async (params: TermProps['params']) => {
    const { locale, term, page } = await localeParams(params);
    const number = paged ? pageNumber(page ?? '') : 1;
    const key = decodeParam(term);
    return { locale, key, number };
  };
  return {
    async generateStaticParams() {
      // Page 2 on is rendered on its first request (lib/outputs/store/static-params.ts).
      if (paged) return [];
      const terms = await termsToPrerender(kind);
      return terms.map((term) => ({ term: term.key }));
    },
    async generateMetadata({ params }: TermProps): Promise<Metadata> {
      const { locale, key, number } = await resolve(params);
      const list = number && (await getListPage(kind, key, number, locale));
      if (!list) return {};
      const t = await getTranslations({ locale, namespace: 'Terms' });
      const title = t(titles[kind][2], { name: list.name ?? key });
      const feed = kind === 'tags' ? { href: `${termPath(kind, key)}/feed.xml`, title } : undefined;
      return pageMetadata({ locale, href: pageHref(termPath(kind, key), list.page), title, feed });
    },
    async Page({ params }: TermProps) {
      const { locale, key, number } = await resolve(params);
      setRequestLocale(locale);
      const list = number && (await getListPage(kind, key, number, locale));
      if (!list) notFound();
      const t = await getTranslations('Terms');
      return <ListSection list={list} basePath={termPath(kind, key)} heading={t(titles[kind][2], { name: list.name ?? key })} />;
    },
  };
}
