/**
 * Turns a resolved pack into matchers: one automaton over every clear term (in all join forms), allow and
 * exception string, another over every regex keyword, phrase keyword and detector keyword; hashed-term
 * groups by salt; checked regexes; compromise expressions; created detector runs. Every problem is a
 * PackError naming the rule and the field.
 */
import {
  PackError,
  type AllowEntry,
  type DetectorRun,
  type DetectorSpec,
  type ResolvedPack,
  type ResolvedRule,
} from '../types';
import { getDetector } from '../detectors/registry';
import { Automaton } from './automaton';
import { type HashedGroup } from './hashed-terms';
import { normalizeTerm } from './normalize';
import { compilePhrase, type CompiledPhrase } from './phrase';
import { compileRegex, type CompiledRegex } from './regex-run';
import { termVariants, type TermVariant } from './term-match';
import { foldChars } from './unicode-fold';

/** A pack turned into matchers, ready for `createChecker`. Callers treat it as opaque apart from these fields. */
export interface CompiledPack {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly policyUrl?: string;
  /** the enabled rules, in pack order */
  readonly rules: readonly ResolvedRule[];
}

/** Word streams the term automaton is run over. */
export const STREAM_EVASION = 0;
export const STREAM_PLAIN = 1;

/** Who a term pattern belongs to: a rule's term, the pack's allow list, or a rule's exceptions. */
export type TermOwner = { role: 'term' | 'exception'; rule: number } | { role: 'allow' };

export interface TermPattern {
  owner: TermOwner;
  term: string;
  variant: TermVariant;
  caseSensitive: boolean;
}

export interface CompiledRule {
  rule: ResolvedRule;
  index: number;
  minConfidence: number;
  link: string | undefined;
  exceptionRegexes: CompiledRegex[];
  hasExceptions: boolean;
  regex?: CompiledRegex;
  phrase?: CompiledPhrase;
  detector?: { spec: DetectorSpec; run: DetectorRun };
  hashed?: boolean;
}

export interface PackInternals {
  /** clear terms, allow and exception strings; pattern ids index patStream and patTerm */
  automaton: Automaton;
  patStream: number[];
  patTerm: TermPattern[];
  /**
   * keywords of regexes, phrases and detectors, apart from the terms: the two keyword scans then walk a
   * small automaton instead of one holding every term of a 10,000-term pack. Pattern ids index the pat*
   * keyword tables below.
   */
  keywordAutomaton: Automaton;
  /** keyword pattern → rule indices that asked for it, and the keyword itself */
  patKeywordRules: (number[] | undefined)[];
  /**
   * keyword pattern → the text-scope detector rules it opens. Only whether such a keyword occurs matters,
   * so the checker handles a pattern's text rules once per check, not once per occurrence.
   */
  patTextGate: (number[] | undefined)[];
  patKeyword: (string | undefined)[];
  hasEvasionTerms: boolean;
  hasPlainTerms: boolean;
  /** phrase or sentence-detector keywords exist: scan the evasion-undone view too */
  hasSentenceKeywords: boolean;
  hashedGroups: HashedGroup[];
  allowRegexes: CompiledRegex[];
  rules: CompiledRule[];
  /** rule indices that run without a keyword hit */
  keywordless: { regex: number[]; phrase: number[]; sentenceDetectors: number[]; textDetectors: number[] };
  /** text-scope detectors that run only when one of their keywords is in the draft */
  gatedTextDetectors: number[];
  /** hashed terms, phrases or sentence detectors: the draft must be split into sentences */
  hasSentenceWork: boolean;
}

const internals = new WeakMap<CompiledPack, PackInternals>();

export function packInternals(pack: CompiledPack): PackInternals {
  const i = internals.get(pack);
  if (!i) throw new TypeError('not a pack made by compilePack');
  return i;
}

const DEFAULT_MIN_CONFIDENCE = 0.5;

class Builder {
  readonly automaton = new Automaton();
  readonly patStream: number[] = [];
  readonly patTerm: TermPattern[] = [];
  readonly keywordAutomaton = new Automaton();
  readonly patKeywordRules: (number[] | undefined)[] = [];
  readonly patTextGate: (number[] | undefined)[] = [];
  readonly patKeyword: (string | undefined)[] = [];
  private readonly keywordIds = new Map<string, number>();
  hasEvasionTerms = false;
  hasPlainTerms = false;

