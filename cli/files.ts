/** Reading packs and inputs from disk, with the size limit applied before a byte is read. */
import { readFileSync, statSync } from 'node:fs';
import { formatSize, MAX_PACK_CHARS } from '../rules/pack/limits';
import { parsePack } from '../rules/pack/parse';
import type { PackSource } from '../rules/types';

/** An input the command cannot use (missing, unreadable, too large): exit status 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export function readInput(file: string, maxBytes = Number.POSITIVE_INFINITY, what = 'file'): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read (${describeFsError(e)})`);
  }
  if (size > maxBytes) throw new InputError(`${file}: ${what} too large (${formatSize(size)}; at most ${formatSize(maxBytes)})`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${describeFsError(e)})`);
  }
}

export function readPackFile(file: string): PackSource {
  return parsePack(decodeUtf8(readInput(file, MAX_PACK_CHARS, 'pack'), file), file);
}

/**
 * A pack must be UTF-8: read any other way, a term such as 'café' written in Latin-1 would silently become
 * 'caf\uFFFD' and never match. Refused with the line of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new InputError(`${file}: not UTF-8 text (line ${line})${utf16 ? '; it looks like UTF-16: save it as UTF-8' : '; save it as UTF-8'}`);
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}
