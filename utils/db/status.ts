/**
 * What the pages need to know about the database beyond query results: another tab holding an older
 * version open, the last failed write, writes still waiting to be retried.
 */
export type DbState = 'ok' | 'blocked' | 'upgraded-elsewhere' | 'deleted-elsewhere';

export interface DbStatus {
  state: DbState;
}

type Listener = (status: DbStatus) => void;

let current: DbStatus = { state: 'ok' };
const listeners = new Set<Listener>();

export function getDbStatus(): DbStatus {
  return current;
}

export function setDbStatus(status: DbStatus): void {
  if (status.state === current.state) return;
  current = status;
  for (const l of listeners) l(current);
}

export function onDbStatusChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
