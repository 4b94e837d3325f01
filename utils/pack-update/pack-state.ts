/** What the pack updater keeps in storage.local across restarts. */
import { storage } from 'wxt/utils/storage';

export interface LastGoodPack {
  /** the exact text that was verified and validated; re-parsed on start-up */
  text: string;
  url: string;
  etag?: string;
  packId: string;
  serial?: number;
  loadedAt: number;
  /** whether a signature was verified when it loaded (a pack loaded before keys were set is not) */
  signed: boolean;
  source: 'url' | 'options';
}

export interface PackUpdateState {
  lastGood?: LastGoodPack;
  lastError?: { at: number; reason: string };
  lastCheckedAt?: number;
}

export const packUpdateStateItem = storage.defineItem<PackUpdateState>('local:packUpdate', { fallback: {} });
