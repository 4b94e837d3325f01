/** Pack distribution (owned by the background's pack updater). */
import type { ResolvedPack } from '@/rules/types';

export interface PackStatus {
  /** where the pack in force came from */
  source: 'builtin' | 'url' | 'options';
  packId: string;
  name: string;
  version: string;
  serial?: number;
  /** when the pack in force was loaded (ms since epoch) */
  loadedAt?: number;
  /** the last update attempt that failed, kept until an update succeeds */
  lastError?: { at: number; reason: string };
  lastCheckedAt?: number;
  /** host of the pack URL or stats endpoint when set by enterprise policy */
  managedBy?: string;
}

export interface PackMessages {
  /** the resolved pack in force (the content script compiles it) and its status */
  'pack:get': { req: Record<string, never>; res: { pack: ResolvedPack; status: PackStatus } };
  'pack:status': { req: Record<string, never>; res: PackStatus };
  /** look for a new pack now */
  'pack:refresh': { req: Record<string, never>; res: PackStatus };
}
