/**
 * The managed policy for answering pages quickly. Right after the browser starts, Chrome answers
 * storage.managed only once its policy service is ready (~4 s; docs/content-script-performance.md),
 * and every page that asks for the pack or settings would wait that long. So the last policy read is
 * kept in storage.local, and until this worker's first managed read answers, `known()` answers from it.
 *
 * Only answers to pages (pack:get, pack:status, settings:get) use it. What acts on the policy (fetching
 * the pack, sending stats, locks on settings writes, script registration) reads the live policy and
 * waits for it, so a cached policy never sends data, and never unlocks a setting, that the live one would
 * not. Once the live read answers it wins: if it differs from the cached one that pages were answered
 * from, `onReplaced` listeners run (the background then applies it as any policy change).
 */
import { storage } from 'wxt/utils/storage';
import type { ParsedPolicy } from './managed-policy';
import { createSerialQueue } from './serial-queue';

/** Without `unreadable`: a read that failed is not worth remembering. */
export type StoredPolicy = Pick<ParsedPolicy, 'policy' | 'problems'>;

export const lastPolicyItem = storage.defineItem<StoredPolicy | null>('local:lastManagedPolicy', { fallback: null });

const samePolicy = (a: StoredPolicy, b: StoredPolicy) => JSON.stringify(a.policy) === JSON.stringify(b.policy);

export function createKnownPolicy(readLive: () => Promise<ParsedPolicy>) {
  /** a managed read has answered in this worker: from then on the live policy is as quick as the cache */
  let answered = false;
  /** the cached policy answers were given from, until the first live read settles it */
  let servedFromCache: StoredPolicy | null = null;
  /** what storage.local holds, once read, so an unchanged policy costs no write */
  let stored: StoredPolicy | null | undefined;
  let firstRead: Promise<ParsedPolicy> | undefined;
  const listeners = new Set<() => void>();
  // answers that arrive together are remembered in the order they arrived
  const serial = createSerialQueue();

  async function readStored(): Promise<StoredPolicy | null> {
    return (stored ??= await lastPolicyItem.getValue());
  }

  async function remember(parsed: ParsedPolicy): Promise<void> {
    if (parsed.unreadable) return;
    const next: StoredPolicy = { policy: parsed.policy, problems: parsed.problems };
    try {
      if (JSON.stringify(await readStored()) === JSON.stringify(next)) return;
      stored = next;
      await lastPolicyItem.setValue(next);
    } catch (err) {
      // only the next start's speed depends on it: never fail a policy read for it
      stored = undefined;
      console.warn('[draftguard] could not keep the managed policy for the next start:', err);
    }
  }

  /** The managed policy as the browser answers it now (waits at start-up). */
  async function live(): Promise<ParsedPolicy> {
    const parsed = await readLive();
    const served = answered ? null : servedFromCache;
    answered = true;
    servedFromCache = null;
    if (served && !samePolicy(served, parsed)) for (const listener of listeners) listener();
    await serial(() => remember(parsed));
    return parsed;
  }

  /**
   * The live policy once it has answered in this worker, else the one cached from an earlier read;
   * with no cache (the first start ever) it waits for the live read, as before there was a cache.
   */
  async function known(): Promise<ParsedPolicy> {
    if (answered) return live();
    // one live read in flight settles the cache for every answer given from it meanwhile
    firstRead ??= live();
    let cached: StoredPolicy | null;
    try {
      cached = await readStored();
    } catch {
      cached = null;
    }
    // the live read may have answered while storage.local was read: then it wins
    if (answered || !cached) return firstRead;
    servedFromCache = cached;
    return { policy: cached.policy, problems: cached.problems };
  }

  /** `listener` runs when the live policy turns out to differ from a cached one that was answered. */
  function onReplaced(listener: () => void): void {
    listeners.add(listener);
  }

  return { live, known, onReplaced };
}

export type KnownPolicy = ReturnType<typeof createKnownPolicy>;
