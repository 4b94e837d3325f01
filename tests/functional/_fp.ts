import { readFileSync } from 'node:fs';
import { parseCsv, decodeEntities } from '../../eval/sections/davidson';
import { check } from './harness';
const rows = parseCsv(readFileSync('/work/shared/data/davidson2017/labeled_data.csv', 'utf8')); rows.shift();
const want = process.argv[2] ?? '2'; const mode = process.argv[3] ?? 'fp';
let n = 0;
for (const r of rows) { if (r[5] !== want) continue; const t = decodeEntities(r[6] ?? ''); const f = check(t).filter(x => x.severity !== 'info');
  const prot = f.some(x => x.category === 'protected');
  if ((mode === 'fp' && prot) || (mode === 'fn' && !prot)) { if (n++ < Number(process.argv[4] ?? 40)) console.log(JSON.stringify(t.slice(0, 140)), f.map(x => `${x.ruleId.split('.').pop()}[${x.match}]`).join(' ')); } }
