import { notFound } from 'next/navigation';
import { localeFromSegment, type Locale } from './routing';

/** A route's params with its `[locale]` segment (`zh-hant`) read as the locale (`zh-Hant`); any other segment is a 404. */
export async function localeParams<T extends { locale: string }>(params: Promise<T>): Promise<Omit<T, 'locale'> & { locale: Locale }> {
  const resolved = await params;
  const locale = localeFromSegment(resolved.locale);
  if (!locale) notFound();
  return { ...resolved, locale };
}
