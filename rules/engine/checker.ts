/**
 * The Checker: per check, cheap linear passes over the whole draft (fold, word streams, one automaton
 * run per stream, regexes in keyword windows); per sentence, the expensive work (compromise parses,
 * phrase matches, hashed n-grams, sentence detectors) cached by sentence text in bounded LRUs, so typing
 * re-does only the sentence being edited.
 */
import type { DetectorHit, DetectorInput, Finding, MappedText, NlpDoc } from '../types';
import { packInternals, STREAM_EVASION, STREAM_PLAIN, type CompiledPack, type CompiledRule, type PackInternals } from './compile';
import { matchHashed, type HashedHit } from './hashed-terms';
import { Lru } from './lru';
import { foldedView, sliceView, viewFromStream } from './normalize';
import { gateOpen, gateTerms, parseSentence, runPhrase, type GateTerms } from './phrase';
import { runInWindows, wholeTextWindows, windowsAround, type CompiledRegex, type RegexMatch } from './regex-run';
import { splitSentences, type Sentence } from './sentences';
import { verifyTerm } from './term-match';
import { buildWordStream, isDigit, isLetter, type WordStream } from './tokens';
import { foldChars } from './unicode-fold';
import { runValidator } from './validators';

/** Checks drafts against one compiled pack; successive calls reuse per-sentence work. */
export interface Checker {
  check(text: string): Finding[];
}

interface RawHit {
  rule: number;
  start: number;
  end: number;
  confidence: number;
  explain: string;
  message?: string;
  tags?: string[];
  suggestions?: string[];
  fallback?: boolean;
}

/** A detector input that records which neighbouring sentences the detector looked at. */
interface ContextInput extends DetectorInput {
  prevRead: boolean;
  nextRead: boolean;
}

/** Makes a unit's detector input on first need. */
interface InputSource {
  get(): ContextInput;
}

/** In a cached result: the detector did not read this neighbour (neighbours are sentence state ids ≥ 1, or 0 for none). */
const NOT_READ = -1;

/**
 * A sentence detector's result that depended on its neighbours: valid wherever the neighbours it read
 * are the same sentences again (a neighbour it did not read may be anything).
 */
interface ContextualResult {
  prev: number;
  next: number;
  hits: DetectorHit[];
}

interface Span {
  start: number;
  end: number;
}

interface SentenceState {
  /** unique per state object, so cache keys can name a neighbour sentence cheaply */
  id: number;
  /** sentence-detector results that read prev and/or next, by rule index; only the recent few per rule */
  contextual: (ContextualResult[] | undefined)[];
  /** results of detectors that did not read prev/next on this sentence: valid whatever the neighbours */
  contextFree: (DetectorHit[] | undefined)[];
  folded?: MappedText;
  hashed?: HashedHit[];
  phrase: Map<number, { start: number; end: number; expr: string }[]>;
}

const SENTENCE_CACHE = 512;
/** a 10,000-character draft has about 80 sentences; a parse costs tens of KB */
const DOC_CACHE = 128;
/** Characters read on each side of a line break for hashed terms that cross it (a hashed span is at most 256). */
const SEAM_WINDOW = 300;
const TERMINATORS = new Set([46, 33, 63, 0x2026, 0x3002, 0xff01, 0xff1f]);
const CLOSERS = new Set([34, 39, 41, 93, 0x201d, 0x2019, 0xbb]);
const MAX_CONTEXTS_PER_SENTENCE = 8;
let nextSentenceId = 1;

function termConfidence(undone: readonly string[]): number {
  const evasions = undone.filter((u) => u !== 'plural' && u !== 'joined words');
  if (evasions.length) return 0.85;
  return undone.includes('joined words') ? 0.9 : 0.95;
}

function termExplain(what: string, undone: readonly string[]): string {
  return undone.length ? `${what}, after undoing ${undone.join(', ')}` : what;
}

/** The categories a fallback reading yields to (a codename in a draft does not make an insult in it someone else's). */
const HARM_CATEGORIES: ReadonlySet<string> = new Set(['inflammatory', 'protected']);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function snapSurrogates(text: string, start: number, end: number): Span {
  const low = (i: number): boolean => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return { start: low(start) ? start - 1 : start, end: low(end) ? end + 1 : end };
}

