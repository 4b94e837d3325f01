/**
 * Reads a request body under a size limit. A body over the limit is still drained (up to a cap), so
 * the client has finished sending when the 413 arrives and actually sees it, instead of a connection
 * reset in the middle of its upload.
 */
import type http from 'node:http';

export type BodyResult =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large'; drained: boolean }
  | { kind: 'aborted' };

/** Beyond this we stop being polite: the connection is closed after the 413. */
export const DRAIN_CAP_BYTES = 8 * 1024 * 1024;

export function readBody(req: http.IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > DRAIN_CAP_BYTES) {
      req.resume();
      resolve({ kind: 'too-large', drained: false });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (r: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_CAP_BYTES) {
        req.pause();
        settle({ kind: 'too-large', drained: false });
      } else if (size <= limit) {
        chunks.push(chunk);
      } else {
        chunks.length = 0;
      }
    });
    req.on('end', () => settle(size > limit ? { kind: 'too-large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('aborted', () => settle({ kind: 'aborted' }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}
