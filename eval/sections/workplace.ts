/**
 * False alarms on ordinary workplace posts (tests/corpus/workplace): any finding of any category and
 * any severity counts, with a Wilson 95% interval.
 */
import { workplacePosts } from '../../tests/corpus/workplace/load';
import { check, runnerNote } from '../../tests/functional/harness';
import { type EvalSection, wilson } from '../report';

export async function evaluate(): Promise<EvalSection[]> {
  const posts = workplacePosts();
  const flagged = posts.map((p) => ({ p, f: check(p) })).filter((x) => x.f.length > 0);
  const warnOrBlock = flagged.filter((x) => x.f.some((f) => f.severity !== 'info')).length;
  const [lo, hi] = wilson(flagged.length, posts.length);
  return [
    {
      title: 'workplace corpus: false alarms on ordinary posts',
      rows: [
        { label: 'any finding (any severity)', confusion: { tp: 0, fn: 0, fp: flagged.length, tn: posts.length - flagged.length }, note: `false-alarm rate ${((flagged.length / posts.length) * 100).toFixed(2)}% [95% CI ${(lo * 100).toFixed(2)}-${(hi * 100).toFixed(2)}%]` },
        { label: 'warn or block finding', confusion: { tp: 0, fn: 0, fp: warnOrBlock, tn: posts.length - warnOrBlock } },
      ],
      notes: [
        runnerNote(),
        `${posts.length} posts; accuracy column = share of posts with no finding`,
        ...flagged.slice(0, 5).map((x) => `flagged: "${x.p}" by ${x.f.map((f) => f.ruleId).join(', ')}`),
      ],
    },
  ];
}