class DraftChecker implements Checker {
  private readonly sentenceCache = new Lru<string, SentenceState>(SENTENCE_CACHE);
  private readonly docs = new Lru<string, NlpDoc>(DOC_CACHE);
  private lastText: string | undefined;
  private lastFindings: Finding[] = [];

  constructor(
    private readonly pack: CompiledPack,
    private readonly p: PackInternals,
    private readonly onDetectorError?: (ruleId: string, error: unknown) => void,
  ) {}

  check(text: string): Finding[] {
    if (typeof text !== 'string') throw new TypeError('check() expects the draft as a string');
    if (text !== this.lastText) {
      this.lastFindings = this.run(text);
      this.lastText = text;
    }
    return this.lastFindings.map((f) => ({ ...f }));
  }

  private run(text: string): Finding[] {
    const p = this.p;
    const f = foldChars(text);
    const hits: RawHit[] = [];
    const allowSpans: Span[] = [];
    const exceptionSpans = new Map<number, Span[]>();
    const regexKeywordHits = new Map<number, RegexMatch[]>();
    const sentenceKeywordHits = new Map<number, { pos: number; word: string }[]>();
    /** text detectors one of whose keywords occurs: they run once, on the whole draft */
    const textGateOpen = new Set<number>();
    const textGateSeen = new Set<number>();

    const onKeyword = (scanned: string, map: ArrayLike<number>, ends: ArrayLike<number>, regexOnly: boolean | null) => (pat: number, end: number): void => {
      const len = p.keywordAutomaton.lengthOf(pat);
      const start = map[end - len]!;
      const stop = ends[end - 1]!;
      // phrase words are whole words: "list" must not wake a rule up inside "listen"
      const whole = !isWordChar(scanned.charCodeAt(end - len - 1)) && !isWordChar(scanned.charCodeAt(end));
      const gate = p.patTextGate[pat];
      if (gate && !textGateSeen.has(pat)) {
        // only whether a text detector's keyword occurs matters, not where: once per check is enough
        textGateSeen.add(pat);
        for (const r of gate) textGateOpen.add(r);
      }
      for (const r of p.patKeywordRules[pat]!) {
        const cr = p.rules[r]!;
        const isRegex = cr.regex !== undefined;
        if (regexOnly !== null && isRegex !== regexOnly) continue;
        if (cr.phrase && !whole) continue;
        if (isRegex) {
          const list = regexKeywordHits.get(r);
          if (list) list.push({ start, end: stop });
          else regexKeywordHits.set(r, [{ start, end: stop }]);
        } else {
          const hit = { pos: start, word: p.patKeyword[pat]! };
          const list = sentenceKeywordHits.get(r);
          if (list) list.push(hit);
          else sentenceKeywordHits.set(r, [hit]);
        }
      }
    };
    // Regex keywords are literal text: the case- and look-alike-folded draft. Phrase and detector keywords
    // are words: the evasion-undone view, so "s3cret" or "s.e.c.r.e.t" reaches a detector keyed on "secret".
    if (p.keywordAutomaton.size) p.keywordAutomaton.scan(f.lower, onKeyword(f.lower, f.start, f.end, null));
    let evasionStream: WordStream | undefined;
    let view: MappedText | undefined;
    const streamOf = (): WordStream => (evasionStream ??= buildWordStream(f, true));
    const viewOf = (): MappedText => (view ??= viewFromStream(f, streamOf(), text.length));
    if (p.hasSentenceKeywords) {
      const v = viewOf();
      // only sentence positions are needed from this pass, so the start map serves for both ends
      p.keywordAutomaton.scan(v.text, onKeyword(v.text, v.map, v.map, false));
    }

    for (const [stream, evasion, needed] of [
      [STREAM_EVASION, true, p.hasEvasionTerms],
      [STREAM_PLAIN, false, p.hasPlainTerms],
    ] as const) {
      if (!needed) continue;
      const ws = evasion ? streamOf() : buildWordStream(f, evasion);
      p.automaton.scan(
        ws.key,
        (pat, end) => {
          const tp = p.patTerm[pat]!;
          const hit = verifyTerm(ws, f, text, end - p.automaton.lengthOf(pat), end, tp.variant, tp.caseSensitive);
          if (!hit) return;
          const span = { start: hit.start, end: hit.end };
          if (tp.owner.role === 'allow') allowSpans.push(span);
          else if (tp.owner.role === 'exception') {
            const list = exceptionSpans.get(tp.owner.rule) ?? [];
            list.push(span);
            exceptionSpans.set(tp.owner.rule, list);
          } else {
            hits.push({
              rule: tp.owner.rule,
              ...span,
              confidence: termConfidence(hit.undone),
              explain: termExplain(`matches the term '${tp.term}'`, hit.undone),
            });
          }
        },
        // with terms of one stream only, every pattern belongs to it
        p.hasEvasionTerms && p.hasPlainTerms ? (pat) => p.patStream[pat] === stream : undefined,
      );
    }

    this.runRegexRules(text, regexKeywordHits, hits);
    if (p.hasSentenceWork) this.runSentenceWork(text, sentenceKeywordHits, hits, view, viewOf);
    let textInput: ContextInput | undefined;
    const docs = this.docs;
    const textSource: InputSource = {
      get(): ContextInput {
        return (textInput ??= detectorInput(docs, text, 0, undefined, undefined, undefined, viewOf));
      },
    };
    for (const r of p.keywordless.textDetectors) this.runDetector(p.rules[r]!, text, 0, hits, textSource);
    for (const r of p.gatedTextDetectors) if (textGateOpen.has(r)) this.runDetector(p.rules[r]!, text, 0, hits, textSource);

    return this.finish(text, hits, allowSpans, exceptionSpans);
  }

