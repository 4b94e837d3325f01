/**
 * A hashed codename is pointless if the rule's own message says it. This finds a hashed term in the
 * texts that travel in clear with a built pack, comparing words case-insensitively after Unicode
 * compatibility folding and camelCase splitting, so 'Bluebird', 'BLUEBIRD' and '#ProjectBluebird' all
 * count as mentions of 'bluebird' / 'project bluebird'.
 */

/** Below this many letters a run-together comparison would refuse innocent words ('ai' in 'maintain'). */
const MIN_COMPACT_CHARS = 5;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface TermMatcher {
  /** the first term mentioned in `text`, if any */
  find(text: string): string | undefined;
}

export function termMatcher(terms: readonly string[]): TermMatcher {
  const prepared = terms.map((term) => {
    const w = words(term);
    return { term, words: w, compact: w.join('') };
  });
  return {
    find(text: string) {
      const tw = words(text);
      const joined = ` ${tw.join(' ')} `;
      const compact = tw.join('');
      for (const p of prepared) {
        if (!p.words.length) continue;
        if (joined.includes(` ${p.words.join(' ')} `)) return p.term;
        if (p.compact.length >= MIN_COMPACT_CHARS && compact.includes(p.compact)) return p.term;
      }
      return undefined;
    },
  };
}
