import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import EmbedFrame from '@/components/media/EmbedFrame';
import ImageZoom from '@/components/media/ImageZoom';
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

/** A link straight to an image file (an article's thumbnail linked to its full size): zooming shows the same file. */
const IMAGE_FILE = /\.(avif|gif|jpe?g|png|svg|webp)([?#]|$)/i;

function isWhitespace(node: RootContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * Makes an article's images zoomable, and says whether it has any: an image alone in a link to an image file
 * keeps its link; an image outside any link gets one to its own file. Either way a plain link that works
 * without JavaScript (the browser shows the file), is reached with Tab, and which ImageZoom turns into a
 * dialog. Named in the page's script: an image linked without alt text would otherwise be a link without a name.
 */
function markZoomableImages(node: Root | Element, label: string, insideLink = false): boolean {
  let found = false;
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (child.tagName === 'a') {
      const content = child.children.filter((grandchild) => !isWhitespace(grandchild));
      const image = content.length === 1 && content[0].type === 'element' && content[0].tagName === 'img' ? content[0] : undefined;
      if (image && typeof child.properties.href === 'string' && IMAGE_FILE.test(child.properties.href)) {
        Object.assign(child.properties, { dataZoom: '', ariaLabel: zoomLabel(label, image) });
        found = true;
      } else found = markZoomableImages(child, label, true) || found;
      return;
    }
    // In a <picture>, the image is one of its sources' fallbacks: left alone.
    if (child.tagName === 'img' && !insideLink && (node.type === 'root' || node.tagName !== 'picture')) {
      if (typeof child.properties.src !== 'string') return;
      node.children[index] = {
        type: 'element',
        tagName: 'a',
        properties: { href: child.properties.src, rel: ['noreferrer'], dataZoom: '', ariaLabel: zoomLabel(label, child) },
        children: [child],
      };
      found = true;
      return;
    }
    found = markZoomableImages(child, label, insideLink) || found;
  });
  return found;
}

function zoomLabel(label: string, image: Element): string {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
  return alt ? `${label}：${alt}` : label;
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
export default async function ArticleBody({ article, locale }: Props) {
  const t = await getTranslations('Zoom');
  const tree: Root = fromHtml(article.html, { fragment: true });
  const localize = (node: Root | RootContent) => {
    if (node.type === 'element' && typeof node.properties.href === 'string' && SITE_PATH.test(node.properties.href))
      node.properties.href = getPathname({ href: node.properties.href, locale });
    if ('children' in node) node.children.forEach(localize);
  };
  localize(tree);
  const hasImages = markZoomableImages(tree, t('open'));
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
  return (
    <div className="prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-img:mx-auto prose-img:rounded">
      {parts}
      {/* Only where there is an image to zoom: other pages carry none of its code. */}
      {hasImages && <ImageZoom close={t('close')} dialogLabel={t('dialog')} />}
    </div>
  );
}
