/**
 * How each finding of one composer episode ended (admin-endpoint.md outcomes). An episode runs from the
 * first check of a composer until it is posted or abandoned; a finding seen during it ends as
 * `dismissed` ("not a problem"), `edited` (gone before the end), or `posted` / `discarded` (still there).
 */
import type { Finding } from '@/rules/types';
import type { EpisodeFinding, Outcome } from '@/utils/protocol/episodes';
import { silenceKey } from './findings';

interface Seen {
  finding: Finding;
  present: boolean;
  dismissed: boolean;
}

export class EpisodeTracker {
  private seen = new Map<string, Seen>();
  /** when the first finding of the current episode was seen (ms since epoch) */
  startedAt: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** The findings of the latest check (before personal filters, so dismissals stay visible here). */
  update(findings: readonly Finding[]): void {
    for (const s of this.seen.values()) s.present = false;
    for (const f of findings) {
      const key = silenceKey(f);
      const s = this.seen.get(key);
      if (s) {
        s.finding = f;
        s.present = true;
      } else {
        this.startedAt ??= this.now();
        this.seen.set(key, { finding: f, present: true, dismissed: false });
      }
    }
  }

  dismiss(f: Finding): void {
    const s = this.seen.get(silenceKey(f));
    if (s) s.dismissed = true;
  }

  get hasFindings(): boolean {
    return this.seen.size > 0;
  }

  /** The outcome of every finding seen, and forget them: the next keystroke starts a new episode. */
  end(how: 'posted' | 'discarded'): EpisodeFinding[] {
    const out: EpisodeFinding[] = [];
    for (const { finding: f, present, dismissed } of this.seen.values()) {
      const outcome: Outcome = dismissed ? 'dismissed' : present ? how : 'edited';
      // A finding no longer in the draft has no span in the final text: its old offsets would point at
      // other words. Report an empty span and its match, so history can still redact it everywhere.
      const [start, end] = present ? [f.start, f.end] : [0, 0];
      out.push({ ruleId: f.ruleId, category: f.category, severity: f.severity, confidence: f.confidence, start, end, message: f.message, outcome, match: f.match });
    }
    this.seen.clear();
    this.startedAt = null;
    return out;
  }
}
