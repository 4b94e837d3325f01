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
  return parsePack(readInput(file, MAX_PACK_CHARS, 'pack').toString('utf8'), file);
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}
