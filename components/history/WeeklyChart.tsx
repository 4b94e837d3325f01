/**
 * Findings per week as stacked SVG bars, by category or by outcome. The SVG is one labelled image for
 * screen readers; the same numbers are in a table right after it.
 */
import { CATEGORIES } from '@/rules/types';
import type { WeekBucket } from '@/utils/history/weekly';
import { OUTCOMES } from '@/utils/history/outcome';
import { t } from '@/components/ui/i18n';
import { categoryLabel, formatDay, outcomeLabel } from './labels';

export type ChartMode = 'category' | 'outcome';

interface Series {
  key: string;
  label: string;
  color: string;
  value(b: WeekBucket): number;
}

function seriesFor(mode: ChartMode): Series[] {
  return mode === 'category'
    ? CATEGORIES.map((c) => ({ key: c, label: categoryLabel(c), color: `var(--cat-${c})`, value: (b: WeekBucket) => b.byCategory[c] }))
    : OUTCOMES.map((o) => ({ key: o, label: outcomeLabel(o), color: `var(--out-${o})`, value: (b: WeekBucket) => b.byOutcome[o] }));
}

const W = 640;
const H = 200;
const PAD = { left: 36, right: 8, top: 8, bottom: 28 };

export function WeeklyChart({ buckets, mode, onModeChange }: { buckets: WeekBucket[]; mode: ChartMode; onModeChange(mode: ChartMode): void }) {
  const series = seriesFor(mode);
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = buckets.length ? plotW / buckets.length : plotW;
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;

  return (
    <section aria-labelledby="chart-heading" className="chart">
      <h2 id="chart-heading">{t('chartHeading')}</h2>
      <fieldset className="chart-mode">
        <legend>{t('chartBy')}</legend>
        {(['category', 'outcome'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="chart-mode" value={m} checked={mode === m} onChange={() => onModeChange(m)} />
            {m === 'category' ? t('chartByCategory') : t('chartByOutcome')}
          </label>
        ))}
      </fieldset>
      {buckets.length === 0 ? (
        <p className="muted">{t('chartEmpty')}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" style={{ maxWidth: W }}>
            <title id="chart-title">{t('chartHeading')}</title>
            <desc id="chart-desc">{t('chartDesc')}</desc>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="var(--border)" />
            <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" fontSize="11" fill="var(--muted)">
              {max}
            </text>
            <text x={PAD.left - 4} y={y(0)} textAnchor="end" fontSize="11" fill="var(--muted)">
              0
            </text>
            {buckets.map((b, i) => {
              const x = PAD.left + i * slot + (slot - barW) / 2;
              let acc = 0;
              return (
                <g key={b.week} data-week={b.week}>
                  {series.map((s) => {
                    const v = s.value(b);
                    if (v === 0) return null;
                    const top = y(acc + v);
                    const rect = <rect key={s.key} data-series={s.key} x={x} width={barW} y={top} height={y(acc) - top} fill={s.color} />;
                    acc += v;
                    return rect;
                  })}
                  {(i % Math.ceil(buckets.length / 6) === 0 || i === buckets.length - 1) && (
                    <text x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize="10" fill="var(--muted)">
                      {formatDay(b.week)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <ul className="legend" aria-hidden="true">
            {series.map((s) => (
              <li key={s.key}>
                <span style={{ display: 'inline-block', width: 10, height: 10, background: s.color, marginInlineEnd: 4 }} />
                {s.label}
              </li>
            ))}
          </ul>
          <details>
            <summary>{t('chartTable')}</summary>
            <table>
              <caption className="visually-hidden">{t('chartHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chartWeekOf')}</th>
                  {series.map((s) => (
                    <th scope="col" key={s.key}>
                      {s.label}
                    </th>
                  ))}
                  <th scope="col">{t('chartTotal')}</th>
                </tr>
              </thead>
              <tbody>
                {buckets.map((b) => (
                  <tr key={b.week}>
                    <th scope="row">{formatDay(b.week)}</th>
                    {series.map((s) => (
                      <td key={s.key}>{s.value(b)}</td>
                    ))}
                    <td>{b.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
