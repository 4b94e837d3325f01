/**
 * `npm run eval`: detection quality per category on the labelled public data in ../shared/data (read at
 * evaluation time, never copied into the repo) and on the project's own suites in tests/.
 * Each section module exports `evaluate(): Promise<EvalSection[]>`; the list below is the registry.
 */
import { formatSection, type EvalSection } from './report';

type Section = { name: string; load: () => Promise<{ evaluate: () => Promise<EvalSection[]> }> };

const SECTIONS: Section[] = [
  { name: 'functional', load: () => import('./sections/functional') },
  { name: 'workplace', load: () => import('./sections/workplace') },
  { name: 'secrets', load: () => import('./sections/secrets') },
  { name: 'pii', load: () => import('./sections/pii') },
  { name: 'davidson', load: () => import('./sections/davidson') },
  { name: 'olid', load: () => import('./sections/olid') },
  { name: 'company', load: () => import('./sections/company') },
  { name: 'learned-cues', load: () => import('./sections/learned-cues') },
  { name: 'learned-insult', load: () => import('./sections/learned-insult') },
];

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let failed = false;
  for (const s of SECTIONS) {
    if (only.length && !only.includes(s.name)) continue;
    try {
      const mod = await s.load();
      for (const section of await mod.evaluate()) console.log(formatSection(section));
    } catch (err) {
      failed = true;
      console.error(`\n## ${s.name}: could not run: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
  if (failed) process.exitCode = 2;
}

void main();
