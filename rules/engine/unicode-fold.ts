/**
 * Character-level folding with an offset map. Every original code point becomes at most one output code
 * unit, so offsets map back exactly and case folding never changes length (no whole-string
 * `toLowerCase()`, whose 'İ' → 'i̇' would shift every later offset).
 */

/** Folded view of a text: output index i came from original [start[i], end[i]). */
export interface FoldedChars {
  /** look-alikes, diacritics and case folded */
  lower: string;
  /** look-alikes and diacritics folded, letter case kept (for caseSensitive terms) */
  cased: string;
  /** only diacritics and case folded: for `evasion: false` terms, which must not read look-alikes */
  plainLower: string;
  plainCased: string;
  start: Int32Array;
  end: Int32Array;
}

const DROP = -1;

// Characters that carry no visible letter: zero-width, joiners, bidi controls, soft hyphen, BOM.
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

/** Marks that belong to the preceding character: a match ending before them must still include them. */
function isAttachedMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

// Letters that NFKC leaves alone but that readers take for Latin ones (Cyrillic and Greek homoglyphs).
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', һ: 'h', ɡ: 'g', ı: 'i',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I', Ү: 'Y', Һ: 'H',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', Ϲ: 'C',
};

/** [cased, lower, plainCased, plainLower] code units for a non-ASCII code point, or DROP; cached because NFKC/NFD are slow. */
type Folds = [number, number, number, number];
const cache = new Map<number, Folds>();

function lowerUnit(ch: string): number {
  const lowered = ch.toLowerCase();
  return lowered.length === 1 ? lowered.charCodeAt(0) : ch.charCodeAt(0);
}

/** The base letter of a character whose decomposition is that letter plus combining marks, else null. */
function baseLetter(ch: string): string | null {
  const decomposed = ch.normalize('NFD');
  const first = String.fromCodePoint(decomposed.codePointAt(0) ?? 0);
  const rest = decomposed.slice(first.length);
  return [...rest].every((c) => isAttachedMark(c.codePointAt(0) ?? 0)) ? first : null;
}

function foldNonAscii(cp: number): Folds {
  const hit = cache.get(cp);
  if (hit) return hit;
  let result: Folds;
  if (isInvisible(cp) || isAttachedMark(cp)) {
    result = [DROP, DROP, DROP, DROP];
  } else {
    const ch = String.fromCodePoint(cp);
    let base = LOOKALIKES[ch];
    if (base === undefined) {
      // NFKC undoes fullwidth forms and mathematical alphanumerics; NFD then exposes the base letter.
      const compat = ch.normalize('NFKC');
      const candidate = [...compat].length === 1 ? compat : ch;
      base = baseLetter(candidate) ?? candidate;
      base = LOOKALIKES[base] ?? base;
    }
    const plain = baseLetter(ch) ?? ch;
    // Astral letters without a BMP equivalent keep a placeholder so the map stays one-to-one.
    const [c, l] = base.length === 1 ? [base.charCodeAt(0), lowerUnit(base)] : [0xfffd, 0xfffd];
    const [pc, pl] = plain.length === 1 ? [plain.charCodeAt(0), lowerUnit(plain)] : [0xfffd, 0xfffd];
    result = [c, l, pc, pl];
  }
  cache.set(cp, result);
  return result;
}

export function foldChars(text: string): FoldedChars {
  const n = text.length;
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return foldAscii(text);
  const cased = new Uint16Array(n);
  const lower = new Uint16Array(n);
  const plainCased = new Uint16Array(n);
  const plainLower = new Uint16Array(n);
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = c >= 65 && c <= 90 ? c + 32 : c;
      cased[o] = plainCased[o] = c;
      lower[o] = plainLower[o] = l;
      start[o] = i;
      end[o] = i + 1;
      o++;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // A lone surrogate is kept as an opaque symbol: it never joins a word and never crashes NFKC.
    const [fc, fl, pc, pl] = cp >= 0xd800 && cp <= 0xdfff ? [0xfffd, 0xfffd, 0xfffd, 0xfffd] : foldNonAscii(cp);
    if (fc === DROP) {
      if (isAttachedMark(cp) && o > 0) end[o - 1] = i + width;
    } else {
      cased[o] = fc;
      lower[o] = fl;
      plainCased[o] = pc;
      plainLower[o] = pl;
      start[o] = i;
      end[o] = i + width;
      o++;
    }
    i += width;
  }
  start[o] = n;
  end[o] = n;
  return {
    lower: decode(lower, o),
    cased: decode(cased, o),
    plainLower: decode(plainLower, o),
    plainCased: decode(plainCased, o),
    start: start.subarray(0, o + 1),
    end: end.subarray(0, o + 1),
  };
}

/**
 * The same result for a text of ASCII only (most drafts), without the per-unit tables: ASCII folds only
 * in case, one unit to one unit, so the text is its own cased form and toLowerCase its lower form.
 */
function foldAscii(text: string): FoldedChars {
  const n = text.length;
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  start[n] = n;
  end[n] = n;
  const lower = text.toLowerCase();
  return { lower, cased: text, plainLower: lower, plainCased: text, start, end };
}

function decode(units: Uint16Array, length: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
