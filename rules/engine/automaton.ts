/**
 * Aho-Corasick over UTF-16 code units: one pass over a text finds every occurrence of every pattern, so
 * the cost of a check grows with the draft, not with the number of rules. Frozen goto edges live in one
 * sorted flat table (binary search per state), which keeps a 10,000-term pack small and quick to build;
 * a small automaton (the keywords of a pack) also gets every transition resolved into a table.
 */
export interface AutomatonHit {
  pattern: number;
  /** end index (exclusive) in the searched text */
  end: number;
}

/** Largest dense table built (states × char classes): 256K cells, at most 1 MB. */
const DENSE_MAX_CELLS = 1 << 18;

export class Automaton {
  private readonly patternLength: number[] = [];
  private built = false;
  // Build-time trie as first-child / next-sibling lists in typed arrays: far cheaper than a map per state.
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024).fill(-1);
  private charOf = new Uint16Array(1024);
  private stateCount = 1;
  /** own outputs of the (few) terminal states */
  private terminal = new Map<number, number[]>();
  // Frozen form.
  private edgeStart = new Int32Array(0);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(0);
  /** outputs of state s: outList[outStart[s] .. outStart[s+1]) (own and inherited through fail links) */
  private outStart = new Int32Array(0);
  private outList = new Int32Array(0);
  /** the root's goto for code units below 128, -1 for none: most scanning steps start at the root */
  private rootAscii = new Int32Array(0);
  /**
   * For a small automaton, every transition resolved ahead (fail links included): state s on a char of
   * class k goes to dense[s * classes + k]. Class 0 is every char no pattern holds (it leads to the root).
   * A scan step is then two table reads instead of binary searches along the fail chain.
   */
  private dense: Uint16Array | Int32Array | null = null;
  private classes = 0;
  private asciiClass = new Uint8Array(128);
  private otherClass = new Map<number, number>();

  private grow(): void {
    const size = this.firstChild.length * 2;
    const fc = new Int32Array(size).fill(-1);
    fc.set(this.firstChild);
    const ns = new Int32Array(size).fill(-1);
    ns.set(this.nextSibling);
    const co = new Uint16Array(size);
    co.set(this.charOf);
    this.firstChild = fc;
    this.nextSibling = ns;
    this.charOf = co;
  }

  /** Adds a pattern and returns its index. Empty patterns are refused by callers. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.firstChild[s]!;
      while (child !== -1 && this.charOf[child] !== c) child = this.nextSibling[child]!;
      if (child === -1) {
        if (this.stateCount === this.firstChild.length) this.grow();
        child = this.stateCount++;
        this.charOf[child] = c;
        this.nextSibling[child] = this.firstChild[s]!;
        this.firstChild[s] = child;
      }
      s = child;
    }
    const id = this.patternLength.length;
    this.patternLength.push(pattern.length);
    const own = this.terminal.get(s);
    if (own) own.push(id);
    else this.terminal.set(s, [id]);
    return id;
  }

  lengthOf(pattern: number): number {
    return this.patternLength[pattern]!;
  }

  get size(): number {
    return this.patternLength.length;
  }

  build(): this {
    const n = this.stateCount;
    this.edgeStart = new Int32Array(n + 1);
    let edgeCount = 0;
    for (let s = 0; s < n; s++) {
      this.edgeStart[s] = edgeCount;
      for (let c = this.firstChild[s]!; c !== -1; c = this.nextSibling[c]!) edgeCount++;
    }
    this.edgeStart[n] = edgeCount;
    this.edgeChar = new Uint16Array(edgeCount);
    this.edgeTarget = new Int32Array(edgeCount);
    for (let s = 0; s < n; s++) {
      const from = this.edgeStart[s]!;
      let e = from;
      for (let c = this.firstChild[s]!; c !== -1; c = this.nextSibling[c]!) {
        // insertion sort by code unit: a state has few children
        let k = e++;
        const ch = this.charOf[c]!;
        while (k > from && this.edgeChar[k - 1]! > ch) {
          this.edgeChar[k] = this.edgeChar[k - 1]!;
          this.edgeTarget[k] = this.edgeTarget[k - 1]!;
          k--;
        }
        this.edgeChar[k] = ch;
        this.edgeTarget[k] = c;
      }
    }
    this.rootAscii = new Int32Array(128).fill(-1);
    for (let k = this.edgeStart[0]!; k < this.edgeStart[1]!; k++) {
      const c = this.edgeChar[k]!;
      if (c < 128) this.rootAscii[c] = this.edgeTarget[k]!;
    }
    this.fail = new Int32Array(n);
    // Breadth-first: a state's fail link points at the longest proper suffix that is also a trie path.
    const order: number[] = [0];
    for (let qi = 0; qi < order.length; qi++) {
      const s = order[qi]!;
      for (let k = this.edgeStart[s]!; k < this.edgeStart[s + 1]!; k++) {
        const c = this.edgeChar[k]!;
        const t = this.edgeTarget[k]!;
        if (s === 0) {
          this.fail[t] = 0;
        } else {
          let f = this.fail[s]!;
          let g = this.goto(f, c);
          while (g < 0 && f !== 0) {
            f = this.fail[f]!;
            g = this.goto(f, c);
          }
          this.fail[t] = g >= 0 && g !== t ? g : 0;
        }
        order.push(t);
      }
    }
    const outs: number[][] = new Array<number[]>(n);
    for (const s of order) {
      const own = this.terminal.get(s) ?? [];
      const inherited = s === 0 ? [] : outs[this.fail[s]!]!;
      // most states output nothing of their own: share the fail state's list instead of copying it
      outs[s] = own.length === 0 ? inherited : inherited.length === 0 ? own : own.concat(inherited);
    }
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) {
      this.outStart[s] = total;
      total += outs[s]!.length;
    }
    this.outStart[n] = total;
    this.outList = new Int32Array(total);
    for (let s = 0; s < n; s++) this.outList.set(outs[s]!, this.outStart[s]!);
    this.buildDense(order);
    this.firstChild = new Int32Array(0);
    this.nextSibling = new Int32Array(0);
    this.charOf = new Uint16Array(0);
    this.terminal = new Map();
    this.built = true;
    return this;
  }

  /** Fills `dense` when the automaton is small enough (see DENSE_MAX_CELLS); `order` is breadth-first. */
  private buildDense(order: readonly number[]): void {
    // every edge char is a class besides class 0: past this many states no table can fit
    if (this.fail.length * 2 > DENSE_MAX_CELLS) return;
    const chars = [...new Set(this.edgeChar)].sort((x, y) => x - y);
    const classes = chars.length + 1;
    const n = this.fail.length;
    if (chars.length > 255 || n * classes > DENSE_MAX_CELLS) return;
    chars.forEach((c, i) => {
      if (c < 128) this.asciiClass[c] = i + 1;
      else this.otherClass.set(c, i + 1);
    });
    const dense = n <= 0xffff ? new Uint16Array(n * classes) : new Int32Array(n * classes);
    // breadth-first, so a state's fail target (shallower) is filled before the state itself
    for (const s of order) {
      for (let k = 1; k < classes; k++) {
        const g = this.goto(s, chars[k - 1]!);
        dense[s * classes + k] = g >= 0 ? g : s === 0 ? 0 : dense[this.fail[s]! * classes + k]!;
      }
    }
    this.dense = dense;
    this.classes = classes;
  }

  private goto(s: number, c: number): number {
    if (s === 0 && c < 128) return this.rootAscii[c]!;
    let lo = this.edgeStart[s]!;
    let hi = this.edgeStart[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const mc = this.edgeChar[mid]!;
      if (mc === c) return this.edgeTarget[mid]!;
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Calls `onHit` for every occurrence whose pattern passes `accept` (cheap per-pattern filter). */
  scan(text: string, onHit: (pattern: number, end: number) => void, accept?: (pattern: number) => boolean): void {
    if (!this.built) throw new Error('automaton not built');
    if (this.dense) {
      this.scanDense(this.dense, text, onHit, accept);
      return;
    }
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let g = this.goto(s, c);
      while (g < 0 && s !== 0) {
        s = this.fail[s]!;
        g = this.goto(s, c);
      }
      s = g < 0 ? 0 : g;
      for (let k = this.outStart[s]!; k < this.outStart[s + 1]!; k++) {
        const p = this.outList[k]!;
        if (!accept || accept(p)) onHit(p, i + 1);
      }
    }
  }

  private scanDense(dense: Uint16Array | Int32Array, text: string, onHit: (pattern: number, end: number) => void, accept?: (pattern: number) => boolean): void {
    const classes = this.classes;
    const asciiClass = this.asciiClass;
    const outStart = this.outStart;
    const outList = this.outList;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = dense[s * classes + (c < 128 ? asciiClass[c]! : (this.otherClass.get(c) ?? 0))]!;
      for (let k = outStart[s]!; k < outStart[s + 1]!; k++) {
        const p = outList[k]!;
        if (!accept || accept(p)) onHit(p, i + 1);
      }
    }
  }

  /** Estimated bytes held by the frozen tables (for the benchmark's memory line). */
  get byteSize(): number {
    return (this.dense?.byteLength ?? 0) + this.rootAscii.byteLength + this.edgeStart.byteLength + this.edgeChar.byteLength + this.edgeTarget.byteLength + this.fail.byteLength + this.outStart.byteLength + this.outList.byteLength;
  }
}