  private runRegexRules(text: string, keywordHits: Map<number, RegexMatch[]>, hits: RawHit[]): void {
    const todo: [number, RegexMatch[]][] = [...keywordHits.entries()].map(([r, kh]) => [r, windowsAround(kh, text.length)]);
    if (this.p.keywordless.regex.length && text.length) {
      const whole = wholeTextWindows(text.length);
      for (const r of this.p.keywordless.regex) todo.push([r, whole]);
    }
    for (const [r, windows] of todo) {
      const cr = this.p.rules[r]!;
      const rx = cr.regex!;
      for (const m of runInWindows(rx, text, windows)) {
        let confidence = 0.8;
        let explain = 'matches the pattern';
        if (rx.validate) {
          const v = runValidator(rx.validate, text.slice(m.start, m.end));
          if (!v.ok) continue;
          if (!rx.validate.startsWith('entropy:')) confidence = 1;
          explain += `; ${v.why}`;
        }
        hits.push({ rule: r, start: m.start, end: m.end, confidence, explain });
      }
    }
  }

  private docFor(sentence: string): NlpDoc {
    return cachedDoc(this.docs, sentence);
  }

  /**
   * Hashed terms across the single line break between sentence `a` and the next one `b` (sentences end
   * at every line break, clear terms only at a blank line or a sentence end): hashed n-grams of a window
   * around the break, kept when they cross it. Offsets are relative to `a.start`.
   */
  private hashedSeam(text: string, a: Sentence, b: Sentence): HashedHit[] {
    let lines = 0;
    for (let i = a.end; i < b.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
    }
    if (lines !== 1 || a.paragraph !== b.paragraph) return [];
    let last = a.end - 1;
    while (last > a.start && CLOSERS.has(text.charCodeAt(last))) last--;
    if (TERMINATORS.has(text.charCodeAt(last))) return [];
    // Windows start and end at whitespace (or the sentences' edges) so no word is cut in two.
    let from = Math.max(a.start, a.end - SEAM_WINDOW);
    while (from > a.start && !/\s/.test(text[from - 1]!)) from--;
    let to = Math.min(b.end, b.start + SEAM_WINDOW);
    while (to < b.end && !/\s/.test(text[to]!)) to++;
    const seamText = text.slice(from, to);
    const st = this.sentenceState(seamText);
    if (!st.hashed) {
      const sf = foldChars(seamText);
      st.hashed = [];
      for (const evasion of [true, false]) {
        if (this.p.hashedGroups.some((g) => g.evasion === evasion)) st.hashed.push(...matchHashed(this.p.hashedGroups, buildWordStream(sf, evasion), sf, seamText));
      }
    }
    const shift = from - a.start;
    return st.hashed
      .filter((h) => from + h.start < a.end && from + h.end > b.start)
      .map((h) => ({ ...h, start: h.start + shift, end: h.end + shift }));
  }

