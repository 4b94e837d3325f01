/**
 * Strict validation of a parsed pack against policy-pack.md. Every field is checked for its type, and
 * unknown fields are errors: a typo such as `severty: block` must not silently leave a rule at a default.
 * All problems are collected and thrown together as one PackIssues.
 */
import { PACK_FORMAT, type BuiltinPackId, type PackSource } from '../types';
import { fieldPath, IssueList, PackIssues } from './issues';
import { MAX_HASHED_WORDS, MAX_PATTERN_CHARS, MAX_RULES, MAX_TERM_CHARS, MAX_TERMS, MAX_TEXT_FIELD_CHARS } from './limits';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

/** Kept as an exhaustive record so a new built-in id in types.ts fails to compile here until added. */
const BUILTIN_IDS = {
  'builtin:default': true,
  'builtin:secrets': true,
  'builtin:pii': true,
  'builtin:inflammatory': true,
  'builtin:protected': true,
} as const satisfies Record<BuiltinPackId, true>;

export const ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
const MAX_ID_CHARS = 100;
const LANG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const HASH_PATTERN = /^[0-9a-f]{64}$/;
const VALIDATOR_PATTERN = /^(luhn|iban|ssn|entropy:\d+(\.\d+)?)$/;
const REGEX_FLAGS = 'iusm';
/** more than this many issues is noise: the first ones are enough to start fixing */
const MAX_ISSUES = 100;

const PACK_FIELDS = ['format', 'id', 'name', 'version', 'serial', 'publisher', 'policyUrl', 'lang', 'extends', 'disable', 'overrides', 'allow', 'rules'];
const COMMON_FIELDS = ['id', 'kind', 'category', 'severity', 'message', 'note', 'link', 'suggestions', 'tags', 'minConfidence', 'override', 'exceptions', 'examples', 'enabled', 'lang'];
const KIND_FIELDS: Record<string, string[]> = {
  terms: ['terms', 'hashed', 'caseSensitive', 'evasion', 'hash'],
  regex: ['pattern', 'flags', 'keywords', 'group', 'validate'],
  phrase: ['match'],
  detector: ['detector', 'options'],
};
const OVERRIDE_FIELDS = ['severity', 'message', 'note', 'link', 'minConfidence', 'enabled', 'override'];
const CATEGORIES = ['confidential', 'inflammatory', 'protected'];
const SEVERITIES = ['info', 'warn', 'block'];
const OVERRIDE_MODES = ['allow', 'reason', 'deny'];

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What the author actually wrote, for "expected X, got Y" messages. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}

/** YAML reads `1.0`, `007` and `true` as a number or a boolean: the author meant the text. */
function quoteHint(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' ? ' (put it in quotes to keep it a text)' : '';
}

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 99;
}

/**
 * Field checks for one object (the pack, a rule, an override), all reporting with the same rule id.
 * `prefix` is put before field names in messages ('overrides.'), `base` is the object's place in the
 * document (['rules', 3]), so each problem can be given the line it is on.
 */
class Fields {
  constructor(
    private readonly issues: IssueList,
    private readonly obj: Obj,
    private readonly ruleId?: string,
    private readonly prefix = '',
    private readonly base: Path = [],
  ) {}

  err(field: string, message: string): void {
    this.issues.add(message, this.ruleId, this.prefix + field, [...this.base, ...fieldPath(field)]);
  }

  /** Checks for a part of this object (`hashed`, `examples`, `allow[2]`), reporting under the same rule. */
  sub(field: string, obj: Obj): Fields {
    return new Fields(this.issues, obj, this.ruleId, `${this.prefix}${field}.`, [...this.base, ...fieldPath(field)]);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined;
  }

  required(field: string, what: string): boolean {
    if (this.obj[field] === undefined || this.obj[field] === null) {
      this.err(field, `missing; expected ${what}`);
      return false;
    }
    return true;
  }

