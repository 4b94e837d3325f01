import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../rules/detectors/pii/index';
import { PII_PACK } from '../../../rules/packs/pii';
import type { DetectorHit, DetectorRule } from '../../../rules/types';
import { detectorInput } from '../secrets/input';
import { PII_NEGATIVES, PII_POSITIVES } from './cases';

const runs = new Map(PII_DETECTORS.map((d) => [d.id, d.create({})]));
const run = (id: string, text: string): DetectorHit[] => runs.get(id)!(detectorInput(text));
const allAbove = (text: string, min = 0.5) => PII_DETECTORS.flatMap((d) => run(d.id, text).filter((h) => h.confidence >= min).map((h) => ({ id: d.id, match: text.slice(h.start, h.end) })));

describe('pii detectors: own suite', () => {
  it('has cases for every detector', () => {
    for (const d of PII_DETECTORS) expect(PII_POSITIVES.some((c) => c.entity === d.id), d.id).toBe(true);
  });

  it.each(PII_POSITIVES.map((c) => [c.entity!, c.value!, c.text] as const))('%s finds %s', (entity, value, text) => {
    const hits = run(entity, text).filter((h) => h.confidence >= 0.5);
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain(value);
  });

  it.each(PII_NEGATIVES.map((t) => [t] as const))('no finding in %j', (text) => {
    expect(allAbove(text)).toEqual([]);
  });
});

describe('pii.email', () => {
  it('ignores role mailboxes and documentation domains', () => {
    for (const t of ['jobs@acme.com', 'hr@acme.com', 'info@acme.com', 'hello@acme.com', 'noreply@acme.com', 'jane@example.org', 'bob@corp.example', 'x@y.invalid']) {
      expect(run('pii.email', t), t).toEqual([]);
    }
  });
  it('covers the whole address and explains', () => {
    const [h] = run('pii.email', 'mail pat.lee@firma.de.');
    expect('mail pat.lee@firma.de.'.slice(h!.start, h!.end)).toBe('pat.lee@firma.de');
    expect(h!.explain).toMatch(/not a role mailbox/);
  });
});

describe('pii.phone', () => {
  it('raises confidence with personal context and lowers it for hotlines', () => {
    const bare = run('pii.phone', '0612 345 678')[0]!.confidence;
    const personal = run('pii.phone', 'call me at 0612 345 678')[0]!;
    const hotline = run('pii.phone', 'our support hotline 0612 345 678')[0]!;
    expect(personal.confidence).toBeGreaterThan(bare);
    expect(personal.explain).toMatch(/call me/);
    expect(hotline.confidence).toBeLessThan(bare);
    expect(hotline.explain).toMatch(/hotline|support/);
  });
  it('treats toll-free numbers as business lines even when someone says call', () => {
    const [h] = run('pii.phone', 'call 1-888-555-0100 now');
    expect(h!.confidence).toBeLessThan(0.5);
    expect(h!.explain).toMatch(/toll-free/);
  });
  it('does not read dates, years, IPs or street numbers as phones', () => {
    for (const t of ['on 2024-01-17', 'from 17.01.2024', '2019 - 2024', '10.20.30.40', 'at 370 3911 Fourth Avenue', 'lives at 48334 36 rue de pologne']) {
      expect(run('pii.phone', t).filter((h) => h.confidence >= 0.5), t).toEqual([]);
    }
  });
  it('needs context for a short local number', () => {
    expect(run('pii.phone', 'see you in room 358 0594').filter((h) => h.confidence >= 0.5)).toEqual([]);
    expect(run('pii.phone', 'Phone:\n358 0594').filter((h) => h.confidence >= 0.5)).toHaveLength(1);
  });
  it('leaves Luhn-valid card numbers to the card detector', () => {
    expect(run('pii.phone', 'call 4539148803436467')).toEqual([]);
  });
});

describe('pii.card', () => {
  it('rejects Luhn failures and published test numbers', () => {
    expect(run('pii.card', 'card 4539 1488 0343 6468')).toEqual([]);
    expect(run('pii.card', 'card 4242 4242 4242 4242')[0]!.confidence).toBeLessThan(0.5);
  });
  it('reports a published test number written as someone\'s own card, not one in a how-to', () => {
    expect(run('pii.card', 'my visa 4111 1111 1111 1111')[0]?.confidence).toBe(0.6);
    expect(run('pii.card', 'Use the test card 4242 4242 4242 4242 in staging')[0]?.confidence).toBeLessThan(0.5);
  });
  it('names the issuer and the validator in explain', () => {
    expect(run('pii.card', 'visa 4539 1488 0343 6467')[0]!.explain).toMatch(/Luhn.*Visa/);
  });
  it('needs a card word for a Luhn-valid number from no known range', () => {
    // 12 digits starting 9: no issuer, Luhn-valid
    const n = '900000000001';
    expect(run('pii.card', `ref ${n}`).filter((h) => h.confidence >= 0.5)).toEqual([]);
    expect(run('pii.card', `my card ${n}`).filter((h) => h.confidence >= 0.5)).toHaveLength(1);
  });
});

