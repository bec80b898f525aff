import * as OpenCC from 'opencc-js';
import type { Locale } from '@/lib/core/i18n/routing';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Phrases that are right as they stand but that OpenCC, run over text already in the target
 * script, would still change: its tables expect the other script as input.
 */
const CORRECT_AS_WRITTEN: Record<Locale, string[]> = {
  // 台 and 臺 are both standard in Taiwan; 折合 is "converted at", 干擾 "interfere", 了 in 教會了 a particle.
  'zh-Hant': ['平台', '折合', '干擾', '教會了'],
  // 显著 keeps 著 in Simplified.
  'zh-Hans': ['显著'],
};

/**
 * Characters of `text` that belong to the other script: OpenCC converts the whole text into
 * `locale`'s script (phrases give it context) and whatever it changes, outside the phrases
 * above, was foreign. Returned with a little context, for a readable failure.
 */
export function foreignCharacters(text: string, locale: Locale): string[] {
  const original = [...text];
  const converted = [...(locale === 'zh-Hans' ? toSimplified(text) : toTraditional(text))];
  const correct = new Set<number>();
  for (const phrase of CORRECT_AS_WRITTEN[locale]) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      const start = [...text.slice(0, at)].length;
      for (let offset = 0; offset < [...phrase].length; offset++) correct.add(start + offset);
    }
  }
  const foreign = new Set<string>();
  original.forEach((char, index) => {
    if (converted[index] !== char && !correct.has(index)) {
      foreign.add(`${char}→${converted[index]} in “${original.slice(Math.max(0, index - 4), index + 4).join('')}”`);
    }
  });
  return [...foreign];
}
