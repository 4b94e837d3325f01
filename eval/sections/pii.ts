import type { EvalSection } from '../report';

export async function evaluate(): Promise<EvalSection[]> {
  throw new Error('not written yet');
}
