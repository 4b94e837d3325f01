/**
 * Holding a post that has a block finding. Capture-phase listeners on window run before any of the
 * site's handlers (React and Lit listen lower down), so a held click or Ctrl/Cmd+Enter never reaches the
 * site. "Post anyway" replays the same gesture once, with a one-shot bypass.
 */
import type { SiteAdapter } from '@/entrypoints/content/adapters/define';
import { closestComposed } from '@/utils/content/composer-lookup';

/** The element's parent, crossing out of a shadow root into its host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function containsComposed(ancestor: Element, node: Element): boolean {
  let n: Element | null = node;
  while (n) {
    if (ancestor.contains(n)) return true;
    const root: Node = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

function isButtonLike(el: Element): boolean {
  return el.matches('button, [role="button"], input[type="submit"]');
}

export function isPostButton(el: Element, adapter: SiteAdapter): boolean {
  if (el.matches(adapter.postButtonSelector)) return true;
  const texts = adapter.postButtonTexts;
  if (!texts || !isButtonLike(el)) return false;
  const label = (el.textContent ?? '').trim().toLowerCase();
  return texts.some((t) => t.toLowerCase() === label);
}

/** The post button in a composed path (the click may land on an icon inside the button). */
export function postButtonInPath(path: readonly EventTarget[], adapter: SiteAdapter): Element | null {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    if (isPostButton(t, adapter)) return t;
    if (t === document.body) break;
  }
  return null;
}

/** The post button that belongs to a composer: the first one found climbing from the composer. */
export function postButtonFor(composer: Element, adapter: SiteAdapter, maxLevels = 14): Element | null {
  let el = composedParent(composer);
  for (let i = 0; el && i < maxLevels; i++, el = composedParent(el)) {
    const direct = el.querySelector(adapter.postButtonSelector);
    if (direct) return direct;
    if (adapter.postButtonTexts) {
      for (const b of el.querySelectorAll('button, [role="button"]')) if (isPostButton(b, adapter)) return b;
    }
    if (el === document.body) break;
  }
  return null;
}

/** The composer (among those watched) that a post button belongs to: the nearest one up the tree. */
export function composerForButton<T extends { el: Element }>(button: Element, sessions: Iterable<T>): T | null {
  const list = [...sessions];
  for (let el: Element | null = button; el; el = composedParent(el)) {
    const inside = list.filter((s) => containsComposed(el!, s.el));
    if (inside.length === 1) return inside[0]!;
    // several composers share this ancestor (X's home timeline and an open dialog): the focused one wins
    if (inside.length > 1) return inside.find((s) => s.el === document.activeElement || closestComposed(s.el, ':focus-within')) ?? inside[0]!;
  }
  return null;
}

export type SubmitGesture = { kind: 'click'; button: Element } | { kind: 'key'; init: KeyboardEventInit; target: Element };

export function isSubmitKey(e: KeyboardEvent, adapter: SiteAdapter, hasPostButton: boolean): boolean {
  if (e.key !== 'Enter' || e.isComposing || e.altKey || e.shiftKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (mod) return adapter.submitKeys.includes('mod+enter');
  // plain Enter sends only in chat-like boxes, which have no separate post button
  return adapter.submitKeys.includes('enter') && !hasPostButton;
}

/** Replays a held gesture so that the site's own post happens, once. */
export function replay(g: SubmitGesture): void {
  if (g.kind === 'click') {
    (g.button as HTMLElement).click();
    return;
  }
  g.target.dispatchEvent(new KeyboardEvent('keydown', { ...g.init, bubbles: true, cancelable: true, composed: true }));
  g.target.dispatchEvent(new KeyboardEvent('keyup', { ...g.init, bubbles: true, cancelable: true, composed: true }));
}
