// @vitest-environment jsdom
/**
 * Reading a contenteditable as the engine sees it, on the markup each editor really produces, and
 * mapping offsets back to DOM ranges that cover exactly the finding's text.
 */
import { describe, expect, it } from 'vitest';
import { readEditable, rangeFor } from '@/utils/content/text-model';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readEditable', () => {
  it('joins Draft.js blocks with one newline and drops its placeholder <br> in empty blocks', () => {
    const el = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hello </span></span><span><span data-text="true">world</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Bluebird</span></span></div></div>' +
        '</div>',
    );
    expect(readEditable(el).text).toBe('Hello world\n\nBluebird');
  });

  it('reads Quill and Lexical paragraphs, with an empty line kept as one', () => {
    expect(readEditable(editor('<p>one</p><p><br></p><p>two</p>')).text).toBe('one\n\ntwo');
  });

  it('counts a <br> inside a line as a newline, but not a trailing one (ProseMirror, Lexical)', () => {
    expect(readEditable(editor('<p>a<br>b</p>')).text).toBe('a\nb');
    expect(readEditable(editor('<p>a<br><br class="ProseMirror-trailingBreak"></p><p>c</p>')).text).toBe('a\n\nc');
    expect(readEditable(editor('<p>end<br></p>')).text).toBe('end');
  });

  it('reads the browser default contenteditable markup (text then <div> lines)', () => {
    expect(readEditable(editor('first<div>second</div><div><br></div><div>fourth</div>')).text).toBe('first\nsecond\n\nfourth');
  });

  it('flattens nested blocks (lists) to one line each and skips style and script', () => {
    expect(readEditable(editor('<p>x</p><ul><li>a</li><li>b</li></ul><style>p{}</style><p>y</p>')).text).toBe('x\na\nb\ny');
  });
});

describe('rangeFor', () => {
  it('covers exactly the text at the offsets, across element boundaries', () => {
    const el = editor('<p>Launching <b>Blue</b>bird soon</p><p>second line with Kestrel</p>');
    const model = readEditable(el);
    const cases = ['Bluebird', 'Kestrel', 'Launching', 'soon\nsecond'];
    for (const word of cases) {
      const start = model.text.indexOf(word);
      const range = rangeFor(model, start, start + word.length)!;
      // Range.toString() has no block separators: compare without them
      expect(range.toString()).toBe(word.replace('\n', ''));
    }
  });

  it('keeps offsets in UTF-16 code units (emoji before the match)', () => {
    const el = editor('<p>😀 hi Bluebird</p>');
    const model = readEditable(el);
    const start = model.text.indexOf('Bluebird');
    expect(start).toBe(6);
    expect(rangeFor(model, start, start + 8)!.toString()).toBe('Bluebird');
  });

  it('returns null for an empty editor', () => {
    expect(rangeFor(readEditable(editor('<p><br></p>')), 0, 0)).toBeNull();
  });
});
