import path from 'node:path';
import type { Locale } from '../i18n/routing';
import { isPrerenderedArticle } from './static-params';

/**
 * Share images are rendered at build time for the articles `next build` pre-renders
 * (lib/cli/share-images.ts, beside `next build`) and served as static files; an article rendered later
 * on demand has none and shares its cover image, or none.
 */
export const SHARE_IMAGE_DIR = 'public/og';

export function shareImageFile(locale: Locale, slug: string): string {
  return path.join(SHARE_IMAGE_DIR, locale.toLowerCase(), `${slug}.png`);
}

/** The image's address when this build renders it. */
export async function shareImagePath(locale: Locale, slug: string): Promise<string | undefined> {
  return (await isPrerenderedArticle(slug)) ? `/og/${locale.toLowerCase()}/${slug}.png` : undefined;
}
