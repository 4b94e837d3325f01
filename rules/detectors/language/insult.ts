/**
 * `language.insult`: insults, name-calling and profanity aimed at people, including masked forms
 * ("f***ing moron", "b*tch"). An insulting word counts only when something aims it at a person (see
 * target.ts); profanity that is not aimed at anyone ("this f***ing bug", "holy shit, we shipped") and
 * criticism of things ("this printer is useless") never match. A generalisation about a protected group
 * is left to the protected rules, so "[group] are idiots" is protected only.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { applyContext, mentionContext } from './context';
import { findGroupPronouns, findGroups } from './find-groups';
import { INSULT_ADJECTIVES, INSULT_NOUNS, MASKABLE, PERSON_WORDS, THING_WORDS, WEAK_INSULT_NOUNS } from './lexicon/words';
import { aimAt } from './target';
import { CLAUSE_BREAK, plainMapped, tokenize, tokenizeMapped, type Token } from './tokens';

/** Words after an insult noun that make it part of an ordinary compound ("clown show", "dummy data"). */
const COMPOUND_AFTER = new Set(['show', 'proof', 'car', 'case', 'race', 'data', 'test', 'tests', 'account', 'variable', 'mode', 'load', 'run', 'face', 'fish', 'farm', 'pit', 'latin', 'feet', 'bag', 'kit', 'box', 'shed', 'belt', 'chain', 'set', 'tip', 'bar', 'tail', 'hunt', 'hunter', 'hunters', 'doctor', 'eye', 'oil', 'charmer', 'pie', 'bite', 'poop', 'pen']);
const PROFANE_TARGETS = new Set(['you', 'him', 'her', 'them', 'yourself', 'yourselves', 'off', 'your', 'himself', 'herself', 'themselves', 'u']);

interface Found {
  from: number;
  to: number;
  confidence: number;
  explain: string;
  tag: 'insult' | 'profanity';
}

function w(tokens: readonly Token[], i: number): string {
  return tokens[i]?.w ?? '';
}

/** "piece of shit", "waste of space", "son of a bitch": multi-word insult nouns, as [from, to]. */
function phraseNoun(tokens: readonly Token[], i: number): number {
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  const c = w(tokens, i + 2);
  if (a === 'piece' && b === 'of' && ['shit', 'crap', 'garbage', 'trash', 'filth', 'work', 'dirt'].includes(c)) return i + 2;
  if (a === 'waste' && b === 'of' && ['space', 'oxygen', 'skin', 'air', 'life', 'breath'].includes(c)) return i + 2;
  if (a === 'son' && b === 'of' && c === 'a' && w(tokens, i + 3) === 'bitch') return i + 3;
  if (a === 'sack' && b === 'of' && ['shit', 'crap'].includes(c)) return i + 2;
  return -1;
}

/** Profanity thrown at someone: "fuck you", "go to hell", "shut the fuck up", "screw him". */
function profanityAt(tokens: readonly Token[], i: number): Found | null {
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  const ti = tokens[i + 1];
  if ((a === 'fuck' || a === 'screw' || a === 'fk' || a === 'fck' || a === 'stuff') && ti) {
    const aimed = PROFANE_TARGETS.has(b) || ti.mention || (PERSON_WORDS.has(w(tokens, i + 2)) && ['the', 'our', 'my', 'your', 'that', 'this', 'all'].includes(b)) || (PERSON_WORDS.has(b) && !THING_WORDS.has(b) && b !== 'it') || (/^[A-Z][a-z]+$/.test(ti.raw) && !THING_WORDS.has(b) && a === 'fuck');
    if (aimed && !(a === 'stuff' && b !== 'you')) return { from: i, to: i + 1, confidence: b === 'off' ? 0.8 : 0.85, explain: `profanity aimed at someone ('${a} ${b}')`, tag: 'profanity' };
  }
  if (a === 'go' && (b === 'fuck' || b === 'screw') && w(tokens, i + 2).startsWith('your')) return { from: i, to: i + 2, confidence: 0.9, explain: "profanity aimed at someone ('go ... yourself')", tag: 'profanity' };
  if (a === 'go' && b === 'to' && w(tokens, i + 2) === 'hell') return { from: i, to: i + 2, confidence: 0.75, explain: "aimed at someone ('go to hell')", tag: 'profanity' };
  if (a === 'shut' && (b === 'the' || b === 'your') && ['fuck', 'hell', 'mouth', 'trap', 'face', 'fucking'].includes(w(tokens, i + 2))) {
    return { from: i, to: i + (w(tokens, i + 3) === 'up' ? 3 : 2), confidence: 0.8, explain: "told to shut up, with profanity", tag: 'profanity' };
  }
  if (a === 'stfu' || a === 'gtfo' || a === 'kma') return { from: i, to: i, confidence: 0.75, explain: `abbreviated profanity aimed at the reader ('${a}')`, tag: 'profanity' };
  if (a === 'eat' && b === 'shit') return { from: i, to: i + 1, confidence: 0.8, explain: "profanity aimed at someone ('eat shit')", tag: 'profanity' };
  if ((a === 'kiss' || a === 'suck') && b === 'my' && ['ass', 'arse', 'dick', 'cock', 'balls', 'butt'].includes(w(tokens, i + 2))) return { from: i, to: i + 2, confidence: 0.8, explain: `profanity aimed at someone ('${a} my ...')`, tag: 'profanity' };
  if (a === 'piss' && b === 'off' && i === 0) return { from: i, to: i + 1, confidence: 0.7, explain: "told to go away ('piss off')", tag: 'profanity' };
  if (a === 'up' && b === 'yours') return { from: i, to: i + 1, confidence: 0.7, explain: "aimed at someone ('up yours')", tag: 'profanity' };
  if (a === 'shut' && b === 'up' && tokens.some((t) => t.mention || t.w === 'you' || INSULT_NOUNS.has(t.w)) && w(tokens, i + 2) !== 'and') {
    return { from: i, to: i + 1, confidence: 0.6, explain: "told to shut up, aimed at someone", tag: 'profanity' };
  }
  return null;
}

