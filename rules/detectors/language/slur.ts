/**
 * `language.slur`: slurs against protected groups, through the spellings people use to slip past
 * filters. On top of the engine's folding (look-alikes, leetspeak, separators, stretched letters) it
 * accepts: stretched letters ("faaaggot"), one swapped or deleted letter in slurs of five letters or
 * more ("niggre", "tranyy" no, "trany" yes), spaces inside ("f a g", "nig ger"), and a slur glued to the
 * word before it ("stupidfaggot"); a near-miss that is an ordinary word ("Niger") never counts.
 *
 * Context lowers confidence instead of dropping the match: the ordinary sense of a homonym (a fag
 * break, a Dutch dyke), a reclaimed in-group use about oneself, a quotation or report ("he called me
 * a ..."), condemnation. Options:
 * - `aim`: 'any' (default, the protected rule) or 'person' (only slurs thrown at someone: inflammatory too);
 * - `reclaimed`: true reports only reclaimed in-group uses (for an info rule saying it may be misread).
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { NEAR_WORDS, SLURS, type SlurEntry } from './lexicon/slurs';
import { aimAt } from './target';
import { tokenize, type Token } from './tokens';

interface Index {
  exact: Map<string, SlurEntry>;
  /** stretched-letter key (runs of a letter collapsed to one) → entry, for spellings at least as long */
  squeezed: Map<string, { entry: SlurEntry; len: number }>;
  /** one swap or one deletion away, for slurs of five letters or more */
  near: Map<string, SlurEntry>;
  multi: { words: string[]; entry: SlurEntry }[];
}

const squeeze = (s: string) => s.replace(/(.)\1+/g, '$1');

