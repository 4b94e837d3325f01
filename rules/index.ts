/**
 * The engine's public API. Load and merge packs (rules/pack), compile the merged pack once, then check
 * drafts with a Checker; everything here is pure TypeScript and runs in Node and in the page alike.
 */
export { compilePack, type CompiledPack } from './engine/compile';
export { createChecker, type Checker } from './engine/checker';
export { buildHashedTerms } from './engine/hashed-terms';
export { normalizeTerm } from './engine/normalize';
export { luhn, iban, ssn, shannonEntropy } from './engine/validators';
export { parsePack, parsePackText, validatePackObject } from './pack/parse';
export { resolvePack, type ResolveOptions } from './pack/resolve';
export { buildPack, canonicalJson, randomSalt, type BuildOptions } from './pack/build';
export { generateKeyPair, signBytes, verifyBytes, publicKeyOf } from './pack/signature';
export * from './types';
