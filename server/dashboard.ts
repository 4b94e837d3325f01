/**
 * The admin dashboard: one self-contained HTML page with inline SVG charts and no script at all, built
 * from the same suppressed rows as `/v1/summary`, so the page can never show a cell the API holds back.
 */
import type { Summary } from './summary';
import type { SummaryRow } from './stats-store';

const CATEGORY_COLOURS: Record<string, string> = {
  confidential: '#2f5fa7',
  inflammatory: '#c2492b',
  protected: '#7a4fa3',
};
const OTHER_COLOUR = '#6b7280';
const BAR_COLOUR = '#2f5fa7';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function totalsBy(rows: SummaryRow[], key: (r: SummaryRow) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
  return m;
}

function sortedDesc(m: Map<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Findings per day, stacked by category. */
function dailyChart(rows: SummaryRow[], from: string, to: string): string {
  const days: string[] = [];
  for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) days.push(d);
  const byDay = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = byDay.get(r.day) ?? new Map<string, number>();
    m.set(r.category, (m.get(r.category) ?? 0) + r.n);
    byDay.set(r.day, m);
  }
  const max = Math.max(1, ...days.map((d) => [...(byDay.get(d)?.values() ?? [])].reduce((a, b) => a + b, 0)));
  const W = 760;
  const H = 200;
  const left = 48;
  const bottom = 24;
  const slot = (W - left) / days.length;
  const barW = Math.max(1, slot * 0.8);
  const parts: string[] = [];
  days.forEach((d, i) => {
    let y = H - bottom;
    for (const cat of Object.keys(CATEGORY_COLOURS)) {
      const n = byDay.get(d)?.get(cat) ?? 0;
      if (n === 0) continue;
      const h = ((H - bottom - 8) * n) / max;
      y -= h;
      parts.push(
        `<rect x="${(left + i * slot).toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${CATEGORY_COLOURS[cat]}"><title>${escapeHtml(d)} ${escapeHtml(cat)}: ${fmt(n)}</title></rect>`,
      );
    }
  });
  const axis = [
    `<line x1="${left}" y1="${H - bottom}" x2="${W}" y2="${H - bottom}" stroke="#999"/>`,
    `<text x="${left - 6}" y="14" text-anchor="end" class="tick">${fmt(max)}</text>`,
    `<text x="${left - 6}" y="${H - bottom}" text-anchor="end" class="tick">0</text>`,
    `<text x="${left}" y="${H - 6}" class="tick">${escapeHtml(from)}</text>`,
    `<text x="${W}" y="${H - 6}" text-anchor="end" class="tick">${escapeHtml(to)}</text>`,
  ];
  const legend = Object.entries(CATEGORY_COLOURS)
    .map(([c, colour]) => `<span class="key"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colour}"/></svg> ${escapeHtml(c)}</span>`)
    .join(' ');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Findings per day by category">${axis.join('')}${parts.join('')}</svg><p class="legend">${legend}</p>`;
}

