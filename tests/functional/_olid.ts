import { readFileSync } from 'node:fs';
import { check } from './harness';
const lines = readFileSync('/work/shared/data/olid-train/olid-training-v1.0.tsv', 'utf8').split('\n').slice(1);
const [want, mode, n0, skip0] = [process.argv[2] ?? 'TIN', process.argv[3] ?? 'fn', Number(process.argv[4] ?? 50), Number(process.argv[5] ?? 0)];
let n = 0, seen = 0;
for (const l of lines) { const [, t = '', a, b] = l.split('\t'); const lab = a === 'NOT' ? 'NOT' : b;
  if (lab !== want) continue; const f = check(t).filter(x => x.severity !== 'info');
  if ((mode === 'fn' && !f.length) || (mode === 'fp' && f.length)) { if (seen++ < skip0) continue; if (n++ < n0) console.log(JSON.stringify(t.slice(0, 160)), f.map(x => `${x.ruleId.split('.').pop()}[${x.match}]`).join(' ')); } }