  addTerm(term: string, owner: TermOwner, opts: { caseSensitive: boolean; evasion: boolean }, where: { ruleId?: string; field: string }): void {
    if (typeof term !== 'string') throw new PackError('expected a string', where);
    const norm = normalizeTerm(term, opts);
    if (!norm) throw new PackError(`'${term}' has no letters or digits to match`, where);
    for (const variant of termVariants(norm, opts.evasion)) {
      const id = this.automaton.add(variant.key);
      this.patStream[id] = opts.evasion ? STREAM_EVASION : STREAM_PLAIN;
      this.patTerm[id] = { owner, term, variant, caseSensitive: opts.caseSensitive };
    }
    if (opts.evasion) this.hasEvasionTerms = true;
    else this.hasPlainTerms = true;
  }

  addKeyword(keyword: string, rule: number, textGate = false): void {
    const k = foldChars(keyword).lower;
    if (!k) return;
    let id = this.keywordIds.get(k);
    if (id === undefined) {
      id = this.keywordAutomaton.add(k);
      this.keywordIds.set(k, id);
      this.patKeywordRules[id] = [];
      this.patKeyword[id] = k;
    }
    const owners = textGate ? (this.patTextGate[id] ??= []) : this.patKeywordRules[id]!;
    if (owners[owners.length - 1] !== rule) owners.push(rule);
  }
}

function compileAllowEntries(
  entries: unknown,
  b: Builder,
  owner: TermOwner,
  ruleId: string | undefined,
  field: string,
  regexes: CompiledRegex[],
): void {
  if (entries === undefined) return;
  if (!Array.isArray(entries)) throw new PackError('expected a list of strings or {regex}', ruleId ? { ruleId, field } : { field });
  (entries as AllowEntry[]).forEach((entry, k) => {
    const where = ruleId ? { ruleId, field: `${field}[${k}]` } : { field: `${field}[${k}]` };
    if (typeof entry === 'string') b.addTerm(entry, owner, { caseSensitive: false, evasion: true }, where);
    else if (entry && typeof entry === 'object' && typeof entry.regex === 'string') {
      // Run later only in a window around a finding, so no keywords are needed.
      regexes.push(compileRegex({ pattern: entry.regex, flags: entry.flags }, ruleId, `${field}[${k}].`, 'regex'));
    } else throw new PackError('expected a string or {regex: ...}', where);
  });
}

