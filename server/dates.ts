/**
 * Calendar days as the stats contract writes them: `YYYY-MM-DD`, always in UTC on the server, because
 * the browser sends whole days of its own and the server only needs a stable ordering and arithmetic.
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date (rejects 2026-02-30, which a pattern alone would let through). */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + delta * MS_PER_DAY);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** The oldest day still kept: anything before it is deleted and refused on ingest. */
export function retentionCutoff(today: string, retentionDays: number): string {
  return addDays(today, -retentionDays);
}
