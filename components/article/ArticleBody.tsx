import EmbedFrame from '@/components/media/EmbedFrame';
import type { Article } from '@/lib/content/store';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { embedProblems, isEmbedProvider, type Embed } from '@/lib/media/embeds';

type Props = { article: Article; locale: Locale };

/** Site paths an article may link without a locale (written by hand, or by Hugo's ref shortcode). */
const SITE_LINK = /\bhref="(\/(?:posts|tags|categories|companies|archive)(?:[/?#][^"]*)?)"/g;
/** The placeholder the Markdown pipeline leaves for an embed (lib/hugo/shortcodes/expand.ts), as it serializes it. */
const EMBED = /<div (data-embed="[^"]*"[^>]*)><\/div>/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

function attribute(attributes: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  return value?.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) =>
    code[0] === '#' ? String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1))) : (NAMED_ENTITIES[code] ?? entity),
  );
}

/** The embed a placeholder names, when its provider and id are valid; raw HTML can write one, so it is checked here too. */
function embedOf(attributes: string): Embed | undefined {
  const provider = attribute(attributes, 'data-embed');
  if (!isEmbedProvider(provider)) return undefined;
  const embed: Embed = {
    provider,
    id: attribute(attributes, 'data-embed-id') ?? '',
    params: Object.fromEntries(new URLSearchParams(attribute(attributes, 'data-embed-params') ?? '')),
    title: attribute(attributes, 'data-embed-title'),
  };
  return embedProblems(embed).length === 0 ? embed : undefined;
}

/**
 * The article's sanitized HTML (lib/content/markdown.ts), in the page's script: passed on as HTML, not
 * as a tree of React elements, which would make the page's payload half as large again; only the embed
 * placeholders become players, and site links get the page's locale.
 */
export default function ArticleBody({ article, locale }: Props) {
  const html = article.html.replace(SITE_LINK, (_, href: string) => `href="${getPathname({ href, locale })}"`);
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of html.matchAll(EMBED)) {
    parts.push(<div key={last} className="contents" dangerouslySetInnerHTML={{ __html: html.slice(last, match.index) }} />);
    const embed = embedOf(match[1]);
    if (embed) parts.push(<EmbedFrame key={`embed-${match.index}`} embed={embed} articleTitle={article.title} lang={locale} />);
    last = match.index + match[0].length;
  }
  parts.push(<div key={last} className="contents" dangerouslySetInnerHTML={{ __html: html.slice(last) }} />);
  return <div className="prose prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-img:mx-auto prose-img:rounded">{parts}</div>;
}
