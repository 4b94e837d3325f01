/** The pack half of the engine's public API: read, merge, build, sign and test packs. */
export { parsePack, parsePackText, validatePackObject } from './parse';
export { resolvePack, type ResolveOptions } from './resolve';
export { buildPack, canonicalJson, randomSalt, type BuildOptions } from './build';
export { generateKeyPair, signBytes, verifyBytes, publicKeyOf } from './signature';
export { runExamples, type ExampleFailure, type ExampleResult } from './examples';
export { PackIssues } from './issues';
export { MAX_PACK_CHARS, MAX_RULES, MAX_TERMS } from './limits';
