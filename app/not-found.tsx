import ThemeHeadScript from '@/components/theme/ThemeHeadScript';
import './[locale]/globals.css';

// Requests the proxy does not send to a locale (a path with a file extension) end here:
// no locale is known, so this page offers both.
export default function RootNotFound() {
  return (
    <html lang="zh-Hant" suppressHydrationWarning>
      <head>
        <ThemeHeadScript />
      </head>
      <body className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-bold">找不到這個頁面</h1>
        <p className="mt-4 space-x-4">
          <a href="/zh-hant" hrefLang="zh-Hant" className="underline">
            回到首頁
          </a>
          <a href="/zh-hans" hrefLang="zh-Hans" lang="zh-Hans" className="underline">
            回到首页（简体）
          </a>
        </p>
      </body>
    </html>
  );
}
