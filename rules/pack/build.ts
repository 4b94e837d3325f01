/**
 * `pack build`: turns an authored pack into the file every browser downloads. Confidential term lists
 * are replaced by salted hashes so the pack does not itself leak the codenames it protects; everything
 * else is copied as is, and the caller writes it with canonicalJson.
 */
import { buildHashedTerms } from '../engine/hashed-terms';
import { normalizeTerm } from '../engine/normalize';
import { PackError, type HashedTerms, type PackSource, type Rule, type TermsRule } from '../types';
import { PackIssues, type Issue } from './issues';
import { termMatcher } from './leak-check';
import { MAX_HASHED_WORDS } from './limits';

export { canonicalJson } from './canonical-json';

export interface BuildOptions {
  /** one salt for the whole pack; random (128 bits) when absent */
  salt?: string;
  file?: string;
}

export function randomSalt(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Confidential terms are hashed unless `hash: false`; other categories only when asked with `hash: true`. */
function shouldHash(rule: Rule): rule is TermsRule & { terms: string[] } {
  return rule.kind === 'terms' && (rule.hash ?? rule.category === 'confidential') && Array.isArray(rule.terms);
}

/** Terms this short fall to a dictionary or brute-force search of the salted hashes in seconds. */
export const GUESSABLE_TERM_LETTERS = 8;

/** The terms `buildPack` would hash that are short enough to guess, by rule id, for a warning. */
export function guessableTerms(src: PackSource): { ruleId: string; terms: string[] }[] {
  return src.rules.filter(shouldHash).flatMap((rule) => {
    const short = rule.terms.filter((t) => t.replace(/[^\p{L}\p{N}]/gu, '').length <= GUESSABLE_TERM_LETTERS);
    return short.length ? [{ ruleId: rule.id, terms: short }] : [];
  });
}

export function buildPack(src: PackSource, opts: BuildOptions = {}): PackSource {
  const salt = opts.salt ?? randomSalt();
  const pack = structuredClone(src);
  const secret: string[] = [];
  pack.rules = pack.rules.map((rule) => {
    if (!shouldHash(rule)) return rule;
    const { terms, examples: _examples, hash: _hash, ...rest } = rule;
    secret.push(...terms);
    return { ...rest, hashed: hashTerms(rule, terms, salt, opts.file) };
  });
  const leaks = findLeaks(pack, secret);
  if (leaks.length) throw new PackIssues(leaks, opts.file);
  return pack;
}

function hashTerms(rule: TermsRule, terms: string[], salt: string, file?: string): HashedTerms {
  // Checked term by term first, so a problem names the term's place in the list the author wrote.
  terms.forEach((term, i) => {
    const words = normalizeTerm(term, { caseSensitive: rule.caseSensitive ?? false, evasion: rule.evasion !== false }).split(' ').filter(Boolean).length;
    if (words > MAX_HASHED_WORDS) {
      throw new PackError(
        `has ${words} words; a hashed term has at most ${MAX_HASHED_WORDS} (shorten it, or keep the rule in clear with hash: false)`,
        { file, ruleId: rule.id, field: `terms[${i}]` },
      );
    }
  });
  try {
    return buildHashedTerms(terms, { caseSensitive: rule.caseSensitive ?? false, evasion: rule.evasion !== false, salt });
  } catch (e) {
    // The hasher knows the term but not the rule: put the rule (and file) into the message.
    if (e instanceof PackError && !e.details.ruleId) {
      const prefix = PackError.format('', e.details);
      const index = terms.findIndex((t) => e.message.includes(`'${t}'`));
      const field = index >= 0 ? `terms[${index}]` : (e.details.field ?? 'terms');
      throw new PackError(prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, { file, ruleId: rule.id, field });
    }
    throw e;
  }
}

/** Rule fields that hold a fixed vocabulary (or, for `hashed`, the hashes themselves), never free text. */
const VOCABULARY_FIELDS = new Set(['format', 'kind', 'category', 'severity', 'override', 'flags', 'validate', 'lang', 'extends', 'hashed']);

/**
 * Every clear text of the built pack that mentions a hashed term, named by rule and field: ids, names,
 * messages, notes, suggestions (what the spec names), and also everything else that ships in clear
 * (examples of clear rules, exceptions, the allow list, other rules' clear terms, patterns, tags, links,
 * detector options, the ids in `disable` and `overrides`), since a codename leaks from any of them.
 */
function findLeaks(pack: PackSource, secret: readonly string[]): Issue[] {
  if (!secret.length) return [];
  const m = termMatcher(secret);
  const issues: Issue[] = [];
  const check = (text: string, field: string, ruleId: string | undefined, path: (string | number)[]) => {
    const term = m.find(text);
    if (term !== undefined) {
      issues.push({ message: `mentions the hashed term '${term}', which would then travel in clear; reword it, or keep that term's rule in clear with hash: false`, ruleId, field, path });
    }
  };
  const walk = (value: unknown, field: string, ruleId: string | undefined, path: (string | number)[]): void => {
    if (typeof value === 'string') check(value, field, ruleId, path);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${field}[${i}]`, ruleId, [...path, i]));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, field ? `${field}.${k}` : k, ruleId, [...path, k]);
    }
  };
  for (const [key, value] of Object.entries(pack)) {
    if (VOCABULARY_FIELDS.has(key)) continue;
    if (key === 'rules') {
      pack.rules.forEach((rule, i) => {
        for (const [field, v] of Object.entries(rule)) if (!VOCABULARY_FIELDS.has(field)) walk(v, field, rule.id, ['rules', i, field]);
      });
    } else if (key === 'overrides') {
      for (const [id, change] of Object.entries(pack.overrides ?? {})) {
        check(id, 'overrides', id, ['overrides', id]);
        walk(change, 'overrides', id, ['overrides', id]);
      }
    } else walk(value, key, undefined, [key]);
  }
  return issues;
}
