import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import EmbedFrame from '@/components/media/EmbedFrame';
import type { Article } from '@/lib/outputs/store/queries';
import { getPathname } from '@/lib/core/i18n/navigation';
import type { Locale } from '@/lib/core/i18n/routing';
import { embedProblems, isEmbedProvider, type Embed } from '@/lib/text/embeds';

type Props = { article: Pick<Article, 'html' | 'title'>; locale: Locale };

/** Site paths an article may link without a locale (written by hand, or by Hugo's ref shortcode). */
const SITE_PATH = /^\/(posts|tags|categories|series|companies|archive)([/?#]|$)/;

/** The embed a placeholder names (lib/text/hugo/shortcodes/expand.ts), when valid: raw HTML can write one, so it is checked here too. */
function embedOf(properties: Element['properties']): Embed | undefined {
  const provider = properties.dataEmbed;
  if (!isEmbedProvider(provider)) return undefined;
  const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
  const embed: Embed = {
    provider,
    id: text(properties.dataEmbedId) ?? '',
    params: Object.fromEntries(new URLSearchParams(text(properties.dataEmbedParams) ?? '')),
    title: text(properties.dataEmbedTitle),
  };
  return embedProblems(embed).length === 0 ? embed : undefined;
}

function containsEmbed(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  return node.properties.dataEmbed !== undefined || node.children.some(containsEmbed);
}

/**
 * The article's sanitized HTML (lib/content/markdown.ts), in the page's script. Passed on as HTML, not as a
 * tree of React elements, which would make the page's payload half as large again: only a top-level block
 * that holds an embed (the placeholder itself, or a table or list around one) becomes React elements, so
 * that the placeholder becomes a player and the browser's HTML matches React's. Site links get the page's locale.
 */
export default function ArticleBody({ article, locale }: Props) {
  const tree: Root = fromHtml(article.html, { fragment: true });
  const localize = (node: Root | RootContent) => {
    if (node.type === 'element' && typeof node.properties.href === 'string' && SITE_PATH.test(node.properties.href))
      node.properties.href = getPathname({ href: node.properties.href, locale });
    if ('children' in node) node.children.forEach(localize);
  };
  localize(tree);
  const components: Partial<Components> = {
    div: (props) => {
      const { node, ...rest } = props as typeof props & { node?: Element };
      if (node?.properties.dataEmbed === undefined) return <div {...rest} />;
      const embed = embedOf(node.properties);
      return embed ? <EmbedFrame embed={embed} articleTitle={article.title} lang={locale} /> : null;
    },
  };
  const parts: ReactNode[] = [];
  let html: RootContent[] = [];
  const flush = () => {
    if (html.length > 0)
      parts.push(
        <div key={parts.length} className="contents" dangerouslySetInnerHTML={{ __html: toHtml({ type: 'root', children: html }) }} />,
      );
    html = [];
  };
  for (const child of tree.children) {
    if (!containsEmbed(child)) {
      html.push(child);
      continue;
    }
    flush();
    parts.push(
      <Fragment key={parts.length}>
        {toJsxRuntime({ type: 'root', children: [child] }, { Fragment, jsx, jsxs, components, passNode: true })}
      </Fragment>,
    );
  }
  flush();
  return <div className="prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-img:mx-auto prose-img:rounded">{parts}</div>;
}
