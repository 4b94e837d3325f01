/**
 * `pii.ip`: IP addresses. A public address can locate a person's home or identify a company host;
 * private and documentation ranges identify nobody, and dotted version numbers are not addresses.
 */
import type { DetectorHit, DetectorInput, DetectorSpec } from '../../types';
import { describeContext, scoreContext, wordsBefore } from './context';
import { noOptions } from '../options';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_RE = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6_RE = /(?<![\w:.])(?:[0-9a-f]{1,4}:){2,7}(?::|(?::[0-9a-f]{1,4}){1,6}|[0-9a-f]{1,4})(?![\w:])/gi;

const CONTEXT = {
  support: ['ip', 'ips', 'ip address', 'address', 'addr', 'server', 'host', 'vpn', 'ssh', 'connect', 'router', 'home', 'public', 'static', 'wan', 'ping', 'rdp'],
  oppose: ['version', 'v', 'release', 'build', 'ver', 'firmware', 'chapter', 'section', 'oid'],
};

function v4Range(a: number[]): 'private' | 'documentation' | 'public' {
  const [x = 0, y = 0, z = 0] = a;
  if (x === 10 || x === 127 || x === 0 || (x === 172 && y >= 16 && y <= 31) || (x === 192 && y === 168) || (x === 169 && y === 254) || (x === 100 && y >= 64 && y <= 127) || x >= 224) return 'private';
  if ((x === 192 && y === 0 && z === 2) || (x === 198 && y === 51 && z === 100) || (x === 203 && y === 0 && z === 113)) return 'documentation';
  return 'public';
}

function v6Range(s: string): 'private' | 'documentation' | 'public' | null {
  const l = s.toLowerCase();
  const groups = l.split(':');
  if (!l.includes('::') && groups.length !== 8) return null;
  if (!/[a-f]/.test(l) && !l.includes('::')) return null; // 12:30:45 and friends are times
  if (l.startsWith('2001:db8')) return 'documentation';
  if (l === '::1' || l.startsWith('fe80') || l.startsWith('fc') || l.startsWith('fd') || l.startsWith('::')) return 'private';
  return 'public';
}

export function findIps(text: string): DetectorHit[] {
  const hits: DetectorHit[] = [];
  const push = (start: number, end: number, range: 'private' | 'public', kind: string) => {
    const before = wordsBefore(text, start, 4);
    const ctx = scoreContext(range === 'public' ? 0.45 : 0.2, before, CONTEXT, 0.35, 0.4, 0.45);
    // A private address identifies nobody outside the network: context cannot make it personal data.
    const confidence = range === 'private' ? Math.min(ctx.confidence, 0.3) : ctx.confidence;
    hits.push({ start, end, confidence, explain: [`${range} ${kind} address`, describeContext(ctx)].filter(Boolean).join('; ') });
  };
  for (const m of text.matchAll(IPV4_RE)) {
    if (/\bv$/i.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const range = v4Range(m[0].split('.').map(Number));
    if (range !== 'documentation') push(m.index, m.index + m[0].length, range, 'IPv4');
  }
  // an IPv6 address holds at least two colons; most drafts hold none, and the pattern tries every hex letter
  if (!text.includes(':')) return hits;
  for (const m of text.matchAll(IPV6_RE)) {
    const range = v6Range(m[0]);
    if (range && range !== 'documentation') push(m.index, m.index + m[0].length, range, 'IPv6');
  }
  return hits;
}

export const ipDetector: DetectorSpec = {
  id: 'pii.ip',
  description: 'Public IPv4 and IPv6 addresses, with context words; private and documentation ranges score low.',
  scope: 'text',
  validateOptions: noOptions,
  create: () => (input: DetectorInput) => findIps(input.text),
};
