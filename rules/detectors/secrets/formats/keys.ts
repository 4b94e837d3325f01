/** Private keys, signed tokens and password hashes: recognised by structure, not by a vendor prefix. */
import type { SecretFamily, SecretFormat, Verdict } from '../format';
import { placeholderReason } from '../placeholder';
import { shannonEntropy } from '../entropy';
import { L, R, decodeBase64, no, ok, re } from './util';

/** Newlines inside a key may be real or escaped (`\n` in JSON/env files). */
const NL = '(?:\\r?\\n|\\\\r\\\\n|\\\\n|\\s)';

const privateKey: SecretFormat = {
  id: 'private-key',
  name: 'private key',
  keywords: ['private key'],
  pattern: re(
    `(?<s>-----BEGIN[ A-Z0-9]{0,20}PRIVATE KEY(?: BLOCK)?-----${NL}{0,3}(?:[A-Za-z-]{1,40}: [^\\n]{0,200}${NL}{1,3}){0,4}` +
      `(?:[A-Za-z0-9+/=\\\\\\s"']{20,8000}?-----END[ A-Z0-9]{0,20}PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\\\\\\r\\n]{20,8000}))`,
  ),
  confidence: 0.98,
  noPlaceholderCheck: true,
  // A header followed by '...' or 'your key here' is a how-to, not a key: require a random-looking body.
  check: (s) => {
    const body = s
      .replace(/-----(?:BEGIN|END)[^-]*-----/g, '')
      .replace(/\\[rn]/g, '')
      .replace(/["']\s*\+/g, '')
      .replace(/[^A-Za-z0-9+/=]/g, '');
    if (body.length < 20) return no('no key material after the header');
    const e = shannonEntropy(body);
    if (e < 4) return no(`key body entropy ${e.toFixed(1)} bits/char is too low for key material`);
    return ok(undefined, `${body.length} characters of key material, entropy ${e.toFixed(1)}`);
  },
};

const base64Pem: SecretFormat = {
  id: 'private-key-base64',
  name: 'base64-encoded private key',
  // base64 of '-----BEGIN ' at the three possible alignments
  keywords: ['ls0tls1crudjtibsu0eguflssvzbveugs0vz', 'ls0tls1crudjtib', 'ls0tls1crudjtibqukl', 'ls0tls1crudjtibpuevou1nil'],
  pattern: re(`${L}(?<s>LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,8000}={0,2})`),
  confidence: 0.95,
  noPlaceholderCheck: true,
  check: (s) => {
    const head = decodeBase64(s.slice(0, 80 - (80 % 4)));
    return head && /PRIVATE KEY/.test(head) ? ok(undefined, "decodes to '-----BEGIN … PRIVATE KEY-----'") : no('decodes to a header that is not a private key');
  },
};

const puttyKey: SecretFormat = {
  id: 'putty-private-key',
  name: 'PuTTY private key',
  keywords: ['putty-user-key-file'],
  pattern: re(`(?<s>PuTTY-User-Key-File-\\d:[^\\n]{0,200}\\n[\\s\\S]{0,2000}?Private-Lines:\\s*\\d+\\s*\\n[A-Za-z0-9+/=\\s]{40,4000})`),
  confidence: 0.97,
  noPlaceholderCheck: true,
};

const wireguard: SecretFormat = {
  id: 'wireguard-key',
  name: 'WireGuard private or preshared key',
  keywords: ['privatekey', 'presharedkey'],
  pattern: re(`(?:PrivateKey|PresharedKey)\\s*=\\s*(?<s>[A-Za-z0-9+/]{43}=)`, 'i'),
  confidence: 0.95,
  minEntropy: 4,
};

function jsonOf(part: string): Record<string, unknown> | null {
  const raw = decodeBase64(part);
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const jwt: SecretFormat = {
  id: 'jwt',
  name: 'JSON Web Token',
  keywords: ['eyj'],
  pattern: re(`${L}(?<s>eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{10,1000})(?![A-Za-z0-9_-])`),
  confidence: 0.85,
  noPlaceholderCheck: true,
  // A bearer token grants whatever its claims say until it expires; an unsigned one (alg none) grants nothing.
  check: (s) => {
    const [h, p] = s.split('.');
    const header = jsonOf(h ?? '');
    if (!header || typeof header.alg !== 'string') return no("header does not decode to JSON with 'alg'");
    if (header.alg.toLowerCase() === 'none') return no('unsigned token (alg none)');
    const payload = jsonOf(p ?? '');
    const exp = payload && typeof payload.exp === 'number' ? payload.exp : undefined;
    return ok(0.9, `header decodes to JSON, alg ${header.alg}${exp !== undefined ? `, exp ${new Date(exp * 1000).toISOString().slice(0, 10)}` : ''}`);
  },
};

const passwordHash: SecretFormat = {
  id: 'password-hash',
  name: 'password hash',
  keywords: ['$2a$', '$2b$', '$2y$', '$1$', '$5$', '$6$', '$8$', '$9$', '$krb5', '$argon2'],
  pattern: re(
    `(?<![A-Za-z0-9$])(?<s>\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}|\\$1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22}|\\$[56]\\$(?:rounds=\\d{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{43,86}|\\$[89]\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43}|\\$krb5(?:asrep|tgs)\\$\\d{2}\\$[^\\s$]{0,200}\\$?[a-f0-9]{32}\\$[a-f0-9]{64,4000}|\\$argon2(?:id|i|d)\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]{11,64}\\$[A-Za-z0-9+/]{16,128})`,
  ),
  confidence: 0.8,
  minEntropy: 3,
  noPlaceholderCheck: true,
};

/** base64 of 'user:password' with a real-looking password (not 'password', not a template). */
function decodedCredentials(s: string): Verdict {
  const d = decodeBase64(s);
  const m = d ? /^([\x20-\x7e]*):([\x20-\x7e]{3,})$/.exec(d) : null;
  if (!m) return no("does not decode to 'user:password'");
  const why = placeholderReason(m[2]!);
  return why ? no(`decoded password: ${why}`) : ok(undefined, "decodes to 'user:password'");
}

const basicAuthHeader: SecretFormat = {
  id: 'http-basic-auth',
  name: 'HTTP Basic credentials',
  keywords: ['basic '],
  pattern: re(`Authorization["']?\\s*[:=]\\s*["']?Basic\\s+(?<s>[A-Za-z0-9+/]{8,300}={0,2})${R}`, 'i'),
  confidence: 0.9,
  check: (s) => decodedCredentials(s),
};

/** Docker and container registry config: `"auth": base64(user:password)`. */
const registryAuth: SecretFormat = {
  id: 'registry-auth',
  name: 'container registry credentials',
  keywords: ['"auth"'],
  pattern: re(`"auth"\\s*:\\s*"(?<s>[A-Za-z0-9+/]{8,300}={0,2})"`),
  confidence: 0.9,
  check: (s) => decodedCredentials(s),
};

const bearer: SecretFormat = {
  id: 'bearer-token',
  name: 'bearer token',
  keywords: ['bearer', 'authorization'],
  // "Bearer …", "Bearer: …" and GitHub's "Authorization: token …"
  pattern: re(`(?:Bearer:?|(?<=Authorization:[ \\t]{0,4})token)\\s+(?<s>[A-Za-z0-9_~+/.-]{20,2000}=*)(?![A-Za-z0-9_~+/.=-])`, 'i'),
  confidence: 0.8,
  minEntropy: 3.3,
  generic: true,
};

export const KEY_FORMATS: SecretFamily[] = [
  { id: 'private-key', title: 'Private keys (PEM, OpenSSH, PGP, PuTTY, WireGuard)', formats: [privateKey, base64Pem, puttyKey, wireguard] },
  { id: 'jwt', title: 'JSON Web Tokens', formats: [jwt] },
  { id: 'password-hash', title: 'Password hashes (bcrypt, crypt, Kerberos, Argon2)', formats: [passwordHash] },
  { id: 'http-auth', title: 'HTTP Authorization headers', formats: [basicAuthHeader, registryAuth, bearer] },
];
