/**
 * `npm run bench` (add `-- --quick` for fewer iterations): the engine against obscenity and alex, in one
 * process, on ordinary business posts of 280, 2,000 and 10,000 characters whose sentences are all
 * distinct. Re-runs itself with --expose-gc so the compiled pack's heap can be measured. Medians and p95
 * of wall time, plus the median CPU time of this process, which stays meaningful when other work shares
 * the machine.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { text as alexText } from 'alex';
import { buildHashedTerms, compilePack, createChecker, resolvePack, type CompiledPack, type PackSource, type ResolvedPack } from '../rules/index';
import type { ResolvedRule } from '../rules/types';
import { builtinPacks } from '../rules/packs/index';
import { businessPost, companyPack } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc && !process.env.DRAFTGUARD_BENCH_CHILD) {
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DRAFTGUARD_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const QUICK = process.argv.includes('--quick');
const SIZES = [280, 2000, 10000] as const;

interface Stats {
  median: number;
  p95: number;
  /** median of this process's CPU time: on a shared, loaded machine wall time also counts other people's work */
  cpu: number;
  n: number;
}

interface Sample {
  wall: number;
  cpu: number;
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
}

function stats(samples: Sample[]): Stats {
  const wall = samples.map((x) => x.wall);
  return { median: quantile(wall, 0.5), p95: quantile(wall, 0.95), cpu: quantile(samples.map((x) => x.cpu), 0.5), n: samples.length };
}

function time(fn: () => void): Sample {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const ratio = (a: Stats, b: Stats): string => `${(a.median / b.median).toFixed(1)}× (${(a.cpu / b.cpu).toFixed(1)}×)`;
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (s: Stats): string => `${fmt(s.median)} (p95 ${fmt(s.p95)}, cpu ${fmt(s.cpu)})`;

function heapOf(make: () => unknown): number | null {
  if (!gc) return null;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) return null;
  return (after - before) / 1024 / 1024;
}

function resolveDefault(extra: PackSource[]): ResolvedPack {
  return resolvePack(extra, { includeDefault: true });
}

/** Texts per size; every sentence distinct within a text, and across the texts of one size. */
function texts(size: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => businessPost(size, size * 1000 + i));
}

interface PackCase {
  label: string;
  resolved: ResolvedPack;
}

const cases: PackCase[] = [
  { label: 'builtin:default', resolved: resolveDefault([]) },
  { label: 'default + 1k terms', resolved: resolveDefault([companyPack(1000)]) },
  { label: 'default + 10k terms', resolved: resolveDefault([companyPack(10000)]) },
  // the engine on its own: no built-in detectors, only the company's terms, regexes and phrases
  { label: '10k terms, no default', resolved: resolvePack([companyPack(10000, false)], { includeDefault: false }) },
  // the same terms as `pack build` ships them: salted hashes, compared per sentence
  { label: '10k hashed, no default', resolved: hashedVersion(resolvePack([companyPack(10000, false)], { includeDefault: false })) },
];

function hashedVersion(pack: ResolvedPack): ResolvedPack {
  return {
    ...pack,
    rules: pack.rules.map((r) => {
      if (r.kind !== 'terms' || !r.terms) return r;
      const { terms, ...rest } = r;
      return { ...rest, hashed: buildHashedTerms(terms, { caseSensitive: r.caseSensitive === true, salt: 'bench-salt' }) };
    }),
  };
}

