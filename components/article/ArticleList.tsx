import type { ArticleSummary } from '@/lib/outputs/store/queries';
import ArticleCard from './ArticleCard';

type Props = { articles: ArticleSummary[] };

export default function ArticleList({ articles }: Props) {
  return (
    <div className="divide-y divide-line">
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} />
      ))}
    </div>
  );
}
