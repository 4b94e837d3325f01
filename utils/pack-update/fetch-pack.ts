/**
 * One update attempt: conditional GET, signature, schema, downgrade and compile checks, in that order.
 * Nothing here writes state; the caller keeps the last good pack unless the outcome is `loaded`.
 */
import { PackError, type PackSource, type ResolvedPack } from '@/rules/types';
import { parsePack } from '@/rules/pack/parse';
import { formatSize, MAX_PACK_CHARS } from '@/rules/pack/limits';
import { compilePack } from '@/rules/engine/compile';
import { verifyBytes } from '@/rules/pack/signature';
import type { LastGoodPack } from './pack-state';
import type { PackSourceConfig } from './pack-source-config';
import { resolveOrgPack } from './resolve-in-force';
import { endpointUrlProblem } from '@/utils/settings/endpoint-url';

/**
 * The command line's limit (cli/files.ts reads at most MAX_PACK_CHARS bytes, then parsePack checks the
 * characters), so a pack that `npm run -s pack -- validate` accepts is one browsers accept, and the
 * reverse. Anything bigger is refused before it is decoded, and its download is cut off.
 */
export const MAX_PACK_BYTES = MAX_PACK_CHARS;
const MAX_SIG_BYTES = 4096;
/** An update that hangs must not hold the updater's queue (and the popup's "refresh") for ever. */
export const FETCH_TIMEOUT_MS = 60_000;

export interface FetchPackDeps {
  fetch: typeof fetch;
  now: () => number;
  verify?: (publicKeys: string[], bytes: Uint8Array, signatureB64: string) => Promise<boolean>;
  compile?: (pack: ResolvedPack) => unknown;
  /** the abort signal of one request; default: FETCH_TIMEOUT_MS */
  timeoutSignal?: () => AbortSignal;
}

export type FetchPackOutcome =
  | { kind: 'unchanged' }
  | { kind: 'loaded'; lastGood: LastGoodPack; pack: ResolvedPack }
  | { kind: 'failed'; reason: string };

const fail = (reason: string): FetchPackOutcome => ({ kind: 'failed', reason });
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

type Capped = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large'; size: number };

/** Reads a body, giving up (and cancelling the download) as soon as it is known to exceed `max` bytes. */
async function readCapped(res: Response, max: number): Promise<Capped> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    return { kind: 'too-large', size: declared };
  }
  if (!res.body) return { kind: 'ok', bytes: new Uint8Array(0) };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large', size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { kind: 'ok', bytes };
}

/** parsePack's own wording for an oversized pack, so the popup and the command line say the same thing. */
const tooLarge = (size: number, url: string) =>
  PackError.format(`pack too large (${formatSize(size)}; at most ${formatSize(MAX_PACK_CHARS)})`, { file: url });

/** A redirect must not take the pack (or its signature) off https. */
function redirectProblem(res: Response): string | null {
  if (!res.redirected || !res.url) return null;
  const problem = endpointUrlProblem(res.url);
  return problem ? `redirected to an address that is not allowed: ${problem}` : null;
}

export async function fetchPack(config: PackSourceConfig, lastGood: LastGoodPack | undefined, deps: FetchPackDeps): Promise<FetchPackOutcome> {
  const { url } = config;
  // An ETag only means something for the address it came from, and a pack that loaded without a
  // signature must not be kept by a 304 once keys are required.
  const canRevalidate = lastGood && lastGood.url === url && lastGood.etag && (lastGood.signed || !config.requireSignature);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (canRevalidate) headers['If-None-Match'] = lastGood.etag!;

  const signal = () => (deps.timeoutSignal ?? (() => AbortSignal.timeout(FETCH_TIMEOUT_MS)))();
  let res: Response;
  let bytes: Uint8Array;
  try {
    res = await deps.fetch(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: signal() });
    const redirected = redirectProblem(res);
    if (redirected) return fail(`pack ${redirected}`);
    if (res.status === 304) return canRevalidate ? { kind: 'unchanged' } : fail('server answered 304 to a request that was not conditional');
    if (!res.ok) return fail(`pack server answered HTTP ${res.status}`);
    const read = await readCapped(res, MAX_PACK_BYTES);
    if (read.kind === 'too-large') return fail(`pack refused: ${tooLarge(read.size, url)}`);
    bytes = read.bytes;
  } catch (err) {
    return fail(`network error fetching the pack: ${errorText(err)}`);
  }

  let signed = false;
  if (config.requireSignature) {
    const sigUrl = `${url}.sig`;
    let signature: string;
    try {
      const sigRes = await deps.fetch(sigUrl, { cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: signal() });
      const redirected = redirectProblem(sigRes);
      if (redirected) return fail(`signature ${redirected}`);
      if (!sigRes.ok) return fail(`signature ${sigUrl} answered HTTP ${sigRes.status}; a signed pack is required`);
      const sig = await readCapped(sigRes, MAX_SIG_BYTES);
      if (sig.kind === 'too-large') return fail(`signature file is too large (more than ${MAX_SIG_BYTES} bytes)`);
      signature = new TextDecoder().decode(sig.bytes).trim();
    } catch (err) {
      return fail(`network error fetching the signature: ${errorText(err)}`);
    }
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`pack refused: ${PackError.format('not valid UTF-8 text', { file: url })}`);
  }
  try {
    // The command line's parser: same size limit, same errors (naming the address, rule id and field).
    source = parsePack(text, url);
  } catch (err) {
    return fail(`pack refused: ${errorText(err)}`);
  }
  if (config.requireSignature && typeof source.serial !== 'number') return fail(`pack refused: field 'serial' is required in a signed pack`);
  // No downgrade (policy-pack.md, Distribution): the serial is compared with the last good pack's
  // whatever its pack id, or an older signed pack of another id could be replayed. The last good pack
  // counts only when it is one the current configuration would keep in force: an unsigned pack's serial
  // was never authenticated, so once keys are required it cannot block the first signed pack.
  const comparable = lastGood && (lastGood.signed || !config.requireSignature);
  if (comparable && typeof lastGood.serial === 'number' && (source.serial ?? -Infinity) < lastGood.serial) {
    return fail(`pack refused: serial ${source.serial ?? '(none)'} is lower than the last good pack's ${lastGood.serial} (downgrade)`);
  }

  let pack: ResolvedPack;
  try {
    pack = resolveOrgPack(source);
    (deps.compile ?? compilePack)(pack);
  } catch (err) {
    return fail(`pack refused: ${errorText(err)}`);
  }

  const etag = res.headers.get('etag') ?? undefined;
  return {
    kind: 'loaded',
    pack,
    lastGood: { text, url, etag, packId: source.id, serial: source.serial, loadedAt: deps.now(), signed, source: config.source },
  };
}
