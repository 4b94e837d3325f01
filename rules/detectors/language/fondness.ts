/**
 * Praise and fondness in the same sentence turn the rough words of the inflammatory rules into banter or delight:
 * "shut up, that's amazing, congrats!", "what the hell are you building? it looks amazing", "you clown, I can't believe you
 * wore that, iconic", "shame on you for making me cry at your wedding speech", "@jo fucking finally, congrats on the house!".
 * Read by `language.insult`, `language.contempt` and the reply rules, which lower their confidence below the pack's
 * threshold and say why. Plain "love" is not enough ("love how you lie"), nor is "lol" (said with insults as often).
 */
import type { Token } from './tokens';

const PRAISE = new Set([
  'congrats', 'congratulations', 'amazing', 'incredible', 'iconic', 'glorious', 'delicious', 'legend', 'legendary', 'respect',
  'brilliant', 'awesome', 'proud', 'inspiring', 'gorgeous', 'stunning', 'beautiful', 'masterpiece', 'bravo', 'yay', 'hero',
]);

/** Sarcastic frames that carry praise words: "it's amazing that these people get elected", "I love how you lie". */
const SARCASTIC_AFTER = new Set(['that', 'how', 'when', 'seeing', 'watching', 'it', 'the', 'to']);

/**
 * The praise word, or "love you", found in tokens [from, to) (the whole sentence by default), or undefined. Praise that
 * opens a sarcastic frame does not count ("amazing that ...", "proud to show their faces", "I love it when ...").
 */
export function praiseIn(tokens: readonly Token[], from = 0, to = tokens.length): string | undefined {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1]?.w ?? '';
    if (PRAISE.has(t.w)) {
      // "proud boys", "not proud of you": a name or a denial
      if (t.w === 'proud' && (next === 'boys' || tokens[k - 1]?.w === 'not')) continue;
      if (SARCASTIC_AFTER.has(next)) continue;
      return t.w;
    }
    if (t.w === 'love' && ['you', 'u', 'ya', 'yall'].includes(next)) return 'love';
    // "happy birthday you old goat", "my best friend is a clown and I wouldn't have it any other way", "drinks on me"
    if (t.w === 'happy' && ['birthday', 'bday', 'anniversary', 'retirement'].includes(next)) return 'happy birthday';
    if ((t.w === 'best' && ['friend', 'mate', 'pal', 'bud', 'buddy'].includes(next) && tokens[k - 1]?.w !== 'ex') || t.w === 'bestie') return 'best friend';
    if (t.w === 'drinks' && next === 'on' && tokens[k + 2]?.w === 'me') return 'drinks on me';
    if (t.w === 'any' && next === 'other' && tokens[k + 2]?.w === 'way' && tokens.slice(Math.max(0, k - 4), k).some((x) => x.w === 'have')) return 'no other way';
    // "you're the best", "you totally deserve that promotion"
    if (t.w === 'best' && tokens[k - 1]?.w === 'the' && tokens.slice(Math.max(0, k - 4), k).some((x) => x.w === 'you' || x.w === 'are')) return 'the best';
    // "go away, you're too good at this": envy of the reader's skill
    if (t.w === 'good' && ['too', 'so'].includes(tokens[k - 1]?.w ?? '') && ['at', '!'].includes(next) && !/^(?:ly|cheat|steal|whin|complain|ruin|screw|mess|fak|lie|annoy|bull)/.test(tokens[k + 2]?.w ?? '') && tokens.slice(Math.max(0, k - 4), k).some((x) => x.w === 'you' || x.w === 'are')) return `${tokens[k - 1]?.w} good`;
    if (t.w === 'deserve' && tokens.slice(Math.max(0, k - 3), k).some((x) => x.w === 'you') && !['to', 'what', 'it'].includes(next)) return 'deserve';
  }
  return undefined;
}
