/**
 * Keeps the pack in force: builtin:default until the organisation's pack has loaded, then the last good
 * pack. A failed update never replaces it; it is recorded in `lastError` for the popup.
 */
import type { PackSource, ResolvedPack, ResolvedRule } from '@/rules/types';
import type { PackStatus } from '@/utils/protocol/pack';
import { parsePack } from '@/rules/pack/parse';
import { fetchPack, type FetchPackDeps } from './fetch-pack';
import { packUpdateStateItem, type LastGoodPack, type PackUpdateState } from './pack-state';
import type { PackSourceConfig } from './pack-source-config';
import { resolveBuiltinDefault, resolveOrgPack, resolveTestPacks } from './resolve-in-force';
import { createSerialQueue } from '@/utils/settings/serial-queue';

export interface PackUpdaterDeps extends FetchPackDeps {
  /** read fresh each time: the policy may arrive seconds after start-up */
  config: () => Promise<PackSourceConfig>;
  /**
   * the configuration under the last known policy, for answering pages at once while the browser's
   * policy is still pending (utils/settings/known-policy.ts); default: `config`. Never used to fetch.
   */
  knownConfig?: () => Promise<PackSourceConfig>;
}

interface InForce {
  pack: ResolvedPack;
  source: PackStatus['source'];
  loadedAt?: number;
  serial?: number;
}

export function createPackUpdater(deps: PackUpdaterDeps) {
  const serial = createSerialQueue();
  let builtin: ResolvedPack | undefined;
  let cached: { key: string; inForce: InForce } | undefined;
  let testOverride: ResolvedPack | undefined;

  const builtinDefault = () => (builtin ??= resolveBuiltinDefault());

  // Only this updater writes the state, so a copy in memory stays true for the worker's lifetime and
  // pack:get (every page with a composer) does not deserialise the stored pack text each time.
  let stateCache: PackUpdateState | undefined;
  const readState = async () => (stateCache ??= await packUpdateStateItem.getValue());
  async function writeState(next: PackUpdateState): Promise<void> {
    stateCache = next;
    await packUpdateStateItem.setValue(next);
  }

  /**
   * The stored last good pack stays in force while a pack from the same kind of source is configured
   * (even when the address changed and the new one has not loaded yet), but not once keys are required
   * and it was never verified, not when the organisation no longer configures a pack, and never across
   * sources: a pack a person set in the options must not stand in for the policy's, nor its serial
   * block the policy's pack as a "downgrade".
   */
  function usable(lastGood: LastGoodPack | undefined, config: PackSourceConfig): lastGood is LastGoodPack {
    return !!lastGood && !!config.url && lastGood.source === config.source && (lastGood.signed || !config.requireSignature);
  }

  async function inForceFor(state: PackUpdateState, config: PackSourceConfig): Promise<InForce> {
    if (testOverride) return { pack: testOverride, source: 'options' };
    const lastGood = state.lastGood;
    if (!usable(lastGood, config)) return { pack: builtinDefault(), source: 'builtin' };
    const key = `${lastGood.url}\n${lastGood.loadedAt}\n${lastGood.etag ?? ''}`;
    if (cached?.key === key) return cached.inForce;
    try {
      // Re-validated, not re-verified: the text was verified when it was stored, and storage.local is ours.
      const pack = resolveOrgPack(parsePack(lastGood.text, lastGood.url));
      const inForce: InForce = { pack, source: lastGood.source, loadedAt: lastGood.loadedAt, serial: lastGood.serial };
      cached = { key, inForce };
      return inForce;
    } catch (err) {
      // An extension update may tighten validation; the stored pack then stops being good.
      const reason = `stored pack no longer loads: ${err instanceof Error ? err.message : String(err)}`;
      await writeState({ ...state, lastGood: undefined, lastError: { at: deps.now(), reason } });
      return { pack: builtinDefault(), source: 'builtin' };
    }
  }

  async function current(configOf = deps.config): Promise<{ inForce: InForce; state: PackUpdateState; config: PackSourceConfig }> {
    const [state, config] = await Promise.all([readState(), configOf()]);
    const inForce = await inForceFor(state, config);
    // re-read: a stored pack that no longer loads has just recorded why, and the popup must show it
    return { inForce, state: await readState(), config };
  }

  function statusOf({ inForce, state, config }: Awaited<ReturnType<typeof current>>): PackStatus {
    const status: PackStatus = {
      source: inForce.source,
      packId: inForce.pack.id,
      name: inForce.pack.name,
      version: inForce.pack.version,
      serial: inForce.serial ?? inForce.pack.serial,
      loadedAt: inForce.loadedAt,
      lastCheckedAt: state.lastCheckedAt,
      managedBy: config.managedBy,
    };
    if (state.lastError) status.lastError = state.lastError;
    return status;
  }

  async function get(): Promise<{ pack: ResolvedPack; status: PackStatus }> {
    const c = await current();
    return { pack: c.inForce.pack, status: statusOf(c) };
  }

  /** `get()` for answering a page: under the last known policy while the live one is pending. */
  async function getKnown(): Promise<{ pack: ResolvedPack; status: PackStatus }> {
    const c = await current(deps.knownConfig);
    return { pack: c.inForce.pack, status: statusOf(c) };
  }

  /** Look for a new pack now. Never throws: failures become `lastError`. */
  function refresh(): Promise<PackStatus> {
    return serial(async () => {
      const config = await deps.config();
      const state = await readState();
      if (!config.url) {
        // No organisation pack configured (any more): nothing to fetch, and no old error to show.
        if (state.lastError) await writeState({ ...state, lastError: undefined });
        return statusOf(await current());
      }
      const now = deps.now();
      let outcome;
      try {
        const previous = state.lastGood?.source === config.source ? state.lastGood : undefined;
        outcome = await fetchPack(config, previous, deps);
      } catch (err) {
        outcome = { kind: 'failed' as const, reason: `unexpected error: ${err instanceof Error ? err.message : String(err)}` };
      }
      let next: PackUpdateState;
      if (outcome.kind === 'loaded') next = { lastGood: outcome.lastGood, lastCheckedAt: now };
      else if (outcome.kind === 'unchanged') next = { ...state, lastError: undefined, lastCheckedAt: now };
      else {
        console.warn(`[draftguard] pack update from ${config.url} failed: ${outcome.reason}`);
        next = { ...state, lastError: { at: now, reason: outcome.reason }, lastCheckedAt: now };
      }
      await writeState(next);
      return statusOf(await current());
    });
  }

  async function findRule(ruleId: string): Promise<ResolvedRule | undefined> {
    return (await get()).pack.rules.find((r) => r.ruleId === ruleId);
  }

  /** Test builds only (see entrypoints/background/test-hook.ts). */
  function setTestOverride(packs: PackSource[] | undefined): void {
    testOverride = packs ? resolveTestPacks(packs) : undefined;
  }

  return {
    get,
    getKnown,
    status: async () => statusOf(await current()),
    knownStatus: async () => statusOf(await current(deps.knownConfig)),
    refresh,
    findRule,
    setTestOverride,
  };
}

export type PackUpdater = ReturnType<typeof createPackUpdater>;