  string(field: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
    const v = this.obj[field];
    if (v === undefined) {
      if (opts.required) this.err(field, 'missing; expected a text');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.err(field, `expected a text, got ${describe(v)}${quoteHint(v)}`);
      return undefined;
    }
    if (!v.trim()) {
      this.err(field, 'expected a non-empty text');
      return undefined;
    }
    const max = opts.max ?? MAX_TEXT_FIELD_CHARS;
    if (v.length > max) {
      this.err(field, `too long (${v.length} characters; at most ${max})`);
      return undefined;
    }
    return v;
  }

  oneOf(field: string, options: readonly string[], required = false): string | undefined {
    const v = this.obj[field];
    if (v === undefined) {
      if (required) this.err(field, `missing; expected one of ${options.join(', ')}`);
      return undefined;
    }
    if (typeof v !== 'string' || !options.includes(v)) {
      const guess = typeof v === 'string' ? closest(v, options) : undefined;
      this.err(field, `expected one of ${options.join(', ')}, got ${describe(v)}${guess ? ` (did you mean '${guess}'?)` : ''}`);
      return undefined;
    }
    return v;
  }

  boolean(field: string): void {
    const v = this.obj[field];
    if (v !== undefined && typeof v !== 'boolean') this.err(field, `expected true or false, got ${describe(v)}`);
  }

