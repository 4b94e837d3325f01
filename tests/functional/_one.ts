import { check } from './harness';
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(check(t).map(f => [f.ruleId.split('.').pop(), f.match, f.confidence, f.explain])));