export function compilePack(pack: ResolvedPack): CompiledPack {
  const b = new Builder();
  const rules: CompiledRule[] = [];
  const hashedGroups = new Map<string, HashedGroup>();
  const keywordless = { regex: [] as number[], phrase: [] as number[], sentenceDetectors: [] as number[], textDetectors: [] as number[] };
  const allowRegexes: CompiledRegex[] = [];
  const gatedTextDetectors: number[] = [];
  let hasSentenceWork = false;
  compileAllowEntries(pack.allow ?? [], b, { role: 'allow' }, undefined, 'allow', allowRegexes);

  for (const rule of pack.rules) {
    if (rule.enabled === false) continue;
    const index = rules.length;
    const ruleId = rule.ruleId ?? rule.id;
    const minConfidence = rule.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new PackError('expected a number from 0 to 1', { ruleId, field: 'minConfidence' });
    }
    const cr: CompiledRule = {
      rule,
      index,
      minConfidence,
      link: rule.link ?? rule.policyUrl ?? pack.policyUrl,
      exceptionRegexes: [],
      hasExceptions: Array.isArray(rule.exceptions) && rule.exceptions.length > 0,
    };
    compileAllowEntries(rule.exceptions, b, { role: 'exception', rule: index }, ruleId, 'exceptions', cr.exceptionRegexes);
    switch (rule.kind) {
      case 'terms': {
        const caseSensitive = rule.caseSensitive === true;
        const evasion = rule.evasion !== false;
        if (rule.hashed !== undefined) {
          const h = rule.hashed;
          if (!h || typeof h.salt !== 'string' || !Array.isArray(h.hashes) || !h.hashes.length || h.hashes.some((x) => typeof x !== 'string' || !/^[0-9a-f]{64}$/.test(x))) {
            throw new PackError('expected {salt, hashes: [64 hex chars…], maxWords}', { ruleId, field: 'hashed' });
          }
          if (!Number.isInteger(h.maxWords) || h.maxWords < 1 || h.maxWords > 8) {
            throw new PackError('maxWords must be an integer from 1 to 8', { ruleId, field: 'hashed' });
          }
          const key = `${caseSensitive ? 1 : 0}${evasion ? 1 : 0}\u0000${h.salt}`;
          let g = hashedGroups.get(key);
          if (!g) {
            g = { salt: h.salt, caseSensitive, evasion, maxWords: 0, owners: new Map() };
            hashedGroups.set(key, g);
          }
          g.maxWords = Math.max(g.maxWords, h.maxWords);
          for (const digest of h.hashes) {
            const list = g.owners.get(digest) ?? [];
            if (!list.includes(index)) list.push(index);
            g.owners.set(digest, list);
          }
          cr.hashed = true;
          hasSentenceWork = true;
        }
        if (rule.terms !== undefined) {
          if (!Array.isArray(rule.terms)) throw new PackError('expected a list of terms', { ruleId, field: 'terms' });
          rule.terms.forEach((term, k) => b.addTerm(term, { role: 'term', rule: index }, { caseSensitive, evasion }, { ruleId, field: `terms[${k}]` }));
        }
        if (!rule.hashed && (!rule.terms || !rule.terms.length)) throw new PackError('a terms rule needs a non-empty `terms` list or `hashed`', { ruleId, field: 'terms' });
        break;
      }
      case 'regex': {
        const compiled = compileRegex(rule, ruleId);
        cr.regex = compiled;
        if (compiled.keywords) for (const k of compiled.keywords) b.addKeyword(k, index);
        else keywordless.regex.push(index);
        break;
      }
      case 'phrase': {
        const p = compilePhrase(rule.match, ruleId);
        cr.phrase = p;
        if (p.keywords) for (const k of p.keywords) b.addKeyword(k, index);
        else keywordless.phrase.push(index);
        hasSentenceWork = true;
        break;
      }
      case 'detector': {
        const spec = typeof rule.detector === 'string' ? getDetector(rule.detector) : undefined;
        if (!spec) throw new PackError(`unknown detector '${String(rule.detector)}'`, { ruleId, field: 'detector' });
        const options = rule.options ?? {};
        if (typeof options !== 'object' || Array.isArray(options)) throw new PackError('expected an object', { ruleId, field: 'options' });
        const err = spec.validateOptions?.(options) ?? null;
        if (err) throw new PackError(err, { ruleId, field: 'options' });
        let run: DetectorRun;
        try {
          run = spec.create(options);
        } catch (e) {
          throw new PackError(`detector '${spec.id}' refused its options: ${(e as Error).message}`, { ruleId, field: 'options' });
        }
        cr.detector = { spec, run };
        const kws = (spec.keywords ?? []).filter((k) => k.length > 0);
        for (const k of kws) b.addKeyword(k, index, spec.scope === 'text');
        if (spec.scope === 'text') {
          // a text detector with keywords is skipped on drafts that hold none of them
          if (kws.length) gatedTextDetectors.push(index);
          else keywordless.textDetectors.push(index);
        } else {
          hasSentenceWork = true;
          if (!kws.length) keywordless.sentenceDetectors.push(index);
        }
        break;
      }
      default:
        throw new PackError(`unknown rule kind '${String((rule as { kind?: unknown }).kind)}'`, { ruleId, field: 'kind' });
    }
    rules.push(cr);
  }
  b.automaton.build();
  b.keywordAutomaton.build();
  const compiled: CompiledPack = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    ...(pack.policyUrl !== undefined ? { policyUrl: pack.policyUrl } : {}),
    rules: rules.map((r) => r.rule),
  };
  internals.set(compiled, {
    automaton: b.automaton,
    patStream: b.patStream,
    patTerm: b.patTerm,
    keywordAutomaton: b.keywordAutomaton,
    patKeywordRules: b.patKeywordRules,
    patTextGate: b.patTextGate,
    patKeyword: b.patKeyword,
    hasEvasionTerms: b.hasEvasionTerms,
    hasPlainTerms: b.hasPlainTerms,
    hasSentenceKeywords: rules.some((r) => (r.phrase && r.phrase.keywords) || (r.detector && r.detector.spec.scope === 'sentence' && (r.detector.spec.keywords ?? []).length)),
    hashedGroups: [...hashedGroups.values()],
    allowRegexes,
    rules,
    keywordless,
    gatedTextDetectors,
    hasSentenceWork,
  });
  return compiled;
}
