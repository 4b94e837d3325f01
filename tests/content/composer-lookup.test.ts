// @vitest-environment jsdom
/** Which focused element is a composer, per adapter: shadow roots, opt-outs, passwords. */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/entrypoints/content/adapters';
import { adapterForPage } from '@/entrypoints/content/adapters';
import { closestComposed, findComposer } from '@/utils/content/composer-lookup';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('findComposer', () => {
  it('finds the Draft.js root from a text span inside it (X)', () => {
    const root = mount('<div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"><div data-block="true"><span data-text="true">hi</span></div></div>');
    const span = root.querySelector('[data-text]')!;
    expect(findComposer(span, ADAPTERS.x)).toBe(root.querySelector('[data-testid="tweetTextarea_0"]'));
  });

  it('finds an editor two shadow roots deep under shreddit-composer (Reddit)', () => {
    const root = mount('<form><shreddit-composer></shreddit-composer></form>');
    const outer = root.querySelector('shreddit-composer')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('rte-editor');
    outer.append(inner);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    inner.attachShadow({ mode: 'open' }).append(editable);
    expect(closestComposed(editable, 'shreddit-composer')).toBe(root.querySelector('shreddit-composer'));
    expect(findComposer(editable, ADAPTERS.reddit)).toBe(editable);
    // the same element outside shreddit-composer is not Reddit's composer
    const stray = document.createElement('div');
    stray.setAttribute('contenteditable', 'true');
    document.body.append(stray);
    expect(findComposer(stray, ADAPTERS.reddit)).toBeNull();
  });

  it('skips fields that opt out of writing tools, and password inputs', () => {
    const root = mount(
      '<textarea id="a"></textarea><div data-gramm="false"><textarea id="b"></textarea></div>' +
        '<textarea id="c" data-enable-grammarly="false"></textarea><input id="d" type="password"><textarea id="e" readonly></textarea>',
    );
    const by = (id: string) => root.querySelector(`#${id}`)!;
    expect(findComposer(by('a'), ADAPTERS.generic)).toBe(by('a'));
    expect(findComposer(by('b'), ADAPTERS.generic)).toBeNull();
    expect(findComposer(by('c'), ADAPTERS.generic)).toBeNull();
    expect(findComposer(by('d'), ADAPTERS.generic)).toBeNull();
    expect(findComposer(by('e'), ADAPTERS.generic)).toBeNull();
  });

  it('ignores editors the adapter does not cover (a search box on LinkedIn)', () => {
    const root = mount('<div contenteditable="true" class="search"></div><div class="ql-editor" contenteditable="true"><p>x</p></div>');
    expect(findComposer(root.querySelector('.search')!, ADAPTERS.linkedin)).toBeNull();
    expect(findComposer(root.querySelector('.ql-editor p')!, ADAPTERS.linkedin)).toBe(root.querySelector('.ql-editor'));
  });
});

describe('adapterForPage', () => {
  it('picks the adapter by host, then recognises a Mastodon instance, else generic', () => {
    expect(adapterForPage('x.com', document).id).toBe('x');
    expect(adapterForPage('mobile.twitter.com', document).id).toBe('x');
    expect(adapterForPage('www.threads.net', document).id).toBe('threads');
    expect(adapterForPage('fosstodon.org', document).id).toBe('mastodon');
    mount('<div id="mastodon" data-props="{}"></div>');
    expect(adapterForPage('social.example.org', document).id).toBe('mastodon');
    mount('<p>forum</p>');
    expect(adapterForPage('forum.example.com', document).id).toBe('generic');
    expect(adapterForPage('notx.com', document).id).toBe('generic');
  });
});
