/**
 * Serves a file from disk with a strong ETag, re-reading it when it changes, so an admin replaces the
 * pack (and its .sig) without restarting. A stat per request is cheap next to the fetch itself and,
 * unlike a file watcher, also notices a file replaced by rename or on a network share.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

export interface ServedFile {
  body: Buffer;
  etag: string;
}

interface Cached extends ServedFile {
  key: string;
}

/** Packs are small (kilobytes); anything this large is a misconfiguration, not a pack. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class FileSource {
  private cached: Cached | null = null;

  constructor(readonly file: string) {}

  /** null when the file does not exist (or is not a regular file). */
  read(): ServedFile | null {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch {
      this.cached = null;
      return null;
    }
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return null;
    const key = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    if (this.cached && this.cached.key === key) return this.cached;
    let body: Buffer;
    try {
      body = fs.readFileSync(this.file);
    } catch {
      return null;
    }
    // The hash is of the bytes actually served, so the ETag can never describe other content.
    const etag = `"${crypto.createHash('sha256').update(body).digest('base64url')}"`;
    this.cached = { key, body, etag };
    return this.cached;
  }
}

/** RFC 9110 If-None-Match: weak comparison, a list of tags, or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === etag);
}
