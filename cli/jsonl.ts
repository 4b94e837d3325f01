/**
 * `check --format jsonl`: one JSON object per input line, one answer line per input line, in order.
 * A bad line is answered with an error object and the batch goes on: one malformed record must not cost
 * the caller the rest of a long evaluation run.
 */
import { createInterface } from 'node:readline';
import type { Finding } from '../rules/types';
import { write } from './run';

export type CheckText = (text: string) => Finding[];

/** The answer for one input line (without the newline). */
export function answerLine(line: string, lineNo: number, check: CheckText): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, line: lineNo, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return JSON.stringify({ id: null, line: lineNo, error: 'expected an object {"id": ..., "text": "..."}' });
  }
  const { id = null, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return JSON.stringify({ id, line: lineNo, error: `field 'text': expected a string, got ${text === undefined ? 'nothing' : typeof text}` });
  }
  return JSON.stringify({ id, findings: check(text) });
}

export async function runBatch(input: NodeJS.ReadableStream, check: CheckText): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    await write(answerLine(line, lineNo, check) + '\n');
  }
}
