/** Packs and a scripted pack server for the pack-update and background tests. */
import type { PackSource } from '@/rules/types';

export const PACK_URL = 'https://packs.acme.example/v1/pack';

export function orgPack(over: Partial<PackSource> = {}): PackSource {
  return {
    format: 'draftguard/pack@1',
    id: 'acme',
    name: 'Acme policy',
    version: '2026.11.1',
    serial: 5,
    rules: [
      { id: 'codenames', kind: 'terms', category: 'confidential', severity: 'block', terms: ['Bluebird'], hash: false, message: "'{match}' is an internal codename." },
      { id: 'no-silence', kind: 'terms', category: 'confidential', severity: 'block', override: 'deny', terms: ['Kestrel'], hash: false, message: 'Never.' },
      { id: 'with-reason', kind: 'terms', category: 'inflammatory', severity: 'block', override: 'reason', terms: ['grr'], message: 'Why?' },
    ],
    ...over,
  };
}

export interface Route {
  status: number;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A fetch stand-in answering from a mutable route table. `null` routes throw like a network failure.
 * The pack route honours If-None-Match against its ETag, as the reference server does.
 */
export function scriptedServer() {
  const routes = new Map<string, Route | null>();
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    requests.push({ url, method: init?.method ?? 'GET', headers, body: typeof init?.body === 'string' ? init.body : undefined });
    const route = routes.get(url);
    if (route === null) throw new TypeError('Failed to fetch');
    if (!route) return new Response('not found', { status: 404 });
    const etag = route.headers?.etag;
    if (etag && headers['if-none-match'] === etag && route.status === 200) return new Response(null, { status: 304, headers: { etag } });
    const body = route.status === 304 || route.status === 204 ? null : (route.body ?? '');
    return new Response(body as BodyInit | null, { status: route.status, headers: route.headers });
  };
  return { routes, requests, fetch };
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);
