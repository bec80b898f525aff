/**
 * Build time only: the character map `normalize()` uses, derived from OpenCC's own tables, first
 * candidate of each entry, one code unit to one (normalize() is length-preserving): Hong Kong and Taiwan
 * variants to OpenCC's standard forms (HKVariantsRev, TWVariantsRev), then Traditional to Simplified
 * (TSCharacters), followed to a fixed point so the map is idempotent (麼→么, and TWVariantsRev has 么→幺:
 * both end at 幺). OpenCC's phrase-aware conversion is not wanted here: search needs one function
 * applied alike to documents and queries, not the right rendering.
 */
// Plain `export default "a b|c d e|…"` modules, exposed by opencc-js's "./*" export, without types.
// @ts-expect-error untyped data module
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
// @ts-expect-error untyped data module
import TSCharacters from 'opencc-js/dict/TSCharacters';
// @ts-expect-error untyped data module
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { CharMap } from './normalize';

function parseDictionary(dictionary: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to && !map.has(from)) map.set(from, to);
  }
  return map;
}

let fullMap: Map<string, string> | undefined;

/** Every Traditional or variant character → its canonical form (~4,000 entries), built once per process. */
export function fullCharMap(): CharMap {
  if (fullMap) return fullMap;
  const steps = [HKVariantsRev, TWVariantsRev, TSCharacters].map((dictionary) => parseDictionary(dictionary as string));
  const step = (char: string) => steps.reduce((current, map) => map.get(current) ?? current, char);
  fullMap = new Map();
  for (const key of new Set(steps.flatMap((map) => [...map.keys()]))) {
    let char = key;
    const seen = new Set([char]);
    for (let next = step(char); next !== char && !seen.has(next); next = step(char)) {
      seen.add(next);
      char = next;
    }
    if (char !== key) fullMap.set(key, char);
  }
  return fullMap;
}

/**
 * The entries whose canonical character occurs in the index: a query character whose canonical form
 * occurs in no article cannot match anyway, so the browser needs only these (~500–1,000 pairs).
 */
export function restrictCharMap(full: CharMap, indexed: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of full) if (indexed.has(to)) map.set(from, to);
  return map;
}
