/**
 * A small parser of JavaScript regex syntax, enough to reason about a pack's patterns before running them:
 * which characters each part can consume (to spot nested quantifiers over overlapping text, which
 * backtrack exponentially) and which literal text every match must contain (keywords for the prefilter).
 */

/** A set of characters: exact for ASCII, one flag for everything beyond. */
export class CharSet {
  readonly bits = new Uint32Array(4);
  nonAscii = false;

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }

  static all(): CharSet {
    const s = new CharSet();
    s.bits.fill(0xffffffff);
    s.nonAscii = true;
    return s;
  }

  add(c: number): void {
    if (c < 128) this.bits[c >> 5]! |= 1 << (c & 31);
    else this.nonAscii = true;
  }

  addRange(a: number, b: number): void {
    for (let c = a; c <= Math.min(b, 127); c++) this.add(c);
    if (b >= 128) this.nonAscii = true;
  }

  union(o: CharSet): this {
    for (let k = 0; k < 4; k++) this.bits[k]! |= o.bits[k]!;
    this.nonAscii ||= o.nonAscii;
    return this;
  }

  negate(): CharSet {
    const s = new CharSet();
    for (let k = 0; k < 4; k++) s.bits[k] = ~this.bits[k]! >>> 0;
    s.nonAscii = true;
    return s;
  }

  overlaps(o: CharSet): boolean {
    for (let k = 0; k < 4; k++) if (this.bits[k]! & o.bits[k]!) return true;
    return this.nonAscii && o.nonAscii;
  }

  foldCase(): this {
    for (let c = 65; c <= 90; c++) {
      if (this.has(c) || this.has(c + 32)) {
        this.add(c);
        this.add(c + 32);
      }
    }
    return this;
  }

  has(c: number): boolean {
    return c < 128 ? (this.bits[c >> 5]! & (1 << (c & 31))) !== 0 : this.nonAscii;
  }
}

export type RxNode =
  | { t: 'char'; set: CharSet; lit?: string }
  | { t: 'seq'; items: RxNode[] }
  | { t: 'alt'; branches: RxNode[] }
  | { t: 'group'; body: RxNode; look: boolean }
  | { t: 'quant'; body: RxNode; min: number; max: number }
  | { t: 'assert' }
  | { t: 'backref' };

export class RegexSyntaxError extends Error {}

const DIGIT = (): CharSet => {
  const s = new CharSet();
  s.addRange(48, 57);
  return s;
};
const WORD = (): CharSet => {
  const s = DIGIT();
  s.addRange(65, 90);
  s.addRange(97, 122);
  s.add(95);
  return s;
};
const SPACE = (): CharSet => {
  const s = CharSet.of(9, 10, 11, 12, 13, 32);
  s.nonAscii = true;
  return s;
};

