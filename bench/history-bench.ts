/**
 * `npx tsx bench/history-bench.ts`: the in-memory work the history page does on 10,000 entries after the
 * first screen (filter and search on each keystroke, the weekly chart, exports) and the masking cost
 * per stored episode. The first-screen figure itself comes from the browser test
 * (tests/e2e/specs/history.e2e.ts), which measures in Chromium with IndexedDB and React.
 */
import { performance } from 'node:perf_hooks';
import { applyFilter } from '@/utils/history/filter';
import { weeklyCounts } from '@/utils/history/weekly';
import { toCsv, toJson } from '@/utils/history/export';
import { toRecord } from '@/utils/history/record';
import { makeRecords } from '@/tests/history/support/records';
import { reportFor } from '@/tests/history/support/reports';

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(2)} ms  (p90 ${samples[Math.floor(samples.length * 0.9)]!.toFixed(2)} ms, ${runs} runs)`);
}

const records = makeRecords(10_000);
console.log(`history bench: ${records.length} records, node ${process.version}`);
time('filter by site + category', 50, () => applyFilter(records, { site: 'x', category: 'confidential' }));
time('search stored text ("number 99")', 50, () => applyFilter(records, { search: 'number 99' }));
time('weekly counts (category and outcome)', 50, () => weeklyCounts(records));
time('export CSV', 10, () => toCsv(records));
time('export JSON', 10, () => toJson(records));
const draft = 'We are launching Project Falcon next week; ping bob@acme.example or call 555-0100. '.repeat(4);
const report = reportFor(draft, [{ match: 'Project Falcon' }, { match: 'bob@acme.example', nth: 1 }, { match: '555-0100', nth: 2 }]);
time('mask one episode (3 findings, 330 chars)', 2000, () => toRecord(report, 'masked'));
