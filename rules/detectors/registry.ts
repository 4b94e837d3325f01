/**
 * Every built-in detector a pack can name with `kind: detector`. One list per family, each owned by its
 * folder; tests/detectors/registry.test.ts checks that every detector a built-in pack names is here and
 * that every detector has at least one built-in rule with examples.
 */
import type { DetectorSpec } from '../types';
import { SECRET_DETECTORS } from './secrets/index';
import { PII_DETECTORS } from './pii/index';
import { LANGUAGE_DETECTORS } from './language/index';

export const DETECTORS: readonly DetectorSpec[] = [...SECRET_DETECTORS, ...PII_DETECTORS, ...LANGUAGE_DETECTORS];

const byId = new Map(DETECTORS.map((d) => [d.id, d]));

export function getDetector(id: string): DetectorSpec | undefined {
  return byId.get(id);
}

export function detectorIds(): string[] {
  return [...byId.keys()].sort();
}
