/**
 * A page bundle (`posts/x/index.md` with its images beside it) has its own files; the store step copies
 * them to public/bundles/, served at the same path from both scripts' pages.
 */
export const BUNDLE_URL_PREFIX = '/bundles/';

export function isBundleIndex(contentRelativePath: string): boolean {
  return /(^|\/)index\.md$/i.test(contentRelativePath);
}

/** The served address of a bundle file: `posts/a/b c.png` → `/bundles/posts/a/b%20c.png`. */
export function bundleUrl(contentRelativePath: string): string {
  return BUNDLE_URL_PREFIX + contentRelativePath.split('/').map(encodeURIComponent).join('/');
}
