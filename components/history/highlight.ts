/** Splits a stored text into plain and highlighted pieces; overlapping findings share one highlight. */
import { SEVERITY_RANK, type Severity } from '@/rules/types';
import type { StoredFinding } from '@/utils/db/tables/episodes';

export type Piece = { text: string; findings?: undefined } | { text: string; severity: Severity; findings: number[] };

export function highlightPieces(text: string, findings: readonly StoredFinding[]): Piece[] {
  const spans = findings
    .map((f, i) => ({ start: Math.max(0, Math.min(f.start, text.length)), end: Math.max(0, Math.min(f.end, text.length)), severity: f.severity, i }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let pos = 0;
  let cur: { start: number; end: number; severity: Severity; findings: number[] } | undefined;
  const flush = () => {
    if (!cur) return;
    pieces.push({ text: text.slice(cur.start, cur.end), severity: cur.severity, findings: cur.findings });
    pos = cur.end;
    cur = undefined;
  };
  for (const s of spans) {
    if (cur && s.start < cur.end) {
      cur.end = Math.max(cur.end, s.end);
      cur.findings.push(s.i);
      if (SEVERITY_RANK[s.severity] > SEVERITY_RANK[cur.severity]) cur.severity = s.severity;
      continue;
    }
    flush();
    if (s.start > pos) pieces.push({ text: text.slice(pos, s.start) });
    cur = { start: s.start, end: s.end, severity: s.severity, findings: [s.i] };
  }
  flush();
  if (pos < text.length) pieces.push({ text: text.slice(pos) });
  return pieces;
}
