/**
 * Strict validation of a `draftguard.stats/1` batch (shared/spec/admin-endpoint.md). Everything the
 * server stores passes through here, so anything not in the contract is refused rather than ignored:
 * an unknown field is the likeliest place for an identifier or a piece of text to leak in.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../rules/types';
import type { Outcome } from '../utils/protocol/episodes';
import { addDays, isDay, retentionCutoff } from './dates';
import { DEDUPE_WINDOW_DAYS, oldestAcceptedNewestDay } from './retention';

export const STATS_SCHEMA = 'draftguard.stats/1';
export const OUTCOMES = ['edited', 'posted', 'dismissed', 'discarded', 'warned'] as const satisfies readonly Outcome[];

/** The extension keeps at most 90 days of batches, so one batch never needs more days than this. */
export const MAX_DAYS_PER_BATCH = 92;
/** Rows across all days of a batch: far above one browser's real day, far below what would stall a commit. */
export const MAX_ROWS_PER_BATCH = 5_000;
/** A count above this from one browser for one day and one cell is not a real count. */
export const MAX_COUNT = 1_000_000;

export interface CountRow {
  day: string;
  site: string;
  category: Category;
  ruleId: string;
  severity: Severity;
  outcome: Outcome;
  packVersion: string;
  n: number;
}

export interface StatsBatch {
  batchId: string;
  extensionVersion: string;
  packId: string;
  packVersion: string;
  /** flattened: one row per count, each carrying its day and the batch's pack version */
  rows: CountRow[];
}

export type Validation = { ok: true; batch: StatsBatch } | { ok: false; error: string };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What the pack format allows (rules/pack/validate.ts: ids up to 100 characters, version any text up to
// 100): a pack that validates must never make every browser's batches bounce off this server.
const PACK_ID_RE = /^[a-z0-9][a-z0-9.-]{0,99}$/;
const SITE_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
// `<pack id>.<rule id>`, exactly the shape the extension allows itself to send (utils/stats/stats-vocabulary.ts),
// so a batch it builds is never refused for a rule id.
const RULE_ID_RE = /^[a-z0-9][a-z0-9.-]{0,99}\.[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const EXT_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
// Pack versions are "any string" (up to 100 characters) in the pack format: any text but control
// characters, not blank. The dashboard escapes it.
const PACK_VERSION_RE = {
  test(v: string): boolean {
    if (v.length < 1 || v.length > 100 || !v.trim()) return false;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
    }
    return true;
  },
};

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function object(v: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (!isObject(v)) fail(`${path}: expected an object`);
  for (const k of Object.keys(v)) if (!keys.includes(k)) fail(`${path ? `${path}.` : ''}${k}: unknown field`);
  for (const k of keys) if (!Object.hasOwn(v, k)) fail(`${path ? `${path}.` : ''}${k}: required`);
  return v;
}

function string(v: unknown, path: string, re: { test(v: string): boolean }, what: string): string {
  if (typeof v !== 'string') fail(`${path}: expected a string`);
  if (!re.test(v)) fail(`${path}: ${what}`);
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(`${path}: expected one of ${allowed.join(', ')}`);
  return v as T;
}

function count(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(`${path}: expected a whole number`);
  if (v < 0) fail(`${path}: must not be negative`);
  if (v > MAX_COUNT) fail(`${path}: above ${MAX_COUNT}`);
  return v;
}

export interface ValidationContext {
  /** today's UTC day on the server */
  today: string;
  retentionDays: number;
}

/**
 * Days in the future are refused: the extension sends a day only after it ends. One day of slack
 * covers time zones ahead of UTC and a browser clock a little fast.
 */
export function validateStats(body: unknown, ctx: ValidationContext): Validation {
  try {
    return { ok: true, batch: parse(body, ctx) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

function parse(body: unknown, ctx: ValidationContext): StatsBatch {
  if (!isObject(body)) fail('body: expected a JSON object');
  if (body.schema !== STATS_SCHEMA) {
    fail(typeof body.schema === 'string' ? `schema: unknown schema, expected ${STATS_SCHEMA}` : 'schema: required, a string');
  }
  const top = object(body, '', ['schema', 'batchId', 'extensionVersion', 'pack', 'days']);
  const batchId = string(top.batchId, 'batchId', UUID_RE, 'expected a UUID').toLowerCase();
  const extensionVersion = string(top.extensionVersion, 'extensionVersion', EXT_VERSION_RE, 'expected a version such as 1.0.0');
  const pack = object(top.pack, 'pack', ['id', 'version']);
  const packId = string(pack.id, 'pack.id', PACK_ID_RE, 'expected a pack id (lowercase letters, digits, . and -)');
  const packVersion = string(pack.version, 'pack.version', PACK_VERSION_RE, 'expected 1 to 100 characters, no control characters');

  const days = top.days;
  if (!Array.isArray(days)) fail('days: expected an array');
  if (days.length === 0) fail('days: must not be empty');
  if (days.length > MAX_DAYS_PER_BATCH) fail(`days: too many days (at most ${MAX_DAYS_PER_BATCH})`);

  const oldest = retentionCutoff(ctx.today, ctx.retentionDays);
  const newest = addDays(ctx.today, 1);
  const rows: CountRow[] = [];
  let seenRows = 0;
  let newestDay = '';
  days.forEach((d: unknown, i: number) => {
    const dayPath = `days[${i}]`;
    const entry = object(d, dayPath, ['day', 'counts']);
    const day = entry.day;
    if (typeof day !== 'string' || !isDay(day)) fail(`${dayPath}.day: expected a date YYYY-MM-DD`);
    if (day > newest) fail(`${dayPath}.day: in the future`);
    // A day past retention is not malformed: it is checked like any other and then left out, as the
    // hourly purge would delete it. Refusing the whole batch would also lose its recent days, for good:
    // the browser keeps re-sending the same batch (up to 90 days, more than a short --retention-days).
    const expired = day < oldest;
    if (day > newestDay) newestDay = day;
    const counts = entry.counts;
    if (!Array.isArray(counts)) fail(`${dayPath}.counts: expected an array`);
    seenRows += counts.length;
    if (seenRows > MAX_ROWS_PER_BATCH) fail(`${dayPath}.counts: too many rows (at most ${MAX_ROWS_PER_BATCH} per batch)`);
    counts.forEach((c: unknown, j: number) => {
      const p = `${dayPath}.counts[${j}]`;
      const row = object(c, p, ['site', 'category', 'ruleId', 'severity', 'outcome', 'n']);
      const parsed: CountRow = {
        day,
        site: string(row.site, `${p}.site`, SITE_RE, 'expected a site id'),
        category: oneOf(row.category, `${p}.category`, CATEGORIES),
        ruleId: string(row.ruleId, `${p}.ruleId`, RULE_ID_RE, 'expected <pack id>.<rule id>'),
        severity: oneOf(row.severity, `${p}.severity`, SEVERITIES),
        outcome: oneOf(row.outcome, `${p}.outcome`, OUTCOMES),
        packVersion,
        n: count(row.n, `${p}.n`),
      };
      if (!expired) rows.push(parsed);
    });
  });
  if (newestDay < oldestAcceptedNewestDay(ctx.today)) {
    fail(`days: every day is more than ${DEDUPE_WINDOW_DAYS - 1} days old (browsers keep batches at most 90 days)`);
  }
  return { batchId, extensionVersion, packId, packVersion, rows };
}
