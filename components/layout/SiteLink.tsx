import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { getPathname } from '@/lib/core/i18n/navigation';
import type { Locale } from '@/lib/core/i18n/routing';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale };

/**
 * A link to a page of the site, in the page's script unless `locale` says otherwise. A plain anchor: the
 * pages are static HTML, and the layout's speculation rules prefetch one when the reader shows intent
 * (hovering, pressing), never every link in view. No client code of next-intl's or ours. Not async (next-intl's
 * `useLocale` works in a server component that is not): an async component is written as a row of its own
 * in the page's RSC payload, and a page holds dozens of these links.
 */
export default function SiteLink({ href, locale, ...props }: Props) {
  const pageLocale = useLocale();
  return <a href={getPathname({ href, locale: locale ?? pageLocale })} {...props} />;
}
