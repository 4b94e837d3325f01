/**
 * Scoring for the learned fallbacks (learned cues for group attacks, learned insults): a generated weight table, parsed
 * on first use, and a linear score with the features that pushed it up most, which a finding's explain names.
 * Pure: no browser imports.
 */

export interface LearnedWeights {
  bias: number;
  threshold: number;
  /** one "feature weight" per line, as scripts/logistic.ts renders it */
  table: string;
}

export interface LearnedScore {
  score: number;
  /** The features that pushed the score up most, strongest first. */
  top: string[];
}

export interface LearnedModel {
  threshold: number;
  score(features: Iterable<string>): LearnedScore;
}

export function learnedModel(source: LearnedWeights): LearnedModel {
  let table: Map<string, number> | undefined;
  const weights = (): Map<string, number> => {
    if (table) return table;
    table = new Map();
    for (const line of source.table.split('\n')) {
      const sp = line.lastIndexOf(' ');
      if (sp > 0) table.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
    return table;
  };
  return {
    threshold: source.threshold,
    score(features) {
      const w = weights();
      let score = source.bias;
      const parts: [string, number][] = [];
      for (const f of features) {
        const x = w.get(f);
        if (x === undefined) continue;
        score += x;
        if (x > 0) parts.push([f, x]);
      }
      parts.sort((a, b) => b[1] - a[1]);
      return { score, top: parts.slice(0, 3).map(([f]) => f) };
    },
  };
}
