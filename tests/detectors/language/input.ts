/** Builds a DetectorInput for calling one detector directly (the engine's folding, via the functional harness). */
import { getDetector } from '../../../rules/detectors/registry';
import type { DetectorHit } from '../../../rules/types';
import { makeInput } from '../../functional/harness';

export function run(detector: string, text: string, options: Record<string, unknown> = {}, prev?: string): DetectorHit[] {
  const spec = getDetector(detector);
  if (!spec) throw new Error(`no detector ${detector}`);
  return spec.create(options)(makeInput(text, 0, prev));
}

/** The matched texts of the hits that reach `min` confidence. */
export function matches(detector: string, text: string, options: Record<string, unknown> = {}, min = 0.5, prev?: string): string[] {
  return run(detector, text, options, prev)
    .filter((h) => h.confidence >= min)
    .map((h) => text.slice(h.start, h.end));
}
