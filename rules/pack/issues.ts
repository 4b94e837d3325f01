/**
 * Validation reports every problem of a pack at once (an admin fixing a pack should not have to run the
 * tool once per typo), but callers that only want "did it load" can still treat it as one PackError.
 */
import { PackError } from '../types';

export interface Issue {
  message: string;
  ruleId?: string;
  field?: string;
  /** when the issues come from several files; default: the file given to PackIssues */
  file?: string;
  /** where in the document the problem is (['rules', 3, 'terms', 1]), for a line number; known to validation */
  path?: (string | number)[];
}

/** A problem's field as a document path: 'examples.flag[0]' → ['examples', 'flag', 0]. */
export function fieldPath(field: string | undefined): (string | number)[] {
  if (!field) return [];
  const out: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [...out, part];
    if (m[1]) out.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** Thrown when a pack does not validate: `details` are the first problem's, `issues` all of them. */
export class PackIssues extends PackError {
  readonly issues: PackError[];
  /** the issues as reported, with their document paths */
  readonly items: readonly Issue[];

  constructor(issues: readonly Issue[], file?: string) {
    const all = issues.map((i) => new PackError(i.message, { file: i.file ?? file, ruleId: i.ruleId, field: i.field }));
    const first = issues[0] ?? { message: 'invalid pack' };
    super(first.message, { file: first.file ?? file, ruleId: first.ruleId, field: first.field });
    this.name = 'PackError';
    this.issues = all;
    this.items = issues.map((i) => ({ ...i, file: i.file ?? file }));
    if (all.length > 1) this.message = `${all.length} problems:\n` + all.map((e) => `  ${e.message}`).join('\n');
  }
}

/** Collects issues; `fail()` throws them all if there are any. */
export class IssueList {
  readonly items: Issue[] = [];

  constructor(private readonly file?: string) {}

  add(message: string, ruleId?: string, field?: string, path?: (string | number)[]): void {
    this.items.push({ message, ruleId, field, ...(path ? { path } : {}) });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  fail(): void {
    if (this.items.length) throw new PackIssues(this.items, this.file);
  }
}
