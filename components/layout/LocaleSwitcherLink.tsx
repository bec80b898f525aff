'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { locale: Locale; label: string; description: string };

/** The same page in the other script; next-intl remembers the choice in the NEXT_LOCALE cookie. */
export default function LocaleSwitcherLink({ locale, label, description }: Props) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={locale}
      prefetch={false}
      title={description}
      className="rounded-full border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
    >
      {label}
    </Link>
  );
}
