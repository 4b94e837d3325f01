/**
 * How the language tests and evals run text through the built-in packs: `check` is the real engine
 * (rules/engine: resolvePack → compilePack → createChecker) with the whole built-in default pack, so
 * every category counts. There is no fallback runner: if the engine cannot be built or throws, the
 * caller (a test or an eval section) fails.
 *
 * `makeInput` builds a DetectorInput for unit tests that call one detector directly; its folded view is
 * the engine's own (rules/engine/normalize foldedView), so unit tests see what the engine gives detectors.
 */
import { createChecker, type Checker } from '../../rules/engine/checker';
import { compilePack } from '../../rules/engine/compile';
import { foldedView } from '../../rules/engine/normalize';
import { resolvePack } from '../../rules/pack/resolve';
import { builtinPacks } from '../../rules/packs/index';
import type { Category, DetectorInput, MappedText, NlpDoc, Severity } from '../../rules/types';

const NO_NLP: NlpDoc = {
  match: () => NO_NLP,
  found: false,
  text: () => '',
};

export function makeInput(text: string, offset = 0, prev?: string, next?: string): DetectorInput {
  let f: MappedText | undefined;
  return { text, offset, prev, next, folded: () => (f ??= foldedView(text)), nlp: () => NO_NLP };
}

export interface HarnessFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  start: number;
  end: number;
  match: string;
  explain?: string;
  tags: string[];
}

let engine: Checker | undefined;

/**
 * The engine with builtin:default, built on first use; errors propagate, and so does a detector that throws (the engine
 * itself swallows it so that one bad rule cannot take a user's check down, which would read here as "nothing found").
 */
export function engineChecker(): Checker {
  return (engine ??= createChecker(compilePack(resolvePack(builtinPacks('builtin:default'))), {
    onDetectorError: (ruleId, error) => {
      throw new Error(`detector of ${ruleId} threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    },
  }));
}

/** One line for eval notes: which runner produced the numbers. */
export function runnerNote(): string {
  return 'runner: the engine (rules/engine) with builtin:default';
}

/** The engine with the built-in default pack (all four families). Throws if the engine throws. */
export function check(text: string): HarnessFinding[] {
  return engineChecker()
    .check(text)
    .map((f) => ({ ...f, tags: f.tags ?? [] }));
}
