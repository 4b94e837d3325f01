import { PACK_FORMAT, type PackSource } from '../types';

/** builtin:secrets (placeholder until the built-in detection lands). */
export const SECRETS_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.secrets',
  name: 'DraftGuard built-in: secrets',
  version: '0.1.0',
  rules: [],
};
