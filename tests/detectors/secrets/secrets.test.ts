import { describe, expect, it } from 'vitest';
import { secretsDetector, findSecrets, resolveOverlaps } from '../../../rules/detectors/secrets/detector';
import { SECRET_FAMILIES, SECRET_FORMATS } from '../../../rules/detectors/secrets/formats/index';
import { SECRETS_PACK } from '../../../rules/packs/secrets';
import type { DetectorRule } from '../../../rules/types';
import { secretCases } from './cases';
import { detectorInput } from './input';
import { makeFakes } from './fake';

const runAll = secretsDetector.create({});
const found = (text: string, minConfidence = 0.5) => runAll(detectorInput(text)).filter((h) => h.confidence >= minConfidence);

describe('secrets detector: own suite', () => {
  const { positives, negatives } = secretCases();

  it('has at least 100 positive and 100 negative cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(100);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
  });

  it.each(positives.map((c) => [c.expect, c.text] as const))('finds %s in %j', (id, text) => {
    const hits = found(text);
    expect(hits.map((h) => /\(([a-z0-9-]+)\)/.exec(h.explain ?? '')?.[1])).toContain(id);
  });

  it.each(negatives.map((c) => [c.text] as const))('stays quiet on %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('secrets detector: behaviour', () => {
  const f = makeFakes(99);

  it('covers at least 40 credential formats', () => {
    expect(SECRET_FORMATS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SECRET_FORMATS.map((x) => x.id)).size).toBe(SECRET_FORMATS.length);
  });

  it('highlights the secret itself, not its label', () => {
    const token = f['github-pat']();
    const text = `token: ${token} thanks`;
    const [hit] = found(text);
    expect(text.slice(hit!.start, hit!.end)).toBe(token);
  });

  it('never repeats the secret in explain or message', () => {
    const token = f['stripe-key']();
    const [hit] = found(`key ${token}`);
    expect(hit!.explain).not.toContain(token);
    expect(hit!.message).not.toContain(token);
    expect(hit!.explain).toMatch(/stripe-key.*entropy/);
  });

  it('reports a token assigned to a secret-named key once, as its specific format', () => {
    const hits = found(`api_key = "${f['github-pat']()}"`);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.explain).toContain('(github-pat)');
  });

  it('rejects placeholders, templates and repeated characters', () => {
    for (const text of ['GITHUB_TOKEN=ghp_' + 'x'.repeat(36), 'api_key: ${API_KEY}', 'secret = "{{ vault_secret }}"', 'token=<token>', 'password: changeme', 'client_secret = "' + 'a'.repeat(32) + '"']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('rejects AWS documentation keys but accepts a real-looking one with its secret nearby', () => {
    expect(found('AKIA' + 'IOSFODNN7EXAMPLE')).toEqual([]);
    const hits = found(`id ${f['aws-access-key-id']()} secret ${f['aws-secret-access-key']()}`);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reports an unlabelled AWS secret written next to its key ID, and only there', () => {
    const secret = f['aws-secret-access-key']().replace(/[+/]/g, 'Q');
    const pair = found(`keys: AKIA7Q2ZX9RT4WXYZ8QP / ${secret}`);
    expect(pair.map((h) => h.explain?.match(/\(([a-z0-9-]+)\)/)?.[1])).toEqual(['aws-access-key-id', 'aws-secret-near-key-id']);
    // a commit hash next to a key ID is one case, not a generated secret; a 40-character value alone is nothing
    expect(found('AKIA7Q2ZX9RT4WXYZ8QP 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b').map((h) => h.explain)).toHaveLength(1);
    expect(found(`value ${secret}`)).toEqual([]);
  });

  it('reports a token of a named format whose body looks typed by hand at lower confidence, saying so; marked placeholders stay out', () => {
    const [slack] = found('token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx');
    expect(slack!.confidence).toBe(0.6);
    expect(slack!.explain).toContain('looks made up');
    expect(found('token xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual([]);
    expect(found('okta_secret:  00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua')[0]!.confidence).toBe(0.6);
    // in a generic assignment, a made-up value is not worth a prompt
    expect(found('api_key = "abcdefgh12345678abcdefgh"')).toEqual([]);
  });

  it('treats a lone AWS key ID as lower confidence than a pair', () => {
    const [alone] = found(`key id ${f['aws-access-key-id']()}`);
    expect(alone!.confidence).toBeLessThan(0.9);
    expect(alone!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('checks a JWT header decodes to JSON with alg', () => {
    expect(found(f.jwt())).toHaveLength(1);
    const notJwt = btoa('{"hello":"world"}').replace(/=+$/, '') + '.' + btoa('{"a":1}').replace(/=+$/, '') + '.c2lnbmF0dXJlc2lnbmF0dXJl';
    expect(found(notJwt)).toEqual([]);
    const unsigned = btoa('{"alg":"none"}').replace(/=+$/, '') + '.' + btoa('{"sub":"123456"}').replace(/=+$/, '') + '.c2lnbmF0dXJlc2lnbmF0dXJl';
    expect(found(unsigned)).toEqual([]);
  });

  it('requires key material after a private key header', () => {
    expect(found('-----BEGIN RSA ' + 'PRIVATE KEY-----\n...your key here...\n-----END RSA PRIVATE KEY-----')).toEqual([]);
    expect(found(f['private-key']())[0]!.explain).toContain('key material');
  });

  it('skips empty and placeholder passwords in connection strings', () => {
    expect(found('postgres://app:@db/app')).toEqual([]);
    expect(found('postgres://app:password@db/app')).toEqual([]);
    expect(found('postgres://app:****@db/app')).toEqual([]);
    expect(found('postgres://app:Vq7rT2mLp9@db/app')).toHaveLength(1);
  });

  it('flags plain-language password disclosures and not talk about passwords', () => {
    const text = 'the password for the staging box is hunter2!';
    const hits = found(text);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('hunter2');
    expect(found('new wifi password: Tr0ub4dor&3')).toHaveLength(1);
    expect(found('my passcode is 4821')).toHaveLength(1);
    expect(found('the password is expired')).toEqual([]);
    expect(found('passwords must be 12 characters long')).toEqual([]);
    expect(found('the password is 16 characters long')).toEqual([]);
  });

  it('keeps a plain dictionary word after "password is" below the default threshold', () => {
    const hits = runAll(detectorInput('honestly the password is sunshine'));
    expect(hits.every((h) => h.confidence < 0.5)).toBe(true);
  });

  it('does not treat commit hashes, UUIDs or versions as secrets', () => {
    expect(found('merged 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 into main')).toEqual([]);
    expect(found('trace 7d9f0c2e-4b1a-4e8f-9a3b-2c6d8e1f0a57')).toEqual([]);
    expect(found('version: 4.2.0-rc.1+build.5114')).toEqual([]);
  });

  it('resolves overlaps in favour of specific formats', () => {
    const token = f['slack-token']();
    const cands = findSecrets(`SLACK_TOKEN=${token}`, SECRET_FORMATS);
    expect(cands.length).toBeGreaterThan(1);
    const kept = resolveOverlaps(cands);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.format.id).toBe('slack-token');
  });

  it('limits a rule to its types', () => {
    const onlyStripe = secretsDetector.create({ types: ['payment-key'] });
    expect(onlyStripe(detectorInput(f['github-pat']()))).toEqual([]);
    expect(onlyStripe(detectorInput(f['stripe-key']()))).toHaveLength(1);
  });

  it('validates options', () => {
    expect(secretsDetector.validateOptions!({})).toBeNull();
    expect(secretsDetector.validateOptions!({ types: ['github-token', 'jwt'] })).toBeNull();
    expect(secretsDetector.validateOptions!({ types: ['nope'] })).toMatch(/types.*nope/);
    expect(secretsDetector.validateOptions!({ types: [] })).toMatch(/types/);
  });

  it('finds every credential in a long draft with its offset', () => {
    const a = f['npm-token']();
    const b = f['sendgrid-key']();
    const text = `${'lorem ipsum dolor sit amet. '.repeat(200)}npm ${a} and ${b} end`;
    const hits = found(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([a, b]);
  });
});

describe('builtin:secrets pack', () => {
  const rules = SECRETS_PACK.rules as DetectorRule[];

  it('has one rule per family, each blocking, tagged secret and without {match}', () => {
    expect(SECRETS_PACK.id).toBe('builtin.secrets');
    expect(new Set(rules.flatMap((r) => (r.options?.types as string[]) ?? []))).toEqual(new Set(SECRET_FAMILIES.map((x) => x.id)));
    for (const r of rules) {
      expect(r.severity).toBe('block');
      expect(r.tags).toContain('secret');
      expect(r.message).not.toContain('{match}');
      expect(r.note).toMatch(/revoke and rotate/);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('rule %s: examples flag and pass', (_id, r) => {
    const run = secretsDetector.create(r.options ?? {});
    const min = r.minConfidence ?? 0.5;
    expect(r.examples?.flag?.length).toBeGreaterThan(0);
    expect(r.examples?.pass?.length).toBeGreaterThan(0);
    for (const t of r.examples?.flag ?? []) expect(run(detectorInput(t)).filter((h) => h.confidence >= min).length, t).toBeGreaterThan(0);
    for (const t of r.examples?.pass ?? []) expect(run(detectorInput(t)).filter((h) => h.confidence >= min), t).toEqual([]);
  });
});
