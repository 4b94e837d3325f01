import { BEHAVIOURS, scoreBehaviour } from './score';
const verbose = process.argv.includes('-v');
let tot = 0, ok = 0;
for (const b of BEHAVIOURS) {
  const r = scoreBehaviour(b);
  tot += r.results.length; ok += r.passed;
  console.log(`${(r.accuracy * 100).toFixed(0).padStart(4)}%  ${r.passed}/${r.results.length}  ${b.id}`);
  if (verbose) for (const c of r.results.filter((x) => !x.ok)) console.log(`      want ${c.case.expect.join('+') || '-'} got ${c.got.join('+') || '-'} | ${c.case.text} | ${c.findings.map((f) => `${f.ruleId.split('.').pop()}:${f.confidence}:${f.explain}`).join(' || ')}`);
}
console.log(`overall ${(ok / tot * 100).toFixed(1)}% of ${tot}`);
