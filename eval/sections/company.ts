/**
 * Company packs: the spec's acme example plus a customers pack, on top of the built-in default, over the
 * hand-written cases in tests/corpus/company. The headline is the share of texts whose set of raised
 * categories (findings at warn or block; info is a note, not a flag) is exactly the labelled set;
 * per category, a text counts as positive when the category is in its set. The same cases are run
 * against the built (hashed) pack to show hashing changes nothing.
 */
import { readFileSync } from 'node:fs';
import { createChecker } from '../../rules/engine/checker';
import { compilePack } from '../../rules/engine/compile';
import { buildPack } from '../../rules/pack/build';
import { parsePack } from '../../rules/pack/parse';
import { resolvePack } from '../../rules/pack/resolve';
import { CATEGORIES, SEVERITY_RANK, type Category, type PackSource } from '../../rules/types';
import { COMPANY_CASES } from '../../tests/corpus/company/cases';
import type { Confusion, EvalRow, EvalSection } from '../report';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const load = (path: string) => parsePack(read(path), path);

function checkerFor(packs: PackSource[]): (text: string) => Set<Category> {
  const checker = createChecker(compilePack(resolvePack(packs, { includeDefault: true })));
  return (text) => new Set(checker.check(text).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn).map((f) => f.category));
}

const same = (a: ReadonlySet<Category>, b: readonly Category[]) => a.size === new Set(b).size && b.every((c) => a.has(c));
const show = (s: Iterable<Category>) => `{${[...s].sort().join(', ')}}`;
const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export async function evaluate(): Promise<EvalSection[]> {
  const customers = load('tests/corpus/company/customers.yaml');
  const clear = checkerFor([load('tests/fixtures/packs/acme.yaml'), customers]);
  // acme.yaml itself cannot be built (a rule id names its codename); acme-build.yaml differs only there.
  const hashedPacks = [load('tests/fixtures/packs/acme-build.yaml'), customers].map((p) => buildPack(p, { salt: 'eval' }));
  const hashed = checkerFor(hashedPacks);

  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, empty()])) as Record<Category, Confusion>;
  const byGroup = new Map<string, { right: number; total: number }>();
  const misses: string[] = [];
  let right = 0;
  let hashedAgree = 0;
  for (const k of COMPANY_CASES) {
    const got = clear(k.text);
    const ok = same(got, k.expect);
    if (ok) right++;
    else misses.push(`[${k.group}] ${JSON.stringify(k.text)}: expected ${show(k.expect)}, got ${show(got)}`);
    const g = byGroup.get(k.group) ?? { right: 0, total: 0 };
    byGroup.set(k.group, { right: g.right + (ok ? 1 : 0), total: g.total + 1 });
    for (const c of CATEGORIES) tally(perCategory[c], k.expect.includes(c), got.has(c));
    if (same(hashed(k.text), [...got])) hashedAgree++;
  }

  const n = COMPANY_CASES.length;
  const rows: EvalRow[] = [
    {
      label: 'exact category set (recall = share right)',
      confusion: { tp: right, fp: 0, fn: n - right, tn: 0 },
      note: `${right}/${n} texts = ${((100 * right) / n).toFixed(1)}% (target >= 90%)`,
    },
    ...CATEGORIES.map((c) => ({ label: c, confusion: perCategory[c] })),
    {
      label: 'hashed build agrees with clear (recall = share)',
      confusion: { tp: hashedAgree, fp: 0, fn: n - hashedAgree, tn: 0 },
    },
  ];
  return [
    {
      title: `Company packs (acme + customers + built-in default; ${n} hand-labelled posts)`,
      rows,
      notes: [
        `by group (right/total): ${[...byGroup].map(([g, s]) => `${g} ${s.right}/${s.total}`).join(', ')}`,
        ...summariseMisses(misses),
      ],
    },
  ];
}

function tally(c: Confusion, expected: boolean, got: boolean): void {
  if (expected && got) c.tp++;
  else if (!expected && got) c.fp++;
  else if (expected) c.fn++;
  else c.tn++;
}

function summariseMisses(misses: readonly string[]): string[] {
  const shown = misses.slice(0, 40).map((m) => `miss ${m}`);
  return misses.length > shown.length ? [...shown, `... and ${misses.length - shown.length} more`] : shown;
}

