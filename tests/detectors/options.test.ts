import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../rules/detectors/registry';
import { compilePack, PackError, type ResolvedPack } from '../../rules/index';

function packWith(detector: string, options: Record<string, unknown>): ResolvedPack {
  return {
    id: 'acme',
    name: 'Acme',
    version: '1',
    lang: 'en',
    allow: [],
    warnings: [],
    rules: [{ id: 'd', ruleId: 'acme.d', packId: 'acme', kind: 'detector', category: 'confidential', severity: 'warn', message: 'm', detector, options }],
  };
}

function compileError(detector: string, options: Record<string, unknown>): PackError | null {
  try {
    compilePack(packWith(detector, options));
    return null;
  } catch (e) {
    if (e instanceof PackError) return e;
    throw e;
  }
}

describe('detector options', () => {
  it.each(DETECTORS.map((d) => d.id))('%s refuses an unknown option, naming it', (id) => {
    const spec = DETECTORS.find((d) => d.id === id)!;
    expect(spec.validateOptions).toBeTypeOf('function');
    expect(spec.validateOptions!({ bogus: 1 })).toMatch(/'bogus'/);
    const err = compileError(id, { bogus: 1 });
    expect(err?.details).toMatchObject({ ruleId: 'acme.d', field: 'options' });
    expect(err?.message).toMatch(/bogus/);
    expect(compileError(id, {})).toBeNull();
  });

  it.each([
    ['secrets', { type: ['aws'] }, /'type'/],
    ['secrets', { types: 'aws' }, /'types'/],
    ['shouting', { minWord: 3 }, /'minWord'/],
    ['shouting', { minWords: 'five' }, /'minWords'/],
    ['language.reply-profanity', { words: 3 }, /'words'/],
    ['language.slur', { reclaimed: 'yes' }, /'reclaimed'/],
    ['language.group-attack', { aim: 'everyone' }, /'aim'/],
    ['pii.email', { domains: ['acme.com'] }, /'domains'/],
  ] as const)('%s refuses %j', (id, options, re) => {
    expect(compileError(id, options as Record<string, unknown>)?.message).toMatch(re);
  });

  it.each([
    ['secrets', { types: ['aws'] }],
    ['shouting', { minWords: 3, minLetters: 10 }],
    ['language.reply-profanity', { words: 'insults' }],
    ['language.slur', { aim: 'person', reclaimed: true }],
    ['language.group-attack', { aim: 'person' }],
  ] as const)('%s accepts %j', (id, options) => {
    expect(compileError(id, options as Record<string, unknown>)).toBeNull();
  });
});
