/**
 * The `secrets` detector: finds credentials by format. Each format is gated by cheap lowercase keyword
 * checks, then its pattern runs on the whole draft (patterns are bounded, so the cost stays linear), and
 * each candidate passes placeholder, entropy and format checks before it becomes a hit. The secret itself
 * never appears in `explain`: that text is shown and may be stored in the person's history.
 */
import type { DetectorHit, DetectorInput, DetectorRun, DetectorSpec } from '../../types';
import type { SecretFormat } from './format';
import { shannonEntropy } from './entropy';
import { madeUpPattern, markedPlaceholder } from './placeholder';

/** Confidence of a prefixed format whose value looks typed by hand: at the pack's usual 0.6 floor. */
const MADE_UP_CONFIDENCE = 0.6;
import { SECRET_FORMATS, resolveSecretType } from './formats/index';
import { Automaton } from '../../engine/automaton';
import { unknownOption } from '../options';

export interface SecretCandidate {
  format: SecretFormat;
  start: number;
  end: number;
  confidence: number;
  explain: string;
}

/** Where the secret sits inside a match: the first named group starting with 's' that took part. */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = m.indices?.groups;
  if (groups) {
    for (const [name, span] of Object.entries(groups)) {
      if (span && /^s\d?$|^t$/.test(name)) return span;
    }
  }
  return [m.index, m.index + m[0].length];
}

function evaluate(format: SecretFormat, m: RegExpExecArray, text: string): SecretCandidate | null {
  const [start, end] = secretSpan(m);
  const secret = text.slice(start, end);
  const body = secret.slice(format.prefixLength ?? 0);
  if (!format.noPlaceholderCheck && markedPlaceholder(secret)) return null;
  // A made-up looking value ('xoxb-1234567890-…-AbCdEf…') in a format of its own (a prefix, or a named
  // context such as Okta's) still has the shape people paste from real configs: reported at lower
  // confidence, with the doubt said, not dropped. A generic assignment of such a value is no prompt.
  const madeUp = format.noPlaceholderCheck ? null : madeUpPattern(secret, body);
  if (madeUp && format.generic) return null;
  let note = '';
  if (format.minEntropy !== undefined) {
    const e = shannonEntropy(body);
    if (e < format.minEntropy) return null;
    note = `entropy ${e.toFixed(1)} bits/char`;
  }
  let confidence = format.confidence;
  let trimmedEnd = end;
  if (format.check) {
    const v = format.check(secret, m, text);
    if (!v.ok) return null;
    if (v.confidence !== undefined) confidence = v.confidence;
    if (v.note) note = note ? `${v.note}; ${note}` : v.note;
    if (v.trimEnd) trimmedEnd = Math.max(start + 1, end - v.trimEnd);
  }
  if (madeUp) {
    confidence = Math.min(confidence, MADE_UP_CONFIDENCE);
    note = `${note ? `${note}; ` : ''}the value looks made up (${madeUp}): check it is not a real one`;
  }
  const how = format.generic ? 'context' : 'format';
  return { format, start, end: trimmedEnd, confidence, explain: `${format.name} (${format.id}) recognised by ${how}${note ? `: ${note}` : ''}` };
}

/** Every candidate of one format in `text` (no keyword gate: the caller decides whether to run it). */
function scanFormat(text: string, format: SecretFormat): SecretCandidate[] {
  const out: SecretCandidate[] = [];
  format.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = format.pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      format.pattern.lastIndex++;
      continue;
    }
    const c = evaluate(format, m, text);
    if (c) out.push(c);
    // A rejected candidate may have swallowed a real one (`url: https://…?api_key=…`): retry just after its start.
    else format.pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** Runs `formats` over `text`; `lower` is the text lowercased once for keyword gates. */
export function findSecrets(text: string, formats: readonly SecretFormat[], lower = text.toLowerCase()): SecretCandidate[] {
  const out: SecretCandidate[] = [];
  for (const format of formats) {
    if (!gateOpen(format, (k) => lower.includes(k))) continue;
    out.push(...scanFormat(text, format));
  }
  return out;
}

/**
 * A format runs when one of its keywords occurs and, if it names any, one of its `alsoNeeds` literals
 * (a character its pattern cannot match without, such as the `:` or `=` of an assignment).
 */
function gateOpen(format: SecretFormat, has: (literal: string) => boolean): boolean {
  if (!format.keywords.some(has)) return false;
  return !format.alsoNeeds || format.alsoNeeds.some(has);
}

