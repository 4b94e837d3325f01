/**
 * How the language tests and evals run text through the built-in packs. `check` is the real engine
 * (rules/engine: resolvePack → compilePack → createChecker) with the whole built-in default pack, so
 * every category counts. `checkLanguage` is a small stand-in runner for the two language packs alone
 * (sentence split, keyword prefilter, minConfidence) with its own simple folding, kept for unit tests
 * that call one detector directly (`makeInput`) and to compare against the engine.
 */
import { getDetector } from '../../rules/detectors/registry';
import { compilePack } from '../../rules/engine/compile';
import { createChecker, type Checker } from '../../rules/engine/checker';
import { resolvePack } from '../../rules/pack/resolve';
import { builtinPacks } from '../../rules/packs/index';
import { INFLAMMATORY_PACK } from '../../rules/packs/inflammatory';
import { PROTECTED_PACK } from '../../rules/packs/protected';
import type { Category, DetectorInput, DetectorRun, DetectorSpec, MappedText, NlpDoc, PackSource, Severity } from '../../rules/types';

const LOOKALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ο: 'o', α: 'a', ε: 'e', ι: 'i',
  κ: 'k', ν: 'v', τ: 't', υ: 'u', ρ: 'p', 'ı': 'i', 'ɑ': 'a', 'ℊ': 'g', 'ǥ': 'g', 'ƒ': 'f', 'ք': 'q',
};
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '€': 'e' };

/** Evasion-normalised, case-folded text with a map to original offsets. */
export function fold(text: string): MappedText {
  let out = '';
  const map: number[] = [];
  const chars = [...text.normalize('NFC')];
  let pos = 0;
  const isLetter = (c: string | undefined) => !!c && /[\p{L}]/u.test(c);
  // leetspeak applies inside a word that has at least one letter ("f46607", "n1664", "@$$")
  const wordHasLetter = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; ) {
    let j = i;
    while (j < chars.length && /[\p{L}0-9@$!|€]/u.test(chars[j] as string)) j++;
    if (j > i) {
      const has = chars.slice(i, j).some((c) => isLetter(c));
      for (let k = i; k < j; k++) wordHasLetter[k] = has;
      i = j;
    } else i++;
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const at = pos;
    pos += c.length;
    if (/[\u200b-\u200f\u2060\ufeff\u00ad]/.test(c)) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    let d = c;
    const lower = c.toLowerCase();
    if (LOOKALIKE[lower]) d = LOOKALIKE[lower] as string;
    else if (LEET[c] && wordHasLetter[i] && !(c === '!' && !isLetter(next) && !/[0-9]/.test(next ?? '')) && !(c === '@' && i > 0 && !isLetter(prev) && !/[0-9]/.test(prev ?? '') && isLetter(next) && /\s|^/.test(prev ?? ' '))) d = LEET[c] as string;
    else d = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // single letters joined by . - _ * ("f.a.g", "n-i-g") are one word
    if (/[.\-_*]/.test(c) && isLetter(prev) && isLetter(next) && (!isLetter(chars[i - 2]) || !isLetter(chars[i + 2]))) {
      if (!isLetter(chars[i - 2]) && !isLetter(chars[i + 2])) continue;
    }
    for (const ch of d) {
      out += ch;
      map.push(at);
    }
  }
  map.push(text.length);
  return { text: out, map };
}

const NO_NLP: NlpDoc = {
  match: () => NO_NLP,
  found: false,
  text: () => '',
};

export function makeInput(text: string, offset = 0, prev?: string, next?: string): DetectorInput {
  let f: MappedText | undefined;
  return { text, offset, prev, next, folded: () => (f ??= fold(text)), nlp: () => NO_NLP };
}

