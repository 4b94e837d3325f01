import { compilePack, createChecker, type Checker, type CompiledPack } from '../../rules/index';
import type { AllowEntry, ResolvedPack, ResolvedRule, Rule } from '../../rules/types';

type RuleInput = Omit<Rule, 'category' | 'severity' | 'message'> & Partial<Pick<Rule, 'category' | 'severity' | 'message'>> & Record<string, unknown>;

export function rule(input: RuleInput, packId = 'acme'): ResolvedRule {
  return {
    category: 'confidential',
    severity: 'block',
    message: "'{match}' is flagged.",
    ...input,
    ruleId: `${packId}.${input.id}`,
    packId,
  } as ResolvedRule;
}

export function pack(rules: ResolvedRule[], extra: { allow?: AllowEntry[]; policyUrl?: string } = {}): ResolvedPack {
  return {
    id: 'acme',
    name: 'Acme social media policy',
    version: '2026.11.2',
    lang: 'en',
    rules,
    allow: extra.allow ?? [],
    warnings: [],
    ...(extra.policyUrl ? { policyUrl: extra.policyUrl } : {}),
  };
}

export function checkerFor(rules: ResolvedRule[], extra: { allow?: AllowEntry[]; policyUrl?: string } = {}): Checker {
  return createChecker(compilePack(pack(rules, extra)));
}

export function compiled(rules: ResolvedRule[]): CompiledPack {
  return compilePack(pack(rules));
}

/** The spec's example codename rules. */
export const CODENAMES: ResolvedRule[] = [
  rule({ id: 'codenames', kind: 'terms', terms: ['Project Bluebird', 'Bluebird', 'Kestrel AI'], tags: ['codename'], message: "'{match}' is an internal codename.", note: 'Unreleased projects are not named in public before launch.', suggestions: ['our upcoming product'], link: 'https://intranet.acme.example/policies/social-media#codenames' }),
  rule({ id: 'codename-kestrel', kind: 'terms', caseSensitive: true, terms: ['Kestrel'], message: "'{match}' is an internal codename." }),
];

export function matches(c: Checker, text: string, ruleId?: string): string[] {
  return c
    .check(text)
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => f.match);
}
