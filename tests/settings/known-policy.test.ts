import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createKnownPolicy, lastPolicyItem } from '@/utils/settings/known-policy';
import type { ParsedPolicy } from '@/utils/settings/managed-policy';

/** Managed reads the test answers by hand: pending until `answer`, then answered at once (as Chrome does). */
function pendingReads() {
  const waiting: ((p: ParsedPolicy) => void)[] = [];
  let current: ParsedPolicy | undefined;
  return {
    read: () => (current ? Promise.resolve(current) : new Promise<ParsedPolicy>((resolve) => waiting.push(resolve))),
    answer(p: ParsedPolicy) {
      current = p;
      for (const resolve of waiting.splice(0)) resolve(p);
    },
    get pending() {
      return waiting.length;
    },
  };
}

const A: ParsedPolicy = { policy: { packUrl: 'https://a.example/p' }, problems: [] };
const B: ParsedPolicy = { policy: { packUrl: 'https://a.example/p', disabledSites: ['x'] }, problems: [] };

beforeEach(() => fakeBrowser.reset());

describe('known policy', () => {
  it('answers from the cache while the read is pending, then calls back once if the live policy differs', async () => {
    await lastPolicyItem.setValue(A);
    const reads = pendingReads();
    const known = createKnownPolicy(reads.read);
    const replaced = vi.fn();
    known.onReplaced(replaced);
    expect(await known.known()).toEqual(A);
    expect(await known.known()).toEqual(A);
    expect(reads.pending).toBe(1); // one live read settles every answer given meanwhile
    reads.answer(B);
    expect(await known.live()).toBe(B);
    expect(replaced).toHaveBeenCalledTimes(1);
    expect(await lastPolicyItem.getValue()).toEqual(B);
    // from now on, the live policy
    expect(await known.known()).toBe(B);
    expect(replaced).toHaveBeenCalledTimes(1);
  });

  it('does not call back when the live policy is the cached one, or when nothing was answered from the cache', async () => {
    await lastPolicyItem.setValue(A);
    const reads = pendingReads();
    const known = createKnownPolicy(reads.read);
    const replaced = vi.fn();
    known.onReplaced(replaced);
    await known.known();
    reads.answer(A);
    await known.live();
    expect(replaced).not.toHaveBeenCalled();

    const other = createKnownPolicy(async () => B); // a live-only worker (no page asked early)
    other.onReplaced(replaced);
    await other.live();
    expect(replaced).not.toHaveBeenCalled();
  });

  it('waits for the live read when there is no cache', async () => {
    const reads = pendingReads();
    const known = createKnownPolicy(reads.read);
    let answered: ParsedPolicy | undefined;
    const answer = known.known().then((p) => (answered = p));
    // every queued callback runs (no time passes): the answer is still held by the pending read
    for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
    expect(reads.pending).toBe(1);
    expect(answered).toBeUndefined();
    reads.answer(A);
    expect(await answer).toBe(A);
  });

  it('does not remember a read that failed, so the next start still has the last good policy', async () => {
    await lastPolicyItem.setValue(A);
    const known = createKnownPolicy(async () => ({ policy: {}, problems: ['managed policy could not be read: boom'], unreadable: true }));
    expect((await known.live()).unreadable).toBe(true);
    expect(await lastPolicyItem.getValue()).toEqual(A);
  });
});