export function parseRegex(source: string, flags: string): RxNode {
  const ignoreCase = flags.includes('i');
  let i = 0;
  const peek = (): string | undefined => source[i];
  const fail = (msg: string): never => {
    throw new RegexSyntaxError(`${msg} at position ${i}`);
  };

  const charNode = (set: CharSet, lit?: string): RxNode => {
    if (ignoreCase) set.foldCase();
    return lit === undefined ? { t: 'char', set } : { t: 'char', set, lit };
  };

  function parseAlt(): RxNode {
    const branches = [parseSeq()];
    while (peek() === '|') {
      i++;
      branches.push(parseSeq());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
  }

  function parseSeq(): RxNode {
    const items: RxNode[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const atom = parseAtom();
      items.push(parseQuantifier(atom));
    }
    return { t: 'seq', items };
  }

  function parseQuantifier(atom: RxNode): RxNode {
    const c = peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      i += m[0].length;
    } else return atom;
    if (peek() === '?') i++;
    if (atom.t === 'assert') return atom;
    return parseQuantifier({ t: 'quant', body: atom, min, max });
  }

  function parseAtom(): RxNode {
    const c = source[i++]!;
    switch (c) {
      case '(': {
        let look = false;
        if (source.startsWith('?:', i)) i += 2;
        else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
          i += 2;
          look = true;
        } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
          i += 3;
          look = true;
        }
        else if (source.startsWith('?<', i)) {
          const close = source.indexOf('>', i);
          if (close < 0) fail('unterminated group name');
          i = close + 1;
        }
        const body = parseAlt();
        if (peek() !== ')') fail('missing )');
        i++;
        return { t: 'group', body, look };
      }
      case '[':
        return charNode(parseClass());
      case '.':
        return charNode(CharSet.all());
      case '^':
      case '$':
        return { t: 'assert' };
      case '\\':
        return parseEscape();
      case '*':
      case '+':
      case '?':
        return fail('nothing to repeat');
      default: {
        const cp = source.codePointAt(i - 1)!;
        if (cp > 0xffff) i++;
        return charNode(CharSet.of(cp), String.fromCodePoint(cp));
      }
    }
  }

  function parseEscape(): RxNode {
    const c = source[i++];
    if (c === undefined) return fail('\\ at end of pattern');
    switch (c) {
      case 'd':
        return charNode(DIGIT());
      case 'D':
        return charNode(DIGIT().negate());
      case 'w':
        return charNode(WORD());
      case 'W':
        return charNode(WORD().negate());
      case 's':
        return charNode(SPACE());
      case 'S':
        return charNode(SPACE().negate());
      case 'b':
      case 'B':
        return { t: 'assert' };
      case 'k':
        if (peek() === '<') {
          const close = source.indexOf('>', i);
          i = close < 0 ? source.length : close + 1;
          return { t: 'backref' };
        }
        return charNode(CharSet.of(107), 'k');
      default:
        if (c >= '1' && c <= '9') {
          while (peek() !== undefined && /\d/.test(peek()!)) i++;
          return { t: 'backref' };
        }
        i--;
        {
          const code = readCharEscape();
          if (code < 0) return charNode(CharSet.all());
          return charNode(CharSet.of(code), String.fromCodePoint(code));
        }
    }
  }

  /** Reads an escape after '\\' that stands for one character; -1 for a property class (\p{…}). */
  function readCharEscape(): number {
    const c = source[i++]!;
    const hex = (len: number): number => {
      const h = source.slice(i, i + len);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== len) return c.charCodeAt(0);
      i += len;
      return parseInt(h, 16);
    };
    switch (c) {
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'f': return 12;
      case 'v': return 11;
      case '0': return 0;
      case 'x': return hex(2);
      case 'c': {
        const l = source.charCodeAt(i);
        i++;
        return l % 32;
      }
      case 'u': {
        if (peek() === '{') {
          const close = source.indexOf('}', i);
          const v = parseInt(source.slice(i + 1, close), 16);
          i = close + 1;
          return Number.isFinite(v) ? v : 117;
        }
        return hex(4);
      }
      case 'p':
      case 'P':
        if (peek() === '{') i = Math.max(i, source.indexOf('}', i) + 1);
        return -1;
      default:
        return source.codePointAt(i - 1)!;
    }
  }

  function parseClass(): CharSet {
    let set = new CharSet();
    let negated = false;
    if (peek() === '^') {
      negated = true;
      i++;
    }
    while (i < source.length && peek() !== ']') {
      let lo: number;
      const c = source[i++]!;
      if (c === '\\') {
        const e = source[i];
        if (e === 'd' || e === 'w' || e === 's') {
          i++;
          set.union(e === 'd' ? DIGIT() : e === 'w' ? WORD() : SPACE());
          continue;
        }
        if (e === 'D' || e === 'W' || e === 'S') {
          i++;
          set.union((e === 'D' ? DIGIT() : e === 'W' ? WORD() : SPACE()).negate());
          continue;
        }
        if (e === 'b') {
          i++;
          lo = 8;
        } else {
          lo = readCharEscape();
          if (lo < 0) {
            set.union(CharSet.all());
            continue;
          }
        }
      } else {
        lo = source.codePointAt(i - 1)!;
        if (lo > 0xffff) i++;
      }
      if (peek() === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        i++;
        let hi: number;
        if (source[i] === '\\') {
          i++;
          hi = readCharEscape();
          if (hi < 0) hi = 0x10ffff;
        } else {
          hi = source.codePointAt(i)!;
          i += hi > 0xffff ? 2 : 1;
        }
        set.addRange(lo, hi);
      } else set.add(lo);
    }
    if (peek() !== ']') fail('missing ]');
    i++;
    if (negated) set = set.negate();
    return set;
  }

  const tree = parseAlt();
  if (i < source.length) fail('unmatched )');
  return tree;
}
