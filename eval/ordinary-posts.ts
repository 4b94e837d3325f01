/**
 * Ordinary social posts (the OLID and Davidson tweets in ../shared/data, read at evaluation time): none
 * is labelled for secrets or personal data, so every finding there is a candidate false alarm to review.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../rules/types';
import type { EvalSection } from './report';

const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
const OLID = path.join(data, 'olid-train', 'olid-training-v1.0.tsv');
const DAVIDSON = path.join(data, 'davidson2017', 'labeled_data.csv');

function ordinaryPosts(): string[] {
  const out: string[] = [];
  if (existsSync(OLID)) for (const l of readFileSync(OLID, 'utf8').split('\n').slice(1)) out.push(l.split('\t')[1] ?? '');
  if (existsSync(DAVIDSON)) for (const l of readFileSync(DAVIDSON, 'utf8').split('\n').slice(1)) out.push(l.replace(/^(?:[^,]*,){6}/, ''));
  return out.filter(Boolean);
}

/** One section: how many ordinary posts get any finding from `check`, and from which rules. */
export function ordinaryPostsSection(family: string, check: (t: string) => Finding[]): EvalSection {
  const posts = ordinaryPosts();
  const flagged = posts.map((t) => check(t)).filter((f) => f.length > 0);
  const byRule = new Map<string, number>();
  for (const f of flagged) for (const x of f) byRule.set(x.ruleId, (byRule.get(x.ruleId) ?? 0) + 1);
  return {
    title: `${family}: ordinary posts (OLID train + Davidson tweets, ${posts.length} texts)`,
    rows: [{ label: 'posts with any finding', confusion: { tp: 0, fn: 0, fp: flagged.length, tn: posts.length - flagged.length }, note: 'unlabelled for this category: each finding needs review (see notes)' }],
    notes: [`findings by rule: ${[...byRule.entries()].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`],
  };
}
