import { fromHtml } from 'hast-util-from-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import YouTubePlayer from '@/components/media/YouTubePlayer';
import type { Article } from '@/lib/content/queries';
import { isVideoId } from '@/lib/media/youtube';

type Props = { article: Article };

/**
 * The article's sanitized HTML (see lib/content/markdown.ts) as React elements, on the server:
 * the placeholders the shortcode plugin left become players, the rest stays as written.
 */
export default function ArticleBody({ article }: Props) {
  const components: Partial<Components> = {
    div: (props) => {
      const videoId = (props as Record<string, unknown>)['data-youtube-id'];
      if (isVideoId(videoId)) return <YouTubePlayer id={videoId} articleTitle={article.title} />;
      return <div {...props} />;
    },
  };
  const tree = fromHtml(article.html, { fragment: true });
  return (
    <div className="prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-img:mx-auto prose-img:rounded">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}
    </div>
  );
}
