import { PACK_FORMAT, type PackSource } from '../types';

/** builtin:pii (placeholder until the built-in detection lands). */
export const PII_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.pii',
  name: 'DraftGuard built-in: pii',
  version: '0.1.0',
  rules: [],
};
