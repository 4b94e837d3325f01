import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../rules/pack/base64';
import { generateKeyPair, publicKeyOf, signBytes, verifyBytes } from '../../rules/pack/signature';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('Ed25519 signatures', () => {
  it('generates raw 32-byte public keys and PKCS#8 private keys, base64', async () => {
    const k = await generateKeyPair();
    expect(base64ToBytes(k.publicKey)?.length).toBe(32);
    expect(base64ToBytes(k.privateKey)?.[0]).toBe(0x30); // DER SEQUENCE
    expect(await publicKeyOf(k.privateKey)).toBe(k.publicKey);
  });

  it('verifies what it signed, over the exact bytes only', async () => {
    const k = await generateKeyPair();
    const sig = await signBytes(k.privateKey, bytes('{"id":"acme"}'));
    expect(base64ToBytes(sig)?.length).toBe(64);
    expect(await verifyBytes([k.publicKey], bytes('{"id":"acme"}'), sig)).toBe(true);
    expect(await verifyBytes([k.publicKey], bytes('{"id":"acme"} '), sig)).toBe(false);
    expect(await verifyBytes([k.publicKey], bytes('{"id":"acmf"}'), sig)).toBe(false);
  });

  it('accepts any of several keys (rotation) and refuses a key that did not sign', async () => {
    const [oldKey, newKey, stranger] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair()]);
    const sig = await signBytes(newKey.privateKey, bytes('pack'));
    expect(await verifyBytes([oldKey.publicKey, newKey.publicKey], bytes('pack'), sig)).toBe(true);
    expect(await verifyBytes([oldKey.publicKey, stranger.publicKey], bytes('pack'), sig)).toBe(false);
    expect(await verifyBytes([], bytes('pack'), sig)).toBe(false);
  });

  it('returns false, never throws, on malformed keys and signatures', async () => {
    const k = await generateKeyPair();
    const sig = await signBytes(k.privateKey, bytes('pack'));
    const flipped = base64ToBytes(sig)!;
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    for (const [keys, s] of [
      [['not base64!'], sig],
      [[bytesToBase64(new Uint8Array(31))], sig],
      [[bytesToBase64(new Uint8Array(32).fill(255))], sig],
      [[k.publicKey], 'garbage'],
      [[k.publicKey], ''],
      [[k.publicKey], bytesToBase64(new Uint8Array(63))],
      [[k.publicKey], bytesToBase64(flipped)],
      [[42 as unknown as string, k.publicKey], bytesToBase64(flipped)],
    ] as [string[], string][]) {
      await expect(verifyBytes(keys, bytes('pack'), s)).resolves.toBe(false);
    }
    // surrounding whitespace (a trailing newline in a .sig file) is not a reason to refuse
    expect(await verifyBytes([` ${k.publicKey}\n`], bytes('pack'), `${sig}\n`)).toBe(true);
  });

  it('refuses to sign with a malformed private key', async () => {
    await expect(signBytes('bm90IGEga2V5', bytes('x'))).rejects.toThrow();
    await expect(signBytes('%%%', bytes('x'))).rejects.toThrow(/not base64/);
  });
});
