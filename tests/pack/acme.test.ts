/** The spec's complete example pack (tests/fixtures/packs/acme.yaml, verbatim) loads and does what it says. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/engine/checker';
import { compilePack } from '../../rules/engine/compile';
import { runExamples } from '../../rules/pack/examples';
import { parsePack } from '../../rules/pack/parse';
import { resolvePack } from '../../rules/pack/resolve';

const text = readFileSync(new URL('../fixtures/packs/acme.yaml', import.meta.url), 'utf8');
// The contracts live beside the repository (../shared/spec); a checkout without them skips this one test.
const specUrl = new URL('../../../shared/spec/policy-pack.md', import.meta.url);
const spec = existsSync(specUrl) ? readFileSync(specUrl, 'utf8') : undefined;
const acme = parsePack(text, 'acme.yaml');
const resolved = resolvePack([acme]);
const compiled = compilePack(resolved);
const checker = createChecker(compiled);
const acmeHits = (t: string) =>
  checker
    .check(t)
    .filter((f) => f.ruleId.startsWith('acme.'))
    .map((f) => [f.ruleId, f.match] as const);

describe('the spec example pack', () => {
  it.skipIf(!spec)('is the spec text verbatim', () => {
    expect(spec).toContain('```yaml\n' + text + '```');
  });

  it('validates, resolves on top of the default and keeps its own metadata', () => {
    expect(resolved).toMatchObject({ id: 'acme', name: 'Acme social media policy', version: '2026.11.2', serial: 42, lang: 'en' });
    expect(resolved.allow).toEqual(expect.arrayContaining(['Acme Cloud', 'careers@acme.com']));
    expect(resolved.rules.filter((r) => r.packId === 'acme').map((r) => r.ruleId)).toEqual(['acme.codenames', 'acme.codename-kestrel', 'acme.internal-hosts', 'acme.financial-results']);
    expect(resolved.rules.find((r) => r.ruleId === 'builtin.pii.phone')).toBeUndefined();
    const shouting = resolved.rules.find((r) => r.ruleId === 'builtin.inflammatory.shouting');
    if (shouting) expect(shouting.severity).toBe('info');
  });

  it('passes its own examples', () => {
    expect(runExamples(resolved, compiled, { only: (id) => id.startsWith('acme.') })).toEqual({ passed: 3, failures: [] });
  });

  it('catches its codenames in the forms people write them', () => {
    expect(acmeHits('Counting down to the #ProjectBluebird reveal')).toEqual([['acme.codenames', expect.stringContaining('ProjectBluebird')]]);
    expect(acmeHits('B1uebird is coming')).toEqual([['acme.codenames', 'B1uebird']]);
    expect(acmeHits('see the project-bluebird repo')).toEqual([['acme.codenames', 'project-bluebird']]);
    expect(acmeHits('Kestrel AI is faster')).toEqual(expect.arrayContaining([['acme.codenames', 'Kestrel AI']]));
    expect(acmeHits('Kestrel ships soon')).toEqual([['acme.codename-kestrel', 'Kestrel']]);
  });

  it("keeps 'Kestrel' the project apart from 'kestrel' the bird, and stays silent on ordinary text", () => {
    expect(acmeHits('A kestrel hovered over the motorway verge')).toEqual([]);
    for (const t of ['A blue bird sat on the fence', 'We use Acme Cloud for our demos', 'Great quarter for the team, thanks all!', 'Bluetooth headphones on sale']) {
      expect(acmeHits(t), t).toEqual([]);
    }
  });

  it('flags internal host names and the financial-results phrase', () => {
    expect(acmeHits('logs are on build-07.eu.acme-internal.net today')).toEqual([['acme.internal-hosts', 'build-07.eu.acme-internal.net']]);
    expect(acmeHits('acme-internal.net is our domain')).toEqual([]);
    const money = checker.check('Our revenue was $4.2 million this quarter').filter((f) => f.ruleId === 'acme.financial-results');
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ severity: 'warn', category: 'confidential' });
    expect(acmeHits('Our revenue team is hiring')).toEqual([]);
  });
});
