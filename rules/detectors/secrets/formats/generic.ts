/**
 * Credentials recognised by what surrounds them rather than by a vendor prefix: a secret-named field
 * assigned a value, connection strings and URLs carrying a password, command lines with a password
 * flag, and plain-language disclosures ("the wifi password is …"). These are the formats most prone to
 * false alarms, so every one of them requires a literal-looking value and yields to a specific format.
 */
import type { SecretFamily, SecretFormat, Verdict } from '../format';
import { charClasses, shannonEntropy } from '../entropy';
import { placeholderReason } from '../placeholder';
import { NON_SECRET_KEY_QUALIFIERS, classifyKey } from './key-names';
import { no, ok, re } from './util';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `request.form`, `env.DB_PASS`, `config.password`: a reference to a value, not the value. */
const DOTTED_REF_RE = /^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$/;
const NUMBER_RE = /^[+-]?\d+(?:\.\d+)?$/;

/** Words that follow "password is" / "password:" in ordinary sentences about passwords. */
const PROSE_WORDS = new Set(
  (
    'expired incorrect wrong invalid correct required missing weak strong too not the a an in on at case still same different reset ' +
    'changed stored saved hidden encrypted hashed secure safe long short empty blank set sent shared written known private secret ' +
    'mandatory optional visible displayed masked being now also very really just only never always managed rotated protected ' +
    'unknown unique complex simple easy hard good bad fine ok okay valid locked disabled enabled due changing going coming attached ' +
    'below above here there provided included enclosed available pending temporary generated random forgotten lost compromised leaked ' +
    'your my our their his her its this that these those what which who it them you we they i he she one for to of by with from as'
  ).split(' '),
);

/** Passwords so notorious that a post naming one is about weak passwords, not disclosing one. */
const NOTORIOUS = new Set([
  '123456', '1234567', '12345678', '123456789', '1234567890', '111111', '000000', '654321', '123123', 'qwerty', 'qwerty123', 'abc123',
  'password1', 'iloveyou', 'letmein', 'welcome', 'monkey', 'dragon', 'football', '1q2w3e4r', 'qwertyuiop', 'sunshine', 'princess',
]);

/** Digits, symbols or inner capitals: not an ordinary word. Sentence punctuation at the end does not count. */
function looksLiteral(value: string): boolean {
  const v = value.replace(/[.,!?;:]+$/, '');
  return /\d/.test(v) || /[^A-Za-z0-9]/.test(v) || /[a-z][A-Z]/.test(v);
}

/**
 * Judges a password value: placeholders, references, numbers-with-units and prose are not passwords.
 * `quoted` values were written as literals; `standalone` means nothing but punctuation follows on the line.
 */
export function judgePassword(v: string, quoted: boolean, standalone: boolean): Verdict {
  const ph = placeholderReason(v);
  if (ph) return no(ph);
  if (/pass(?:word|wd)/i.test(v)) return no("value names a password instead of being one");
  if (v.length < 4) return no('too short to be a password');
  if (!quoted && DOTTED_REF_RE.test(v)) return no('reference to another value');
  if (/^[$@%&*\\/.,;:]/.test(v) || /[()[\]]/.test(v) || v.includes('://')) return no('expression, path or variable, not a literal');
  if (PROSE_WORDS.has(v.toLowerCase())) return no('ordinary word');
  if (NOTORIOUS.has(v.toLowerCase())) return no('a notorious weak password, named as an example');
  if (quoted) return ok(0.85, 'quoted literal');
  if (looksLiteral(v)) return ok(0.8, 'literal with digits, symbols or mixed case');
  return standalone ? ok(0.6, 'single word on its own') : no('ordinary prose follows: not a value');
}

/** 'ETH-USD-2024-Q4-REPORT', 'acme.prod.eu-west-1': an identifier built from words, not a random token. */
function readableIdentifier(v: string): boolean {
  const parts = v.split(/[-_.:/]+/).filter(Boolean);
  if (parts.length < 3) return false;
  const readable = parts.filter((p) => /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+|\d+)$/.test(p) && p.length <= 12);
  return readable.length / parts.length >= 0.75;
}

