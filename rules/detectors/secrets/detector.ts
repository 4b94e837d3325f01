/**
 * The `secrets` detector: finds credentials by format. Each format is gated by cheap lowercase keyword
 * checks, then its pattern runs on the whole draft (patterns are bounded, so the cost stays linear), and
 * each candidate passes placeholder, entropy and format checks before it becomes a hit. The secret itself
 * never appears in `explain`: that text is shown and may be stored in the person's history.
 */
import type { DetectorHit, DetectorInput, DetectorRun, DetectorSpec } from '../../types';
import type { SecretFormat } from './format';
import { shannonEntropy } from './entropy';
import { placeholderReason } from './placeholder';
import { SECRET_FORMATS, resolveSecretType } from './formats/index';

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
  if (!format.noPlaceholderCheck && placeholderReason(secret, body)) return null;
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
  const how = format.generic ? 'context' : 'format';
  return { format, start, end: trimmedEnd, confidence, explain: `${format.name} (${format.id}) recognised by ${how}${note ? `: ${note}` : ''}` };
}

/** Runs `formats` over `text`; `lower` is the text lowercased once for keyword gates. */
export function findSecrets(text: string, formats: readonly SecretFormat[], lower = text.toLowerCase()): SecretCandidate[] {
  const out: SecretCandidate[] = [];
  for (const format of formats) {
    if (!format.keywords.some((k) => lower.includes(k))) continue;
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
  }
  return out;
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
  return (input: DetectorInput): DetectorHit[] => {
    const cands = resolveOverlaps(findSecrets(input.text, run));
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
    const types = options.types;
    if (types === undefined) return null;
    if (!Array.isArray(types) || types.length === 0) return "option 'types' must be a non-empty list of secret format or family ids";
    const bad = types.filter((t) => typeof t !== 'string' || !resolveSecretType(t));
    return bad.length ? `option 'types': unknown secret type(s) ${bad.map(String).join(', ')}` : null;
  },
  create: createSecretsRun,
};
