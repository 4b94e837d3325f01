/**
 * One update attempt: conditional GET, signature, schema, downgrade and compile checks, in that order.
 * Nothing here writes state; the caller keeps the last good pack unless the outcome is `loaded`.
 */
import type { PackSource, ResolvedPack } from '@/rules/types';
import { validatePackObject } from '@/rules/pack/parse';
import { compilePack } from '@/rules/engine/compile';
import { verifyBytes } from '@/rules/pack/signature';
import type { LastGoodPack } from './pack-state';
import type { PackSourceConfig } from './pack-source-config';
import { resolveOrgPack } from './resolve-in-force';

/** A built pack is JSON well under this; anything bigger is refused before it is decoded. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
const MAX_SIG_BYTES = 4096;

export interface FetchPackDeps {
  fetch: typeof fetch;
  now: () => number;
  verify?: (publicKeys: string[], bytes: Uint8Array, signatureB64: string) => Promise<boolean>;
  compile?: (pack: ResolvedPack) => unknown;
}

export type FetchPackOutcome =
  | { kind: 'unchanged' }
  | { kind: 'loaded'; lastGood: LastGoodPack; pack: ResolvedPack }
  | { kind: 'failed'; reason: string };

const fail = (reason: string): FetchPackOutcome => ({ kind: 'failed', reason });
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return null;
  const bytes = new Uint8Array(await res.arrayBuffer());
  return bytes.byteLength > max ? null : bytes;
}

export async function fetchPack(config: PackSourceConfig, lastGood: LastGoodPack | undefined, deps: FetchPackDeps): Promise<FetchPackOutcome> {
  const { url } = config;
  // An ETag only means something for the address it came from, and a pack that loaded without a
  // signature must not be kept by a 304 once keys are required.
  const canRevalidate = lastGood && lastGood.url === url && lastGood.etag && (lastGood.signed || !config.requireSignature);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (canRevalidate) headers['If-None-Match'] = lastGood.etag!;

  let res: Response;
  try {
    res = await deps.fetch(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (err) {
    return fail(`network error fetching the pack: ${errorText(err)}`);
  }
  if (res.status === 304) return canRevalidate ? { kind: 'unchanged' } : fail('server answered 304 to a request that was not conditional');
  if (!res.ok) return fail(`pack server answered HTTP ${res.status}`);
  const bytes = await readCapped(res, MAX_PACK_BYTES).catch(() => null);
  if (!bytes) return fail(`pack is unreadable or larger than ${MAX_PACK_BYTES} bytes`);

  let signed = false;
  if (config.requireSignature) {
    const sigUrl = `${url}.sig`;
    let sigRes: Response;
    try {
      sigRes = await deps.fetch(sigUrl, { cache: 'no-store', credentials: 'omit' });
    } catch (err) {
      return fail(`network error fetching the signature: ${errorText(err)}`);
    }
    if (!sigRes.ok) return fail(`signature ${sigUrl} answered HTTP ${sigRes.status}; a signed pack is required`);
    const sigBytes = await readCapped(sigRes, MAX_SIG_BYTES).catch(() => null);
    if (!sigBytes) return fail('signature file is unreadable or too large');
    const signature = new TextDecoder().decode(sigBytes).trim();
    let valid = false;
    try {
      valid = config.publicKeys.length > 0 && (await (deps.verify ?? verifyBytes)(config.publicKeys, bytes, signature));
    } catch (err) {
      return fail(`signature check failed: ${errorText(err)}`);
    }
    if (!valid) return fail('signature does not match the pack with any configured public key');
    signed = true;
  }

  let source: PackSource;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    source = validatePackObject(JSON.parse(text) as unknown, url);
  } catch (err) {
    return fail(`pack refused: ${errorText(err)}`);
  }
  if (config.requireSignature && typeof source.serial !== 'number') return fail(`pack refused: field 'serial' is required in a signed pack`);
  // Serials are compared within one pack id, so an organisation can move to a new pack id.
  if (lastGood && lastGood.packId === source.id && typeof lastGood.serial === 'number' && (source.serial ?? -Infinity) < lastGood.serial) {
    return fail(`pack refused: serial ${source.serial ?? '(none)'} is lower than the last good pack's ${lastGood.serial} (downgrade)`);
  }

  let pack: ResolvedPack;
  try {
    pack = resolveOrgPack(source);
    (deps.compile ?? compilePack)(pack);
  } catch (err) {
    return fail(`pack refused: ${errorText(err)}`);
  }

  const text = new TextDecoder().decode(bytes);
  const etag = res.headers.get('etag') ?? undefined;
  return {
    kind: 'loaded',
    pack,
    lastGood: { text, url, etag, packId: source.id, serial: source.serial, loadedAt: deps.now(), signed, source: config.source },
  };
}