/** Judges a token value: long, random-looking, not a UUID standing for an ID. */
export function judgeToken(v: string, quoted = false): Verdict {
  const ph = placeholderReason(v);
  if (ph) return no(ph);
  if (DOTTED_REF_RE.test(v) && !/\d/.test(v)) return no('reference to another value');
  if (/^[$@%&\\/]/.test(v) || v.includes('://')) return no('expression, path or variable, not a literal');
  // Random secrets may hold brackets; outside quotes they mean code.
  if (!quoted && /[()[\]]/.test(v)) return no('expression, not a literal');
  if (v.length < 16) return no('shorter than 16 characters');
  if (NUMBER_RE.test(v)) return no('a number');
  if (/\s/.test(v)) return no('contains spaces');
  const e = shannonEntropy(v);
  if (UUID_RE.test(v)) return ok(0.6, 'UUID under a secret-named key');
  if (readableIdentifier(v)) return no('readable words and numbers joined by separators, not random');
  const hex = /^[a-f0-9-]+$/i.test(v);
  const min = hex ? 3 : 3.5;
  if (e < min) return no(`entropy ${e.toFixed(2)} below ${min}`);
  if (!hex && charClasses(v) < 2) return no('one character class only');
  return ok(e >= 4 ? 0.85 : 0.8, `entropy ${e.toFixed(2)} bits/char`);
}

/** Letter runs of four or more that read as words ("Planning", "Document") cover most of the value. */
function wordy(v: string): boolean {
  const runs = v.match(/[A-Z]?[a-z]{3,}/g) ?? [];
  return runs.reduce((n, r) => n + r.length, 0) >= v.length * 0.5;
}

/**
 * A value under a name that says only "key", "auth" or "credentials", or right after a name with no
 * colon: it must look machine-made (entropy 4.2 or more, upper case, lower case and digits, not words).
 */
function machineMade(v: string): Verdict {
  if (/^(?:pk|pub|public)[_-]/i.test(v)) return no('a publishable key, public by design');
  if (/\s/.test(v)) return no('contains spaces');
  if (v.length < 24) return no('shorter than 24 characters for a value under a bare name');
  if (/[/\\]|\.[a-z]{2,4}$/i.test(v)) return no('a path or a file name');
  const e = shannonEntropy(v);
  if (e < 4.2) return no(`entropy ${e.toFixed(2)} below 4.2 for a value under a bare name`);
  if (charClasses(v) < 3 || !/\d/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v)) return no('not a mix of upper case, lower case and digits');
  if (wordy(v)) return no('mostly words');
  return ok(0.75, `random-looking value under a bare name (entropy ${e.toFixed(2)})`);
}

