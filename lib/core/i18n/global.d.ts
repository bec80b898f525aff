import type messages from './messages/zh-Hant.json';
import type { routing } from './routing';

// Typed message keys and locales: a key missing from zh-Hant.json is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
