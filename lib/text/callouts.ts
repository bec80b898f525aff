import type { Locale } from '../core/i18n/routing';

/**
 * Callouts: GitHub's alerts (`> [!NOTE]`) and the admonition shortcodes of the themes Chinese blogs use
 * (FixIt/LoveIt `admonition`, `notice`, `tip`…), shown one way: an `<aside data-callout="TYPE" role="note">`
 * whose first child is its title (`data-callout-title`). A title nobody wrote is the type's name in the
 * article's own script, so that the page in the other script converts it like the text around it.
 */
const CALLOUT_TITLES = {
  note: { 'zh-Hant': '注意', 'zh-Hans': '注意' },
  abstract: { 'zh-Hant': '摘要', 'zh-Hans': '摘要' },
  info: { 'zh-Hant': '資訊', 'zh-Hans': '信息' },
  tip: { 'zh-Hant': '提示', 'zh-Hans': '提示' },
  success: { 'zh-Hant': '成功', 'zh-Hans': '成功' },
  question: { 'zh-Hant': '問題', 'zh-Hans': '问题' },
  warning: { 'zh-Hant': '警告', 'zh-Hans': '警告' },
  failure: { 'zh-Hant': '失敗', 'zh-Hans': '失败' },
  danger: { 'zh-Hant': '危險', 'zh-Hans': '危险' },
  bug: { 'zh-Hant': '錯誤', 'zh-Hans': '错误' },
  example: { 'zh-Hant': '範例', 'zh-Hans': '示例' },
  quote: { 'zh-Hant': '引用', 'zh-Hans': '引用' },
  important: { 'zh-Hant': '重要', 'zh-Hans': '重要' },
  caution: { 'zh-Hant': '小心', 'zh-Hans': '小心' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CalloutType = keyof typeof CALLOUT_TITLES;

export const CALLOUT_TYPES = Object.keys(CALLOUT_TITLES) as CalloutType[];

/** Other names themes give the same boxes (Material for MkDocs' and Docsy's among them). */
const ALIASES: Record<string, CalloutType> = {
  summary: 'abstract',
  tldr: 'abstract',
  information: 'info',
  primary: 'info',
  hint: 'tip',
  check: 'success',
  done: 'success',
  help: 'question',
  faq: 'question',
  attention: 'warning',
  warn: 'warning',
  fail: 'failure',
  missing: 'failure',
  error: 'danger',
  cite: 'quote',
};

/** The callout type a theme's word names; any other word (a colour, an icon) is a note. */
export function calloutType(word: string | undefined): CalloutType {
  const key = (word ?? '').trim().toLowerCase();
  if (Object.hasOwn(CALLOUT_TITLES, key)) return key as CalloutType;
  return ALIASES[key] ?? 'note';
}

export function calloutTitle(type: CalloutType, script: Locale): string {
  return CALLOUT_TITLES[type][script];
}
