'use client';

import { usePathname } from 'next/navigation';

type Props = { fromPrefix: string; toPrefix: string; hrefLang: string; label: string; description: string };

/**
 * The same page in the other script. A plain link (the proxy remembers the choice in the NEXT_LOCALE
 * cookie when the page is requested); only the current path comes from the browser, so this leaf needs
 * Next's router hook and nothing of next-intl's client code.
 */
export default function LocaleSwitcherLink({ fromPrefix, toPrefix, hrefLang, label, description }: Props) {
  const pathname = usePathname();
  const href = pathname.startsWith(fromPrefix) ? `${toPrefix}${pathname.slice(fromPrefix.length)}` : toPrefix;
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      title={description}
      // The query (a search) goes along; it is not part of the path the page was rendered for.
      onClick={(event) => {
        event.currentTarget.search = window.location.search;
      }}
      className="rounded-full border border-control px-3 py-1.5 text-sm font-medium hover:bg-surface"
    >
      {label}
    </a>
  );
}
