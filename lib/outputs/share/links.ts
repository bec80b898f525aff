/**
 * Sharing an article on the services our readers use, as plain links to each service's own share page:
 * no script, no request to any of them until the reader follows one. WeChat has no such page (it shares
 * from inside its app), so it gets a QR code of the address instead (qr.ts).
 */
export type ShareService = 'x' | 'facebook' | 'line' | 'weibo' | 'telegram';

export type ShareLink = { service: ShareService; href: string };

const SHARE_PAGES: Record<ShareService, (url: string, title: string) => string> = {
  x: (url, title) => `https://x.com/intent/post?${new URLSearchParams({ text: title, url })}`,
  facebook: (url) => `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`,
  line: (url) => `https://social-plugins.line.me/lineit/share?${new URLSearchParams({ url })}`,
  weibo: (url, title) => `https://service.weibo.com/share/share.php?${new URLSearchParams({ url, title })}`,
  telegram: (url, title) => `https://t.me/share/url?${new URLSearchParams({ url, text: title })}`,
};

/** The share links of a page, in the order they are shown. */
export function shareLinks(url: string, title: string): ShareLink[] {
  return (Object.keys(SHARE_PAGES) as ShareService[]).map((service) => ({ service, href: SHARE_PAGES[service](url, title) }));
}
