/**
 * Applying a suggestion through the editor's own input path: select the span, then insertText, which the
 * browser turns into trusted beforeinput/input events that Draft.js, Lexical, Quill and ProseMirror all
 * handle as typing. The DOM is never edited directly. Where selection cannot be set safely (editors in
 * shadow roots), the suggestion is copied instead.
 */
import { readEditable, rangeFor } from '@/utils/content/text-model';

export type ApplyResult = 'replaced' | 'copied' | 'stale' | 'failed';

export async function applySuggestion(
  composer: HTMLElement,
  span: { start: number; end: number; match: string },
  replacement: string,
  mode: 'insert' | 'copy',
): Promise<ApplyResult> {
  if (mode === 'copy') return copy(replacement);
  if (composer instanceof HTMLTextAreaElement) {
    if (composer.value.slice(span.start, span.end) !== span.match) return 'stale';
    composer.focus();
    composer.setSelectionRange(span.start, span.end);
    if (document.execCommand('insertText', false, replacement)) return 'replaced';
    return copy(replacement);
  }
  const model = readEditable(composer);
  if (model.text.slice(span.start, span.end) !== span.match) return 'stale';
  const range = rangeFor(model, span.start, span.end);
  const selection = composer.ownerDocument.getSelection();
  if (!range || !selection) return copy(replacement);
  composer.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors sync their model from selectionchange, which fires asynchronously.
  await new Promise((r) => setTimeout(r, 0));
  if (document.execCommand('insertText', false, replacement)) return 'replaced';
  return copy(replacement);
}

async function copy(text: string): Promise<ApplyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