const defaultRules = cases[0]!.resolved.rules;
const kinds = new Map<string, number>();
for (const r of defaultRules) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
console.log(`DraftGuard engine benchmark — node ${process.version}, ${QUICK ? 'quick' : 'full'} run, gc ${gc ? 'exposed' : 'not exposed'}`);
console.log(
  `builtin:default: ${defaultRules.length} rules (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'empty'}) from ${builtinPacks('builtin:default')
    .map((p) => `${p.id}:${p.rules.length}`)
    .join(' ')}`,
);
console.log('company packs: N codename terms + 50 regex + 20 phrase rules, extending builtin:default unless noted');
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs; times in ms: median (p95, median CPU time of this process)\n`);

const ITER = {
  compile: QUICK ? 3 : 7,
  cold: QUICK ? 8 : 25,
  incremental: QUICK ? 60 : 300,
  peer: QUICK ? 4 : 12,
};

interface Row {
  pack: string;
  size: number;
  compile: Stats;
  heap: number | null;
  cold: Stats;
  incremental: Stats;
  findings: number;
}

const rows: Row[] = [];
const compiledCache = new Map<string, CompiledPack>();

for (const c of cases) {
  const compileTimes: Sample[] = [];
  let compiled: CompiledPack | undefined;
  for (let i = 0; i < ITER.compile; i++) compileTimes.push(time(() => (compiled = compilePack(c.resolved))));
  compiledCache.set(c.label, compiled!);
  const heap = heapOf(() => compilePack(c.resolved));
  for (const size of SIZES) {
    const inputs = texts(size, ITER.cold + 2);
    // one untimed pass so JIT warm-up is not charged to the first sample
    createChecker(compiled!).check(inputs[0]!);
    const cold = inputs.slice(1, ITER.cold + 1).map((t) => {
      const checker = createChecker(compiled!);
      return time(() => checker.check(t));
    });
    const base = inputs[ITER.cold + 1]!;
    const warm = createChecker(compiled!);
    let draft = base;
    const findings = warm.check(draft).length;
    const inc: Sample[] = [];
    for (let i = 0; i < ITER.incremental; i++) {
      // alternate typing at the end and in the middle of the draft
      const ch = 'etaoin shrdlu'[i % 13]!;
      const at = i % 2 === 0 ? draft.length : Math.floor(draft.length / 2);
      draft = draft.slice(0, at) + ch + draft.slice(at);
      const next = draft;
      inc.push(time(() => warm.check(next)));
    }
    rows.push({ pack: c.label, size, compile: stats(compileTimes), heap, cold: stats(cold), incremental: stats(inc), findings });
  }
}

console.log('| pack | chars | compile | heap MB | cold check | incremental (1 char) | findings |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.pack} | ${r.size} | ${cell(r.compile)} | ${r.heap === null ? 'n/a' : r.heap.toFixed(1)} | ${cell(r.cold)} | ${cell(r.incremental)} | ${r.findings} |`);
}

// Peers on the same texts.
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
console.log('\nPeers on the same texts (cold; alex has no incremental mode):');
console.log('| chars | obscenity | alex | DG default | DG default + 10k | DG 10k, no default | alex ÷ DG default + 10k (cpu) | alex ÷ DG 10k no default (cpu) | obscenity ÷ DG default (cpu) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const inputs = texts(size, ITER.peer + 1);
  matcher.getAllMatches(inputs[0]!);
  alexText(inputs[0]!);
  const obs = stats(inputs.slice(1).map((t) => time(() => matcher.getAllMatches(t))));
  const alex = stats(inputs.slice(1).map((t) => time(() => alexText(t))));
  const dgDefault = stats(inputs.slice(1).map((t) => {
    const c = createChecker(compiledCache.get('builtin:default')!);
    return time(() => c.check(t));
  }));
  const dg10k = stats(inputs.slice(1).map((t) => {
    const c = createChecker(compiledCache.get('default + 10k terms')!);
    return time(() => c.check(t));
  }));
  const dgEngine = stats(inputs.slice(1).map((t) => {
    const c = createChecker(compiledCache.get('10k terms, no default')!);
    return time(() => c.check(t));
  }));
  console.log(
    `| ${size} | ${cell(obs)} | ${cell(alex)} | ${cell(dgDefault)} | ${cell(dg10k)} | ${cell(dgEngine)} | ${ratio(alex, dg10k)} | ${ratio(alex, dgEngine)} | ${ratio(obs, dgDefault)} |`,
  );
}

