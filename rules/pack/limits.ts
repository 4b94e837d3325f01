/**
 * Hard ceilings on what a pack may hold. A pack is loaded in every browser and compiled in the page, so
 * an oversized or hostile pack must be refused before any expensive work (parsing, compiling) starts.
 */

/** UTF-16 code units of pack text; checked before parsing so a huge input is refused in O(1). */
export const MAX_PACK_CHARS = 5 * 1024 * 1024;
export const MAX_RULES = 20_000;
/** clear terms plus hashes, over all rules */
export const MAX_TERMS = 200_000;
/** one term, one message, one pattern: generous, but bounded so a single field cannot dominate */
export const MAX_TERM_CHARS = 200;
export const MAX_PATTERN_CHARS = 5_000;
export const MAX_TEXT_FIELD_CHARS = 2_000;
/**
 * Words in one hashed term (the engine hashes the draft's word n-grams up to this length, and refuses a
 * built pack whose `hashed.maxWords` is larger). A longer confidential term must stay in clear.
 */
export const MAX_HASHED_WORDS = 8;
/** YAML aliases expand to copies: a few are handy, thousands are a "billion laughs" attack. */
export const MAX_YAML_ALIASES = 100;

export function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}
