/**
 * Anonymised counts for the organisation's endpoint. Nothing is counted, kept or sent unless there is
 * consent (the policy's `statsConsent` or the person's own yes) and an endpoint set by policy; when
 * consent goes away, everything not yet sent is deleted.
 */
import type { EpisodeReport } from '@/utils/protocol/episodes';
import { createSerialQueue } from '@/utils/settings/serial-queue';
import { endpointUrlProblem } from '@/utils/settings/endpoint-url';
import { addEpisodeCounts, type PackInForceForStats } from './aggregate';
import { rollOverPastDays } from './batches';
import { sendBatches } from './send-batches';
import { EMPTY_STATS, statsStateItem, type StatsState } from './stats-state';

export interface StatsConfig {
  consent: boolean;
  endpoint?: string;
  token?: string;
}

export interface StatsDeps {
  config: () => Promise<StatsConfig>;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
  extensionVersion: string;
}

const active = (c: StatsConfig): c is StatsConfig & { endpoint: string } => c.consent && !!c.endpoint && endpointUrlProblem(c.endpoint) === null;

export function createStats(deps: StatsDeps) {
  const serial = createSerialQueue();

  async function clearIfInactive(config: StatsConfig): Promise<boolean> {
    if (active(config)) return false;
    const state = await statsStateItem.getValue();
    if (!config.consent && (Object.keys(state.open).length || state.outbox.length)) await statsStateItem.setValue(EMPTY_STATS);
    return true;
  }

  function record(report: EpisodeReport, pack: PackInForceForStats): Promise<number> {
    return serial(async () => {
      if (await clearIfInactive(await deps.config())) return 0;
      const { state, counted } = addEpisodeCounts(await statsStateItem.getValue(), report, pack);
      if (counted) await statsStateItem.setValue(state);
      return counted;
    });
  }

  /** Batches whole past days and sends what is due. `now` lets a test build pretend the day is over. */
  function sync(opts: { now?: number; ignoreBackoff?: boolean } = {}): Promise<StatsState> {
    return serial(async () => {
      const config = await deps.config();
      if (!active(config)) {
        await clearIfInactive(config);
        return statsStateItem.getValue();
      }
      const now = opts.now ?? deps.now();
      let state = rollOverPastDays(await statsStateItem.getValue(), now, deps);
      if (opts.ignoreBackoff) state = { ...state, notBefore: 0 };
      // persisted before sending, so the batchIds survive a restart mid-send and a resend is a duplicate
      await statsStateItem.setValue(state);
      state = await sendBatches(state, { fetch: deps.fetch, now: deps.now, random: deps.random, endpoint: config.endpoint, token: config.token });
      await statsStateItem.setValue(state);
      return state;
    });
  }

  return { record, sync, state: () => statsStateItem.getValue() };
}

export type Stats = ReturnType<typeof createStats>;
