/** Storage failures the person can act on, told apart so the pages can say what to do. */
export type StorageErrorKind = 'quota' | 'blocked' | 'closed' | 'unknown';

export class HistoryStorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'HistoryStorageError';
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'The browser has no storage space left for DraftGuard history. Delete old entries or shorten retention; the entry is kept in memory and will be written when space is free.',
  blocked: 'DraftGuard history is open in an older tab that blocks an update. Close other DraftGuard tabs; the entry is kept and will be written then.',
  closed: 'The history database was closed (another tab is updating it). The entry is kept and will be written on the next try.',
  unknown: 'DraftGuard could not write to its history database. The entry is kept and will be retried.',
};

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  // Dexie wraps the DOMException (AbortError -> inner QuotaExceededError), so walk the chain.
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    e = o.inner ?? o.cause;
  }
  return out;
}

export function classifyDbError(err: unknown): StorageErrorKind {
  const n = names(err);
  if (n.includes('QuotaExceededError')) return 'quota';
  if (n.some((x) => x === 'BlockedError' || x === 'VersionChangeError')) return 'blocked';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'InvalidStateError')) return 'closed';
  return 'unknown';
}

export function toStorageError(err: unknown): HistoryStorageError {
  if (err instanceof HistoryStorageError) return err;
  const kind = classifyDbError(err);
  const detail = err instanceof Error ? ` (${err.name}: ${err.message})` : '';
  return new HistoryStorageError(kind, MESSAGES[kind] + detail, err);
}
