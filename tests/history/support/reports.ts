import type { EpisodeFinding, EpisodeReport } from '@/utils/protocol/episodes';

/** A report whose findings are located by their matched text, so tests read like the draft. */
export function reportFor(text: string, spans: (Partial<EpisodeFinding> & { match: string; nth?: number })[], extra: Partial<EpisodeReport> = {}): EpisodeReport {
  const findings: EpisodeFinding[] = spans.map(({ match, nth = 0, ...rest }) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(match, start + 1);
    if (start < 0) throw new Error(`"${match}" not in "${text}"`);
    return {
      ruleId: 'acme.codenames',
      category: 'confidential',
      severity: 'block',
      confidence: 1,
      start,
      end: start + match.length,
      message: `"${match}" is an internal codename`,
      outcome: 'posted',
      ...rest,
    };
  });
  return { episodeId: `ep-${Math.random().toString(36).slice(2)}`, at: Date.UTC(2026, 10, 20, 12), site: 'x', packId: 'acme', packVersion: '1.0.0', text, findings, ...extra };
}
