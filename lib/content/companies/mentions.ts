import { converterFrom } from '../../text/chinese/convert';
import { MAINLAND_SIMPLIFIED, TAIWAN_TRADITIONAL } from '../../core/languages';

/** What mention detection needs to know of a company. */
export type CompanyAliases = { id: string; aliases: string[] };

/**
 * An article concerns a detected company when its aliases occur at least this often. Tuned on the
 * seeds: 3 keeps the companies an article discusses (NVIDIA through 黃仁勳 in seed 003, OpenAI through
 * ChatGPT) and leaves out passing mentions (Mistral once in a list, a supplier named once).
 */
export const MENTION_THRESHOLD = 3;

const LATIN = /^[\x20-\x7e]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each Chinese alias in both scripts, so detection works whichever script an article is in. */
function aliasesInBothScripts(aliases: string[]): string[] {
  const toSimplified = converterFrom(TAIWAN_TRADITIONAL);
  const toTraditional = converterFrom(MAINLAND_SIMPLIFIED);
  const all = new Set<string>();
  // An empty alias would match everywhere: every article would be about the company.
  for (const alias of aliases.map((name) => name.trim()).filter(Boolean)) {
    all.add(alias);
    if (!LATIN.test(alias)) {
      all.add(toSimplified(alias));
      all.add(toTraditional(alias));
    }
  }
  return [...all];
}

/**
 * One pattern per company. Latin aliases match whole words, case-sensitive (Meta is not "metadata",
 * Apple not "apple"); Chinese has no word boundaries, so Chinese aliases are curated to avoid false hits.
 * Longest first, so 阿里巴巴 counts once, not also as 阿里.
 */
function mentionPattern(aliases: string[]): RegExp {
  const alternatives = aliasesInBothScripts(aliases)
    .sort((a, b) => b.length - a.length)
    .map((alias) => (LATIN.test(alias) ? `(?<![A-Za-z0-9])${escapeRegExp(alias)}(?![A-Za-z0-9])` : escapeRegExp(alias)));
  // No alias, no mention (an empty pattern would match every text).
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : /(?!)/g;
}

export type MentionCounter = (text: string) => Map<string, number>;

/** Counts, for one text, how often each company is mentioned; companies never mentioned are left out. */
export function mentionCounter(companies: CompanyAliases[]): MentionCounter {
  const patterns = companies.map((company) => [company.id, mentionPattern(company.aliases)] as const);
  return (text) => {
    const counts = new Map<string, number>();
    for (const [id, pattern] of patterns) {
      const count = text.match(pattern)?.length ?? 0;
      if (count > 0) counts.set(id, count);
    }
    return counts;
  };
}

/**
 * The companies an article concerns: those its front matter lists, in their order, then those
 * mentioned at least MENTION_THRESHOLD times, most mentioned first.
 */
export function relatedCompanyIds(listed: string[], mentions: Map<string, number>): string[] {
  const detected = [...mentions]
    .filter(([id, count]) => count >= MENTION_THRESHOLD && !listed.includes(id))
    .sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB))
    .map(([id]) => id);
  return [...listed, ...detected];
}