describe('pii.address', () => {
  const reported = (t: string) => run('pii.address', t).filter((h) => h.confidence >= 0.6).map((h) => t.slice(h.start, h.end));
  it("reports an address given as someone's home, with its city and postcode", () => {
    expect(reported('He lives at 221B Baker Street, London NW1 6XE')).toEqual(['221B Baker Street, London NW1 6XE']);
    expect(reported('my address: 5 Elm St., Boston, MA 02118')).toEqual(['5 Elm St., Boston, MA 02118']);
    expect(run('pii.address', 'I live at 12 Kings Road')[0]?.explain).toMatch(/street address.*'live at' raised/);
  });
  it("leaves a business's address, a bare address and ordinary numbers below the threshold", () => {
    expect(reported('Our new office is at 100 Market Street, San Francisco, CA 94105')).toEqual([]);
    expect(reported('Meet at 10 Downing Street')).toEqual([]);
    expect(run('pii.address', 'I walked 5 miles down the street')).toEqual([]);
    expect(run('pii.address', 'Top 10 Ways to improve')).toEqual([]);
    expect(reported("We're live! Visit 42 Market Street for the pop-up.")).toEqual([]);
    expect(reported('We go live with 3 Google Drive integrations next week.')).toEqual([]);
    expect(reported('he lives at 42 Elm Street.')).toEqual(['42 Elm Street']);
  });
});

describe('pii.email and URL credentials', () => {
  it('does not read the password and host of a URL as an email address', () => {
    expect(run('pii.email', 'mongodb+srv://appuser:Qm9v7RtLx2@cluster0.abcde.mongodb.net/test')).toEqual([]);
    expect(run('pii.email', 'write to jane.doe@gmail.com')).toHaveLength(1);
    expect(run('pii.email', 'postgres://app:p@ss@db.acme.io:5432/app')).toEqual([]);
  });
});

describe('pii.phone and pii.ssn together', () => {
  it('leaves the social security number shape (AAA-GG-SSSS) to pii.ssn', () => {
    expect(run('pii.phone', 'her social security number is 536-22-8714')).toEqual([]);
    expect(run('pii.ssn', 'her social security number is 536-22-8714')).toHaveLength(1);
  });
});

describe('pii.iban', () => {
  it('validates per-country length and mod-97', () => {
    expect(run('pii.iban', 'DE89 3704 0044 0532 0130 00')).toHaveLength(1);
    expect(run('pii.iban', 'DE89 3704 0044 0532 0130 01')).toEqual([]);
    expect(run('pii.iban', 'DE89 3704 0044 0532 0130')).toEqual([]);
  });
  it('sheds trailing text that is not part of the IBAN', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00 1234 thanks';
    const [h] = run('pii.iban', text);
    expect(text.slice(h!.start, h!.end)).toBe('DE89 3704 0044 0532 0130 00');
  });
});

describe('pii.ssn', () => {
  it('rejects never-issued ranges', () => {
    for (const t of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', '078-05-1120', '987-65-4321', '111-11-1111']) {
      expect(run('pii.ssn', `ssn ${t}`), t).toEqual([]);
    }
  });
  it('requires consistent delimiters', () => {
    expect(run('pii.ssn', 'ssn 536-22 8714')).toEqual([]);
  });
  it('reports an example number when it is written as someone\'s own, and says so', () => {
    const [h] = run('pii.ssn', 'My SSN is 123-45-6789');
    expect(h?.confidence).toBe(0.6);
    expect(h?.explain).toMatch(/example number, but written as someone's own \('ssn'\)/);
    expect(run('pii.ssn', 'SSNs look like 123-45-6789')).toEqual([]);
    // advice about "your" number is not a disclosure
    expect(run('pii.ssn', 'Never post your SSN like 123-45-6789 online.')).toEqual([]);
    expect(run('pii.ssn', 'her social security number: 078-05-1120')).toHaveLength(1);
    // never-issued numbers stay refused however they are introduced
    expect(run('pii.ssn', 'my SSN is 666-12-3456')).toEqual([]);
  });
  it('reports a bare nine-digit number only with SSN context', () => {
    expect(run('pii.ssn', 'ticket 536228714')[0]!.confidence).toBeLessThan(0.5);
    const h = run('pii.ssn', 'SSN 536228714')[0]!;
    expect(h.confidence).toBeGreaterThanOrEqual(0.5);
    expect(h.explain).toMatch(/ssn/);
  });
});

describe('pii.ip', () => {
  it('scores private ranges low and skips documentation ranges', () => {
    expect(run('pii.ip', 'my ip 192.168.1.20')[0]!.confidence).toBeLessThan(0.6);
    expect(run('pii.ip', 'ip 198.51.100.4')).toEqual([]);
    expect(run('pii.ip', 'my ip 81.2.69.160')[0]!.confidence).toBeGreaterThanOrEqual(0.6);
  });
});

describe('builtin:pii pack', () => {
  const rules = PII_PACK.rules as DetectorRule[];
  it('keeps its id and uses every detector', () => {
    expect(PII_PACK.id).toBe('builtin.pii');
    expect(new Set(rules.map((r) => r.detector))).toEqual(new Set(PII_DETECTORS.map((d) => d.id)));
  });
  it.each(rules.map((r) => [r.id, r] as const))('rule %s: examples flag and pass', (_id, r) => {
    const min = r.minConfidence ?? 0.5;
    expect(r.examples?.flag?.length).toBeGreaterThan(0);
    expect(r.examples?.pass?.length).toBeGreaterThan(0);
    for (const t of r.examples!.flag!) expect(run(r.detector, t).filter((h) => h.confidence >= min).length, t).toBeGreaterThan(0);
    for (const t of r.examples!.pass!) expect(run(r.detector, t).filter((h) => h.confidence >= min), t).toEqual([]);
  });
});
