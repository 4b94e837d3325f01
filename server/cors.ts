/**
 * Cross-origin access for the paths the extension calls (/v1/pack, /v1/pack.sig, /v1/stats).
 *
 * The extension has host permissions for the social sites only, so its requests to the organisation's
 * endpoint are cross-origin and need CORS. Only extension origins are granted it: with a wildcard, any
 * web page an employee visits could read an intranet-hosted pack through their browser, or post
 * counts with the browser's network position.
 */
import type http from 'node:http';

export const CORS_PATHS: ReadonlySet<string> = new Set(['/v1/pack', '/v1/pack.sig', '/v1/stats']);

const EXTENSION_ORIGIN = /^(?:chrome|moz|safari-web)-extension:\/\/[A-Za-z0-9._-]+$/;

export function isExtensionOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

/** Headers for every answer on a CORS path; `Vary` keeps shared caches from mixing origins. */
export function corsHeaders(req: http.IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!isExtensionOrigin(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag, Retry-After', Vary: 'Origin' };
}

export function preflightHeaders(req: http.IncomingMessage): Record<string, string> {
  if (!isExtensionOrigin(req.headers.origin)) return corsHeaders(req);
  return {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-None-Match',
    'Access-Control-Max-Age': '86400',
  };
}
