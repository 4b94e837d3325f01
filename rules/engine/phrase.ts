/**
 * Phrase rules: compromise match expressions. Parsing costs about 2 ms a sentence, so a sentence is parsed
 * only when it holds one of the expression's required literal words, and parses are cached per sentence.
 */
import nlp from 'compromise';
import { PackError, type NlpDoc } from '../types';
import { RegexSyntaxError, parseRegex } from './regex-syntax';
import { catastrophicReason } from './regex-safety';

export interface CompiledPhrase {
  exprs: string[];
  /** lower-case words one of which every match holds; null: run on every sentence */
  keywords: string[] | null;
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

export function phraseKeywords(expr: string): string[] | null {
  let best: string[] | null = null;
  for (const term of phraseTerms(expr)) {
    const lits = termLiterals(term);
    if (!lits) continue;
    const score = Math.min(...lits.map((w) => w.length)) * 100 - lits.length;
    const bestScore = best ? Math.min(...best.map((w) => w.length)) * 100 - best.length : -Infinity;
    if (score > bestScore) best = lits;
  }
  return best;
}

export function compilePhrase(match: unknown, ruleId: string): CompiledPhrase {
  const exprs = typeof match === 'string' ? [match] : match;
  if (!Array.isArray(exprs) || !exprs.length || exprs.some((e) => typeof e !== 'string' || !e.trim())) {
    throw new PackError('expected a compromise match expression or a list of them', { ruleId, field: 'match' });
  }
  const keywordSets: (string[] | null)[] = [];
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
    keywordSets.push(phraseKeywords(expr));
  }
  const keywords = keywordSets.some((k) => k === null) ? null : [...new Set(keywordSets.flat() as string[])];
  return { exprs: exprs as string[], keywords };
}

export function parseSentence(text: string): NlpDoc {
  return nlp(text) as unknown as NlpDoc;
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

/** Matches of the rule's expressions in a parsed sentence, as offsets into the sentence. */
export function runPhrase(p: CompiledPhrase, doc: NlpDoc, sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const expr of p.exprs) {
    const view = doc.match(expr) as unknown as { found: boolean; json(o: object): OffsetJson[] };
    if (!view.found) continue;
    for (const item of view.json({ offset: true })) {
      if (!item.offset) continue;
      let start = item.offset.start;
      let end = start + item.offset.length;
      // compromise counts trailing punctuation and spaces into a term; the finding is the words.
      while (end > start && /[\s.,!?;:…"'”’)\]]/.test(sentence[end - 1] ?? '')) end--;
      while (start < end && /\s/.test(sentence[start] ?? '')) start++;
      if (end > start && start >= 0 && end <= sentence.length) out.push({ start, end });
    }
  }
  return out;
}
