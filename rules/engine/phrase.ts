/**
 * Phrase rules: compromise match expressions. Parsing costs about 2 ms a sentence, so a sentence is parsed
 * only when it holds one of the expression's required literal words, and parses are cached per sentence.
 */
import nlp from 'compromise';
import { PackError, type NlpDoc } from '../types';
import { RegexSyntaxError, parseRegex } from './regex-syntax';
import { catastrophicReason } from './regex-safety';

/**
 * When an expression can match a sentence: every group needs one of its words present (whole words), and
 * every hint (for number-like tags such as #Money) must match the sentence. Both are cheap tests that
 * spare a compromise parse.
 */
export interface PhraseGate {
  groups: string[][];
  hints: RegExp[];
  /** the most terms a match can span, or null when some part of the expression is unbounded or unknown */
  span: number | null;
}

export interface CompiledPhrase {
  exprs: string[];
  gates: PhraseGate[];
  /** every literal word of every gate (for the automaton); null when some expression has no word gate */
  keywords: string[] | null;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen';
const TAG_HINTS: Readonly<Record<string, RegExp>> = {
  money: new RegExp(`[\\d$€£¥₹]|\\b(?:dollars?|euros?|pounds?|yen|cents?|bucks|${NUMBER_WORDS})\\b`, 'i'),
  percent: /%|percent|per cent/i,
  value: new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i'),
  cardinal: new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i'),
  numericvalue: /\d/,
};

/**
 * With `terms` (the sentence as compromise splits it), a bounded expression also needs its words, and the
 * evidence for its number-like tags, near each other: a sentence with "sales" at its start and an attendee
 * count at its end cannot match "sales .{0,3} #Money", and would otherwise be parsed for nothing.
 */
export function gateOpen(gate: PhraseGate, words: ReadonlySet<string> | undefined, sentence: string, terms?: () => GateTerms): boolean {
  for (const g of gate.groups) if (!words || !g.some((w) => words.has(w))) return false;
  if (!gate.hints.every((h) => h.test(sentence))) return false;
  if (!terms || gate.span === null || !gate.groups.length) return true;
  let doc: GateTerms;
  try {
    doc = terms();
  } catch {
    // the parse would decide; its own failure is handled where it runs
    return true;
  }
  return near(gate, gate.span, doc);
}

/**
 * compromise's terms of a sentence without tagging (a tenth of the cost of a parse), per compromise
 * sentence. Tagging only splits further the terms with an apostrophe ("he's" → he is) and may reread the
 * terms a contraction made; both are `wild`: taken to hold any word. Other terms hold exactly the words a
 * literal in an expression matches (compromise compares with text, normal, machine, implicit and alias;
 * also with root, but only once something computes roots, which the checker never asks for).
 */
export interface GateTerm {
  words: readonly string[];
  wild: boolean;
  /** the term with its surrounding punctuation and spaces, for tag evidence */
  chars: string;
}
export type GateTerms = readonly (readonly GateTerm[])[];

interface TokenTerm {
  text?: string;
  normal?: string;
  machine?: string | null;
  implicit?: string | null;
  alias?: string[];
  pre?: string;
  post?: string;
}

const APOSTROPHE = /['’‘`´]/;

export function gateTerms(sentence: string): GateTerms {
  const doc = (nlp as unknown as { tokenize(s: string): { docs: TokenTerm[][] } }).tokenize(sentence);
  return doc.docs.map((terms) =>
    terms.map((t) => {
      const text = t.text ?? '';
      const words = [text, t.normal, t.machine, t.implicit, ...(t.alias ?? [])].filter((w): w is string => typeof w === 'string' && w !== '');
      return { words, wild: text === '' || !!t.implicit || APOSTROPHE.test(text), chars: `${t.pre ?? ''}${text}${t.post ?? ''}` };
    }),
  );
}

/**
 * Terms on each side of a match searched for a tag's evidence: compromise reads a number-like tag from
 * the term itself or its neighbour ("5 dollars"), so three terms of margin are generous.
 */
const HINT_MARGIN = 3;

function near(gate: PhraseGate, span: number, doc: GateTerms): boolean {
  const reach = span - 1;
  for (const terms of doc) {
    // per group, the term indices that may be one of its words
    const places = gate.groups.map((g) => {
      const out: number[] = [];
      terms.forEach((t, i) => {
        if (t.wild || t.words.some((w) => g.includes(w))) out.push(i);
      });
      return out;
    });
    for (const u of places[0]!) {
      if (!places.every((list) => list.some((v) => Math.abs(v - u) <= reach))) continue;
      if (!gate.hints.length) return true;
      let window = '';
      for (let i = Math.max(0, u - reach - HINT_MARGIN); i <= Math.min(terms.length - 1, u + reach + HINT_MARGIN); i++) window += terms[i]!.chars;
      if (gate.hints.every((h) => h.test(window))) return true;
    }
  }
  return false;
}

/** compromise's parsed form of one match term, as far as its length in terms goes. */
interface ParsedReg {
  greedy?: boolean;
  max?: number;
  choices?: ParsedReg[][];
  [key: string]: unknown;
}

/** Fields of a parsed term that do not change how many terms it spans (each such term takes one). */
const ONE_TERM_FIELDS = new Set([
  'word', 'tag', 'regex', 'root', 'fuzzy', 'min', 'max', 'greedy', 'optional', 'anything', 'negative', 'choices', 'operator', 'fastOr',
  'group', 'groupStart', 'groupEnd', 'method', 'start', 'end', 'switch', 'chunk', 'id', 'implicit',
]);

/** The most terms a sequence of parsed terms can span, or null when unbounded or not understood. */
function maxTerms(regs: readonly ParsedReg[]): number | null {
  let total = 0;
  for (const r of regs) {
    if (!r || typeof r !== 'object' || Object.keys(r).some((k) => !ONE_TERM_FIELDS.has(k))) return null;
    let one = 1;
    if (r.choices) {
      if (!Array.isArray(r.choices) || !r.choices.length) return null;
      one = 0;
      for (const c of r.choices) {
        const m = Array.isArray(c) ? maxTerms(c) : null;
        if (m === null) return null;
        one = Math.max(one, m);
      }
    }
    // a repeat ({0,3}, +, *) multiplies; without an upper bound the expression has no length
    if (r.greedy || r.max !== undefined) {
      if (typeof r.max !== 'number' || !Number.isFinite(r.max) || r.max < 0) return null;
      one *= r.max;
    }
    total += one;
  }
  return total;
}

function phraseSpan(expr: string): number | null {
  try {
    const regs = (nlp as unknown as { parseMatch(s: string): unknown }).parseMatch(expr);
    return Array.isArray(regs) ? maxTerms(regs as ParsedReg[]) : null;
  } catch {
    return null;
  }
}

/** Splits an expression into its top-level terms, keeping (…), […], {…} and /…/ together. */
export function phraseTerms(expr: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let inRegex = false;
  let cur = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === '\\' && inRegex) {
      cur += c + (expr[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '/' && (inRegex || cur === '' || /[(|!]$/.test(cur))) inRegex = !inRegex;
    else if (!inRegex && (c === '(' || c === '[' || c === '{')) depth++;
    else if (!inRegex && (c === ')' || c === ']' || c === '}')) depth = Math.max(0, depth - 1);
    if (!inRegex && depth === 0 && /\s/.test(c)) {
      if (cur) terms.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) terms.push(cur);
  return terms;
}

export function regexesIn(expr: string): string[] {
  const out: string[] = [];
  for (const term of phraseTerms(expr)) {
    for (const m of term.matchAll(/(?:^|[(|!])\/((?:\\.|[^/\\])+)\/[a-z]*/g)) out.push(m[1]!);
  }
  return out;
}

const WORD = /^[\p{L}\p{N}'’-]+$/u;

/** The literal words of one required term (a word or an alternation of words), or null. */
function termLiterals(term: string): string[] | null {
  if (/[?*]$|\{0,|^!/.test(term)) return null;
  const bare = term.replace(/^\^|\$$/g, '').replace(/\+$/, '').replace(/\{\d+,?\d*\}$/, '');
  const alts = bare.startsWith('(') && bare.endsWith(')') ? bare.slice(1, -1).split('|') : [bare];
  const words = alts.map((a) => a.trim().toLowerCase());
  if (!words.length || words.some((w) => !WORD.test(w))) return null;
  return words;
}

/** The expression's required word groups and tag hints. */
export function phraseGate(expr: string): PhraseGate {
  const groups: string[][] = [];
  const hints: RegExp[] = [];
  for (const term of phraseTerms(expr)) {
    const lits = termLiterals(term);
    if (lits) {
      groups.push(lits);
      continue;
    }
    const tag = /^#([A-Za-z]+)$/.exec(term);
    const hint = tag ? TAG_HINTS[tag[1]!.toLowerCase()] : undefined;
    if (hint) hints.push(hint);
  }
  return { groups, hints, span: phraseSpan(expr) };
}

/** Literal words of the most selective required group (kept for callers that want one list). */
export function phraseKeywords(expr: string): string[] | null {
  let best: string[] | null = null;
  for (const g of phraseGate(expr).groups) {
    const score = Math.min(...g.map((w) => w.length)) * 100 - g.length;
    const bestScore = best ? Math.min(...best.map((w) => w.length)) * 100 - best.length : -Infinity;
    if (score > bestScore) best = g;
  }
  return best;
}

export function compilePhrase(match: unknown, ruleId: string): CompiledPhrase {
  const exprs = typeof match === 'string' ? [match] : match;
  if (!Array.isArray(exprs) || !exprs.length || exprs.some((e) => typeof e !== 'string' || !e.trim())) {
    throw new PackError('expected a compromise match expression or a list of them', { ruleId, field: 'match' });
  }
  const gates: PhraseGate[] = [];
  for (const expr of exprs as string[]) {
    for (const source of regexesIn(expr)) {
      let reason: string | null;
      try {
        new RegExp(source);
        reason = catastrophicReason(parseRegex(source, ''));
      } catch (e) {
        const msg = e instanceof RegexSyntaxError || e instanceof SyntaxError ? e.message : String(e);
        throw new PackError(`bad /regex/ in the expression: ${msg}`, { ruleId, field: 'match' });
      }
      if (reason) throw new PackError(`refused /${source}/: ${reason}`, { ruleId, field: 'match' });
    }
    try {
      nlp('a').match(expr);
    } catch (e) {
      throw new PackError(`compromise cannot read the expression: ${(e as Error).message}`, { ruleId, field: 'match' });
    }
    gates.push(phraseGate(expr));
  }
  const keywords = gates.some((g) => !g.groups.length) ? null : [...new Set(gates.flatMap((g) => g.groups.flat()))];
  return { exprs: exprs as string[], gates, keywords };
}

export function parseSentence(text: string): NlpDoc {
  return nlp(text) as unknown as NlpDoc;
}

/** True when offset i falls between the two halves of a surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const a = s.charCodeAt(i - 1);
  const b = s.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

/** Matches of the rule's expressions in a parsed sentence, as offsets into the sentence. */
export function runPhrase(exprs: readonly string[], doc: NlpDoc, sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const expr of exprs) {
    const view = doc.match(expr) as unknown as { found: boolean; json(o: object): OffsetJson[] };
    if (!view.found) continue;
    for (const item of view.json({ offset: true })) {
      if (!item.offset) continue;
      let start = item.offset.start;
      let end = start + item.offset.length;
      // compromise counts trailing punctuation and spaces into a term (and its length may count a
      // leading emoji too); the finding is the words, and never splits a surrogate pair.
      start = Math.max(0, start);
      end = Math.min(sentence.length, end);
      if (splitsPair(sentence, start)) start++;
      if (splitsPair(sentence, end)) end--;
      while (end > start && /[\s.,!?;:…"'”’)\]]/.test(sentence[end - 1] ?? '')) end--;
      while (start < end && /\s/.test(sentence[start] ?? '')) start++;
      if (splitsPair(sentence, start) || splitsPair(sentence, end)) continue;
      if (end > start && start >= 0 && end <= sentence.length) out.push({ start, end });
    }
  }
  return out;
}
