/**
 * Masking, applied before anything is written (utils/db/episodes.ts).
 *
 * - `masked` (default): every finding's matched text, and every other occurrence of it in the draft
 *   (case-insensitively), is replaced by MASK. Overlapping or touching spans become one MASK, so the mask
 *   reveals neither the secret's length nor how many findings overlapped. Finding offsets are moved
 *   onto the masked text. Messages and the override reason have every matched text redacted too: a
 *   message built from `{match}` quotes the secret.
 * - `none`: no draft text; messages and the reason are redacted the same way.
 * - `full`: stored as reported.
 */
import type { EpisodeFinding, EpisodeReport } from '@/utils/protocol/episodes';
import type { HistoryTextMode } from '@/utils/protocol/settings';
import type { StoredFinding } from '@/utils/db/tables/episodes';

export const MASK = '•••';

interface Span {
  start: number;
  end: number;
}

export interface MaskedEpisode {
  text: string | null;
  findings: StoredFinding[];
  overrideReason?: string;
}

/** Start offsets of every occurrence of `needle` in `haystack`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  // Lower-casing can change a string's length (e.g. 'İ'); only then fall back to an exact search, so
  // offsets found in the folded copy are always valid in the original.
  const folded = haystack.toLowerCase();
  const foldedNeedle = needle.toLowerCase();
  const safe = folded.length === haystack.length && foldedNeedle.length === needle.length;
  const h = safe ? folded : haystack;
  const n = safe ? foldedNeedle : needle;
  const found: number[] = [];
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) found.push(i);
  return found;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The distinct non-empty matched texts of the findings, longest first (so redaction takes the longest):
 * each span's text, and the match as the content script saw it (a finding edited away has no span).
 */
export function matchedTexts(text: string, findings: readonly (Span & { match?: string })[]): string[] {
  const set = new Set<string>();
  for (const f of findings) {
    for (const m of [text.slice(f.start, f.end), f.match ?? '']) if (m.trim() !== '') set.add(m);
  }
  return [...set].sort((a, b) => b.length - a.length);
}

/** Replace every occurrence of each matched text in `s` with MASK. */
export function redact(s: string, matches: readonly string[]): string {
  let out = s;
  for (const m of matches) {
    const spans = mergeSpans(occurrences(out, m).map((start) => ({ start, end: start + m.length })));
    out = replaceSpans(out, spans).text;
  }
  return out;
}

function replaceSpans(text: string, merged: readonly Span[]): { text: string; newStarts: number[] } {
  let out = '';
  let pos = 0;
  const newStarts: number[] = [];
  for (const s of merged) {
    out += text.slice(pos, s.start);
    newStarts.push(out.length);
    out += MASK;
    pos = s.end;
  }
  return { text: out + text.slice(pos), newStarts };
}

/** Where a finding lands in the masked text: a non-empty finding lies inside one merged span, and becomes that MASK. */
function mapSpan(f: Span, merged: readonly Span[], newStarts: readonly number[]): Span {
  const empty = f.start === f.end;
  let delta = 0;
  for (let i = 0; i < merged.length; i++) {
    const s = merged[i]!;
    const ns = newStarts[i]!;
    const inside = empty ? f.start > s.start && f.start < s.end : f.start >= s.start && f.end <= s.end;
    if (inside) return { start: ns, end: empty ? ns : ns + MASK.length };
    if (s.end > f.start) break;
    delta = ns + MASK.length - s.end;
  }
  return { start: f.start + delta, end: f.end + delta };
}

function storedFinding(f: EpisodeFinding, message: string, start: number, end: number): StoredFinding {
  // Built field by field: anything else a report carries (a stray `match`, an `explain`) is not kept.
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    start,
    end,
    message,
    outcome: f.outcome,
  };
}

export function maskEpisode(report: EpisodeReport, mode: HistoryTextMode): MaskedEpisode {
  const reason = report.overrideReason;
  if (mode === 'full') {
    return {
      text: report.text,
      findings: report.findings.map((f) => storedFinding(f, f.message, f.start, f.end)),
      ...(reason !== undefined ? { overrideReason: reason } : {}),
    };
  }
  const matches = matchedTexts(report.text, report.findings);
  const redactedReason = reason !== undefined ? { overrideReason: redact(reason, matches) } : {};
  if (mode === 'none') {
    return {
      text: null,
      findings: report.findings.map((f) => storedFinding(f, redact(f.message, matches), f.start, f.end)),
      ...redactedReason,
    };
  }
  const spans: Span[] = report.findings.map((f) => ({ start: f.start, end: f.end }));
  for (const m of matches) for (const start of occurrences(report.text, m)) spans.push({ start, end: start + m.length });
  const merged = mergeSpans(spans);
  const { text, newStarts } = replaceSpans(report.text, merged);
  return {
    text,
    findings: report.findings.map((f) => {
      const at = mapSpan(f, merged, newStarts);
      return storedFinding(f, redact(f.message, matches), at.start, at.end);
    }),
    ...redactedReason,
  };
}
