/**
 * `pack build`: turns an authored pack into the file every browser downloads. Confidential term lists
 * are replaced by salted hashes so the pack does not itself leak the codenames it protects; everything
 * else is copied as is, and the caller writes it with canonicalJson.
 */
import { buildHashedTerms } from '../engine/hashed-terms';
import { PackError, type HashedTerms, type PackSource, type Rule, type TermsRule } from '../types';
import { PackIssues, type Issue } from './issues';
import { termMatcher } from './leak-check';

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
  try {
    return buildHashedTerms(terms, { caseSensitive: rule.caseSensitive ?? false, salt });
  } catch (e) {
    // The hasher knows the term but not the rule: put the rule (and file) into the message.
    if (e instanceof PackError && !e.details.ruleId) {
      const prefix = PackError.format('', e.details);
      throw new PackError(prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, { file, ruleId: rule.id, field: e.details.field ?? 'terms' });
    }
    throw e;
  }
}

/** Every clear text of the built pack that mentions a hashed term, named by rule and field. */
function findLeaks(pack: PackSource, secret: readonly string[]): Issue[] {
  if (!secret.length) return [];
  const m = termMatcher(secret);
  const issues: Issue[] = [];
  const check = (text: string | undefined, field: string, ruleId?: string) => {
    const term = text === undefined ? undefined : m.find(text);
    if (term !== undefined) {
      issues.push({ message: `mentions the hashed term '${term}', which would then travel in clear; reword it`, ruleId, field });
    }
  };
  check(pack.id, 'id');
  check(pack.name, 'name');
  pack.rules.forEach((rule) => {
    check(rule.id, 'id', rule.id);
    check(rule.message, 'message', rule.id);
    check(rule.note, 'note', rule.id);
    rule.suggestions?.forEach((s, i) => check(s, `suggestions[${i}]`, rule.id));
    // Examples of rules that stay in clear ship too: a codename in one of them leaks just the same.
    rule.examples?.flag?.forEach((s, i) => check(s, `examples.flag[${i}]`, rule.id));
    rule.examples?.pass?.forEach((s, i) => check(s, `examples.pass[${i}]`, rule.id));
  });
  for (const [id, o] of Object.entries(pack.overrides ?? {})) {
    check(o.message, 'overrides.message', id);
    check(o.note, 'overrides.note', id);
  }
  return issues;
}
