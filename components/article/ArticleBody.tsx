import { fromHtml } from 'hast-util-from-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import EmbedFrame from '@/components/media/EmbedFrame';
import type { Article } from '@/lib/content/store';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { embedProblems, isEmbedProvider, type Embed } from '@/lib/media/embeds';

type Props = { article: Article; locale: Locale };

/** Paths of this site an article may link without a locale (written by hand, or by Hugo's ref shortcode). */
const SITE_PATH = /^\/(posts|tags|categories|companies|archive)(\/|$)/;

/** The embed a placeholder names, when its provider and id are valid; raw HTML can write one, so it is checked here too. */
function embedOf(props: Record<string, unknown>): Embed | undefined {
  const provider = props['data-embed'];
  if (!isEmbedProvider(provider)) return undefined;
  const embed: Embed = {
    provider,
    id: String(props['data-embed-id'] ?? ''),
    params: Object.fromEntries(new URLSearchParams(String(props['data-embed-params'] ?? ''))),
    title: props['data-embed-title'] === undefined ? undefined : String(props['data-embed-title']),
  };
  return embedProblems(embed).length === 0 ? embed : undefined;
}

/**
 * The article's sanitized HTML (lib/content/markdown.ts), in the page's script, as React elements on the
 * server: embed placeholders become players, site links get the page's locale, the rest stays as written.
 */
export default function ArticleBody({ article, locale }: Props) {
  const components: Partial<Components> = {
    div: (props) => {
      if ((props as Record<string, unknown>)['data-embed'] === undefined) return <div {...props} />;
      const embed = embedOf(props as Record<string, unknown>);
      return embed ? <EmbedFrame embed={embed} articleTitle={article.title} lang={locale} /> : null;
    },
    a: ({ href, ...props }) => <a href={typeof href === 'string' && SITE_PATH.test(href) ? getPathname({ href, locale }) : href} {...props} />,
  };
  const tree = fromHtml(article.html, { fragment: true });
  return (
    <div className="prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-img:mx-auto prose-img:rounded">
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}
    </div>
  );
}