  private sentenceState(s: string): SentenceState {
    let st = this.sentenceCache.get(s);
    if (!st) {
      st = { id: nextSentenceId++, contextual: [], contextFree: [], phrase: new Map() };
      this.sentenceCache.set(s, st);
    }
    return st;
  }

  private runSentenceWork(
    text: string,
    keywordHits: Map<number, { pos: number; word: string }[]>,
    hits: RawHit[],
    view: MappedText | undefined,
    viewOf: () => MappedText,
  ): void {
    const p = this.p;
    const docs = this.docs;
    const sentences = splitSentences(text);
    if (!sentences.length) return;
    let builtView = view;
    // per sentence (sparse): rule → the keywords of that rule found in it
    const triggered: (Map<number, Set<string>> | undefined)[] = [];
    for (const [rule, found] of keywordHits) {
      for (const { pos, word } of found) {
        const k = sentenceAt(sentences, pos);
        if (k < 0) continue;
        const byRule = (triggered[k] ??= new Map());
        const words = byRule.get(rule);
        if (words) words.add(word);
        else byRule.set(rule, new Set([word]));
      }
    }
    const always = [...p.keywordless.phrase, ...p.keywordless.sentenceDetectors].sort((a, b) => a - b);
    const texts = sentences.map((s) => text.slice(s.start, s.end));
    const states = texts.map((t) => this.sentenceState(t));
    // Detectors read each sentence's folded view. When many sentences are new (a pasted or first-checked
    // draft), folding the whole draft once and slicing it is cheaper than folding each sentence anew; while
    // typing, only a sentence or two is new and folding just those is cheaper.
    if (!builtView && p.keywordless.sentenceDetectors.length && states.filter((st) => !st.folded).length >= 4) builtView = viewOf();
    sentences.forEach((s, k) => {
      const sText = texts[k]!;
      const st = states[k]!;
      if (p.hashedGroups.length) {
        if (!st.hashed) {
          const sf = foldChars(sText);
          st.hashed = [];
          for (const evasion of [true, false]) {
            if (p.hashedGroups.some((g) => g.evasion === evasion)) st.hashed.push(...matchHashed(p.hashedGroups, buildWordStream(sf, evasion), sf, sText));
          }
        }
        const seam = k + 1 < sentences.length ? this.hashedSeam(text, s, sentences[k + 1]!) : [];
        for (const h of [...st.hashed, ...seam]) {
          hits.push({
            rule: h.rule,
            start: s.start + h.start,
            end: s.start + h.end,
            confidence: termConfidence(h.undone),
            explain: termExplain('matches a confidential term (compared by hash)', h.undone),
          });
        }
      }
      const byRule = triggered[k];
      const rules = byRule ? [...new Set([...always, ...byRule.keys()])].sort((a, b) => a - b) : always;
      if (!rules.length) return;
      const before = sentences[k - 1];
      const after = sentences[k + 1];
      const prev = before !== undefined && before.paragraph === s.paragraph ? texts[k - 1] : undefined;
      const next = after !== undefined && after.paragraph === s.paragraph ? texts[k + 1] : undefined;
      const context = { st, prev: prev === undefined ? 0 : states[k - 1]!.id, next: next === undefined ? 0 : states[k + 1]!.id };
      let terms: GateTerms | undefined;
      let input: ContextInput | undefined;
      // Per-sentence helpers are methods, not named arrows: dev and test builds (keepNames) pay a
      // defineProperty for every named closure made, and this runs for every sentence.
      const source: InputSource = {
        get(): ContextInput {
          // a slice of the draft's view when it was made anyway (words never cross a sentence end)
          if (builtView && !st.folded) st.folded = sliceView(builtView, s.start, s.end);
          return (input ??= detectorInput(docs, sText, s.start, prev, next, st));
        },
      };
      for (const r of rules) {
        const cr = p.rules[r]!;
        if (cr.phrase) {
          let found = st.phrase.get(r);
          if (!found) {
            found = [];
            const words = byRule?.get(r);
            const phrase = cr.phrase;
            const open = phrase.exprs.filter((_, i) => gateOpen(phrase.gates[i]!, words, sText, () => (terms ??= gateTerms(sText))));
            if (open.length) {
              try {
                const doc = this.docFor(sText);
                for (const expr of open) for (const m of runPhrase([expr], doc, sText)) found.push({ ...m, expr });
              } catch {
                // compromise failing on some odd sentence must not fail the check; this rule reports nothing here
              }
            }
            st.phrase.set(r, found);
          }
          for (const m of found) {
            hits.push({ rule: r, start: s.start + m.start, end: s.start + m.end, confidence: 0.75, explain: `matches the phrase '${m.expr}'` });
          }
        } else if (cr.detector) {
          this.runDetector(cr, sText, s.start, hits, source, context);
        }
      }
    });
  }