/** The word written just before a bare name: "public" in "Public key: …", "site" in "reCAPTCHA site key: …". */
function qualifierBefore(text: string, index: number): string {
  return (/([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase();
}
/** Keys and tokens that are public or name something other than a credential ("public key", "cache key", "sheet key"). */
function notACredential(qualifier: string): boolean {
  return qualifier === 'publishable' || NON_SECRET_KEY_QUALIFIERS.has(qualifier);
}

/** Single-word names that may hold a credential but also many other things. */
const BARE_SECRET_NAMES = new Set(['key', 'auth', 'credentials', 'credential']);

const KEY = `(?<k>[A-Za-z_$][A-Za-z0-9_.$-]{0,60})`;
const OP = `\\\\?["'\\]]?[ \\t]{0,8}(?<op>:=|=>|==|!=|=|:)[ \\t]{0,40}`;
const VAL = `(?:\\\\?"(?<s1>(?:[^"\\n\\\\]|\\\\[^"]){1,200})\\\\?"|\\\\?'(?<s2>(?:[^'\\n\\\\]|\\\\[^']){1,200})\\\\?'|\`(?<s3>[^\`\\n]{1,200})\`|(?<s4>[^\\s"'\`;,&<>)]{1,200}))`;

/** Common tail of assignment checks: classify the key, then the value by the key's kind. */
function assignmentCheck(kind: 'password' | 'token') {
  return (secret: string, m: RegExpExecArray, text: string): Verdict => {
    const key = m.groups?.k ?? '';
    const k = classifyKey(key);
    // `key = "…"`, `"auth": "…"`, `x_auth=…`: a bare name holds a token only if the value is plainly machine-made
    const bare = key.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    // "Mapbox public token: pk.…", "Cache key: …": the word before a one-word name says it is no credential
    if (kind === 'token' && /^(?:keys?|tokens?)$/i.test(key)) {
      const q = qualifierBefore(text, m.index);
      if (notACredential(q)) return no(`a ${q} ${key.toLowerCase()}, not a credential`);
    }
    if (kind === 'token' && k === null && (bare.length === 1 || (bare.length === 2 && (bare[0] ?? '').length <= 2)) && BARE_SECRET_NAMES.has(bare[bare.length - 1] ?? '') && !placeholderReason(secret)) {
      const v = machineMade(secret);
      return v.ok ? ok(v.confidence, `key '${key}': ${v.note ?? ''}`.trim()) : v;
    }
    if (k !== kind) return no(k ? `key '${key}' is a ${k} field` : `key '${key}' does not name a secret`);
    const quoted = m.groups?.s4 === undefined;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const standalone = /^[\s"'`;,)\]}]*(?:$|\n|#|\/\/)/.test(after);
    // 'Season pass: Platinum' is prose; 'DB_PASS: Platinum' is configuration. A plain word after a
    // one-word label needs quotes or digits/symbols to count.
    if (kind === 'password' && !quoted && (m.groups?.op === ':' || m.groups?.op === '=') && /^[A-Za-z][a-z]*$/.test(key) && !looksLiteral(secret)) {
      return no('plain word after a prose label');
    }
    const v = kind === 'password' ? judgePassword(secret, quoted, standalone) : judgeToken(secret, quoted);
    return v.ok ? ok(v.confidence, `key '${key}' names a ${kind}; ${v.note ?? ''}`.trim()) : v;
  };
}

const ASSIGN_KEYWORDS = ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'auth', 'credential', 'pat', 'sig', 'crumb', 'login'];

const passwordAssignment: SecretFormat = {
  id: 'password-assignment',
  name: 'password in a setting',
  keywords: ['pass', 'pwd', 'pw'],
  // every operator in OP holds ':' or '='
  alsoNeeds: [':', '='],
  pattern: re(`(?<![A-Za-z0-9_])${KEY}${OP}${VAL}`),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: assignmentCheck('password'),
};

const secretAssignment: SecretFormat = {
  id: 'secret-assignment',
  name: 'API key or token in a setting',
  keywords: ASSIGN_KEYWORDS,
  alsoNeeds: [':', '='],
  pattern: re(`(?<![A-Za-z0-9_])${KEY}${OP}${VAL}`),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: assignmentCheck('token'),
};

/**
 * A literal written under a name that says what it holds (a configuration entry, an XML element, a constant, a flag):
 * judged as a password or a token by the name; `note` words the finding.
 */
function judgeNamed(key: string, s: string, note: (key: string, kind: 'password' | 'token', why: string) => string): Verdict {
  const kind = classifyKey(key);
  if (!kind) return no(`key '${key}' does not name a secret`);
  const v = kind === 'password' ? judgePassword(s, true, true) : judgeToken(s, true);
  return v.ok ? ok(v.confidence, note(key, kind, v.note ?? '')) : v;
}

/** .NET/XML configuration: `<add key="SmtpPassword" value="…"/>`. */
const xmlConfigSecret: SecretFormat = {
  id: 'config-file-secret',
  name: 'secret in a configuration entry',
  keywords: ['value='],
  pattern: re(`key\\s*=\\s*"(?<k>[^"]{1,80})"\\s+value\\s*=\\s*"(?<s1>[^"]{1,300})"`, 'i'),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (s, m) => judgeNamed(m.groups?.k ?? '', s, (key) => `configuration key '${key}'`),
};

const SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]{2,12}|ftps?|sftp|smtps?|imaps?|ldaps?|https?|ssh|git|svn|rtmps?|nats|kafka|couchbases?|neo4j(?:\\+s)?|bolt|clickhouse|snowflake|oracle|db2|cockroachdb|sqlalchemy|[a-z]{2,12}\\+[a-z]{2,12}';

/** Passwords inside URLs: `postgres://app:S3cr3t@db:5432/app`, `https://user:pass@host/`. */
const urlCredentials: SecretFormat = {
  id: 'url-credentials',
  name: 'password in a connection string or URL',
  keywords: ['://'],
  pattern: re(
    `(?<![A-Za-z0-9+.-])(?<scheme>${SCHEMES})://(?<user>[^\\s:/@'"<>]{0,80}):(?<s>[^\\s/'"<>]{1,200}?)@(?=[A-Za-z0-9\\[%._-]+(?:[:/?,;'"\\s)]|$))`,
    'i',
  ),
  confidence: 0.9,
  noPlaceholderCheck: true,
  generic: true,
  check: (s, m) => {
    const scheme = (m.groups?.scheme ?? '').toLowerCase();
    const user = m.groups?.user ?? '';
    let v = s;
    try {
      v = decodeURIComponent(s);
    } catch {
      /* keep the raw value: a malformed escape is still a password */
    }
    const ph = placeholderReason(v);
    if (ph) return no(ph);
    // "password", "mypass", "pgpassword", "dbpassword1": letters then the word itself; "S3cretPass" (a digit inside the word) is a real one
    if (/^[A-Za-z_-]*pass(?:word|wd)?\d{0,3}$/i.test(v)) return no('the word password, not a password');
    if (v.toLowerCase() === user.toLowerCase()) return no('password equals the user name (documentation pattern)');
    const web = /^https?$/.test(scheme);
    return ok(web ? 0.85 : 0.9, `${scheme}:// URL with user '${user}' and a password`);
  },
};

/** Command lines that pass a password: curl -u user:pass, psexec -u x -p pass, --password=…, NetworkCredential(…). */
const cliCredentials: SecretFormat = {
  id: 'command-line-password',
  name: 'password on a command line or in a credential call',
  keywords: ['-p', '--password', '-password', '-u ', '--user', 'networkcredential', 'directoryentry', 'machine'],
  pattern: re(
    [
      `(?:^|\\s)(?:-u|--user)\\s+["']?[^\\s:"']{1,80}:(?<s1>[^\\s"'@]{3,100})["']?(?=\\s|$)`,
      `(?:^|\\s)-u\\s+["']?[^\\s"']{1,80}["']?\\s+-p\\s*["']?(?<s2>[^\\s"']{3,100})`,
      `(?:^|\\s)--?pass(?:word)?(?:\\s+|=)["']?(?<s3>[^\\s"']{3,100})`,
      `NetworkCredential\\(\\s*"[^"\\n]{0,80}"\\s*,\\s*"(?<s4>[^"\\n]{3,100})"`,
      `DirectoryEntry\\(\\s*"[^"\\n]{0,120}"\\s*,\\s*"[^"\\n]{0,80}"\\s*,\\s*"(?<s5>[^"\\n]{3,100})"`,
      `machine\\s+\\S{1,100}\\s+login\\s+\\S{1,100}\\s+password\\s+(?<s6>\\S{3,100})`,
    ].join('|'),
    'i',
  ),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (s) => {
    if (/^[$%]/.test(s)) return no('variable, not a literal');
    const v = judgePassword(s, true, true);
    return v.ok ? ok(0.8, 'password given on a command line or to a credential constructor') : v;
  },
};

/** A value at the end of a sentence loses the sentence's punctuation: "... is hunter2!" → "hunter2". */
function withoutSentenceEnd(raw: string): string {
  return raw.replace(/[.,;:?!)\]]+$/, '');
}

