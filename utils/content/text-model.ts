/**
 * Reads a contenteditable's text without touching it, and maps text offsets back to DOM positions.
 *
 * The text is what the engine checks, so the rules below define the offsets every finding uses:
 * - text nodes contribute their data;
 * - `<br>` is '\n', except a trailing `<br>` at the end of a block, which editors (Quill, Lexical,
 *   ProseMirror, Draft.js) add only to keep an empty line visible;
 * - a block boundary (p, div, li, headings…) is one '\n' between blocks, none before the first or after
 *   the last.
 * Tag names decide what is a block: asking for computed styles on every keystroke would cost layout.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface TextSegment {
  node: Text;
  /** offset of the node's first code unit in the model's text */
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
}

export function readEditable(root: Node): TextModel {
  let text = '';
  const segments: TextSegment[] = [];
  let started = false; // something (content or a block) has begun, so a later block needs a separator
  let needBreak = false; // a block ended: the next content or block starts on a new line
  let lineHasContent = false;
  let pendingBr = false; // a <br> that counts only if more content follows in the same block

  const newline = () => {
    text += '\n';
    lineHasContent = false;
  };
  const beforeContent = () => {
    if (needBreak && started) newline();
    needBreak = false;
    if (pendingBr) {
      newline();
      pendingBr = false;
    }
    started = true;
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        beforeContent();
        segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
        text += data;
        lineHasContent = true;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          beforeContent();
          pendingBr = true;
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          if ((needBreak && started) || lineHasContent) newline();
          needBreak = false;
          pendingBr = false;
          started = true;
          walk(el);
          pendingBr = false;
          needBreak = true;
        } else {
          walk(el);
        }
      }
    }
  };
  walk(root);
  return { text, segments };
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * A DOM point for a text offset. `affinity: 'start'` prefers the node the offset begins (a finding's
 * start), 'end' the node it closes (a finding's end), so ranges never swallow a neighbouring break.
 */
export function pointAt(model: TextModel, offset: number, affinity: 'start' | 'end'): DomPoint | null {
  const segs = model.segments;
  if (segs.length === 0) return null;
  let lo = 0;
  let hi = segs.length - 1;
  // first segment whose end is >= offset (end affinity) or > offset (start affinity)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid]!;
    if (affinity === 'start' ? seg.end <= offset : seg.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const seg = segs[lo]!;
  if (affinity === 'start') {
    if (offset >= seg.end) return { node: seg.node, offset: seg.node.data.length };
    return { node: seg.node, offset: Math.max(0, offset - seg.start) };
  }
  if (offset < seg.start) {
    const prev = segs[lo - 1];
    return prev ? { node: prev.node, offset: prev.node.data.length } : { node: seg.node, offset: 0 };
  }
  return { node: seg.node, offset: Math.min(seg.node.data.length, offset - seg.start) };
}

export function rangeFor(model: TextModel, start: number, end: number, doc: Document = document): Range | null {
  const a = pointAt(model, start, 'start');
  const b = pointAt(model, end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
