/**
 * Ed25519 signatures over a built pack's exact bytes, with WebCrypto only, so the command line (Node 20)
 * and the extension's background share this code. Verification never throws: a malformed key or
 * signature is simply "not verified", and the caller keeps its last good pack.
 */
import { base64ToBytes, base64UrlToBase64, bytesToBase64 } from './base64';

const ED25519 = { name: 'Ed25519' } as const;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [raw, pkcs8] = await Promise.all([subtle().exportKey('raw', pair.publicKey), subtle().exportKey('pkcs8', pair.privateKey)]);
  return { publicKey: bytesToBase64(new Uint8Array(raw)), privateKey: bytesToBase64(new Uint8Array(pkcs8)) };
}

/** Throws on a malformed private key: signing is an admin action that must fail loudly. */
export async function signBytes(privateKeyB64: string, bytes: Uint8Array): Promise<string> {
  const der = base64ToBytes(privateKeyB64);
  if (!der) throw new Error('the private key is not base64');
  const key = await subtle().importKey('pkcs8', der, ED25519, false, ['sign']);
  // copied: WebCrypto takes only ArrayBuffer-backed views, and the caller's may be shared
  return bytesToBase64(new Uint8Array(await subtle().sign(ED25519, key, new Uint8Array(bytes))));
}

/** Derives the public key of a private one, so the command line can check a key file is consistent. */
export async function publicKeyOf(privateKeyB64: string): Promise<string> {
  const der = base64ToBytes(privateKeyB64);
  if (!der) throw new Error('the private key is not base64');
  const key = await subtle().importKey('pkcs8', der, ED25519, true, ['sign']);
  const jwk = await subtle().exportKey('jwk', key);
  if (!jwk.x) throw new Error('the private key has no public part');
  return base64UrlToBase64(jwk.x);
}

/** True when any of `publicKeys` (base64 raw 32 bytes) verifies the signature; false otherwise. */
export async function verifyBytes(publicKeys: readonly string[], bytes: Uint8Array, signatureB64: string): Promise<boolean> {
  const signature = base64ToBytes(signatureB64);
  if (!signature || signature.length !== SIGNATURE_BYTES) return false;
  const data = new Uint8Array(bytes);
  for (const k of publicKeys) {
    const raw = typeof k === 'string' ? base64ToBytes(k) : null;
    if (!raw || raw.length !== PUBLIC_KEY_BYTES) continue;
    try {
      const key = await subtle().importKey('raw', raw, ED25519, false, ['verify']);
      if (await subtle().verify(ED25519, key, signature, data)) return true;
    } catch {
      // a key WebCrypto refuses (not on the curve, say) verifies nothing; try the next one
    }
  }
  return false;
}
