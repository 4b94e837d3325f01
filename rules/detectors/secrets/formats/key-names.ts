/**
 * What a variable or field name says about its value. `api_key = …` holds a token, `db_password: …` a
 * password, `client_id` / `token_url` / `passwordLabel` hold no secret at all. Names are split into words
 * (snake, kebab, dotted and camelCase) so the judgement rests on the last word and its qualifiers.
 */
export type KeyKind = 'password' | 'token' | null;

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'pw', 'passphrase', 'passcode', 'pswd', 'pword', 'passw']);
// 'login' holds a token in some tools (sonar.login=…); the value must still look random to count.
const TOKEN_LAST = new Set(['secret', 'token', 'apikey', 'key', 'credential', 'credentials', 'pat', 'sig', 'signature', 'crumb', 'auth', 'login']);
const TOKEN_QUALIFIERS = new Set([
  'api', 'access', 'auth', 'private', 'client', 'app', 'application', 'license', 'licence', 'bot', 'bearer', 'session', 'refresh',
  'webhook', 'signing', 'encryption', 'master', 'consumer', 'stream', 'deploy', 'personal', 'secret', 'service', 'account', 'admin',
  'oauth', 'jwt', 'hmac', 'shared', 'sas', 'storage', 'write', 'read', 'upload', 'publish', 'ingest', 'integration', 'server', 'rest',
]);
/** `primary_key`, `cache_key`, `public_key`: keys that are not credentials. */
export const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public', 'pub', 'primary', 'foreign', 'sort', 'partition', 'cache', 'lookup', 'map', 'row', 'unique', 'composite', 'hot', 'short',
  'keyboard', 'i18n', 'translation', 'route', 'react', 'cursor', 'idempotency', 'object', 'dedup', 'dedupe', 'group', 'index', 'registry',
  'host', 'kid', 'sorting', 'hash', 'lang', 'locale', 'message', 'label', 'storage', 'local', 'session', 'query', 'item', 'list', 'field',
  'column', 'table', 'dict', 'json', 'yaml', 'config', 'settings', 'env', 'name', 'data', 'cell', 'node', 'entry', 'record', 'event',
  'site', 'sheet', 'ipfs', 'ssh', 'gpg', 'pgp', 'host', 'wireguard', 'pgp', 'music', 'piano', 'house', 'car', 'door', 'spare',
]);
/** `nextToken`, `pageToken`, `clientToken`: tokens that page through results or make a request idempotent, not credentials. */
const NON_SECRET_TOKEN_QUALIFIERS = new Set(['next', 'page', 'continuation', 'starting', 'resumption', 'idempotency', 'sync', 'cursor', 'pagination', 'client', 'publickey', 'public', 'request', 'marker']);

/** Suffixes naming something about a secret rather than the secret itself. */
const NOT_SECRET_LAST = new Set([
  'id', 'ids', 'name', 'names', 'user', 'username', 'url', 'uri', 'host', 'hostname', 'file', 'path', 'dir', 'label', 'type', 'field',
  'length', 'len', 'min', 'max', 'policy', 'hint', 'prompt', 'regex', 'pattern', 'placeholder', 'format', 'expiry', 'expires', 'expiration',
  'ttl', 'header', 'param', 'env', 'count', 'enabled', 'required', 'hash', 'hashed', 'reset', 'endpoint', 'location', 'prefix', 'suffix',
  'version', 'algorithm', 'alg', 'size', 'mode', 'input', 'form', 'button', 'text', 'title', 'message', 'error', 'validation', 'strength',
  'changed', 'updated', 'at', 'date', 'time', 'timeout', 'duration', 'lifetime', 'rotation', 'provider', 'store', 'storage', 'manager',
  'service', 'helper', 'util', 'class', 'method', 'function', 'handler', 'callback', 'route', 'page', 'view', 'link', 'email', 'mail', 'list',
  'index', 'column', 'table', 'output', 'result', 'response', 'request', 'visible', 'show', 'toggle', 'icon', 'id_token_hint',
]);

export function keyWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Classifies a key name; compound single words ('jwtsecret', 'dbpassword') are judged by their ending. */
export function classifyKey(name: string): KeyKind {
  const words = keyWords(name);
  const last = words[words.length - 1];
  if (!last || NOT_SECRET_LAST.has(last)) return null;
  // Rails' `secret_key_base`: the base every other secret is derived from
  if (last === 'base' && words[words.length - 2] === 'key' && words.includes('secret')) return 'token';
  if (PASSWORD_WORDS.has(last) || /(?:password|passwd|passphrase|passcode)$/.test(last)) return 'password';
  if ((last === 'token' || last === 'tokens') && words.slice(0, -1).some((w) => NON_SECRET_TOKEN_QUALIFIERS.has(w))) return null;
  if (/^(?:next|page|continuation|publickey)token$/.test(last)) return null;
  if (/(?:secret|token|apikey|accesskey|secretkey|privatekey)$/.test(last) && last !== 'key') return 'token';
  if (TOKEN_LAST.has(last)) {
    if (last === 'key' && words.length > 1 && !NON_SECRET_KEY_QUALIFIERS.has(words[words.length - 2] ?? '')) return 'token';
    if (last === 'key' || last === 'sig' || last === 'signature' || last === 'auth' || last === 'credential' || last === 'credentials') {
      return words.slice(0, -1).some((w) => TOKEN_QUALIFIERS.has(w) || /(?:secret|token|api)$/.test(w)) ? 'token' : null;
    }
    return 'token';
  }
  return null;
}
