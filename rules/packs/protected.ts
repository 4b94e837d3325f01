import { PACK_FORMAT, type PackSource } from '../types';

/** builtin:protected (placeholder until the built-in detection lands). */
export const PROTECTED_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.protected',
  name: 'DraftGuard built-in: protected',
  version: '0.1.0',
  rules: [],
};