  private runDetector(
    cr: CompiledRule,
    unit: string,
    offset: number,
    hits: RawHit[],
    source: InputSource,
    sentence?: { st: SentenceState; prev: number; next: number },
  ): void {
    const r = cr.index;
    let found = sentence ? (sentence.st.contextFree[r] ?? contextualHit(sentence.st.contextual[r], sentence.prev, sentence.next)) : undefined;
    if (!found) {
      const input = source.get();
      input.prevRead = false;
      input.nextRead = false;
      try {
        found = cr.detector!.run(input);
      } catch (error) {
        // A failing detector must not take the whole check down; its rule simply reports nothing here. Tests pass
        // onDetectorError so that such a failure is seen rather than read as "nothing found".
        found = [];
        this.onDetectorError?.(cr.rule.ruleId, error);
      }
      if (sentence) {
        const { st } = sentence;
        if (!input.prevRead && !input.nextRead) st.contextFree[r] = found;
        else {
          const list = (st.contextual[r] ??= []);
          // neighbours change as the person types: keep only recent contexts of a long-lived sentence
          if (list.length >= MAX_CONTEXTS_PER_SENTENCE) list.shift();
          list.push({ prev: input.prevRead ? sentence.prev : NOT_READ, next: input.nextRead ? sentence.next : NOT_READ, hits: found });
        }
      }
    }
    for (const h of found) {
      if (!(h.start >= 0 && h.end <= unit.length && h.end > h.start)) continue;
      const span = snapSurrogates(unit, h.start, h.end);
      const hit: RawHit = {
        rule: cr.index,
        start: offset + span.start,
        end: offset + span.end,
        confidence: h.confidence,
        explain: h.explain ?? `found by the ${cr.detector!.spec.id} detector`,
      };
      if (h.message !== undefined) hit.message = h.message;
      if (h.tags) hit.tags = h.tags;
      if (h.suggestions) hit.suggestions = h.suggestions;
      if (h.fallback) hit.fallback = true;
      hits.push(hit);
    }
  }

  private regexAllows(list: readonly CompiledRegex[], text: string, span: Span): boolean {
    if (!list.length) return false;
    const window = windowsAround([span], text.length);
    return list.some((rx) => runInWindows(rx, text, window).some((m) => overlaps(m, span)));
  }

