/**
 * Secrets: recall and false alarms through the real engine (resolve → compile → check) with only
 * builtin:secrets loaded, on the Nosey Parker rule examples (../shared/data, read at run time) and on
 * the project's own fake-credential suite (tests/detectors/secrets/cases.ts). Secret values are never
 * printed: notes name rule families and formats only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePack, createChecker } from '../../rules/index';
import { resolvePack } from '../../rules/pack/resolve';
import { SECRETS_PACK } from '../../rules/packs/secrets';
import type { Finding } from '../../rules/types';
import { secretCases } from '../../tests/detectors/secrets/cases';
import type { EvalSection } from '../report';
import { ordinaryPostsSection } from '../ordinary-posts';

interface NpRow {
  rule_name: string;
  categories: string[];
  label: 'positive' | 'negative';
  text: string;
  also_positive_for_another_rule?: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = path.resolve(repoRoot, '..', 'shared', 'data', 'secrets-noseyparker', 'noseyparker_rule_examples.jsonl');

function makeCheck(): (text: string) => Finding[] {
  const checker = createChecker(compilePack(resolvePack([SECRETS_PACK], { includeDefault: false })));
  return (text) => checker.check(text).filter((f) => f.ruleId.startsWith('builtin.secrets.'));
}

const formatOf = (f: Finding) => /\(([a-z0-9-]+)\) recognised/.exec(f.explain ?? '')?.[1] ?? f.ruleId;

function tally<T>(items: T[], key: (t: T) => string, top = 12): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}

function noseyParker(check: (t: string) => Finding[]): EvalSection {
  const rows = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as NpRow);
  const secretPos = rows.filter((r) => r.label === 'positive' && r.categories.includes('secret'));
  const idPos = rows.filter((r) => r.label === 'positive' && !r.categories.includes('secret'));
  const cleanNeg = rows.filter((r) => r.label === 'negative' && !r.also_positive_for_another_rule);
  const hit = (r: NpRow) => check(r.text);
  const missed = secretPos.filter((r) => hit(r).length === 0);
  const idFound = idPos.filter((r) => hit(r).length > 0);
  const falseHits = cleanNeg.map((r) => ({ r, f: hit(r) })).filter((x) => x.f.length > 0);
  return {
    title: 'secrets: Nosey Parker rule examples (dev data, through the engine, builtin:secrets only)',
    rows: [
      {
        label: 'secret positives vs clean negatives',
        confusion: { tp: secretPos.length - missed.length, fn: missed.length, fp: falseHits.length, tn: cleanNeg.length - falseHits.length },
        note: `positives: categories include 'secret' (${secretPos.length}); negatives: also_positive_for_another_rule == false (${cleanNeg.length}); false-alarm rate = FP/(FP+TN)`,
      },
      {
        label: 'identifier-only positives (reported apart)',
        confusion: { tp: idFound.length, fn: idPos.length - idFound.length, fp: 0, tn: 0 },
        note: 'ARNs, bucket URLs, client IDs, AWS key IDs: not secrets alone; "recall" here = share we flag anyway',
      },
    ],
    notes: [
      `missed secret positives by rule: ${tally(missed, (r) => r.rule_name)}`,
      `flagged clean negatives by rule (format that fired): ${tally(falseHits, (x) => `${x.r.rule_name} → ${formatOf(x.f[0]!)}`, 20)}`,
      `identifier-only rows flagged, by rule: ${tally(idFound, (r) => r.rule_name)}`,
    ],
  };
}

function ownSuite(check: (t: string) => Finding[]): EvalSection {
  const { positives, negatives } = secretCases();
  const found = positives.filter((c) => check(c.text).some((f) => formatOf(f) === c.expect));
  const anyFound = positives.filter((c) => check(c.text).length > 0);
  const falseHits = negatives.filter((c) => check(c.text).length > 0);
  return {
    title: 'secrets: own suite (tests/detectors/secrets/cases.ts, fake credentials)',
    rows: [
      {
        label: 'own positives (right format) vs negatives',
        confusion: { tp: found.length, fn: positives.length - found.length, fp: falseHits.length, tn: negatives.length - falseHits.length },
        note: `any secret finding on positives: ${anyFound.length}/${positives.length}`,
      },
    ],
    notes: falseHits.length ? [`negatives flagged: ${falseHits.map((c) => c.why ?? 'handwritten').join(', ')}`] : [],
  };
}

export async function evaluate(): Promise<EvalSection[]> {
  const check = makeCheck();
  const out: EvalSection[] = [];
  if (existsSync(DATA)) out.push(noseyParker(check));
  else out.push({ title: 'secrets: Nosey Parker rule examples', rows: [], notes: [`data not found at ${DATA}`] });
  out.push(ownSuite(check));
  out.push(ordinaryPostsSection('secrets', check));
  return out;
}
