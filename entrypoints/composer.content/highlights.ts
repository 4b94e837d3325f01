/**
 * Drawing findings with the CSS Custom Highlight API: ranges over the editor's own text nodes, styled by
 * ::highlight() rules. The editor's DOM is never touched; one Highlight per severity is shared by every
 * composer on the page.
 */
import type { Severity } from '@/rules/types';
import { HIGHLIGHT_CSS } from './styles';

export const HIGHLIGHT_NAMES: Readonly<Record<Severity, string>> = {
  info: 'draftguard-info',
  warn: 'draftguard-warn',
  block: 'draftguard-block',
};
const PRIORITY: Readonly<Record<Severity, number>> = { info: 0, warn: 1, block: 2 };

export type RangesBySeverity = Record<Severity, Range[]>;

/** Set when the API exists but refused our ranges (e.g. wrappers across worlds): use the overlay. */
let refused = false;

export function hasHighlightApi(): boolean {
  if (refused) return false;
  // test builds can take the fallback path on Chromium (Firefox before 140 has no API)
  if (import.meta.env.MODE === 'test' && document.documentElement.hasAttribute('data-draftguard-test-no-highlight-api')) return false;
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private perOwner = new Map<object, RangesBySeverity>();
  private styled = new WeakSet<Node>();
  private styleEl: HTMLStyleElement | null = null;
  private sheet: CSSStyleSheet | null = null;

  /** false when the browser refused the ranges; the caller then draws overlay boxes instead */
  set(owner: object, ranges: RangesBySeverity, scope: Node): boolean {
    try {
      this.ensureStyle(scope);
      this.perOwner.set(owner, ranges);
      this.flush();
      return true;
    } catch {
      refused = true;
      this.perOwner.delete(owner);
      return false;
    }
  }

  delete(owner: object): void {
    if (this.perOwner.delete(owner)) this.flush();
  }

  private flush(): void {
    for (const sev of ['info', 'warn', 'block'] as const) {
      const all: Range[] = [];
      for (const r of this.perOwner.values()) all.push(...r[sev]);
      if (all.length === 0) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[sev]);
        continue;
      }
      const h = new Highlight(...all);
      h.priority = PRIORITY[sev];
      CSS.highlights.set(HIGHLIGHT_NAMES[sev], h);
    }
  }

  /**
   * ::highlight() rules only style elements in the tree scope of their stylesheet, so a composer inside
   * a shadow root (Reddit) needs the rules adopted there too. Adopted sheets add no DOM nodes.
   */
  private ensureStyle(scope: Node): void {
    const root = scope.getRootNode();
    if (root instanceof ShadowRoot) {
      if (this.styled.has(root)) return;
      this.sheet ??= makeSheet();
      if (this.sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.styled.add(root);
      return;
    }
    if (this.styleEl?.isConnected) return;
    this.styleEl = document.createElement('style');
    this.styleEl.dataset.draftguard = 'highlights';
    this.styleEl.textContent = HIGHLIGHT_CSS;
    (document.head ?? document.documentElement).append(this.styleEl);
  }

  dispose(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights?.delete(name);
    this.perOwner.clear();
    this.styleEl?.remove();
  }
}

function makeSheet(): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    return sheet;
  } catch {
    return null;
  }
}
