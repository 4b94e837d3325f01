import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { repairSpelling } from '../../../rules/detectors/language/fuzzy';
import type { Token } from '../../../rules/detectors/language/tokens';

const token = (w: string): Token => ({ w, src: w, start: 0, end: w.length, raw: w, mention: false, punct: false });

describe('spelling repair', () => {
  it('never reads a dictionary word as another word, not even its own plural', () => {
    // "chips" read as "chimps" or "this" as "thais" would put a group or an insult where none was typed, and
    // "my grandpa believes" read as "grandpas" would turn a report about one person into a claim about a group
    const lexicon = Object.keys((nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon);
    const wrong: string[] = [];
    for (const w of lexicon) {
      if (!/^[a-z]{4,}$/.test(w)) continue;
      const got = (repairSpelling([token(w)])[0] as Token).w;
      if (got !== w) wrong.push(`${w} -> ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a lower-case word written without vowels as the group noun it spells, not acronyms or chat words', () => {
    const fix = (w: string, raw = w) => (repairSpelling([{ ...token(w), raw }])[0] as Token).w;
    expect(fix('wmn')).toBe('women');
    expect(fix('mslms')).toBe('muslims');
    expect(fix('jws')).toBe('jews');
    for (const w of ['hmm', 'pls', 'thx', 'smh', 'nth']) expect(fix(w)).toBe(w);
    expect(fix('mxcns', 'MXCNS')).toBe('mxcns');
  });

  it('reads letter pairs that pass for one letter only into group nouns and slurs', () => {
    const fix = (w: string) => (repairSpelling([token(w)])[0] as Token).w;
    expect(fix('jevvs')).toBe('jews');
    expect(fix('rnuslims')).toBe('muslims');
    expect(fix('vvomen')).toBe('women');
    for (const w of ['burns', 'savvy', 'learn', 'modern']) expect(fix(w)).toBe(w);
  });

  it('still repairs a misspelt group noun or attack word', () => {
    expect(repairSpelling([token('immigrnats')]).map((t) => t.w)).toEqual(['immigrants']);
    expect(repairSpelling([token('ethiopains')]).map((t) => t.w)).toEqual(['ethiopians']);
  });
});
