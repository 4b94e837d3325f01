import { check } from '../../tests/functional/harness';
import { INFLAMMATORY_PACK } from '../../rules/packs/inflammatory';
import { PROTECTED_PACK } from '../../rules/packs/protected';
for (const p of [INFLAMMATORY_PACK, PROTECTED_PACK]) for (const r of p.rules) {
  for (const t of r.examples?.flag ?? []) { const f = check(t).filter(x => x.ruleId === `${p.id}.${r.id}`); if (!f.length) console.log('MISS', r.id, '|', t, JSON.stringify(check(t).map(x=>[x.ruleId,x.confidence,x.explain]))); }
  for (const t of r.examples?.pass ?? []) { const f = check(t).filter(x => x.ruleId === `${p.id}.${r.id}`); if (f.length) console.log('FALSE', r.id, '|', t, JSON.stringify(f.map(x=>[x.match,x.confidence,x.explain]))); }
}
