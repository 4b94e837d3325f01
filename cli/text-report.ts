/**
 * `check --format text`: one finding per line with its position, then the source line and a caret line
 * under the match. Columns are counted in characters (code points), and the caret line copies tabs and
 * gives wide (CJK, emoji) characters two cells, so the carets land under the match in a terminal.
 */
import type { Finding } from '../rules/types';

/** Lines longer than this are shown as a window around the match. */
const CONTEXT_CHARS = 60;

/** Zero-width in a terminal: combining marks, format characters (ZWJ, ZWSP, bidi marks), variation selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Control characters are never printed raw: a draft could hold terminal escape sequences. */
const CONTROL = /^[\p{Cc}]$/u;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** One character as shown, and what goes under it in the caret line when it is (not) matched. */
function cell(ch: string): { shown: string; blank: string; width: number } {
  if (ch === '\t') return { shown: '\t', blank: '\t', width: 1 };
  if (CONTROL.test(ch)) return { shown: '\uFFFD', blank: ' ', width: 1 };
  if (ZERO_WIDTH.test(ch)) return { shown: ch, blank: '', width: 0 };
  const w = isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return { shown: ch, blank: ' '.repeat(w), width: w };
}

export interface Located {
  line: number;
  column: number;
  lineStart: number;
  lineEnd: number;
}

/**
 * Positions in one text. Built once per report, so a long draft with thousands of findings is not read
 * again from its start for each one: line breaks and surrogate pairs are indexed, then every lookup is a
 * binary search.
 */
export class LineIndex {
  /** offsets of '\n' */
  private readonly breaks: number[] = [];
  /** offsets of the second half of each surrogate pair (one code point, two code units) */
  private readonly pairs: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.breaks.push(i);
      else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
        const h = text.charCodeAt(i - 1);
        if (h >= 0xd800 && h <= 0xdbff) this.pairs.push(i);
      }
    }
  }

  /** 1-based line and column (in code points) of a UTF-16 offset. */
  locate(offset: number): Located {
    const before = countBelow(this.breaks, offset); // line breaks before offset
    const lineStart = before ? (this.breaks[before - 1] ?? -1) + 1 : 0;
    let lineEnd = this.breaks[before] ?? this.text.length;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\r') lineEnd--;
    return { line: before + 1, column: this.codePoints(lineStart, offset) + 1, lineStart, lineEnd };
  }

  /** Code points in [from, to): code units less the pairs whose second half lies after `from`. */
  codePoints(from: number, to: number): number {
    return to - from - (countBelow(this.pairs, to) - countBelow(this.pairs, from + 1));
  }
}

/** How many entries of the sorted list are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function locate(text: string, offset: number): Located {
  return new LineIndex(text).locate(offset);
}

/**
 * Code units read on each side of a match: enough for CONTEXT_CHARS code points and a '…', so a long
 * line is never copied whole for each finding.
 */
const CONTEXT_UNITS = 2 * CONTEXT_CHARS + 4;

/** The source line (or a window of it) and the caret line under [start, end). */
export function caretLines(text: string, start: number, end: number, index: LineIndex = new LineIndex(text)): [string, string] {
  const { lineStart, lineEnd } = index.locate(start);
  const stop = Math.max(start + 1, Math.min(end, lineEnd));
  const from = Math.max(lineStart, start - CONTEXT_UNITS);
  const to = Math.min(lineEnd, stop + CONTEXT_UNITS);
  // A window that starts inside a surrogate pair drops the half; cut windows always hold > CONTEXT_CHARS.
  const before = [...text.slice(from, start)].filter((ch, i) => !(i === 0 && from > lineStart && /^[\uDC00-\uDFFF]$/.test(ch)));
  const inside = [...text.slice(start, stop)];
  const after = [...text.slice(stop, to)];
  const head = before.length > CONTEXT_CHARS ? ['…', ...before.slice(-CONTEXT_CHARS)] : before;
  const tail = after.length > CONTEXT_CHARS ? [...after.slice(0, CONTEXT_CHARS), '…'] : after;
  let shown = '';
  let carets = '';
  for (const ch of head) {
    const c = cell(ch);
    shown += c.shown;
    carets += c.blank;
  }
  for (const ch of inside) {
    const c = cell(ch);
    shown += c.shown;
    carets += c.shown === '\t' ? '^' : '^'.repeat(c.width);
  }
  for (const ch of tail) shown += cell(ch).shown;
  // A match on a line break alone (or on zero-width characters) still gets one caret.
  if (!/\^/.test(carets)) carets += '^';
  return [shown, carets];
}

/** Text from the draft (a message holds `{match}`) or a pack, on one terminal line: no control characters. */
function oneLine(text: string): string {
  return text.replace(/\p{Cc}/gu, '\uFFFD');
}

export function formatTextReport(text: string, findings: readonly Finding[]): string {
  if (!findings.length) return 'no findings\n';
  const out: string[] = [];
  const index = new LineIndex(text);
  for (const f of findings) {
    const at = index.locate(f.start);
    out.push(oneLine(`${at.line}:${at.column}  ${f.severity.padEnd(5)}  ${f.category.padEnd(12)}  ${f.ruleId}  ${f.message}  (confidence ${f.confidence.toFixed(2)})`));
    const [shown, carets] = caretLines(text, f.start, f.end, index);
    out.push(`    ${shown}`, `    ${carets}`);
    if (f.note) out.push(oneLine(`    why: ${f.note}`));
    if (f.suggestions?.length) out.push(oneLine(`    try: ${f.suggestions.join(' | ')}`));
    if (f.explain) out.push(oneLine(`    how: ${f.explain}`));
    if (f.link) out.push(oneLine(`    see: ${f.link}`));
  }
  const by = (s: string) => findings.filter((f) => f.severity === s).length;
  const counts = ['block', 'warn', 'info'].map((s) => [s, by(s)] as const).filter(([, n]) => n > 0);
  out.push(`${findings.length} finding${findings.length === 1 ? '' : 's'} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`);
  return out.join('\n') + '\n';
}
