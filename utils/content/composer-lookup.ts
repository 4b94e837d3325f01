/**
 * Finding the compose box behind a focus event, through shadow roots. Shared by the tiny always-injected
 * script and the composer runtime: DOM-only, no imports beyond the adapter shape.
 */
import type { SiteAdapter } from '@/entrypoints/content/adapters/define';

export type ComposerElement = HTMLElement;

/** The element that really has focus: composedPath()[0], else recursive shadowRoot.activeElement. */
export function deepFocusTarget(event: Event): Element | null {
  const first = event.composedPath()[0];
  if (first instanceof Element) return first;
  return deepActiveElement(document);
}

export function deepActiveElement(root: Document | ShadowRoot): Element | null {
  let el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** closest() that climbs out of shadow roots into their hosts. */
export function closestComposed(start: Element, selector: string): Element | null {
  let el: Element | null = start;
  while (el) {
    const hit = el.closest(selector);
    if (hit) return hit;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** true when the editable element itself matches, or when it sits inside a matching host (Reddit). */
function matchesComposer(el: Element, adapter: SiteAdapter): boolean {
  if (el.matches(adapter.composerSelector)) return true;
  // Selectors such as `shreddit-composer [contenteditable]` cannot cross a shadow boundary: try the
  // last compound against the element and the rest against the host chain.
  const parts = adapter.composerSelector.split(',').map((s) => s.trim());
  for (const part of parts) {
    const space = part.lastIndexOf(' ');
    if (space < 0) continue;
    const host = part.slice(0, space).trim();
    const self = part.slice(space + 1).trim();
    if (el.matches(self) && closestComposed(el, host)) return true;
  }
  return false;
}

/** isContentEditable, with the attribute rule for DOMs that lack it (jsdom in unit tests). */
function contentEditable(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (typeof el.isContentEditable === 'boolean') return el.isContentEditable;
  const host = el.closest('[contenteditable]');
  return host !== null && host.getAttribute('contenteditable') !== 'false';
}

function isEditable(el: Element): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  return contentEditable(el);
}

/** The page asked writing tools to keep out (Grammarly's attributes, honoured by Harper too). */
export function optsOut(el: Element): boolean {
  return Boolean(closestComposed(el, '[data-gramm="false"], [data-enable-grammarly="false"], [data-draftguard="off"]'));
}

/**
 * The composer for a focused element, or null: the outermost editable ancestor that the adapter's
 * selector accepts. Password inputs and opted-out fields are never composers.
 */
export function findComposer(target: Element, adapter: SiteAdapter): ComposerElement | null {
  if (target instanceof HTMLInputElement) return null; // includes type=password: single-line fields are not posts
  let el: Element | null = target;
  let found: ComposerElement | null = null;
  while (el) {
    if (isEditable(el) && matchesComposer(el, adapter)) found = el;
    if (!contentEditable(el)) break;
    el = el.parentElement;
  }
  if (!found || optsOut(found)) return null;
  return found;
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement;
}
