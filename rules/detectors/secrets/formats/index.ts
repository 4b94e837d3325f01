/** Every credential family the `secrets` detector knows, in reporting order. */
import type { SecretFamily, SecretFormat } from '../format';
import { CLOUD_FORMATS } from './cloud';
import { SOURCE_CI_FORMATS } from './source-ci';
import { MESSAGING_FORMATS, PAYMENT_FORMATS } from './messaging-payment';
import { SAAS_FORMATS } from './saas';
import { KEY_FORMATS } from './keys';
import { GENERIC_FORMATS } from './generic';

export const SECRET_FAMILIES: readonly SecretFamily[] = [
  ...CLOUD_FORMATS,
  ...SOURCE_CI_FORMATS,
  ...MESSAGING_FORMATS,
  ...PAYMENT_FORMATS,
  ...SAAS_FORMATS,
  ...KEY_FORMATS,
  ...GENERIC_FORMATS,
];

export const SECRET_FORMATS: readonly SecretFormat[] = SECRET_FAMILIES.flatMap((f) => f.formats);

const formatById = new Map(SECRET_FORMATS.map((f) => [f.id, f]));
const familyById = new Map(SECRET_FAMILIES.map((f) => [f.id, f]));

/** Resolves a `types` option entry: a format id or a family id (all its formats). */
export function resolveSecretType(id: string): readonly SecretFormat[] | undefined {
  const fam = familyById.get(id);
  if (fam) return fam.formats;
  const f = formatById.get(id);
  return f ? [f] : undefined;
}
