/**
 * Runs async read-modify-write steps one at a time. Messages arrive concurrently in the background, and
 * two interleaved storage.local read-then-write steps would lose one of the writes.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(step: () => Promise<T>): Promise<T> {
    const result = tail.then(step, step);
    tail = result.catch(() => undefined);
    return result;
  };
}
