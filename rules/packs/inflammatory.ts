import { PACK_FORMAT, type PackSource } from '../types';

/** builtin:inflammatory (placeholder until the built-in detection lands). */
export const INFLAMMATORY_PACK: PackSource = {
  format: PACK_FORMAT,
  id: 'builtin.inflammatory',
  name: 'DraftGuard built-in: inflammatory',
  version: '0.1.0',
  rules: [],
};
