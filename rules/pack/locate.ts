/**
 * Line numbers for validation problems. Validation works on plain data, which has no positions; when a
 * pack fails, its text is read again as a YAML document (JSON is YAML too) and each problem's rule and
 * field are followed down the document to the deepest node that exists, whose line is reported.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { fieldPath, type Issue } from './issues';

type Path = (string | number)[];

function issuePath(issue: Issue, rules: unknown): Path {
  if (issue.path) return issue.path;
  const { ruleId, field } = issue;
  const rest = fieldPath(field);
  if (ruleId === undefined) return rest;
  if (field?.startsWith('overrides')) return ['overrides', ruleId, ...fieldPath(field.slice('overrides'.length).replace(/^\./, ''))];
  const byIndex = /^rules\[(\d+)\]$/.exec(ruleId);
  if (byIndex) return ['rules', Number(byIndex[1]), ...rest];
  if (!Array.isArray(rules)) return ['rules'];
  const candidates = rules.flatMap((r: unknown, i) => (typeof r === 'object' && r !== null && (r as { id?: unknown }).id === ruleId ? [i] : []));
  // With a duplicated id: the duplicate is reported on its later use, anything else on the rule that has the field.
  const has = (i: number) => rest[0] === undefined || Object.hasOwn(rules[i] as object, rest[0]);
  const index = /duplicate rule id/.test(issue.message) ? candidates.at(-1) : (candidates.find(has) ?? candidates[0]);
  return index === undefined ? ['rules'] : ['rules', index, ...rest];
}

function lineOf(doc: Document, lines: LineCounter, path: Path): number | undefined {
  for (let p = path; ; p = p.slice(0, -1)) {
    const node = p.length ? doc.getIn(p, true) : doc.contents;
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    if (!p.length) return undefined;
  }
}

/** The issues with ` (line N)` added where the text locates them; unchanged if it cannot be read. */
export function withLines(text: string, parsed: unknown, issues: readonly Issue[]): Issue[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', resolveKnownTags: false, uniqueKeys: false });
  if (doc.errors.length) return [...issues];
  const rules = typeof parsed === 'object' && parsed !== null ? (parsed as { rules?: unknown }).rules : undefined;
  return issues.map((issue) => {
    const line = lineOf(doc, lines, issuePath(issue, rules));
    return line === undefined ? issue : { ...issue, message: `${issue.message} (line ${line})` };
  });
}
