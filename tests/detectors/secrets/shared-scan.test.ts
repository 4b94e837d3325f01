/**
 * The secrets rules of a pack share one scan of the draft (gate literals found in one pass, each
 * format's candidates found once). Every rule must still report exactly what a scan of its own formats
 * reports: checked here against a straightforward reference on the whole own suite.
 */
import { describe, expect, it } from 'vitest';
import { createSecretsRun, findSecrets, resolveOverlaps } from '../../../rules/detectors/secrets/detector';
import type { SecretFormat } from '../../../rules/detectors/secrets/format';
import { SECRET_FORMATS, resolveSecretType } from '../../../rules/detectors/secrets/formats/index';
import { SECRETS_PACK } from '../../../rules/packs/secrets';
import { compilePack, createChecker, resolvePack } from '../../../rules/index';
import type { DetectorHit, DetectorRule } from '../../../rules/types';
import { secretCases } from './cases';
import { detectorInput } from './input';

/** What one rule reports when it scans its own formats alone (the detector before the shared scan). */
function reference(text: string, options: Record<string, unknown>): DetectorHit[] {
  const types = options.types;
  const formats: readonly SecretFormat[] = Array.isArray(types) ? [...new Set(types.flatMap((t) => resolveSecretType(String(t)) ?? []))] : SECRET_FORMATS;
  const wanted = new Set(formats);
  const run = formats.some((f) => f.generic) ? [...new Set([...formats, ...SECRET_FORMATS.filter((f) => !f.generic)])] : formats;
  return resolveOverlaps(findSecrets(text, run))
    .filter((c) => wanted.has(c.format))
    .map((c) => ({
      start: c.start,
      end: c.end,
      confidence: Math.round(c.confidence * 100) / 100,
      explain: c.explain,
      message: `This looks like a ${c.format.name}. Posting it lets anyone use it.`,
    }));
}

const optionSets: Record<string, unknown>[] = [{}, ...SECRETS_PACK.rules.map((r) => (r as DetectorRule).options ?? {})];
const { positives, negatives } = secretCases();
const texts = [...positives, ...negatives].map((c) => c.text);
// drafts holding several cases, so rules see candidates of other families next to theirs
for (let i = 0; i + 4 <= texts.length; i += 4) texts.push(texts.slice(i, i + 4).join(i % 8 ? '\n' : ' and '));

describe('secrets: the shared scan', () => {
  it('gives every rule what a scan of its own formats gives, on every own-suite draft', () => {
    const runs = optionSets.map((o) => createSecretsRun(o));
    for (const text of texts) {
      optionSets.forEach((o, k) => {
        expect(runs[k]!(detectorInput(text)), `${JSON.stringify(o)} on ${JSON.stringify(text)}`).toEqual(reference(text, o));
      });
    }
  });

  it('is not fooled by rules checking different drafts in turn', () => {
    const runs = optionSets.map((o) => createSecretsRun(o));
    for (let i = 0; i + 1 < texts.length; i += 7) {
      const [a, b] = [texts[i]!, texts[i + 1]!];
      optionSets.forEach((o, k) => {
        const text = k % 2 ? a : b;
        expect(runs[k]!(detectorInput(text))).toEqual(reference(text, o));
      });
    }
  });

  it('gates formats on literals their patterns cannot match without', () => {
    for (const f of SECRET_FORMATS.filter((x) => x.alsoNeeds)) {
      for (const c of positives.filter((p) => p.expect === f.id)) {
        expect(f.alsoNeeds!.some((k) => c.text.toLowerCase().includes(k)), `${f.id}: ${c.text}`).toBe(true);
      }
    }
  });
});

describe('secrets: through the engine with the whole default pack', () => {
  // Sentence detectors make the engine split the draft; the secrets detector (text scope) must still see
  // the whole draft only, so a value's line context ("… Simple.") is the draft's, not one sentence's.
  const checker = createChecker(compilePack(resolvePack([], { includeDefault: true })));
  const secretFindings = (text: string) => checker.check(text).filter((f) => f.ruleId.startsWith('builtin.secrets.'));

  it('stays quiet on every own-suite negative', () => {
    for (const c of negatives) expect(secretFindings(c.text), c.text).toEqual([]);
  });

  it('finds every own-suite positive with its format', () => {
    for (const c of positives) {
      expect(secretFindings(c.text).map((f) => /\(([a-z0-9-]+)\) recognised/.exec(f.explain ?? '')?.[1]), c.text).toContain(c.expect);
    }
  });
});
