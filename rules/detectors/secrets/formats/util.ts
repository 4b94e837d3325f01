import type { SecretFormat, Verdict } from '../format';

/** Left boundary for a token: not glued to a longer identifier. */
export const L = '(?<![A-Za-z0-9_])';
/** Right boundary for a token. */
export const R = '(?![A-Za-z0-9_])';

/** Compile a format pattern: global (scan every match) and with indices (to locate the secret group). */
export function re(source: string, flags = ''): RegExp {
  return new RegExp(source, `gd${flags}`);
}

/**
 * A token recognised by its literal prefix: the prefix alone makes a match nearly certain, so the base
 * confidence is high and only placeholder text or a too-uniform body lowers it.
 */
export function prefixed(
  id: string,
  name: string,
  prefix: string,
  body: string,
  opts: Partial<Pick<SecretFormat, 'confidence' | 'minEntropy' | 'check' | 'keywords'>> & { caseInsensitivePrefix?: boolean } = {},
): SecretFormat {
  const esc = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    id,
    name,
    keywords: opts.keywords ?? [prefix.toLowerCase()],
    pattern: re(`${L}(?<s>${esc}${body})${R}`),
    confidence: opts.confidence ?? 0.95,
    minEntropy: opts.minEntropy ?? 3,
    prefixLength: prefix.length,
    ...(opts.check ? { check: opts.check } : {}),
  };
}

/** Is one of these lowercase words within `radius` characters of [start, end)? */
export function near(text: string, start: number, end: number, words: readonly string[], radius = 80): string | undefined {
  const window = text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius)).toLowerCase();
  return words.find((w) => window.includes(w));
}

export const ok = (confidence?: number, note?: string): Verdict => ({ ok: true, ...(confidence !== undefined ? { confidence } : {}), ...(note ? { note } : {}) });
export const no = (why: string): Verdict => ({ ok: false, why });

/** Decode base64 or base64url to a binary string; null when it is not valid base64. */
export function decodeBase64(value: string): string | null {
  const std = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = std + '='.repeat((4 - (std.length % 4)) % 4);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(padded)) return null;
  try {
    return atob(padded);
  } catch {
    return null;
  }
}