function oneEdit(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

function buildIndex(): Index {
  const exact = new Map<string, SlurEntry>();
  const squeezed = new Map<string, { entry: SlurEntry; len: number }>();
  const near = new Map<string, SlurEntry>();
  const multi: Index['multi'] = [];
  for (const e of SLURS) {
    for (const form of [e.form, ...(e.variants ?? [])]) {
      const spellings = form.includes(' ') ? [form, form.replace(/ /g, '')] : [form];
      if (form.includes(' ')) multi.push({ words: form.split(' '), entry: e });
      for (const s of spellings) {
        if (s.includes(' ')) continue;
        for (const f of [s, `${s}s`, `${s}z`]) {
          if (!exact.has(f)) exact.set(f, e);
          const q = squeeze(f);
          if (!squeezed.has(q)) squeezed.set(q, { entry: e, len: f.length });
        }
      }
    }
  }
  for (const e of SLURS) {
    for (const form of [e.form, ...(e.variants ?? [])]) {
      const s = form.replace(/ /g, '');
      if (s.length < 5) continue;
      for (const v of oneEdit(s)) if (!exact.has(v) && !NEAR_WORDS.has(v) && v.length >= 4) near.set(v, e);
    }
  }
  return { exact, squeezed, near, multi };
}

let index: Index | undefined;
const getIndex = () => (index ??= buildIndex());

/** Words that may be glued in front of a slur ("stupidfaggot", "ufag"). */
const GLUE = ['you', 'u', 'ur', 'stupid', 'dumb', 'fucking', 'fuckin', 'fat', 'ugly', 'dirty', 'lil', 'little', 'big', 'the', 'a', 'ya', 'dumbass', 'gay', 'black', 'sand'];
/** Common short words: pieces that together look like a slur only by accident ("go ok"). */
const COMMON_SHORT = new Set(['a', 'i', 'go', 'ok', 'on', 'co', 'to', 'be', 'is', 'it', 'in', 'an', 'as', 'at', 'by', 'do', 'he', 'me', 'my', 'no', 'of', 'or', 'so', 'up', 'us', 'we', 'the', 'and', 'for', 'you', 'are', 'not', 'but', 'can', 'get', 'got', 'had', 'has', 'her', 'him', 'his', 'how', 'its', 'let', 'may', 'new', 'now', 'old', 'our', 'out', 'see', 'she', 'two', 'way', 'who', 'why', 'yes', 'yet', 'ger', 'pa', 'ki', 'ko', 'ka', 'am', 'pm', 'mo', 'ho', 'ha', 'hi', 'jo', 'ja', 'de', 'la', 'le', 'el', 'es', 'et', 'al', 'mr', 'ms', 'dr', 'st']);

interface Match {
  from: number;
  to: number;
  entry: SlurEntry;
  how: string;
}

function lookup(word: string): { entry: SlurEntry; how: string } | null {
  const ix = getIndex();
  const e = ix.exact.get(word);
  if (e) return { entry: e, how: '' };
  if (NEAR_WORDS.has(word)) return null;
  const q = ix.squeezed.get(squeeze(word));
  if (q && word.length > q.len) return { entry: q.entry, how: 'stretched letters' };
  const n = ix.near.get(word) ?? ix.near.get(word.replace(/s$/, ''));
  if (n) return { entry: n, how: 'a letter swapped or left out' };
  for (const g of GLUE) {
    if (word.length > g.length + 2 && word.startsWith(g)) {
      const rest = word.slice(g.length);
      const r = ix.exact.get(rest);
      if (r && rest.length >= 3) return { entry: r, how: 'glued to the word before it' };
    }
  }
  return null;
}

function findSlurs(tokens: readonly Token[]): Match[] {
  const ix = getIndex();
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    const multi = ix.multi.find((m) => m.words.every((x, j) => tokens[i + j]?.w === x));
    if (multi) {
      out.push({ from: i, to: i + multi.words.length - 1, entry: multi.entry, how: '' });
      i += multi.words.length - 1;
      continue;
    }
    const one = lookup(t.w);
    if (one) {
      out.push({ from: i, to: i, entry: one.entry, how: one.how });
      continue;
    }
    // spaces inside: "f a g g o t", "nig ger"; pieces of at most three letters, not all common words
    if (t.w.length <= 3) {
      let joined = t.w;
      for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
        const u = tokens[j] as Token;
        if (u.punct || u.w.length > 4) break;
        joined += u.w;
        const pieces = tokens.slice(i, j + 1).map((x) => x.w);
        if (pieces.every((p) => COMMON_SHORT.has(p))) continue;
        const hit = ix.exact.get(joined);
        if (hit && joined.length >= 3) {
          out.push({ from: i, to: j, entry: hit, how: 'spaces inside the word' });
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

/** Self-identification before the slur: "I'm a proud ...", "as a ...", "us ...", "my fellow ...". */
function reclaimedUse(tokens: readonly Token[], m: Match): string | null {
  if (!m.entry.reclaimable) return null;
  const before = tokens.slice(Math.max(0, m.from - 4), m.from).map((t) => t.w);
  const b1 = before[before.length - 1] ?? '';
  const b2 = before[before.length - 2] ?? '';
  if (['us', 'we', 'fellow', 'myself', 'proud', 'ourselves'].includes(b1)) return `said about oneself ('${b1} ...')`;
  if ((b1 === 'a' || b1 === 'proud' || b1 === 'queer' || b1 === 'big' || b1 === 'old') && ['am', 'as', 'proud', 'a'].includes(b2)) {
    const b3 = before[before.length - 3] ?? '';
    if (b2 === 'am' || b2 === 'as' || b3 === 'am' || b3 === 'as') return 'said about oneself (self-identification)';
  }
  if (b1 === 'am' && before.includes('i')) return 'said about oneself';
  if (b1 === 'my' && m.entry.form === 'nigga') return "in-group address ('my ...')";
  return null;
}

function homonymSense(tokens: readonly Token[], m: Match): string | null {
  const e = m.entry;
  const next = tokens[m.to + 1]?.w ?? '';
  const prev = tokens[m.from - 1]?.w ?? '';
  if (e.ordinaryAfter?.includes(next)) return `ordinary phrase ('... ${next}')`;
  if (e.ordinaryBefore?.includes(prev)) return `ordinary phrase ('${prev} ...')`;
  if (e.homonym) {
    for (let k = Math.max(0, m.from - 5); k <= Math.min(tokens.length - 1, m.to + 5); k++) {
      if (k >= m.from && k <= m.to) continue;
      const x = (tokens[k] as Token).w;
      if (e.homonym.includes(x)) return `ordinary sense of the word (context '${x}')`;
    }
  }
  return null;
}

interface Options {
  aim: 'any' | 'person';
  reclaimed: boolean;
}

function run(input: DetectorInput, o: Options): DetectorHit[] {
  const tokens = tokenize(input);
  const hits: DetectorHit[] = [];
  for (const m of findSlurs(tokens)) {
    const first = tokens[m.from] as Token;
    const last = tokens[m.to] as Token;
    const tags = ['slur', m.entry.characteristic];
    const via = m.how ? ` (spelled with ${m.how})` : '';
    const reclaimed = reclaimedUse(tokens, m);
    if (o.reclaimed) {
      if (reclaimed) hits.push({ start: first.start, end: last.end, confidence: 0.8, explain: `a reclaimed slur ${reclaimed}${via}`, tags: [...tags, 'reclaimed'] });
      continue;
    }
    let confidence = m.entry.confidence;
    let explain = `slur against a group defined by ${m.entry.characteristic}${via}`;
    if (m.how === 'a letter swapped or left out') confidence *= 0.9;
    const homonym = homonymSense(tokens, m);
    if (homonym) {
      confidence *= 0.2;
      explain += `; ${homonym}, so confidence lowered`;
    }
    if (reclaimed) {
      confidence *= 0.3;
      explain += `; ${reclaimed}: a reclaimed use, so confidence lowered`;
    }
    const aim = aimAt(tokens, m.from, true, m.to);
    if (o.aim === 'person') {
      if (!aim || aim.group || reclaimed) continue;
      explain += `; ${aim.reason}`;
      if (aim.negated) confidence *= 0.4;
    }
    const ctx = applyContext(confidence, explain, mentionContext(input.text, tokens, m.from, m.to));
    hits.push({ start: first.start, end: last.end, confidence: Math.round(ctx.confidence * 100) / 100, explain: ctx.explain, tags });
  }
  return hits;
}

function validate(options: Record<string, unknown>): string | null {
  if (options.aim !== undefined && options.aim !== 'any' && options.aim !== 'person') return "option 'aim' must be 'any' or 'person'";
  if (options.reclaimed !== undefined && typeof options.reclaimed !== 'boolean') return "option 'reclaimed' must be true or false";
  return null;
}

export const SLUR: DetectorSpec = {
  id: 'language.slur',
  description: 'Slurs against protected groups, with spelling variants; homonyms, reclaimed and quoted uses lower confidence.',
  scope: 'sentence',
  // No keywords: spaced-out and misspelt slurs have no fixed literal; the token pass is cheap.
  validateOptions: validate,
  create(options) {
    const o: Options = { aim: options.aim === 'person' ? 'person' : 'any', reclaimed: options.reclaimed === true };
    return (input) => run(input, o);
  },
};
