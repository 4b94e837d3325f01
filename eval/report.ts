/** Shared scoring and printing for `npm run eval`: confusion counts, P/R/F1 with Wilson 95% intervals. */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface EvalRow {
  /** what is measured, e.g. "protected (davidson class 0 vs 2)" or a functional behaviour */
  label: string;
  confusion: Confusion;
  /** free text: how labels were mapped, what was excluded */
  note?: string;
}

export interface EvalSection {
  title: string;
  rows: EvalRow[];
  /** extra lines printed under the table (error classes, excluded rows) */
  notes?: string[];
}

/** Wilson score interval for k successes in n trials (95%). */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function scores(c: Confusion) {
  const precision = c.tp + c.fp === 0 ? NaN : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 || Number.isNaN(precision) || Number.isNaN(recall) ? NaN : (2 * precision * recall) / (precision + recall);
  const accuracy = c.tp + c.fp + c.fn + c.tn === 0 ? NaN : (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
  return {
    precision,
    recall,
    f1,
    accuracy,
    precisionCi: wilson(c.tp, c.tp + c.fp),
    recallCi: wilson(c.tp, c.tp + c.fn),
    accuracyCi: wilson(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
    falseAlarmRate: c.fp + c.tn === 0 ? NaN : c.fp / (c.fp + c.tn),
    falseAlarmCi: wilson(c.fp, c.fp + c.tn),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const ci = ([lo, hi]: [number, number]) => `[${(lo * 100).toFixed(1)}-${(hi * 100).toFixed(1)}]`;

export function formatSection(s: EvalSection): string {
  const lines = [`\n## ${s.title}\n`];
  const w = Math.max(10, ...s.rows.map((r) => r.label.length));
  lines.push(`${'measure'.padEnd(w)}  ${'n'.padStart(6)}  ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)} ${'TN'.padStart(5)}  precision [95% CI]     recall [95% CI]        F1      accuracy`);
  for (const r of s.rows) {
    const c = r.confusion;
    const sc = scores(c);
    const n = c.tp + c.fp + c.fn + c.tn;
    lines.push(
      `${r.label.padEnd(w)}  ${String(n).padStart(6)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)} ${String(c.tn).padStart(5)}  ` +
        `${pct(sc.precision)} ${ci(sc.precisionCi).padEnd(13)}  ${pct(sc.recall)} ${ci(sc.recallCi).padEnd(13)}  ${pct(sc.f1)}  ${pct(sc.accuracy)}`,
    );
    if (r.note) lines.push(`${''.padEnd(w)}  ${r.note}`);
  }
  for (const n of s.notes ?? []) lines.push(`- ${n}`);
  return lines.join('\n');
}
