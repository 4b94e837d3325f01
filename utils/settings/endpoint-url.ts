/**
 * Pack and stats addresses must be https: a pack decides what people are stopped from posting, and stats
 * are the organisation's data. Plain http is tolerated only on loopback, for local testing.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Returns why `value` is not an acceptable endpoint, or null when it is. */
export function endpointUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is not a valid URL`;
  }
  if (url.username || url.password) return `'${url.host}' URL must not carry credentials`;
  // `<pack URL>.sig` is the pack address plus ".sig": after a fragment it would name the pack itself.
  if (url.hash || value.includes('#')) return `'${url.origin}${url.pathname}' URL must not have a #fragment`;
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return `'${url.origin}' must use https (http only for localhost)`;
}

export function hostOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).host;
  } catch {
    return undefined;
  }
}
