/**
 * The project's own cases that the learned fallbacks train on, in one order: the functional suite's cases, the
 * workplace posts, then the rows of a training corpus folder. Each training script labels them for its own model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '../rules/types';
import { INFLAMMATORY_BEHAVIOURS } from '../tests/functional/cases/inflammatory';
import { PROTECTED_BEHAVIOURS } from '../tests/functional/cases/protected';
import { workplacePosts } from '../tests/corpus/workplace/load';

export interface OwnCase {
  text: string;
  /** a functional behaviour's id, "workplace" or a corpus set's name */
  source: string;
  /** a functional case: the categories it expects, and whether its behaviour is a must-not-fire one */
  expect?: readonly Category[];
  mustNotFire?: boolean;
  /** a workplace post (0) or a corpus row: its label, and whether it is a hard near miss */
  label?: 0 | 1;
  hard?: boolean;
}

interface CorpusRow {
  text: string;
  label: 0 | 1;
  set: string;
  hard?: boolean;
}

export function ownCases(corpusDir: string): OwnCase[] {
  const out: OwnCase[] = [];
  for (const b of [...INFLAMMATORY_BEHAVIOURS, ...PROTECTED_BEHAVIOURS]) {
    for (const c of b.cases) out.push({ text: c.text, source: b.id, expect: c.expect, mustNotFire: b.polarity === 'pass' });
  }
  for (const p of workplacePosts()) out.push({ text: p, source: 'workplace', label: 0 });
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CorpusRow;
      out.push({ text: r.text, source: r.set, label: r.label, hard: r.hard === true });
    }
  }
  return out;
}
