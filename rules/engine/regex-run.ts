/**
 * Pattern rules: compile-time checks (flags, catastrophic backtracking, group, validator, keywords) and
 * running a pattern only on bounded windows around keyword hits, so no regex ever sees a whole long text.
 */
import { PackError, type Validator } from '../types';
import { RegexSyntaxError, parseRegex } from './regex-syntax';
import { catastrophicReason, requiredLiterals } from './regex-safety';
import { validatorError } from './validators';
import { foldChars } from './unicode-fold';

export interface CompiledRegex {
  re: RegExp;
  group: number;
  /** folded lower-case literals; null: the pattern runs on the whole text (in windows) */
  keywords: string[] | null;
  validate?: Validator;
}

export interface RegexMatch {
  start: number;
  end: number;
}

/** Half-width of the window around a keyword hit, and the cap on a merged window. */
export const WINDOW_RADIUS = 500;
export const MAX_WINDOW = 2000;

const ALLOWED_FLAGS = new Set(['i', 'u', 's', 'm']);

export interface RegexSpec {
  pattern: unknown;
  flags?: unknown;
  keywords?: unknown;
  group?: unknown;
  validate?: unknown;
}

/** `patternField` names the pattern in errors: `pattern` for a rule, `regex` for an `allow`/`exceptions` entry. */
export function compileRegex(spec: RegexSpec, ruleId: string | undefined, fieldPrefix = '', patternField = 'pattern'): CompiledRegex {
  const where = (field: string): { ruleId?: string; field: string } => {
    const name = fieldPrefix + (field === 'pattern' ? patternField : field);
    return ruleId ? { ruleId, field: name } : { field: name };
  };
  if (typeof spec.pattern !== 'string' || spec.pattern === '') throw new PackError('expected a non-empty regular expression', where('pattern'));
  const flags = spec.flags === undefined ? '' : spec.flags;
  if (typeof flags !== 'string') throw new PackError('expected a string of flags', where('flags'));
  for (const f of flags) {
    if (!ALLOWED_FLAGS.has(f)) throw new PackError(`flag '${f}' is not allowed: use any of i, u, s, m`, where('flags'));
  }
  if (new Set(flags).size !== flags.length) throw new PackError('a flag is repeated', where('flags'));
  const source = spec.pattern;
  let re: RegExp;
  try {
    re = new RegExp(source, `${flags}gd`);
  } catch (e) {
    throw new PackError(`not a valid JavaScript regular expression: ${(e as Error).message}`, where('pattern'));
  }
  let tree;
  try {
    tree = parseRegex(source, flags);
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw new PackError(`cannot analyse the pattern: ${e.message}`, where('pattern'));
    throw e;
  }
  const danger = catastrophicReason(tree);
  if (danger) throw new PackError(`refused: ${danger}`, where('pattern'));
  const groups = (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
  let group = 0;
  if (spec.group !== undefined) {
    if (typeof spec.group !== 'number' || !Number.isInteger(spec.group) || spec.group < 0 || spec.group > groups) {
      throw new PackError(`expected a capture group number from 0 to ${groups}`, where('group'));
    }
    group = spec.group;
  }
  let validate: Validator | undefined;
  if (spec.validate !== undefined) {
    const err = validatorError(spec.validate);
    if (err) throw new PackError(err, where('validate'));
    validate = spec.validate as Validator;
  }
  let keywords: string[] | null;
  if (spec.keywords !== undefined) {
    if (!Array.isArray(spec.keywords) || spec.keywords.some((k) => typeof k !== 'string' || foldChars(k).lower.trim() === '')) {
      throw new PackError('expected a list of non-empty strings', where('keywords'));
    }
    keywords = (spec.keywords as string[]).map((k) => foldChars(k).lower);
    if (!keywords.length) keywords = null;
  } else {
    keywords = requiredLiterals(tree)?.map((k) => foldChars(k).lower).filter((k) => k.length >= 2) ?? null;
    if (keywords && !keywords.length) keywords = null;
  }
  return validate ? { re, group, keywords, validate } : { re, group, keywords };
}

/** Windows of at most MAX_WINDOW chars around keyword hits [start, end) (original offsets), merged. */
export function windowsAround(hits: readonly RegexMatch[], length: number): RegexMatch[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: RegexMatch[] = [];
  for (const h of sorted) {
    const s = Math.max(0, h.start - WINDOW_RADIUS);
    const e = Math.min(length, h.end + WINDOW_RADIUS);
    const last = out[out.length - 1];
    if (last && s <= last.end && e - last.start <= MAX_WINDOW) last.end = Math.max(last.end, e);
    else out.push({ start: s, end: e });
  }
  return out;
}

/** Overlapping windows covering the whole text, for patterns without keywords. */
export function wholeTextWindows(length: number): RegexMatch[] {
  const out: RegexMatch[] = [];
  const size = 2 * WINDOW_RADIUS;
  const step = size - 200;
  for (let s = 0; ; s += step) {
    out.push({ start: s, end: Math.min(length, s + size) });
    if (s + size >= length) break;
  }
  return out;
}

function snap(text: string, i: number, forward: boolean): number {
  if (i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) return forward ? i + 1 : i - 1;
  return i;
}

/** Runs the pattern in each window; matches are de-duplicated and never split a surrogate pair. */
export function runInWindows(cr: CompiledRegex, text: string, windows: readonly RegexMatch[]): RegexMatch[] {
  const seen = new Set<string>();
  const out: RegexMatch[] = [];
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    cr.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cr.re.exec(slice)) !== null) {
      if (m[0] === '') {
        cr.re.lastIndex++;
        continue;
      }
      const span = m.indices?.[cr.group];
      if (!span) continue;
      const start = snap(text, w.start + span[0], false);
      const end = snap(text, w.start + span[1], true);
      if (end <= start) continue;
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end });
    }
  }
  return out;
}
