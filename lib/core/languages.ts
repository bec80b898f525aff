/**
 * Chinese language tags and what they name: the one table behind an article's `lang`, the variant keys of
 * inline rules (`-{zh-hant:…;zh-hans:…}-`) and the reader's Accept-Language. A tag names a script (the page
 * it is read on) and a region (whose vocabulary the text uses, so conversion reads Hong Kong's words as
 * Hong Kong's).
 */
import type { Locale } from './i18n/routing';

export type Region = 'tw' | 'hk' | 'cn';

/** The script an article is written in, and the region whose words it uses. */
export type SourceScript = { script: Locale; region: Region };

export const TAIWAN_TRADITIONAL: SourceScript = { script: 'zh-Hant', region: 'tw' };
const HONG_KONG_TRADITIONAL: SourceScript = { script: 'zh-Hant', region: 'hk' };
export const MAINLAND_SIMPLIFIED: SourceScript = { script: 'zh-Hans', region: 'cn' };

/** Region subtags (lower case) and the script and vocabulary each implies. */
const REGIONS: Record<string, SourceScript> = {
  tw: TAIWAN_TRADITIONAL,
  hk: HONG_KONG_TRADITIONAL,
  mo: HONG_KONG_TRADITIONAL,
  cn: MAINLAND_SIMPLIFIED,
  sg: MAINLAND_SIMPLIFIED,
  my: MAINLAND_SIMPLIFIED,
};

/** The tags an editor is told about when a `lang` is not one we know (any tag of the same shape works). */
export const LANG_VALUES = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-CN', 'zh-SG', 'zh-MY', 'zh-Hans'];

/**
 * What a Chinese tag names (`zh-TW`, `zh-Hant`, `zh-Hant-HK`, `zh-Hans-SG`…), or undefined for a tag that
 * names no script: another language, or plain `zh`. A script subtag wins over a region (`zh-Hant-CN` is
 * Traditional text, with Taiwan's words); a region alone implies its script.
 */
export function sourceScriptOfTag(tag: string): SourceScript | undefined {
  const [language, ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (language !== 'zh') return undefined;
  const region = subtags.map((subtag) => REGIONS[subtag]).find(Boolean);
  if (subtags.includes('hant')) return region?.script === 'zh-Hant' ? region : TAIWAN_TRADITIONAL;
  if (subtags.includes('hans')) return MAINLAND_SIMPLIFIED;
  return region;
}

/** Whether a tag is Chinese at all (`zh`, `zh-TW`, `zh-yue`…). */
export function isChineseTag(tag: string): boolean {
  return /^zh(?:$|[-_])/i.test(tag.trim());
}
