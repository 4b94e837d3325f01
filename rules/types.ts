/**
 * The shared vocabulary of the policy engine: the pack format (../shared/spec/policy-pack.md), the
 * findings it produces (../shared/spec/cli.md) and the contract between the engine and built-in
 * detectors. Everything under rules/ is pure TypeScript: no browser, WXT, React or Dexie imports, so the
 * same code runs in Node (CLI, tests, benchmarks) and in the content script.
 */

export const PACK_FORMAT = 'draftguard/pack@1' as const;

export type Category = 'confidential' | 'inflammatory' | 'protected';
export type Severity = 'info' | 'warn' | 'block';
export type OverrideMode = 'allow' | 'reason' | 'deny';
export type RuleKind = 'terms' | 'regex' | 'phrase' | 'detector';
export type Validator = 'luhn' | 'iban' | 'ssn' | `entropy:${number}`;

export const CATEGORIES: readonly Category[] = ['confidential', 'inflammatory', 'protected'];
export const SEVERITIES: readonly Severity[] = ['info', 'warn', 'block'];
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warn: 1, block: 2 };

/** Built-in packs a pack may name in `extends`. */
export type BuiltinPackId = 'builtin:default' | 'builtin:secrets' | 'builtin:pii' | 'builtin:inflammatory' | 'builtin:protected';

/** An `allow` or `exceptions` entry: a string matched like `terms`, or a regex. */
export type AllowEntry = string | { regex: string; flags?: string };

export interface RuleExamples {
  flag?: string[];
  pass?: string[];
}

/** Fields every rule kind shares (as authored). */
export interface RuleCommon {
  id: string;
  kind: RuleKind;
  category: Category;
  severity: Severity;
  message: string;
  note?: string;
  link?: string;
  suggestions?: string[];
  tags?: string[];
  minConfidence?: number;
  override?: OverrideMode;
  exceptions?: AllowEntry[];
  examples?: RuleExamples;
  enabled?: boolean;
  /** Not in the v1 spec table; allowed on every rule: BCP-47 language the rule is written for. */
  lang?: string;
}

export interface HashedTerms {
  salt: string;
  /** hex SHA-256 of salt + normalised term (see rules/engine hashing). */
  hashes: string[];
  maxWords: number;
}

export interface TermsRule extends RuleCommon {
  kind: 'terms';
  terms?: string[];
  hashed?: HashedTerms;
  caseSensitive?: boolean;
  /** default true: look-alikes, leetspeak, separators, stretched letters */
  evasion?: boolean;
  /** default true for confidential rules: `pack build` hashes the terms. */
  hash?: boolean;
}

export interface RegexRule extends RuleCommon {
  kind: 'regex';
  pattern: string;
  flags?: string;
  keywords?: string[];
  group?: number;
  validate?: Validator;
}

export interface PhraseRule extends RuleCommon {
  kind: 'phrase';
  match: string | string[];
}

export interface DetectorRule extends RuleCommon {
  kind: 'detector';
  detector: string;
  options?: Record<string, unknown>;
}

export type Rule = TermsRule | RegexRule | PhraseRule | DetectorRule;

export type RuleOverride = Partial<Pick<RuleCommon, 'severity' | 'message' | 'note' | 'link' | 'minConfidence' | 'enabled' | 'override'>>;

/** A pack as authored in YAML/JSON (after parsing, before validation it is `unknown`). */
export interface PackSource {
  format: typeof PACK_FORMAT;
  id: string;
  name: string;
  version: string;
  serial?: number;
  publisher?: string;
  policyUrl?: string;
  lang?: string;
  extends?: string[];
  disable?: string[];
  overrides?: Record<string, RuleOverride>;
  allow?: AllowEntry[];
  rules: Rule[];
}

/** A rule after merging: its id carries the pack prefix and overrides are applied. */
export type ResolvedRule = Rule & {
  /** `<pack id>.<rule id>` */
  ruleId: string;
  packId: string;
  /** the pack's policyUrl, used as the finding's link when the rule has none */
  policyUrl?: string;
};

