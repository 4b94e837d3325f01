/**
 * Boxes drawn over text where ranges cannot be highlighted: textareas (whose text has no DOM nodes), and
 * browsers without the Custom Highlight API. The boxes live in our own shadow root attached to <body>,
 * never inside the editor. For textareas a hidden mirror with the same metrics gives the text's rects.
 */
import type { Severity } from '@/rules/types';
import { OVERLAY_CSS } from './styles';

export interface Box {
  rect: DOMRect;
  severity: Severity;
}

const MIRRORED: readonly string[] = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-style',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing',
  'line-height', 'text-transform', 'word-spacing', 'text-indent', 'tab-size', 'direction', 'text-align',
  'white-space', 'word-break', 'overflow-wrap',
];

export class Overlay {
  readonly host = document.createElement('draftguard-overlay');
  private readonly layer: HTMLDivElement;
  private mirror: HTMLDivElement | null = null;

  constructor() {
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = document.createElement('div');
    shadow.append(style, this.layer);
  }

  draw(boxes: readonly Box[], clip: DOMRect): void {
    if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
    const frag = document.createDocumentFragment();
    for (const { rect, severity } of boxes) {
      const left = Math.max(rect.left, clip.left);
      const right = Math.min(rect.right, clip.right);
      const top = Math.max(rect.top, clip.top);
      const bottom = Math.min(rect.bottom, clip.bottom);
      if (right <= left || bottom <= top) continue;
      const div = document.createElement('div');
      div.className = `box ${severity}`;
      div.dataset.severity = severity;
      div.style.cssText = `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`;
      frag.append(div);
    }
    this.layer.replaceChildren(frag);
  }

  /** Client rects of each [start, end) span of a textarea's value, measured on a mirror. */
  textareaRects(ta: HTMLTextAreaElement, spans: readonly { start: number; end: number }[]): DOMRect[][] {
    if (!this.host.isConnected) (document.body ?? document.documentElement).append(this.host);
    if (!this.mirror) {
      this.mirror = document.createElement('div');
      this.mirror.className = 'mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      this.layer.before(this.mirror);
    }
    const m = this.mirror;
    const cs = getComputedStyle(ta);
    m.style.cssText = MIRRORED.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    const r = ta.getBoundingClientRect();
    m.style.left = `${r.left}px`;
    m.style.top = `${r.top}px`;
    m.style.width = `${r.width}px`;
    m.style.height = `${r.height}px`;
    m.style.whiteSpace = 'pre-wrap';
    const text = ta.value;
    const marks: (HTMLSpanElement | null)[] = spans.map(() => null);
    const frag = document.createDocumentFragment();
    let at = 0;
    const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
    for (const { s, i } of order) {
      if (s.start < at) continue; // overlaps the previous span: its text is already boxed
      frag.append(text.slice(at, s.start));
      const span = document.createElement('span');
      span.textContent = text.slice(s.start, s.end);
      frag.append(span);
      marks[i] = span;
      at = s.end;
    }
    // a trailing newline needs a character after it to take up a line
    frag.append(text.slice(at) + '\u200b');
    m.replaceChildren(frag);
    m.scrollTop = ta.scrollTop;
    m.scrollLeft = ta.scrollLeft;
    return marks.map((span) => (span ? [...span.getClientRects()] : []));
  }

  clear(): void {
    this.layer.replaceChildren();
  }

  remove(): void {
    this.host.remove();
  }
}