// One Aho-Corasick pass finds every gate literal of every format, instead of a substring search per
// literal and per rule (the default pack has 25 secrets rules, each naming a family of formats).
const gateAutomaton = new Automaton();
const gateLiterals: string[] = [];
const gateLiteralSet = new Set<string>();
for (const f of SECRET_FORMATS) {
  for (const k of [...f.keywords, ...(f.alsoNeeds ?? [])]) {
    if (!k || gateLiteralSet.has(k)) continue;
    gateLiteralSet.add(k);
    gateLiterals[gateAutomaton.add(k)] = k;
  }
}
gateAutomaton.build();

/**
 * The work for one draft, shared by every secrets rule that checks it: which formats' gates are open, and
 * their candidates, found on first need. The engine calls the rules one after another on the same text,
 * so remembering the last draft is enough; the cache holds no more than that one draft.
 */
class DraftScan {
  /** formats of SECRET_FORMATS whose gate is open on this draft, in SECRET_FORMATS order */
  private readonly open: SecretFormat[];
  private readonly byFormat = new Map<SecretFormat, SecretCandidate[]>();

  constructor(readonly text: string) {
    const present = new Set<string>();
    gateAutomaton.scan(text.toLowerCase(), (pat) => present.add(gateLiterals[pat]!));
    this.open = present.size ? SECRET_FORMATS.filter((f) => gateOpen(f, (k) => present.has(k))) : [];
  }

  /**
   * What findSecrets(text, formats) returns, for formats drawn from SECRET_FORMATS (`order` gives each its
   * place in `formats`): candidates grouped by format in that order.
   */
  candidates(order: ReadonlyMap<SecretFormat, number>): SecretCandidate[] {
    const found: [number, SecretCandidate[]][] = [];
    for (const format of this.open) {
      const at = order.get(format);
      if (at === undefined) continue;
      let list = this.byFormat.get(format);
      if (!list) {
        list = scanFormat(this.text, format);
        this.byFormat.set(format, list);
      }
      if (list.length) found.push([at, list]);
    }
    if (!found.length) return [];
    found.sort((a, b) => a[0] - b[0]);
    return found.flatMap(([, list]) => list);
  }
}

let lastScan: DraftScan | undefined;

function scanOf(text: string): DraftScan {
  if (lastScan?.text !== text) lastScan = new DraftScan(text);
  return lastScan;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * One finding per span: specific formats beat generic ones (a `token = "ghp_…"` line is a GitHub token),
 * then higher confidence, then the longer span.
 */
export function resolveOverlaps(cands: SecretCandidate[]): SecretCandidate[] {
  const ranked = [...cands].sort(
    (a, b) => Number(!!a.format.generic) - Number(!!b.format.generic) || b.confidence - a.confidence || b.end - b.start - (a.end - a.start),
  );
  const kept: SecretCandidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const SPECIFIC = SECRET_FORMATS.filter((f) => !f.generic);

function selectFormats(options: Record<string, unknown>): readonly SecretFormat[] {
  const types = options.types;
  if (!Array.isArray(types)) return SECRET_FORMATS;
  const seen = new Set<SecretFormat>();
  for (const t of types) for (const f of resolveSecretType(String(t)) ?? []) seen.add(f);
  return [...seen];
}

export function createSecretsRun(options: Record<string, unknown>): DetectorRun {
  const formats = selectFormats(options);
  const wanted = new Set(formats);
  // Generic formats must see the specific ones to yield to them, even when another rule reports those.
  const run = formats.some((f) => f.generic) ? [...new Set([...formats, ...SPECIFIC])] : formats;
  const order = new Map(run.map((f, i) => [f, i]));
  return (input: DetectorInput): DetectorHit[] => {
    const found = scanOf(input.text).candidates(order);
    if (!found.length) return [];
    const cands = resolveOverlaps(found);
    return cands
      .filter((c) => wanted.has(c.format))
      .map((c) => ({
        start: c.start,
        end: c.end,
        confidence: Math.round(c.confidence * 100) / 100,
        explain: c.explain,
        message: `This looks like a ${c.format.name}. Posting it lets anyone use it.`,
      }));
  };
}

const KEYWORDS = [...new Set(SECRET_FORMATS.flatMap((f) => f.keywords))].sort();

export const secretsDetector: DetectorSpec = {
  id: 'secrets',
  description: 'Credentials by format: cloud, source hosting, CI, chat, payment and SaaS tokens, private keys, JWTs, connection strings, passwords.',
  scope: 'text',
  keywords: KEYWORDS,
  validateOptions(options) {
    const unknown = unknownOption(options, ['types']);
    if (unknown) return unknown;
    const types = options.types;
    if (types === undefined) return null;
    if (!Array.isArray(types) || types.length === 0) return "option 'types' must be a non-empty list of secret format or family ids";
    const bad = types.filter((t) => typeof t !== 'string' || !resolveSecretType(t));
    return bad.length ? `option 'types': unknown secret type(s) ${bad.map(String).join(', ')}` : null;
  },
  create: createSecretsRun,
};