/** The highlight leaves out what `withoutSentenceEnd` dropped. */
function trimmed(raw: string, value: string): { trimEnd?: number } {
  return raw === value ? {} : { trimEnd: raw.length - value.length };
}

/** "the password for the staging box is hunter2!", "pw: Tr0ub4dor", "my PIN is 4821", "wifi password = …". */
const disclosure: SecretFormat = {
  id: 'password-disclosure',
  name: 'password written in a sentence',
  keywords: ['pass', 'pw', 'pwd', 'pin', 'code', 'wifi', 'wi-fi'],
  pattern: re(
    `(?<![A-Za-z0-9_:/@.-])(?<k>pass ?words?|passwd|pass ?codes?|passphrases?|pwd|pw|pins?(?: codes?| numbers?)?|(?:door|gate|alarm|access|entry|security|safe|locker|lock|garage|one[- ]time|otp|2fa|mfa|verification|login) codes?|wi-?fi (?:key|code))` +
      `(?![A-Za-z0-9_/.-])(?<mid>[^.!?\\n:=/@{}();<>\\[\\]]{0,60}?)(?:\\s(?:(?:is now|has been|will be|is|was|are|remains)(?:\\s+(?:changed|set|reset|updated) to)?|(?:changed|set|reset|updated) to)\\s+|\\s*[:=]\\s*)` +
      `(?:(?<q>["'“‘\`])(?<s1>[^"'”’\`\\n]{1,64})["'”’\`]|(?<s2>[^\\s"'”’\`]{1,64}))`,
    'i',
  ),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (raw, m, text) => {
    const key = (m.groups?.k ?? '').toLowerCase();
    const quoted = (m.groups?.q ?? '') !== '';
    const s = withoutSentenceEnd(raw);
    if (s.length === 0) return no('no value');
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    if (/^(?:pin|code)/.test(key) || / codes?$/.test(key)) {
      if (!/^\d{4,8}$/.test(s)) return no('a PIN or code is 4 to 8 digits');
      if (/^\s*(?:digits|characters|chars|times|attempts|tries|minutes|seconds|hours|days)/i.test(after)) return no('a count, not a code');
      // A door or event code is often meant to be shared with the readers; a PIN or passcode never is.
      return { ...ok(/ codes?$/.test(key) ? 0.6 : 0.75, `${key} followed by a number`), ...trimmed(raw, s) };
    }
    if (NUMBER_RE.test(s) && /^\s*(?:characters|chars|letters|digits|long|symbols|days|months|weeks)/i.test(after)) return no('a length or age, not a password');
    const standalone = /^[\s.!?"'”’)]*(?:$|\n)/.test(after);
    const v = judgePassword(s, quoted, standalone);
    if (!v.ok) return v;
    // "password is X" in prose is weaker evidence than "password: X", unless the value is clearly literal.
    const colon = /^[^A-Za-z0-9]*[:=]/.test(m[0].slice((m.groups?.k ?? '').length + (m.groups?.mid ?? '').length));
    const conf = quoted || looksLiteral(s) ? (v.confidence ?? 0.8) : colon ? 0.6 : 0.45;
    // Punctuation closing the sentence ("… is hunter2!") is left out of the highlight.
    return { ...ok(conf, `'${key}' followed by a value (${v.note ?? 'literal'})`), ...(/^(?:\s|$)/.test(after) ? trimmed(raw, s) : {}) };
  },
};

/** "login is jdoe, password hunter2", "user admin / pass Winter2023": a login given with its password. */
const credentialPair: SecretFormat = {
  id: 'credential-pair',
  name: 'user name and password written together',
  keywords: ['pass', 'pw', 'pwd'],
  // Whitespace runs are bounded and never adjacent to another run, so the pattern stays linear on long blanks.
  pattern: re(
    `(?<![A-Za-z0-9_])(?:user ?(?:name|id)?|login|account|email)[ \\t]{0,3}(?:is[ \\t]{1,3}|[:=][ \\t]{0,3})?[^\\s,;/]{2,64}[ \\t]{0,3}(?:[,;/][ \\t]{0,3})?(?:and[ \\t]{1,3})?(?:the[ \\t]{1,3})?` +
      `(?:pass ?(?:word)?|pw|pwd)(?![A-Za-z-])[ \\t]{0,3}(?:is[ \\t]{1,3}|[:=][ \\t]{0,3})?(?<s>[^\\s"'”’\`-][^\\s"'”’\`]{3,63})`,
    'i',
  ),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (raw) => {
    const s = withoutSentenceEnd(raw);
    // only a value that looks literal (digits, symbols, mixed case): "login and password again" is prose
    const v = judgePassword(s, false, false);
    return v.ok ? { ...ok(0.8, `a login given together with its password (${v.note ?? 'literal'})`), ...trimmed(raw, s) } : v;
  },
};

/** "my circleci token is 3f2a…", "the API key for staging: Lr7Q…": a token named in prose. */
const tokenDisclosure: SecretFormat = {
  id: 'token-disclosure',
  name: 'API key or token written in a sentence',
  keywords: ['key', 'token', 'secret'],
  pattern: re(
    `(?<![A-Za-z0-9_:/@.-])(?<k>(?:api|access|secret|auth|bearer|bot|app|deploy|personal access|service account|client|license|licence) ?(?:keys?|tokens?|secrets?)|tokens?|secrets?|keys?)` +
      `(?![A-Za-z0-9_/.-])(?<mid>[^.!?\\n:=/@{}();<>\\[\\]]{0,50}?)(?<sep>\\s(?:is|was|is now|has been)\\s+|\\s*:\\s*|[ \\t]+)` +
      `(?:(?<q>["'“‘\`])(?<s1>[^"'”’\`\\s]{16,200})["'”’\`]|(?<s2>[^\\s"'”’\`]{16,200}))`,
    'i',
  ),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (raw, m, text) => {
    const key = (m.groups?.k ?? '').toLowerCase();
    const sep = m.groups?.sep ?? '';
    const mid = m.groups?.mid ?? '';
    // "key" alone is a key to anything: only "…key: <value>" discloses one ("the key is …" is usually prose), and not
    // a public, site, sheet or cache key ("WireGuard public key: …", "reCAPTCHA site key: …")
    if (/^keys?$/.test(key) && !sep.includes(':')) return no("'key' alone needs a colon before the value");
    const before = qualifierBefore(text, m.index);
    if (/^(?:keys?|tokens?)$/.test(key) && notACredential(before)) return no(`a ${before} ${key}, not a credential`);
    // "api token <value>": a bare space after the name only for a named kind of token with nothing between
    // ("the BONK token DezX…" names a coin)
    if (!/[:a-z]/i.test(sep) && (mid.trim() !== '' || !/\s/.test(key))) return no('a value after a bare name needs a colon');
    const s = withoutSentenceEnd(raw);
    const v = judgeToken(s, false);
    if (v.ok && (/^keys?$/.test(key) || !/[:a-z]/i.test(sep))) {
      const mm = machineMade(s);
      if (!mm.ok) return mm;
    }
    return v.ok ? { ...v, ...trimmed(raw, s) } : v;
  },
};

/**
 * Secrets handed over in code or markup rather than assigned: an XML element (`<apiKey>…</apiKey>`), a PHP
 * constant (`define('API_KEY', '…')`) and a command-line flag with a space (`--api-token …`).
 */
const secretArgument: SecretFormat = {
  id: 'secret-argument',
  name: 'API key or token in an element, a constant or a flag',
  keywords: ['</', 'define', '--'],
  pattern: re(
    [
      `<(?<k1>[A-Za-z_][A-Za-z0-9_.:-]{0,60})>(?<s1>[^<>\\s]{1,300})</\\k<k1>>`,
      `define\\(\\s*['"](?<k2>[A-Za-z_][A-Za-z0-9_]{0,60})['"]\\s*,\\s*['"](?<s2>[^'"\\n]{1,200})['"]`,
      `(?:^|\\s)--(?<k3>[a-z][a-z0-9-]{1,40})[ \\t]+["']?(?<s3>[^\\s"'-][^\\s"']{15,300})["']?(?=\\s|$)`,
    ].join('|'),
  ),
  confidence: 0.8,
  noPlaceholderCheck: true,
  generic: true,
  check: (s, m) => {
    const key = m.groups?.k1 ?? m.groups?.k2 ?? m.groups?.k3 ?? '';
    // `--secret id=npmrc,src=$HOME/.npmrc`: options and variables, not a value
    if (/[=$]/.test(s) && !/^[A-Za-z0-9+/]+=*$/.test(s)) return no('options or a variable, not a literal');
    return judgeNamed(key, s, (k, kind, note) => `'${k}' names a ${kind}; ${note}`.trim());
  },
};

export const GENERIC_FORMATS: SecretFamily[] = [
  { id: 'connection-string', title: 'Passwords in connection strings and URLs', formats: [urlCredentials] },
  { id: 'password', title: 'Passwords in settings, command lines and sentences', formats: [passwordAssignment, xmlConfigSecret, cliCredentials, disclosure, credentialPair] },
  { id: 'generic-secret', title: 'API keys and tokens in secret-named settings and sentences', formats: [secretAssignment, tokenDisclosure, secretArgument] },
];
