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

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function locate(text: string, offset: number): Located {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  const column = [...text.slice(lineStart, offset)].length + 1;
  return { line, column, lineStart, lineEnd };
}

/** The source line (or a window of it) and the caret line under [start, end). */
export function caretLines(text: string, start: number, end: number): [string, string] {
  const { lineStart, lineEnd } = locate(text, start);
  const stop = Math.max(start + 1, Math.min(end, lineEnd));
  const before = [...text.slice(lineStart, start)];
  const inside = [...text.slice(start, stop)];
  const after = [...text.slice(stop, lineEnd)];
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
  for (const f of findings) {
    const at = locate(text, f.start);
    out.push(oneLine(`${at.line}:${at.column}  ${f.severity.padEnd(5)}  ${f.category.padEnd(12)}  ${f.ruleId}  ${f.message}  (confidence ${f.confidence.toFixed(2)})`));
    const [shown, carets] = caretLines(text, f.start, f.end);
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
