/** Pure helpers over findings, shared by the composer runtime and the popup; unit-tested in jsdom. */
import { SEVERITY_RANK, type Finding, type Severity } from '@/rules/types';
import type { Settings } from '@/utils/protocol/settings';

export type BadgeSeverity = Severity | 'none';

/** A personal allow-list or "ignore once" may only silence rules whose override is `allow`. */
export function canSilence(f: Pick<Finding, 'severity' | 'override'>): boolean {
  return f.severity !== 'block' || (f.override ?? 'allow') === 'allow';
}

export function silenceKey(f: Pick<Finding, 'ruleId' | 'match'>): string {
  return `${f.ruleId}\u0000${f.match.toLowerCase()}`;
}

export function applyPersonalFilters(findings: Finding[], allowList: Settings['allowList'], ignoredOnce: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => {
    if (!canSilence(f)) return true;
    if (ignoredOnce.has(silenceKey(f))) return false;
    const m = f.match.toLowerCase();
    return !allowList.some((a) => (a.ruleId === '*' || a.ruleId === f.ruleId) && a.text.toLowerCase() === m);
  });
}

export function highestSeverity(findings: readonly Pick<Finding, 'severity'>[]): BadgeSeverity {
  let best: BadgeSeverity = 'none';
  for (const f of findings) if (best === 'none' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** The override that governs the second look: the strictest among the block findings. */
export function strictestOverride(findings: readonly Pick<Finding, 'severity' | 'override'>[]): 'allow' | 'reason' | 'deny' | null {
  const order = { allow: 0, reason: 1, deny: 2 } as const;
  let best: 'allow' | 'reason' | 'deny' | null = null;
  for (const f of findings) {
    if (f.severity !== 'block') continue;
    const o = f.override ?? 'allow';
    if (best === null || order[o] > order[best]) best = o;
  }
  return best;
}

/** The sentence around [start, end) in `text`, for the popup's page check. */
export function sentenceAround(text: string, start: number, end: number, max = 240): string {
  const stops = /[.!?\n]/;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1]!) && start - a < max) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b]!) && b - end < max) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}
