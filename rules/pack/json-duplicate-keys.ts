/**
 * Duplicate keys in JSON pack text. JSON.parse keeps the last of two equal keys without a word, so a
 * pack with `"severity": "block", ..., "severity": "info"` would silently enforce what the author may not
 * have meant; the YAML reader refuses the same pack (uniqueKeys). JSON.parse has no hook that sees the
 * earlier value, so this is a separate scan of the text.
 *
 * It runs only on text JSON.parse has already accepted, which keeps it simple: no error handling, and
 * no raw line breaks inside strings (so counting them outside strings gives the line). One pass, with
 * string bodies skipped by indexOf, so a 5 MB built pack costs a few milliseconds.
 */
import type { Issue } from './issues';

export interface DuplicateKey {
  key: string;
  /** the key's place in the document: ['rules', 3, 'terms'] */
  path: (string | number)[];
  /** 1-based line of the later occurrence (the one JSON.parse would keep) */
  line: number;
}

interface Frame {
  /** keys seen so far in an object; null for an array */
  keys: Set<string> | null;
  /** the key being read (object) or the index of the current element (array): names the child below */
  at: string | number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index of the quote closing the string that opens at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let q = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

/** Every duplicate key (up to `limit`), in document order. `text` must be valid JSON. */
export function findDuplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const frames: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x7b /* { */) {
      frames.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      frames.push({ keys: null, at: 0 });
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frames.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = frames[frames.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    } else if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = frames[frames.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end);
        // "a" and "\u0061" are the same key to JSON.parse
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key)) {
          found.push({ key, path: [...frames.slice(0, -1).map((f) => f.at), key], line });
          if (found.length >= limit) return found;
        } else top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end;
    }
  }
  return found;
}

/** 'examples.flag', 'allow[2].regex': the field naming validation uses. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/**
 * A rule is named as validation names it: by its id, or by its place (`rules[3]`) when the id is missing,
 * already used by an earlier rule, or is itself the duplicated key (then which of the two ids is meant?).
 */
function ruleLabel(rules: unknown, index: number, rest: readonly (string | number)[]): string {
  const label = `rules[${index}]`;
  if (!Array.isArray(rules) || (rest.length === 1 && rest[0] === 'id')) return label;
  const idOf = (r: unknown) => (typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : undefined);
  const id = idOf(rules[index]);
  if (!id?.trim()) return label;
  for (let i = 0; i < index; i++) if (idOf(rules[i]) === id) return label;
  return id;
}

/** The duplicate keys of valid JSON pack text as validation issues (file, rule, field, line). */
export function duplicateKeyIssues(text: string, parsed: unknown): Issue[] {
  const rules = typeof parsed === 'object' && parsed !== null ? (parsed as { rules?: unknown }).rules : undefined;
  return findDuplicateKeys(text).map(({ key, path, line }) => {
    // the line last, as validation adds it (locate.ts), so tools reading ' (line N)' find it here too
    const message = `duplicate key '${key}': JSON keeps only the last one, so remove or rename the other (line ${line})`;
    const [head, second, ...rest] = path;
    if (head === 'rules' && typeof second === 'number') return { message, ruleId: ruleLabel(rules, second, rest), field: fieldName(rest), path };
    // overrides: validation names the rule the override is for, and the field as 'overrides.severity'
    if (head === 'overrides' && typeof second === 'string' && rest.length) return { message, ruleId: second, field: `overrides.${fieldName(rest)}`, path };
    return { message, field: fieldName(path), path };
  });
}
