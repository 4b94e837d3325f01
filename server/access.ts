/** Who may do what: the ingestion token, the admin token and the loopback rule. */
import crypto from 'node:crypto';
import type http from 'node:http';

/**
 * Constant-time comparison. Hashing first gives both sides the same length, so neither the content
 * nor the length of the expected token leaks through timing.
 */
export function tokenEquals(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * The presented credential: `Bearer <token>`, or Basic auth with the token as the password, which is
 * how a browser opening the dashboard can send it (the browser asks for it after a 401).
 */
export function presentedToken(req: http.IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^(\w+)\s+(.+)$/.exec(h.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const value = m[2]!;
  if (scheme === 'bearer') return value;
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * A request relayed by a reverse proxy on the same machine arrives from loopback too; such a request
 * carries a forwarding header, and is then treated as coming from elsewhere.
 */
export function isLocalRequest(req: http.IncomingMessage): boolean {
  if (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined || req.headers['x-real-ip'] !== undefined) return false;
  return isLoopbackAddress(req.socket.remoteAddress);
}

export type AdminAccess = 'ok' | 'unauthorized' | 'forbidden';

export function adminAccess(req: http.IncomingMessage, adminToken: string | undefined): AdminAccess {
  if (adminToken === undefined) return isLocalRequest(req) ? 'ok' : 'forbidden';
  const given = presentedToken(req);
  return given !== null && tokenEquals(given, adminToken) ? 'ok' : 'unauthorized';
}

export function ingestAccess(req: http.IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = presentedToken(req);
  return given !== null && tokenEquals(given, token);
}
