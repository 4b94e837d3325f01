/**
 * Values that look like credentials but are documentation: templates, environment references, masked
 * or repeated characters, and the words people type where a secret should go. Each check returns the
 * reason so `explain` can say why a candidate was dropped (tests assert on it).
 */

/** Lowercase fragments that mark a value as a stand-in, wherever they appear in it. */
const PLACEHOLDER_FRAGMENTS = [
  'xxxx', 'xxxxx', '****', '....', '____', '----',
  'example', 'sample', 'dummy', 'placeholder', 'changeme', 'change_me', 'change-me', 'redacted', 'censored',
  'your_', 'your-', 'yourkey', 'yourtoken', 'yoursecret', 'yourpass', 'youraccess', 'yourapi', 'yourapp',
  'my_api_key', 'my_token', 'my_secret', 'insert_', 'insert-', 'replace_', 'replace-', 'replaceme', 'todo',
  'fakevalue', 'fake_', 'fake-', 'notreal', 'not_real', 'not-a-real', 'secret_here', 'key_here', 'token_here',
  'here_', '_here', 'goes_here', 'goeshere', 'dontuse', 'do_not_use', 'lorem', 'ipsum',
];

/** Keyboard and counting patterns: a made-up value, but one someone may paste into a real config too. */
const PATTERN_FRAGMENTS = ['abcdefgh', 'abc123', '12345678', '01234567', 'qwertyui', 'deadbeef', 'a1b2c3', '1a2b3c', 'd4e5f6'];

/** Whole values (case-insensitive) that stand for a secret rather than being one. */
const PLACEHOLDER_VALUES = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'secrets', 'token', 'apikey', 'api_key', 'key', 'none', 'null',
  'nil', 'undefined', 'empty', 'true', 'false', 'test', 'testing', 'demo', 'user', 'username',
  'mypassword', 'mysecret', 'yourpassword', 'yoursecret', 'changeit', 'default', 'string', 'value', 'required',
  'optional', 'hidden', 'masked', 'private', 'secret_key', 'access_key', 'client_secret', 'na', 'n/a', 'tbd',
  'foo', 'bar', 'foobar', 'baz', 'qux', 'xyz', 'abc', 'blah', 'asdf', 'correcthorsebatterystaple', 'secret_password',
  'my_password', 'your_password', 'somepassword', 'some_password', 'supersecret', 'topsecret', 'notasecret',
]);

/** A template or reference to a value held elsewhere: ${VAR}, {{var}}, <token>, $VAR, %VAR%, %s, env lookups. */
const TEMPLATE_RE =
  /^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^>]*>$|^\[[^\]]*\]$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|%[sd]|^\{[0-9a-z_]*\}$|^#\{.*\}$|^@[A-Za-z_]+@$|process\.env|os\.environ|getenv|env\(|secrets\.|vars\.|ENV\[/i;

function longestRun(value: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return value.length === 0 ? 0 : best;
}

/** Longest stretch where each character code is one more (or one less) than the previous: 'abcdef', '987654'. */
function longestSequence(value: string): number {
  let best = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return value.length === 0 ? 0 : best;
}

/** A short unit repeated: 'abababab', 'DEADBEEFDEADBEEF', '0000-0000'. */
function isPeriodic(value: string): boolean {
  const v = value.replace(/[-_.:]/g, '');
  if (v.length < 8) return false;
  for (let period = 1; period <= Math.min(8, v.length / 2); period++) {
    let same = true;
    for (let i = period; i < v.length; i++) {
      if (v[i] !== v[i - period]) {
        same = false;
        break;
      }
    }
    if (same) return true;
  }
  return false;
}

/**
 * Why `value` is a placeholder, or null when it may be real. `body` is the part after a known prefix
 * (the random part of `ghp_…`): runs and sequences are judged on it, so the prefix's own letters don't count.
 */
export function placeholderReason(value: string, body: string = value): string | null {
  return markedPlaceholder(value) ?? madeUpPattern(value, body);
}

/** Why `value` is marked as a stand-in (a stand-in word, a template, 'xxxx', 'example'), or null. */
export function markedPlaceholder(value: string): string | null {
  const lower = value.toLowerCase();
  if (value.length === 0) return 'empty value';
  if (PLACEHOLDER_VALUES.has(lower)) return `'${lower}' is a stand-in word`;
  if (TEMPLATE_RE.test(value)) return 'template or variable reference';
  const frag = PLACEHOLDER_FRAGMENTS.find((f) => lower.includes(f));
  if (frag) return `contains placeholder text '${frag}'`;
  return null;
}

/** Why `value` looks typed by hand rather than generated (counting, keyboard rows, repeats), or null. */
export function madeUpPattern(value: string, body: string = value): string | null {
  const lower = value.toLowerCase();
  const frag = PATTERN_FRAGMENTS.find((f) => lower.includes(f));
  if (frag) return `contains placeholder text '${frag}'`;
  const b = body.length > 0 ? body : value;
  if (longestRun(b) >= 6) return 'long run of one repeated character';
  if (longestSequence(b) >= 7) return 'sequential characters';
  if (isPeriodic(b)) return 'a short pattern repeated';
  return null;
}
