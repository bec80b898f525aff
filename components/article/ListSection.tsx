import type { ReactNode } from 'react';
import Pagination from '@/components/layout/Pagination';
import type { ListPage } from '@/lib/outputs/store/queries';
import ArticleList from './ArticleList';

type Props = {
  list: ListPage;
  basePath: string;
  heading: ReactNode;
  headingHidden?: boolean;
  headingLevel?: 'h1' | 'h2';
  children?: ReactNode;
};

/** A page of a list (home, a tag, a category, a company, a year): twenty articles and the way to the others. */
export default function ListSection({ list, basePath, heading, headingHidden = false, headingLevel: Heading = 'h1', children }: Props) {
  return (
    <section className="mx-auto max-w-3xl">
      <Heading className={headingHidden ? 'sr-only' : Heading === 'h1' ? 'text-2xl font-bold' : 'text-lg font-bold'}>{heading}</Heading>
      {children}
      <ArticleList articles={list.articles} />
      <Pagination basePath={basePath} page={list.page} pages={list.pages} />
    </section>
  );
}
