import { readFileSync } from 'node:fs';
import { check } from './harness';
const lines = readFileSync('/work/shared/data/olid-train/olid-training-v1.0.tsv', 'utf8').split('\n').slice(1);
const fn = new Map<string, number>(), neg = new Map<string, number>();
for (const l of lines) { const [, t = '', a, b] = l.split('\t'); if (!(a === 'NOT' || b === 'TIN')) continue;
  const f = check(t).filter(x => x.severity !== 'info'); if (f.length) continue;
  const ws = new Set(t.toLowerCase().replace(/@user|url/g, '').match(/[a-z*]+/g) ?? []);
  for (const w of ws) { const m = a === 'NOT' ? neg : fn; m.set(w, (m.get(w) ?? 0) + 1); } }
const rows = [...fn.entries()].filter(([w, c]) => c >= 12).map(([w, c]) => [w, c, neg.get(w) ?? 0, c / ((neg.get(w) ?? 0) + 1)] as const).sort((x, y) => y[3] - x[3]).slice(0, 90);
console.log(rows.map(r => `${r[0]}:${r[1]}/${r[2]}`).join(' '));