/** Every pack of an `extends` chain merged into one list of rules, ready to compile. */
export interface ResolvedPack {
  id: string;
  name: string;
  version: string;
  serial?: number;
  publisher?: string;
  policyUrl?: string;
  lang: string;
  rules: ResolvedRule[];
  /** pack-wide allow list (union of all merged packs' `allow`) */
  allow: AllowEntry[];
  /** non-fatal problems: unknown ids in `disable` / `overrides` */
  warnings: string[];
}

/** The spec's Finding (cli.md), plus optional fields the UI uses. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  /** UTF-16 offsets into the original text, end exclusive, never splitting a surrogate pair */
  start: number;
  end: number;
  match: string;
  message: string;
  note?: string;
  suggestions?: string[];
  link?: string;
  tags?: string[];
  /** what normalisation, context word or validator decided it */
  explain?: string;
  /** the rule's `override` for block findings (default `allow`) */
  override?: OverrideMode;
}

/** A pack problem: names the file, the rule and the field, and says what was expected. */
export class PackError extends Error {
  constructor(
    message: string,
    readonly details: { file?: string; ruleId?: string; field?: string } = {},
  ) {
    super(PackError.format(message, details));
    this.name = 'PackError';
  }

  static format(message: string, d: { file?: string; ruleId?: string; field?: string }): string {
    const where = [d.file, d.ruleId ? `rule '${d.ruleId}'` : undefined, d.field ? `field '${d.field}'` : undefined]
      .filter(Boolean)
      .join(', ');
    return where ? `${where}: ${message}` : message;
  }
}

// ---------------------------------------------------------------------------------------------------
// Detectors: built-in matching code that a pack names with `kind: detector`.
// ---------------------------------------------------------------------------------------------------

/** A text with an offset map back to the original it was derived from. */
export interface MappedText {
  text: string;
  /** original UTF-16 offset of the code unit at index i of `text` (length text.length + 1; last = end) */
  map: ArrayLike<number>;
}

/** Minimal view of a compromise document (kept structural so rules/types.ts imports nothing). */
export interface NlpDoc {
  match(expr: string): NlpDoc;
  found: boolean;
  text(): string;
}

export interface DetectorInput {
  /** The unit the detector is asked about: one sentence (scope 'sentence') or the whole draft ('text'). */
  text: string;
  /** Offset of `text` in the whole draft; hits are relative to `text`, the engine shifts them. */
  offset: number;
  /** Sentence scope: the previous and next sentence of the same paragraph (for pronoun reference). */
  prev?: string;
  next?: string;
  /** Evasion-normalised, case-folded view of `text` (look-alikes, leetspeak, separators undone). */
  folded(): MappedText;
  /** compromise parse of `text`, made on first use and cached with the sentence. */
  nlp(): NlpDoc;
}

export interface DetectorHit {
  /** offsets relative to DetectorInput.text */
  start: number;
  end: number;
  confidence: number;
  explain?: string;
  /** replaces the rule's message for this hit (`{match}` is still substituted) */
  message?: string;
  /** added to the rule's tags (e.g. the protected characteristic) */
  tags?: string[];
  suggestions?: string[];
  /**
   * A last-resort reading (a learned fallback): the engine drops it when another rule read anything in the draft as
   * harm (a finding of category inflammatory or protected, at any confidence), so a flagged post is not flagged twice
   * and a rule's lowered reading of quoted or negated words is not overruled.
   */
  fallback?: boolean;
}

export type DetectorRun = (input: DetectorInput) => DetectorHit[];

export interface DetectorSpec {
  /** the name a pack uses: `detector: pii.email` */
  id: string;
  description: string;
  /**
   * 'sentence': called once per sentence whose folded text holds one of `keywords` (or every sentence
   * when there are none); results are cached per sentence, so typing re-runs one sentence at most.
   * 'text': called on the whole draft on every check; must be linear and cheap.
   */
  scope: 'sentence' | 'text';
  /** lowercase literals for the shared prefilter automaton; matched on the folded text */
  keywords?: readonly string[];
  /** returns an error message naming the bad option, or null */
  validateOptions?(options: Record<string, unknown>): string | null;
  create(options: Record<string, unknown>): DetectorRun;
}