for (const label of ['default + 10k terms', '10k terms, no default']) {
  const row = rows.find((r) => r.pack === label && r.size === 2000)!;
  const ok = (x: number, limit: number): string => (x < limit ? 'OK' : 'MISSED');
  console.log(`\nTargets, 2,000-char draft, ${label} (wall median / CPU median):`);
  console.log(`  cold < 5 ms: ${fmt(row.cold.median)} / ${fmt(row.cold.cpu)} ms ${ok(row.cold.median, 5)} / ${ok(row.cold.cpu, 5)}`);
  console.log(`  incremental < 1 ms: ${fmt(row.incremental.median)} / ${fmt(row.incremental.cpu)} ms ${ok(row.incremental.median, 1)} / ${ok(row.incremental.cpu, 1)}`);
  console.log(`  compile < 300 ms: ${fmt(row.compile.median)} / ${fmt(row.compile.cpu)} ms ${ok(row.compile.median, 300)} / ${ok(row.compile.cpu, 300)}`);
}

// Where the default pack's time goes: each built-in rule compiled alone, cold, on 2,000-character drafts.
{
  const inputs = texts(2000, 6);
  const perRule = cases[0]!.resolved.rules.map((r) => {
    const single = compilePack({ ...cases[0]!.resolved, rules: [r] });
    createChecker(single).check(inputs[0]!);
    const st = stats(inputs.slice(1).map((t) => {
      const c = createChecker(single);
      return time(() => c.check(t));
    }));
    return { id: r.ruleId, what: r.kind === 'detector' ? r.detector : r.kind, st };
  });
  perRule.sort((a, b) => b.st.cpu - a.st.cpu);
  console.log('\nCostliest built-in rules alone (2,000 chars, cold; includes any compromise parse they trigger):');
  console.log('| rule | detector | cold |');
  console.log('|---|---|---:|');
  for (const r of perRule.slice(0, 8)) console.log(`| ${r.id} | ${r.what} | ${cell(r.st)} |`);
}

// Where the default pack's time goes by family, on top of the 10k company pack: cold and incremental.
{
  const full = cases[2]!.resolved;
  const familyOf = (r: ResolvedRule): string =>
    r.kind !== 'detector' ? 'company' : r.detector === 'secrets' ? 'secrets' : r.detector.startsWith('pii.') ? 'pii' : 'language';
  const inputs = texts(2000, ITER.peer + 1);
  const incSteps = QUICK ? 40 : 150;
  const measure = (keep: (r: ResolvedRule) => boolean): { cold: Stats; inc: Stats } => {
    const compiled = compilePack({ ...full, rules: full.rules.filter(keep) });
    createChecker(compiled).check(inputs[0]!);
    const cold = stats(inputs.slice(1).map((t) => {
      const c = createChecker(compiled);
      return time(() => c.check(t));
    }));
    const warm = createChecker(compiled);
    let draft = inputs[1]!;
    warm.check(draft);
    const inc: Sample[] = [];
    for (let i = 0; i < incSteps; i++) {
      const at = i % 2 === 0 ? draft.length : Math.floor(draft.length / 2);
      draft = draft.slice(0, at) + 'etaoin shrdlu'[i % 13]! + draft.slice(at);
      const next = draft;
      inc.push(time(() => warm.check(next)));
    }
    return { cold, inc: stats(inc) };
  };
  const base = measure((r) => familyOf(r) === 'company');
  console.log('\nDefault pack families on top of the 10k company pack (2,000 chars; CPU medians in ms, and what the family adds):');
  console.log('| rules | cold cpu | + cold | incremental cpu | + incremental |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| company only | ${fmt(base.cold.cpu)} | | ${fmt(base.inc.cpu)} | |`);
  for (const family of ['secrets', 'pii', 'language']) {
    const m = measure((r) => familyOf(r) === 'company' || familyOf(r) === family);
    console.log(`| + ${family} | ${fmt(m.cold.cpu)} | ${fmt(m.cold.cpu - base.cold.cpu)} | ${fmt(m.inc.cpu)} | ${fmt(m.inc.cpu - base.inc.cpu)} |`);
  }
}
