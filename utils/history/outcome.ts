/**
 * An episode's outcome is its most decisive finding outcome, in this order:
 * posted > dismissed > edited > discarded > warned.
 * Why: `posted` means risky text went out, which is what a reviewer most needs to see; `dismissed` is
 * the person's explicit "not a problem"; `edited` is a fix; `discarded` means nothing was published;
 * `warned` only says the composer was still open.
 */
import type { Category, Severity } from '@/rules/types';
import { CATEGORIES, SEVERITY_RANK } from '@/rules/types';
import type { Outcome } from '@/utils/protocol/episodes';

export const OUTCOMES: readonly Outcome[] = ['posted', 'dismissed', 'edited', 'discarded', 'warned'];

const DECISIVENESS: Readonly<Record<Outcome, number>> = { posted: 4, dismissed: 3, edited: 2, discarded: 1, warned: 0 };

export function isOutcome(v: unknown): v is Outcome {
  return typeof v === 'string' && (OUTCOMES as readonly string[]).includes(v);
}

export function episodeOutcome(findings: readonly { outcome: Outcome }[]): Outcome {
  let best: Outcome = 'warned';
  for (const f of findings) if (DECISIVENESS[f.outcome] > DECISIVENESS[best]) best = f.outcome;
  return best;
}

export function highestSeverity(findings: readonly { severity: Severity }[]): Severity {
  let best: Severity = 'info';
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** Distinct categories in the fixed CATEGORIES order, so equal sets compare equal. */
export function findingCategories(findings: readonly { category: Category }[]): Category[] {
  const present = new Set(findings.map((f) => f.category));
  return CATEGORIES.filter((c) => present.has(c));
}
