/**
 * Reports come from a content script running in a web page; check their shape before masking so a bad
 * one is refused with an error naming the field, rather than stored half-masked.
 */
import { CATEGORIES, SEVERITIES } from '@/rules/types';
import type { EpisodeReport } from '@/utils/protocol/episodes';
import { isOutcome, OUTCOMES } from './outcome';

export class InvalidEpisodeError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`Episode report: ${field}: ${problem}`);
    this.name = 'InvalidEpisodeError';
  }
}

const MAX_TEXT = 200_000;
const MAX_FINDINGS = 1_000;

function str(v: unknown, field: string, max = 500): string {
  if (typeof v !== 'string') throw new InvalidEpisodeError(field, `expected a string, got ${typeof v}`);
  if (v.length > max) throw new InvalidEpisodeError(field, `longer than ${max} characters`);
  return v;
}

function int(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new InvalidEpisodeError(field, `expected an integer from ${min} to ${max}, got ${String(v)}`);
  }
  return v;
}

export function validateReport(input: unknown): EpisodeReport {
  if (typeof input !== 'object' || input === null) throw new InvalidEpisodeError('report', 'expected an object');
  const r = input as Record<string, unknown>;
  const episodeId = str(r.episodeId, 'episodeId', 200);
  if (episodeId === '') throw new InvalidEpisodeError('episodeId', 'must not be empty');
  if (typeof r.at !== 'number' || !Number.isFinite(r.at) || r.at < 0) throw new InvalidEpisodeError('at', `expected a time in ms, got ${String(r.at)}`);
  const text = str(r.text, 'text', MAX_TEXT);
  if (!Array.isArray(r.findings)) throw new InvalidEpisodeError('findings', 'expected an array');
  if (r.findings.length > MAX_FINDINGS) throw new InvalidEpisodeError('findings', `more than ${MAX_FINDINGS} findings`);
  const findings = r.findings.map((raw: unknown, i) => {
    const at = `findings[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new InvalidEpisodeError(at, 'expected an object');
    const f = raw as Record<string, unknown>;
    if (!(CATEGORIES as readonly unknown[]).includes(f.category)) throw new InvalidEpisodeError(`${at}.category`, `expected one of ${CATEGORIES.join(', ')}`);
    if (!(SEVERITIES as readonly unknown[]).includes(f.severity)) throw new InvalidEpisodeError(`${at}.severity`, `expected one of ${SEVERITIES.join(', ')}`);
    if (!isOutcome(f.outcome)) throw new InvalidEpisodeError(`${at}.outcome`, `expected one of ${OUTCOMES.join(', ')}`);
    if (typeof f.confidence !== 'number' || !(f.confidence >= 0 && f.confidence <= 1)) {
      throw new InvalidEpisodeError(`${at}.confidence`, `expected a number from 0 to 1, got ${String(f.confidence)}`);
    }
    // Offsets outside the text would leave the secret unmasked: refuse rather than guess.
    const start = int(f.start, `${at}.start`, 0, text.length);
    const end = int(f.end, `${at}.end`, start, text.length);
    return {
      ruleId: str(f.ruleId, `${at}.ruleId`),
      category: f.category as EpisodeReport['findings'][number]['category'],
      severity: f.severity as EpisodeReport['findings'][number]['severity'],
      confidence: f.confidence,
      start,
      end,
      message: str(f.message, `${at}.message`, 2_000),
      outcome: f.outcome,
      ...(f.match !== undefined ? { match: str(f.match, `${at}.match`, 2_000) } : {}),
    };
  });
  const report: EpisodeReport = {
    episodeId,
    at: r.at,
    site: str(r.site, 'site', 100),
    packId: str(r.packId, 'packId', 200),
    packVersion: str(r.packVersion, 'packVersion', 100),
    text,
    findings,
  };
  if (r.overrideReason !== undefined) report.overrideReason = str(r.overrideReason, 'overrideReason', 2_000);
  if (r.startedAt !== undefined) {
    if (typeof r.startedAt !== 'number' || !Number.isFinite(r.startedAt) || r.startedAt < 0 || r.startedAt > r.at) {
      throw new InvalidEpisodeError('startedAt', `expected a time in ms no later than 'at', got ${String(r.startedAt)}`);
    }
    report.startedAt = r.startedAt;
  }
  return report;
}