  private finish(text: string, hits: RawHit[], allowSpans: Span[], exceptionSpans: Map<number, Span[]>): Finding[] {
    const p = this.p;
    const kept: RawHit[] = [];
    for (const h of hits) {
      const cr = p.rules[h.rule]!;
      if (h.confidence < cr.minConfidence) continue;
      if (allowSpans.some((a) => overlaps(a, h))) continue;
      if (cr.hasExceptions && (exceptionSpans.get(h.rule) ?? []).some((a) => overlaps(a, h))) continue;
      if (this.regexAllows(p.allowRegexes, text, h) || this.regexAllows(cr.exceptionRegexes, text, h)) continue;
      kept.push(h);
    }
    // A fallback reading stands aside wherever another rule read the draft as harm: the draft is flagged already, and
    // that rule's judgement stands even where it lowered its reading below its minConfidence (quoted, negated,
    // reported words).
    if (kept.some((h) => h.fallback) && hits.some((h) => !h.fallback && p.rules[h.rule]!.rule.severity !== 'info' && HARM_CATEGORIES.has(p.rules[h.rule]!.rule.category))) {
      for (let i = kept.length - 1; i >= 0; i--) if (kept[i]!.fallback) kept.splice(i, 1);
    }
    // One finding per rule and place: a span inside a longer one of the same rule is the same finding.
    kept.sort((a, b) => a.rule - b.rule || a.start - b.start || b.end - a.end || b.confidence - a.confidence);
    const unique: RawHit[] = [];
    let lastOfRule: RawHit | undefined;
    for (const h of kept) {
      if (lastOfRule && lastOfRule.rule === h.rule && h.start >= lastOfRule.start && h.end <= lastOfRule.end) continue;
      unique.push(h);
      lastOfRule = h;
    }
    const findings = unique.map((h) => this.toFinding(text, h));
    findings.sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.end - b.end);
    return findings;
  }

  private toFinding(text: string, h: RawHit): Finding {
    const cr = this.p.rules[h.rule]!;
    const rule = cr.rule;
    const match = text.slice(h.start, h.end);
    const finding: Finding = {
      ruleId: rule.ruleId ?? `${this.pack.id}.${rule.id}`,
      category: rule.category,
      severity: rule.severity,
      confidence: Math.round(h.confidence * 1000) / 1000,
      start: h.start,
      end: h.end,
      match,
      message: (h.message ?? rule.message).split('{match}').join(match),
    };
    if (rule.note !== undefined) finding.note = rule.note;
    const suggestions = h.suggestions ?? rule.suggestions;
    if (suggestions?.length) finding.suggestions = [...suggestions];
    if (cr.link !== undefined) finding.link = cr.link;
    const tags = [...(rule.tags ?? []), ...(h.tags ?? [])];
    if (tags.length) finding.tags = [...new Set(tags)];
    finding.explain = h.explain;
    if (rule.severity === 'block') finding.override = rule.override ?? 'allow';
    return finding;
  }
}

/** compromise parse of a sentence: kept in a smaller LRU of its own, as parses are heavy */
function cachedDoc(docs: Lru<string, NlpDoc>, sentence: string): NlpDoc {
  let doc = docs.get(sentence);
  if (!doc) {
    doc = parseSentence(sentence);
    docs.set(sentence, doc);
  }
  return doc;
}

/**
 * One input per unit, shared by every detector rule that looks at it; folded() and nlp() are made once.
 * prev/next are getters that note a read, each on its own: a detector that ignores them is cached for
 * the sentence alone, and one that reads only prev is not re-run when the next sentence is edited.
 */
function detectorInput(
  docs: Lru<string, NlpDoc>,
  unit: string,
  offset: number,
  prev: string | undefined,
  next: string | undefined,
  st: SentenceState | undefined,
  wholeView?: () => MappedText,
): ContextInput {
  let doc: NlpDoc | undefined;
  const input: ContextInput = {
    text: unit,
    offset,
    prevRead: false,
    nextRead: false,
    get prev(): string | undefined {
      input.prevRead = true;
      return prev;
    },
    get next(): string | undefined {
      input.nextRead = true;
      return next;
    },
    folded(): MappedText {
      return st ? (st.folded ??= foldedView(unit)) : wholeView ? wholeView() : foldedView(unit);
    },
    nlp(): NlpDoc {
      return st ? cachedDoc(docs, unit) : (doc ??= parseSentence(unit));
    },
  };
  return input;
}

/** A cached result whose read neighbours are the current ones (newest first: the likeliest to match). */
function contextualHit(list: readonly ContextualResult[] | undefined, prev: number, next: number): DetectorHit[] | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i]!;
    if ((e.prev === NOT_READ || e.prev === prev) && (e.next === NOT_READ || e.next === next)) return e.hits;
  }
  return undefined;
}

function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && (isLetter(c) || isDigit(c));
}

function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface CheckerOptions {
  /** Called when a detector throws (its rule then reports nothing for that text); tests use it to fail loudly. */
  onDetectorError?: (ruleId: string, error: unknown) => void;
}

export function createChecker(compiled: CompiledPack, options: CheckerOptions = {}): Checker {
  return new DraftChecker(compiled, packInternals(compiled), options.onDetectorError);
}
