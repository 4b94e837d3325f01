/** Builds a DetectorInput the way the engine does, for calling a detector directly in unit tests. */
import nlp from 'compromise';
import type { DetectorInput, NlpDoc } from '../../../rules/types';

export function detectorInput(text: string): DetectorInput {
  let doc: NlpDoc | undefined;
  return {
    text,
    offset: 0,
    folded: () => ({ text: text.toLowerCase(), map: Array.from({ length: text.length + 1 }, (_, i) => i) }),
    nlp: () => (doc ??= nlp(text) as unknown as NlpDoc),
  };
}
