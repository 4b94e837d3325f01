// @vitest-environment jsdom
/**
 * The in-page UI without a browser: the badge's contract attributes and panel actions, and the confirm
 * step's override modes. The browser suite covers the same on real editors; these fail fast.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/rules/types';
import { Badge } from '@/entrypoints/composer.content/badge';
import { confirmPost } from '@/entrypoints/composer.content/confirm';

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'p.r', category: 'confidential', severity: 'block', confidence: 1, start: 0, end: 8, match: 'Bluebird', message: 'Codename', ...over };
}

afterEach(() => document.body.replaceChildren());

describe('Badge', () => {
  const actions = () => ({ apply: vi.fn(), ignoreOnce: vi.fn(), notAProblem: vi.fn(), returnFocus: vi.fn(), suggestionMode: 'insert' as const });

  it('carries the contract attributes and announces the count', () => {
    const badge = new Badge('x', actions());
    badge.place(new DOMRect(10, 10, 300, 100));
    expect(document.querySelector('draftguard-badge')).toBe(badge.host);
    expect([badge.host.dataset.count, badge.host.dataset.severity, badge.host.dataset.site]).toEqual(['0', 'none', 'x']);
    badge.update([finding({ severity: 'warn' }), finding({ severity: 'block', ruleId: 'p.b' })]);
    expect([badge.host.dataset.count, badge.host.dataset.severity]).toEqual(['2', 'block']);
    expect(badge.host.shadowRoot!.querySelector('[aria-live]')!.textContent).toBe('2 DraftGuard findings');
  });

  it('offers suggestions, "ignore once" and "not a problem" only where the rule allows them', () => {
    const a = actions();
    const badge = new Badge('x', a);
    const allow = finding({ suggestions: ['our product'] });
    const deny = finding({ ruleId: 'p.deny', override: 'deny' });
    badge.update([allow, deny]);
    badge.toggle(true);
    const items = [...badge.host.shadowRoot!.querySelectorAll<HTMLElement>('.item')];
    expect(items.map((i) => [...i.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action')))).toEqual([
      ['suggest', 'ignore-once', 'not-a-problem'],
      [],
    ]);
    items[0]!.querySelector<HTMLButtonElement>('[data-action="suggest"]')!.click();
    items[0]!.querySelector<HTMLButtonElement>('[data-action="not-a-problem"]')!.click();
    expect(a.apply).toHaveBeenCalledWith(allow, 'our product');
    expect(a.notAProblem).toHaveBeenCalledWith(allow);
  });

  it('hides itself when the composer is not visible', () => {
    const badge = new Badge('reddit', actions());
    badge.place(new DOMRect(0, 0, 0, 0));
    expect(badge.host.style.display).toBe('none');
  });
});

describe('confirmPost', () => {
  const dialog = () => document.querySelector('draftguard-confirm')!.shadowRoot!;

  it('allow: "post anyway" answers post; "edit" answers edit', async () => {
    const answer = confirmPost([finding({})]);
    dialog().querySelector<HTMLButtonElement>('[data-action="post"]')!.click();
    await expect(answer).resolves.toEqual({ action: 'post' });
    expect(document.querySelector('draftguard-confirm')).toBeNull();
    const again = confirmPost([finding({})]);
    dialog().querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await expect(again).resolves.toEqual({ action: 'edit' });
  });

  it('reason: posting stays disabled until a reason is typed, and the reason is returned', async () => {
    const answer = confirmPost([finding({}), finding({ ruleId: 'p.r2', override: 'reason' })]);
    const post = dialog().querySelector<HTMLButtonElement>('[data-action="post"]')!;
    const field = dialog().querySelector<HTMLTextAreaElement>('[data-field="reason"]')!;
    expect(post.disabled).toBe(true);
    field.value = 'approved by legal';
    field.dispatchEvent(new Event('input'));
    expect(post.disabled).toBe(false);
    post.click();
    await expect(answer).resolves.toEqual({ action: 'post', reason: 'approved by legal' });
  });

  it('deny: there is no way to post, and warnings do not change that', async () => {
    const answer = confirmPost([finding({ override: 'deny' }), finding({ severity: 'warn', ruleId: 'p.w' })]);
    expect(dialog().querySelector('[data-action="post"]')).toBeNull();
    expect(dialog().querySelectorAll('li')).toHaveLength(1);
    dialog().querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await expect(answer).resolves.toEqual({ action: 'edit' });
  });
});
