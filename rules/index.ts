/** The engine's public API: compile a resolved pack once, then check drafts with a Checker. */
export { compilePack, type CompiledPack } from './engine/compile';
export { createChecker, type Checker } from './engine/checker';
export { buildHashedTerms } from './engine/hashed-terms';
export { normalizeTerm } from './engine/normalize';
export * from './types';