function run(input: DetectorInput): DetectorHit[] {
  const tokens = tokenize(input);
  const prev = input.prev ? findGroups(tokenizeMapped(input.prev, plainMapped(input.prev))) : [];
  const direct = findGroups(tokens);
  // "they" standing for a protected group named just before is the protected rules' business too
  const groups = [...direct, ...findGroupPronouns(tokens, direct, prev)];
  const inGroup = (k: number) => groups.some((g) => k >= g.from && k <= g.to);
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    const prof = profanityAt(tokens, i);
    if (prof) {
      found.push(prof);
      continue;
    }
    const phraseEnd = phraseNoun(tokens, i);
    const isNoun = phraseEnd >= 0 || INSULT_NOUNS.has(t.w);
    const isAdj = !isNoun && INSULT_ADJECTIVES.has(t.w) && !['fucking', 'fuckin', 'effing', 'bloody', 'damn', 'goddamn', 'fat', 'lazy'].includes(t.w);
    if (!isNoun && !isAdj) continue;
    const end = phraseEnd >= 0 ? phraseEnd : i;
    // "[insult] [noun]": an adjective before a noun describes the noun ("stupid bug"); a noun compound is ordinary ("clown show").
    const nxt = w(tokens, end + 1);
    if (isNoun && COMPOUND_AFTER.has(nxt)) continue;
    if (isAdj && nxt && !CLAUSE_BREAK.has(nxt) && nxt !== ',' && !['and', 'or', 'as', 'to', 'of', 'af', 'lol', 'too', 'you', 'person', 'people', 'man', 'woman', 'guy', 'dude', 'bro'].includes(nxt) && !INSULT_NOUNS.has(nxt) && !INSULT_ADJECTIVES.has(nxt)) continue;
    const weak = WEAK_INSULT_NOUNS.has(t.w) || isAdj;
    const aim = aimAt(tokens, i, isNoun && !WEAK_INSULT_NOUNS.has(t.w));
    if (!aim) continue;
    // Attacks on a protected group are the protected rules' business ("women are idiots").
    if (aim.subject && inGroup(aim.subject[1])) continue;
    if (inGroup(end + 1) || inGroup(i)) continue;
    let confidence = weak ? 0.7 : 0.85;
    if (aim.reason.startsWith('names someone')) confidence -= 0.15;
    if (aim.negated) confidence *= 0.4;
    const explain = `${phraseEnd >= 0 ? 'insulting phrase' : isNoun ? 'insulting name' : 'insulting description'} '${tokens.slice(i, end + 1).map((x) => x.w).join(' ')}', ${aim.reason}${aim.negated ? '; negated, so confidence lowered' : ''}`;
    found.push({ from: Math.min(aim.from, i), to: end, confidence, explain, tag: 'insult' });
    i = end;
  }
  const hits: DetectorHit[] = [];
  for (const f of found) {
    const first = tokens[f.from] as Token;
    const last = tokens[f.to] as Token;
    const ctx = applyContext(f.confidence, f.explain, mentionContext(input.text, tokens, f.from, f.to));
    const masked = tokens.slice(f.from, f.to + 1).find((x) => /[*#%]/.test(x.raw) && (MASKABLE as readonly string[]).includes(x.w));
    hits.push({
      start: first.start,
      end: last.end,
      confidence: Math.round(ctx.confidence * 100) / 100,
      explain: masked ? `${ctx.explain}; masked spelling '${masked.raw}' read as profanity` : ctx.explain,
      tags: [f.tag],
    });
  }
  return hits;
}

export const INSULT: DetectorSpec = {
  id: 'language.insult',
  description: 'Insults, name-calling and profanity aimed at people (second person, @mentions, named or described people, groups of people).',
  scope: 'sentence',
  // No keywords: masked spellings ("f***", "b*tch") fold unpredictably, and the token pass is cheap
  // (no parse), so every sentence is read; results are cached per sentence by the engine.
  create() {
    return run;
  },
};
