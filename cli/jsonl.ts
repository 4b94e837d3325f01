/**
 * `check --format jsonl`: one JSON object per input line, one answer line per input line, in order.
 * A bad line is answered with an error object and the batch goes on: one malformed record must not cost
 * the caller the rest of a long evaluation run.
 */
import { createInterface } from 'node:readline';
import type { Finding } from '../rules/types';
import { write } from './run';

export type CheckText = (text: string) => Finding[];

/**
 * JSON on one line for any line reader: besides what JSON.stringify escapes, U+0085, U+2028 and U+2029
 * (which JSON allows raw, but Python's splitlines() and some editors treat as line breaks) are escaped.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The answer for one input line (without the newline). */
export function answerLine(line: string, lineNo: number, check: CheckText): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return jsonLine({ id: null, line: lineNo, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return jsonLine({ id: null, line: lineNo, error: 'expected an object {"id": ..., "text": "..."}' });
  }
  const { id = null, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return jsonLine({ id, line: lineNo, error: `field 'text': expected a string, got ${text === undefined ? 'nothing' : text === null ? 'null' : Array.isArray(text) ? 'a list' : typeof text}` });
  }
  let findings: Finding[];
  try {
    findings = check(text);
  } catch (e) {
    // An engine fault on one text is answered on its own line; the caller learns of it from the status.
    throw new LineFailure(id, lineNo, e);
  }
  return jsonLine({ id, findings });
}

/** The engine failed on one line's text (a bug, not bad input). */
export class LineFailure extends Error {
  constructor(
    readonly id: unknown,
    readonly line: number,
    override readonly cause: unknown,
  ) {
    super(`line ${line}: the engine failed on this text: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Answers every line; resolves to the lines on which the engine itself failed (each answered with an error). */
export async function runBatch(input: NodeJS.ReadableStream, check: CheckText, out: (text: string) => Promise<void> = write): Promise<LineFailure[]> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const failures: LineFailure[] = [];
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    // A byte order mark (Windows editors write one) is not part of the first record.
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    let answer: string;
    try {
      answer = answerLine(line, lineNo, check);
    } catch (e) {
      if (!(e instanceof LineFailure)) throw e;
      failures.push(e);
      answer = jsonLine({ id: e.id, line: e.line, error: e.message });
    }
    await out(answer + '\n');
  }
  return failures;
}
