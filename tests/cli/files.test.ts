import { describe, expect, it } from 'vitest';
import { decodeUtf8, InputError } from '../../cli/files';

describe('decodeUtf8 (pack files)', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8, including a byte order mark and characters outside the BMP', () => {
    expect(decodeUtf8(utf8('id: café 🎉\n'), 'p.yaml')).toBe('id: café 🎉\n');
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'p.yaml')).toBe('a');
  });

  it('refuses Latin-1 with the file and line, instead of turning a term into U+FFFD', () => {
    const latin1 = Uint8Array.from([...utf8('a: 1\nterms: [caf'), 0xe9, ...utf8(']\n')]);
    expect(() => decodeUtf8(latin1, 'p.yaml')).toThrow(InputError);
    expect(() => decodeUtf8(latin1, 'p.yaml')).toThrow('p.yaml: not UTF-8 text (line 2); save it as UTF-8');
  });

  it('says when a file looks like UTF-16', () => {
    expect(() => decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]), 'w.yaml')).toThrow(/w\.yaml: not UTF-8 text \(line 1\); it looks like UTF-16/);
  });
});
