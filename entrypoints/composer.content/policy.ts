/**
 * The pack and settings in force for this page, fetched once from the background when a composer is
 * first focused, and the person's own filters (allow-list, "ignore once") applied to findings.
 */
import { compilePack, type CompiledPack } from '@/rules/engine/compile';
import { createChecker, type Checker } from '@/rules/engine/checker';
import { sendToBackground } from '@/utils/protocol';
import type { PackStatus } from '@/utils/protocol/pack';
import type { EffectiveSettings } from '@/utils/protocol/settings';

export interface Policy {
  compiled: CompiledPack;
  packId: string;
  packVersion: string;
  status: PackStatus;
  settings: EffectiveSettings;
  newChecker(): Checker;
}

/** Test builds leave timing marks the browser suite reads (the page could see them, so never in production). */
export function testMark(name: string): void {
  if (import.meta.env.MODE === 'test') performance.mark(`draftguard:${name}`);
}

export async function loadPolicy(): Promise<Policy> {
  testMark('policy-requested');
  const [{ pack, status }, settings] = await Promise.all([sendToBackground('pack:get', {}), sendToBackground('settings:get', {})]);
  testMark('policy-received');
  const compiled = compilePack(pack);
  testMark('policy-compiled');
  return {
    compiled,
    packId: pack.id,
    packVersion: pack.version,
    status,
    settings,
    newChecker: () => createChecker(compiled),
  };
}
