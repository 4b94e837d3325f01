/** Days are the person's local calendar days: "yesterday" is what they would call yesterday. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The local day `n` days before the day of `ms` (calendar arithmetic, so DST changes do not matter). */
export function localDayMinus(ms: number, n: number): string {
  const d = new Date(ms);
  return localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() - n, 12).getTime());
}
