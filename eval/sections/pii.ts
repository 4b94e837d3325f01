/**
 * Personal data: span recall per entity type and the share of texts with a stray finding, through the
 * real engine with only builtin:pii loaded, on presidio-dev (../shared/data, read at run time) and on
 * the project's own suite (tests/detectors/pii/cases.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePack, createChecker } from '../../rules/index';
import { resolvePack } from '../../rules/pack/resolve';
import { PII_PACK } from '../../rules/packs/pii';
import type { Finding } from '../../rules/types';
import { PII_NEGATIVES, PII_POSITIVES } from '../../tests/detectors/pii/cases';
import type { EvalRow, EvalSection } from '../report';
import { ordinaryPostsSection } from '../ordinary-posts';

interface Span {
  entity_type: string;
  start_position: number;
  end_position: number;
}
interface Row {
  full_text: string;
  spans: Span[];
  template_id: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = path.resolve(repoRoot, '..', 'shared', 'data', 'presidio-dev', 'presidio-dev.json');

/** Entity label → the rule that must find it. */
const RULE_FOR: Record<string, string> = {
  EMAIL_ADDRESS: 'builtin.pii.email',
  PHONE_NUMBER: 'builtin.pii.phone',
  CREDIT_CARD: 'builtin.pii.card',
  IBAN_CODE: 'builtin.pii.iban',
  US_SSN: 'builtin.pii.ssn',
  IP_ADDRESS: 'builtin.pii.ip-address',
};
const CORE = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN'];
/** In scope by policy (SOURCE.md): a finding on these is personal data, if not of the labelled type. */
const POLICY_SCOPE = new Set([...CORE, 'IP_ADDRESS', 'US_DRIVER_LICENSE', 'STREET_ADDRESS', 'PERSON']);

const overlaps = (f: Finding, s: Span) => f.start < s.end_position && s.start_position < f.end;

function makeCheck(): (text: string) => Finding[] {
  const checker = createChecker(compilePack(resolvePack([PII_PACK], { includeDefault: false })));
  return (text) => checker.check(text).filter((f) => f.ruleId.startsWith('builtin.pii.'));
}

function presidio(check: (t: string) => Finding[]): EvalSection {
  const rows = JSON.parse(readFileSync(DATA, 'utf8')) as Row[];
  const results = rows.map((r) => ({ r, f: check(r.full_text) }));
  const out: EvalRow[] = [];
  const missNotes: string[] = [];
  for (const type of [...CORE, 'IP_ADDRESS'].filter((t) => rows.some((r) => r.spans.some((s) => s.entity_type === t)))) {
    let tp = 0;
    let fn = 0;
    const missedTemplates = new Set<number>();
    for (const { r, f } of results) {
      for (const s of r.spans.filter((x) => x.entity_type === type)) {
        if (f.some((x) => x.ruleId === RULE_FOR[type] && overlaps(x, s))) tp++;
        else {
          fn++;
          missedTemplates.add(r.template_id);
        }
      }
    }
    out.push({ label: `${type} span recall`, confusion: { tp, fn, fp: 0, tn: 0 }, note: `finding of ${RULE_FOR[type]} overlapping the labelled span` });
    if (fn) missNotes.push(`${type}: ${fn} missed, templates ${[...missedTemplates].join(', ')}`);
  }
  const strayPolicy = results.filter(({ r, f }) => f.some((x) => !r.spans.some((s) => POLICY_SCOPE.has(s.entity_type) && overlaps(x, s))));
  const strayCore = results.filter(({ r, f }) => f.some((x) => !r.spans.some((s) => (CORE.includes(s.entity_type) || s.entity_type === 'IP_ADDRESS') && overlaps(x, s))));
  out.push({
    label: 'texts with a stray finding',
    confusion: { tp: 0, fn: 0, fp: strayPolicy.length, tn: rows.length - strayPolicy.length },
    note: `stray = a PII finding overlapping no labelled in-scope span (SOURCE.md scope incl. address/person/licence); share = FP/(FP+TN) = ${((100 * strayPolicy.length) / rows.length).toFixed(1)}%`,
  });
  out.push({
    label: 'texts with a stray finding (core types only)',
    confusion: { tp: 0, fn: 0, fp: strayCore.length, tn: rows.length - strayCore.length },
    note: `stricter: only email/phone/card/IBAN/SSN/IP spans excuse a finding; share = ${((100 * strayCore.length) / rows.length).toFixed(1)}%`,
  });
  const strayKinds = new Map<string, number>();
  for (const { r, f } of strayCore) {
    for (const x of f) {
      if (r.spans.some((s) => (CORE.includes(s.entity_type) || s.entity_type === 'IP_ADDRESS') && overlaps(x, s))) continue;
      const under = r.spans.find((s) => overlaps(x, s))?.entity_type ?? 'unlabelled text';
      const k = `${x.ruleId.replace('builtin.pii.', '')} on ${under}`;
      strayKinds.set(k, (strayKinds.get(k) ?? 0) + 1);
    }
  }
  return {
    title: `pii: presidio-dev (${rows.length} texts, dev templates only; through the engine, builtin:pii only)`,
    rows: out,
    notes: [...missNotes, `stray findings by rule and what they hit: ${[...strayKinds.entries()].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`],
  };
}

function ownSuite(check: (t: string) => Finding[]): EvalSection {
  const rows: EvalRow[] = [];
  const entities = [...new Set(PII_POSITIVES.map((c) => c.entity!))];
  for (const e of entities) {
    const cases = PII_POSITIVES.filter((c) => c.entity === e);
    const ok = cases.filter((c) => check(c.text).some((f) => f.ruleId === `builtin.${e.replace('pii.ip', 'pii.ip-address')}` && c.text.slice(f.start, f.end) === c.value));
    rows.push({ label: `${e} exact span`, confusion: { tp: ok.length, fn: cases.length - ok.length, fp: 0, tn: 0 } });
  }
  const noisy = PII_NEGATIVES.filter((t) => check(t).length > 0);
  rows.push({ label: 'negatives with any finding', confusion: { tp: 0, fn: 0, fp: noisy.length, tn: PII_NEGATIVES.length - noisy.length } });
  return { title: 'pii: own suite (tests/detectors/pii/cases.ts)', rows, notes: noisy.length ? [`noisy negatives: ${noisy.length}`] : [] };
}

export async function evaluate(): Promise<EvalSection[]> {
  const check = makeCheck();
  const out: EvalSection[] = [];
  if (existsSync(DATA)) out.push(presidio(check));
  else out.push({ title: 'pii: presidio-dev', rows: [], notes: [`data not found at ${DATA}`] });
  out.push(ownSuite(check));
  out.push(ordinaryPostsSection('pii', check));
  return out;
}