  integer(field: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const v = this.obj[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      this.err(field, `expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  confidence(field: string): void {
    const v = this.obj[field];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) this.err(field, `expected a number from 0 to 1, got ${describe(v)}`);
  }

  url(field: string): void {
    const v = this.string(field);
    if (v === undefined) return;
    let ok = false;
    try {
      const u = new URL(v);
      ok = u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      ok = false;
    }
    if (!ok) this.err(field, `expected an http(s) address, got ${describe(v)}`);
  }

  lang(field: string): void {
    const v = this.string(field, { max: 35 });
    if (v !== undefined && !LANG_PATTERN.test(v)) this.err(field, `expected a BCP-47 language tag such as 'en' or 'en-GB', got ${describe(v)}`);
  }

  /** A list of non-empty texts; returns it when valid. */
  stringList(field: string, opts: { required?: boolean; nonEmpty?: boolean; max?: number; what?: string } = {}): string[] | undefined {
    const v = this.obj[field];
    const what = opts.what ?? 'texts';
    if (v === undefined) {
      if (opts.required) this.err(field, `missing; expected a list of ${what}`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.err(field, `expected a list of ${what}, got ${describe(v)}`);
      return undefined;
    }
    if (opts.nonEmpty && v.length === 0) {
      this.err(field, `expected at least one entry in the list of ${what}, got an empty list`);
      return undefined;
    }
    let ok = true;
    const max = opts.max ?? MAX_TEXT_FIELD_CHARS;
    v.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.err(`${field}[${i}]`, `expected a text, got ${describe(item)}${quoteHint(item)}`);
        ok = false;
      } else if (!item.trim()) {
        this.err(`${field}[${i}]`, 'expected a non-empty text, got an empty one');
        ok = false;
      } else if (item.length > max) {
        this.err(`${field}[${i}]`, `too long (${item.length} characters; at most ${max})`);
        ok = false;
      }
    });
    return ok ? (v as string[]) : undefined;
  }

  /** `allow` and `exceptions`: texts, or `{regex, flags?}`. */
  allowList(field: string): void {
    const v = this.obj[field];
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.err(field, `expected a list of texts or {regex: ...} entries, got ${describe(v)}`);
      return;
    }
    v.forEach((item, i) => {
      const at = `${field}[${i}]`;
      if (typeof item === 'string') {
        if (!item.trim()) this.err(at, 'expected a non-empty text, got an empty one');
        return;
      }
      if (!isObject(item)) {
        this.err(at, `expected a text or {regex: ..., flags: ...}, got ${describe(item)}`);
        return;
      }
      const sub = this.sub(at, item);
      sub.unknown(['regex', 'flags']);
      const pattern = sub.string('regex', { required: true, max: MAX_PATTERN_CHARS });
      const flags = sub.flags('flags');
      if (pattern !== undefined && flags !== undefined) sub.compiles('regex', pattern, flags);
    });
  }

  flags(field: string): string | undefined {
    const v = this.obj[field];
    if (v === undefined) return '';
    if (typeof v !== 'string' || [...v].some((c) => !REGEX_FLAGS.includes(c)) || new Set(v).size !== v.length) {
      this.err(field, `expected some of the flags ${[...REGEX_FLAGS].join(', ')} (each once), got ${describe(v)}`);
      return undefined;
    }
    return v;
  }

  compiles(field: string, pattern: string, flags: string): RegExp | undefined {
    try {
      return new RegExp(pattern, flags);
    } catch (e) {
      this.err(field, `not a valid JavaScript regular expression: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** Reports fields not in `allowed`; `elsewhere` explains fields that belong to another rule kind. */
  unknown(allowed: readonly string[], elsewhere?: (field: string) => string | undefined): void {
    for (const key of Object.keys(this.obj)) {
      // undefined never comes from YAML or JSON; for packs built in code it means "absent"
      if (allowed.includes(key) || this.obj[key] === undefined) continue;
      const other = elsewhere?.(key);
      const guess = closest(key, allowed);
      const message = other ?? `unknown field${guess ? ` (did you mean '${guess}'?)` : ''}; expected one of ${allowed.join(', ')}`;
      // the key as written (it may hold '.' or '['), not parsed as a field path
      this.issues.add(message, this.ruleId, this.prefix + key, [...this.base, key]);
    }
  }
}

/**
 * Checks `obj` against the pack format and returns it typed. Throws PackIssues (a PackError) listing
 * every problem, each naming the file, the rule (its id, or `rules[i]` when it has none) and the field.
 */
export function validatePackObject(obj: unknown, file?: string): PackSource {
  const issues = new IssueList(file);
  if (!isObject(obj)) {
    throw new PackIssues([{ message: `expected a pack (a mapping with format, id, name, version and rules), got ${describe(obj)}` }], file);
  }
  const f = new Fields(issues, obj);
  f.unknown(PACK_FIELDS);
  if (f.required('format', `'${PACK_FORMAT}'`) && obj.format !== PACK_FORMAT) {
    f.err('format', `expected '${PACK_FORMAT}', got ${describe(obj.format)} (this version of DraftGuard reads only that format)`);
  }
  const id = f.string('id', { required: true, max: MAX_ID_CHARS });
  if (id !== undefined && !ID_PATTERN.test(id)) f.err('id', `expected lowercase letters, digits, '-' and '.', starting with a letter or digit, got ${describe(id)}`);
  f.string('name', { required: true });
  f.string('version', { required: true, max: 100 });
  f.integer('serial', 0);
  f.string('publisher');
  f.url('policyUrl');
  f.lang('lang');
  const ext = f.stringList('extends', { what: 'built-in pack names' });
  ext?.forEach((name, i) => {
    if (!Object.hasOwn(BUILTIN_IDS, name)) f.err(`extends[${i}]`, `expected one of ${Object.keys(BUILTIN_IDS).join(', ')}, got ${describe(name)}`);
  });
  f.stringList('disable', { what: 'rule ids' });
  validateOverrides(issues, obj.overrides);
  f.allowList('allow');

  if (f.required('rules', 'a list of rules (it may be empty)')) {
    if (!Array.isArray(obj.rules)) f.err('rules', `expected a list of rules, got ${describe(obj.rules)}`);
    else validateRules(issues, obj.rules);
  }
  issues.fail();
  return obj as unknown as PackSource;
}

function validateOverrides(issues: IssueList, v: unknown): void {
  if (v === undefined) return;
  if (!isObject(v)) {
    issues.add(`expected a mapping of rule id to changes, got ${describe(v)}`, undefined, 'overrides', ['overrides']);
    return;
  }
  for (const [ruleId, change] of Object.entries(v)) {
    if (!isObject(change)) {
      issues.add(`expected a mapping of changes (any of ${OVERRIDE_FIELDS.join(', ')}), got ${describe(change)}`, ruleId, 'overrides', ['overrides', ruleId]);
      continue;
    }
    const f = new Fields(issues, change, ruleId, 'overrides.', ['overrides', ruleId]);
    f.unknown(OVERRIDE_FIELDS);
    f.oneOf('severity', SEVERITIES);
    f.string('message');
    f.string('note');
    f.url('link');
    f.confidence('minConfidence');
    f.boolean('enabled');
    f.oneOf('override', OVERRIDE_MODES);
  }
}

/**
 * Detector options are the one place a pack holds free-form data. Bounded, so no later stage that walks
 * the pack (build, canonical JSON, the leak check) can be sent into a stack overflow.
 */
const MAX_OPTIONS_DEPTH = 8;

/** Nesting depth of plain data, measured without recursion (a scalar is 0, `{}` is 1). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (d + 1 > max) max = d + 1;
    if (max > MAX_OPTIONS_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

function countTerms(rules: unknown[]): number {
  let n = 0;
  for (const r of rules) {
    if (!isObject(r)) continue;
    if (Array.isArray(r.terms)) n += r.terms.length;
    if (isObject(r.hashed) && Array.isArray(r.hashed.hashes)) n += r.hashed.hashes.length;
  }
  return n;
}

function validateRules(issues: IssueList, rules: unknown[]): void {
  // Size limits first: a pack over them is refused without looking at its rules one by one.
  if (rules.length > MAX_RULES) {
    issues.add(`too many rules (${rules.length}; at most ${MAX_RULES})`, undefined, 'rules', ['rules']);
    return;
  }
  const terms = countTerms(rules);
  if (terms > MAX_TERMS) {
    issues.add(`too many terms (${terms} over all rules; at most ${MAX_TERMS})`, undefined, 'rules', ['rules']);
    return;
  }
  const firstIndex = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (issues.items.length >= MAX_ISSUES) return;
    const label = `rules[${index}]`;
    if (!isObject(rule)) {
      issues.add(`expected a rule (a mapping with id, kind, category, severity and message), got ${describe(rule)}`, label, undefined, ['rules', index]);
      return;
    }
    const id = typeof rule.id === 'string' && rule.id.trim() ? rule.id : undefined;
    // A rule whose id is missing or already taken is named by its place, so no message is ambiguous.
    const first = id === undefined ? undefined : firstIndex.get(id);
    const ruleId = id === undefined || first !== undefined ? label : id;
    if (id !== undefined && first === undefined) firstIndex.set(id, index);
    const f = new Fields(issues, rule, ruleId, '', ['rules', index]);
    if (first !== undefined) f.err('id', `duplicate rule id '${id}' (already used by rules[${first}]); ids must be unique within a pack`);
    validateRule(f, rule);
  });
  if (issues.items.length >= MAX_ISSUES) issues.add(`stopped after ${MAX_ISSUES} problems`);
}

function validateRule(f: Fields, rule: Obj): void {
  const id = f.string('id', { required: true, max: MAX_ID_CHARS });
  if (id !== undefined && !ID_PATTERN.test(id)) f.err('id', `expected lowercase letters, digits, '-' and '.', starting with a letter or digit, got ${describe(id)}`);
  const kind = f.oneOf('kind', Object.keys(KIND_FIELDS), true);
  f.oneOf('category', CATEGORIES, true);
  f.oneOf('severity', SEVERITIES, true);
  f.string('message', { required: true });
  f.string('note');
  f.url('link');
  f.stringList('suggestions');
  f.stringList('tags', { max: 100 });
  f.confidence('minConfidence');
  f.oneOf('override', OVERRIDE_MODES);
  f.allowList('exceptions');
  validateExamples(f, rule.examples);
  f.boolean('enabled');
  f.lang('lang');

  const kindOf = (field: string) => Object.keys(KIND_FIELDS).find((k) => KIND_FIELDS[k]?.includes(field));
  f.unknown([...COMMON_FIELDS, ...(kind ? (KIND_FIELDS[kind] ?? []) : Object.values(KIND_FIELDS).flat())], (field) => {
    const owner = kindOf(field);
    return owner && kind ? `only allowed on ${owner} rules (this rule is kind '${kind}')` : undefined;
  });

  switch (kind) {
    case 'terms':
      return validateTerms(f, rule);
    case 'regex':
      return validateRegex(f, rule);
    case 'phrase':
      return validatePhrase(f, rule);
    case 'detector':
      f.string('detector', { required: true, max: MAX_ID_CHARS });
      if (typeof rule.detector === 'string' && !ID_PATTERN.test(rule.detector)) f.err('detector', `expected a detector name such as 'pii.email', got ${describe(rule.detector)}`);
      if (rule.options !== undefined && !isObject(rule.options)) f.err('options', `expected a mapping of detector options, got ${describe(rule.options)}`);
      else if (rule.options !== undefined && depthOf(rule.options) > MAX_OPTIONS_DEPTH) {
        f.err('options', `nested more than ${MAX_OPTIONS_DEPTH} levels deep; detector options are a few plain settings`);
      }
      return;
    default:
      return;
  }
}

function validateExamples(rf: Fields, v: unknown): void {
  if (v === undefined) return;
  if (!isObject(v)) {
    rf.err('examples', `expected {flag: [...], pass: [...]}, got ${describe(v)}`);
    return;
  }
  const f = rf.sub('examples', v);
  f.unknown(['flag', 'pass']);
  f.stringList('flag');
  f.stringList('pass');
}

function validateTerms(f: Fields, rule: Obj): void {
  f.boolean('caseSensitive');
  f.boolean('evasion');
  f.boolean('hash');
  const hasTerms = rule.terms !== undefined;
  const hasHashed = rule.hashed !== undefined;
  if (hasTerms && hasHashed) f.err('hashed', 'a rule has either terms or hashed (from `pack build`), not both');
  if (!hasTerms && !hasHashed) {
    f.err('terms', 'missing; expected a list of words or phrases');
    return;
  }
  if (hasTerms) f.stringList('terms', { nonEmpty: true, max: MAX_TERM_CHARS, what: 'words or phrases' });
  if (!hasHashed) return;
  const h = rule.hashed;
  if (!isObject(h)) {
    f.err('hashed', `expected {salt, hashes, maxWords} as written by \`pack build\`, got ${describe(h)}`);
    return;
  }
  const hf = f.sub('hashed', h);
  hf.unknown(['salt', 'hashes', 'maxWords']);
  hf.string('salt', { required: true, max: 200 });
  if (hf.required('maxWords', `a whole number from 1 to ${MAX_HASHED_WORDS}`)) hf.integer('maxWords', 1, MAX_HASHED_WORDS);
  const hashes = hf.stringList('hashes', { required: true, nonEmpty: true, max: 64, what: 'hex SHA-256 hashes' });
  hashes?.forEach((x, i) => {
    if (!HASH_PATTERN.test(x)) hf.err(`hashes[${i}]`, `expected 64 lowercase hex digits (a SHA-256), got ${describe(x)}`);
  });
}

function validateRegex(f: Fields, rule: Obj): void {
  const pattern = f.string('pattern', { required: true, max: MAX_PATTERN_CHARS });
  const flags = f.flags('flags');
  f.stringList('keywords', { what: 'keywords' });
  const group = f.integer('group', 0);
  const v = rule.validate;
  if (v !== undefined && (typeof v !== 'string' || !VALIDATOR_PATTERN.test(v))) {
    f.err('validate', `expected one of luhn, iban, ssn, entropy:<min bits per character>, got ${describe(v)}`);
  }
  if (pattern === undefined || flags === undefined) return;
  const re = f.compiles('pattern', pattern, flags);
  if (!re || group === undefined) return;
  // An alternation with the empty string always matches, which reveals the number of capture groups.
  const groups = (new RegExp(`${pattern}|`, flags).exec('')?.length ?? 1) - 1;
  if (group > groups) f.err('group', `the pattern has ${groups} capture group${groups === 1 ? '' : 's'}; group ${group} does not exist`);
}

function validatePhrase(f: Fields, rule: Obj): void {
  const m = rule.match;
  if (m === undefined) {
    f.err('match', 'missing; expected a match expression or a list of them');
  } else if (typeof m === 'string') {
    if (!m.trim()) f.err('match', 'expected a non-empty match expression');
  } else {
    f.stringList('match', { nonEmpty: true, what: 'match expressions' });
  }
}