/** Sentences with their offsets: split after . ! ? followed by space, and at line breaks. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?\n]*(?:[.!?]+["'”’)]*(?=\s|$)|\n|$)/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 10_000) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s) out.push({ text: s, start: m.index + lead });
  }
  return out;
}

export interface HarnessFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  start: number;
  end: number;
  match: string;
  explain?: string;
  tags: string[];
}

interface CompiledRule {
  ruleId: string;
  category: Category;
  severity: Severity;
  minConfidence: number;
  tags: string[];
  spec: DetectorSpec;
  run: DetectorRun;
}

export function compile(packs: readonly PackSource[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const p of packs) {
    for (const r of p.rules) {
      if (r.kind !== 'detector' || r.enabled === false) continue;
      const spec = getDetector(r.detector);
      if (!spec) throw new Error(`${p.id}.${r.id}: unknown detector ${r.detector}`);
      const err = spec.validateOptions?.(r.options ?? {});
      if (err) throw new Error(`${p.id}.${r.id}: ${err}`);
      out.push({ ruleId: `${p.id}.${r.id}`, category: r.category, severity: r.severity, minConfidence: r.minConfidence ?? 0.5, tags: r.tags ?? [], spec, run: spec.create(r.options ?? {}) });
    }
  }
  return out;
}

export const LANGUAGE_PACKS: readonly PackSource[] = [INFLAMMATORY_PACK, PROTECTED_PACK];
let defaultRules: CompiledRule[] | undefined;

let engine: Checker | null | undefined;
/** Which runner `check` uses: 'engine', or 'language' when the engine is unusable (DG_RUNNER=language forces it). */
export let runner: 'engine' | 'language' = 'engine';
export let runnerProblem = '';

function engineChecker(): Checker | null {
  if (engine !== undefined) return engine;
  if (process.env.DG_RUNNER === 'language') {
    runner = 'language';
    return (engine = null);
  }
  try {
    const c = createChecker(compilePack(resolvePack(builtinPacks('builtin:default'))));
    c.check('You are an idiot. Immigrants are vermin.');
    return (engine = c);
  } catch (err) {
    // The engine is written concurrently by another owner; while it is broken, say so and use the
    // stand-in runner so the language detectors are still measured.
    runner = 'language';
    runnerProblem = err instanceof Error ? err.message : String(err);
    console.warn(`harness: engine unusable (${runnerProblem}); using the language-pack runner`);
    return (engine = null);
  }
}

/** One line for eval notes: which runner produced the numbers. */
export function runnerNote(): string {
  return runner === 'engine' ? 'runner: the engine (rules/engine) with builtin:default' : `runner: language-pack stand-in (engine unusable: ${runnerProblem || 'DG_RUNNER=language'})`;
}

/** The engine with the built-in default pack (all four families), or the stand-in runner (see `runner`). */
export function check(text: string): HarnessFinding[] {
  const c = engineChecker();
  if (!c) return checkLanguage(text);
  return c.check(text).map((f) => ({ ...f, tags: f.tags ?? [] }));
}

export function checkLanguage(text: string, rules: CompiledRule[] = (defaultRules ??= compile(LANGUAGE_PACKS))): HarnessFinding[] {
  const out: HarnessFinding[] = [];
  const sents = sentences(text);
  const push = (r: CompiledRule, base: number, hits: ReturnType<DetectorRun>) => {
    for (const h of hits) {
      if (h.confidence < r.minConfidence) continue;
      out.push({ ruleId: r.ruleId, category: r.category, severity: r.severity, confidence: h.confidence, start: base + h.start, end: base + h.end, match: text.slice(base + h.start, base + h.end), explain: h.explain, tags: [...r.tags, ...(h.tags ?? [])] });
    }
  };
  for (const r of rules) {
    if (r.spec.scope === 'text') {
      push(r, 0, r.run(makeInput(text)));
      continue;
    }
    sents.forEach((s, i) => {
      const input = makeInput(s.text, s.start, sents[i - 1]?.text, sents[i + 1]?.text);
      const kw = r.spec.keywords;
      if (kw && kw.length && !kw.some((k) => input.folded().text.includes(k))) return;
      push(r, s.start, r.run(input));
    });
  }
  return out;
}