/** Horizontal bars with a label and a value column; `extra` adds a text column. */
function barChart(label: string, entries: [string, number][], extra?: (key: string) => string, colour?: (key: string) => string): string {
  if (entries.length === 0) return '<p class="empty">No data in this range.</p>';
  const max = Math.max(1, ...entries.map((e) => e[1]));
  const rowH = 22;
  const W = 760;
  const labelW = 240;
  const valueW = extra ? 200 : 90;
  const barMax = W - labelW - valueW;
  const body = entries
    .map(([k, n], i) => {
      const y = i * rowH;
      const w = Math.max(1, (barMax * n) / max);
      const value = `${fmt(n)}${extra ? ` · ${extra(k)}` : ''}`;
      return (
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(k.length > 36 ? `${k.slice(0, 35)}…` : k)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${colour ? colour(k) : BAR_COLOUR}"><title>${escapeHtml(k)}: ${fmt(n)}</title></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 15}" class="value">${escapeHtml(value)}</text>`
      );
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${entries.length * rowH}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

export interface DashboardOptions {
  summary: Summary;
  nonce: string;
  /** the rows behind the page, for the "JSON" link */
  summaryHref: string;
  topRules?: number;
}

export function renderDashboard({ summary, nonce, summaryHref, topRules = 15 }: DashboardOptions): string {
  const { rows, from, to, minCount, suppressed } = summary;
  const total = rows.reduce((a, r) => a + r.n, 0);
  const byRule = totalsBy(rows, (r) => r.ruleId);
  const dismissedByRule = totalsBy(
    rows.filter((r) => r.outcome === 'dismissed'),
    (r) => r.ruleId,
  );
  const categoryOfRule = new Map(rows.map((r) => [r.ruleId, r.category]));
  const byOutcome = totalsBy(rows, (r) => r.outcome);
  const dismissed = byOutcome.get('dismissed') ?? 0;
  const top = sortedDesc(byRule).slice(0, topRules);
  // Rules ranked by their "not a problem" rate: the admins' list of rules to fix first.
  const dismissRates = sortedDesc(byRule)
    .filter(([rule]) => (dismissedByRule.get(rule) ?? 0) > 0)
    .map(([rule, n]): [string, number, number] => [rule, n, (dismissedByRule.get(rule) ?? 0) / n])
    .sort((a, b) => b[2] - a[2] || b[1] - a[1])
    .slice(0, topRules);

  const dismissTable =
    dismissRates.length === 0
      ? '<p class="empty">No finding was marked "not a problem" in this range.</p>'
      : `<table><thead><tr><th scope="col">Rule</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Not a problem</th><th scope="col">Rate</th></tr></thead><tbody>${dismissRates
          .map(
            ([rule, n, rate]) =>
              `<tr><td>${escapeHtml(rule)}</td><td class="num">${fmt(n)}</td><td class="num">${fmt(dismissedByRule.get(rule) ?? 0)}</td><td><svg width="120" height="10" role="img" aria-label="${pct(rate, 1)}"><rect width="120" height="10" fill="#e5e7eb"/><rect width="${(120 * rate).toFixed(1)}" height="10" fill="#c2492b"/></svg> ${pct(rate, 1)}</td></tr>`,
          )
          .join('')}</tbody></table>`;

  const suppressedNote =
    suppressed > 0
      ? `<p class="note">${fmt(suppressed)} cell${suppressed === 1 ? '' : 's'} counted fewer than ${fmt(minCount)} times ${suppressed === 1 ? 'is' : 'are'} held back to protect individuals, and left out of every figure on this page.</p>`
      : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>DraftGuard: policy findings ${escapeHtml(from)} to ${escapeHtml(to)}</title>
<style nonce="${nonce}">
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 820px; padding: 24px; color: #1f2937; }
  h1 { font-size: 1.4em; margin: 0 0 4px; }
  h2 { font-size: 1.1em; margin: 28px 0 8px; }
  form { margin: 12px 0; display: flex; gap: 12px; align-items: end; flex-wrap: wrap; }
  label { display: flex; flex-direction: column; font-size: .85em; }
  input, button { font: inherit; padding: 4px 8px; }
  svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
  td svg { display: inline-block; vertical-align: middle; }
  .tick { fill: #6b7280; font-size: 11px; }
  .value { fill: #374151; }
  .legend, .note, .empty, .meta { color: #4b5563; font-size: .9em; }
  .key { margin-right: 14px; white-space: nowrap; }
  .key svg { display: inline; vertical-align: -1px; }
  .figures { display: flex; gap: 32px; margin: 12px 0; }
  .figures div { font-size: .85em; color: #4b5563; }
  .figures strong { display: block; font-size: 1.6em; color: #111827; }
  table { border-collapse: collapse; width: 100%; font-size: .9em; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e7eb; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  @media (prefers-color-scheme: dark) {
    body { background: #111827; color: #e5e7eb; }
    .figures strong { color: #f9fafb; }
    .legend, .note, .empty, .meta, .figures div { color: #9ca3af; }
    svg text { fill: #d1d5db; }
    th, td { border-color: #374151; }
  }
</style>
</head>
<body>
<h1>DraftGuard policy findings</h1>
<p class="meta">Counts only, sent by browsers as whole days. No draft text, page address or person is ever received. Days ${escapeHtml(from)} to ${escapeHtml(to)} (UTC). <a href="${escapeHtml(summaryHref)}">These rows as JSON</a>.</p>
<form method="get" action="/">
  <label>From <input type="date" name="from" value="${escapeHtml(from)}" required></label>
  <label>To <input type="date" name="to" value="${escapeHtml(to)}" required></label>
  <button type="submit">Show</button>
</form>
<div class="figures">
  <div><strong>${fmt(total)}</strong>findings</div>
  <div><strong>${pct(dismissed, total)}</strong>marked "not a problem"</div>
  <div><strong>${pct(byOutcome.get('edited') ?? 0, total)}</strong>edited before posting</div>
</div>
${suppressedNote}
<h2>Findings per day, by category</h2>
${dailyChart(rows, from, to)}
<h2>Top rules</h2>
${barChart('Top rules by findings', top, (rule) => `${pct(dismissedByRule.get(rule) ?? 0, byRule.get(rule) ?? 0)} not a problem`, (rule) => CATEGORY_COLOURS[categoryOfRule.get(rule) ?? ''] ?? OTHER_COLOUR)}
<h2>How findings ended</h2>
${barChart('Findings by outcome', sortedDesc(byOutcome), (o) => pct(byOutcome.get(o) ?? 0, total))}
<p class="note">edited: changed before posting · posted: posted with the finding · dismissed: marked "not a problem" · discarded: composer abandoned · warned: still open at the end of the day.</p>
<h2>Rules most often marked "not a problem"</h2>
${dismissTable}
<h2>By site</h2>
${barChart('Findings by site', sortedDesc(totalsBy(rows, (r) => r.site)))}
<h2>By pack version</h2>
${barChart('Findings by pack version', sortedDesc(totalsBy(rows, (r) => r.packVersion)))}
</body>
</html>
`;
}
