/** Base64 without Node's Buffer, so the same code runs in the browser (btoa/atob are global in Node 20). */

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Strict: surrounding whitespace is ignored, anything else that is not base64 returns null. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  const t = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) return null;
  try {
    const bin = atob(t);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** JWK fields are base64url without padding. */
export function base64UrlToBase64(text: string): string {
  const t = text.replace(/-/g, '+').replace(/_/g, '/');
  return t.padEnd(Math.ceil(t.length / 4) * 4, '=');
}
