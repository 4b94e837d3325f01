/**
 * Aho-Corasick over UTF-16 code units: one pass over a text finds every occurrence of every pattern, so
 * the cost of a check grows with the draft, not with the number of rules. Goto edges live in a sorted
 * flat table per state (binary search), which keeps a 10,000-term pack small and quick to build.
 */
export interface AutomatonHit {
  pattern: number;
  /** end index (exclusive) in the searched text */
  end: number;
}

export class Automaton {
  private readonly patternLength: number[] = [];
  private built = false;
  // Build-time trie: one map for all edges, keyed state * 65536 + code unit (cheaper than a map per state).
  private edges = new Map<number, number>();
  private stateCount = 1;
  private outputsBuild: number[][] = [[]];
  // Frozen form.
  private edgeStart = new Int32Array(0);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(0);
  /** outputs of state s: outList[outStart[s] .. outStart[s+1]) (own and inherited through fail links) */
  private outStart = new Int32Array(0);
  private outList = new Int32Array(0);

  /** Adds a pattern and returns its index. Empty patterns are refused by callers. */
  add(pattern: string): number {
    if (this.built) throw new Error('automaton already built');
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = s * 65536 + pattern.charCodeAt(i);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.stateCount++;
        this.outputsBuild.push([]);
        this.edges.set(key, next);
      }
      s = next;
    }
    const id = this.patternLength.length;
    this.patternLength.push(pattern.length);
    this.outputsBuild[s]!.push(id);
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
    const edgeCount = this.edges.size;
    // Keys sort by state, then by code unit: exactly the flat table's order.
    const keys = new Float64Array(edgeCount);
    let e = 0;
    for (const k of this.edges.keys()) keys[e++] = k;
    keys.sort();
    this.edgeStart = new Int32Array(n + 1);
    this.edgeChar = new Uint16Array(edgeCount);
    this.edgeTarget = new Int32Array(edgeCount);
    let state = 0;
    for (e = 0; e < edgeCount; e++) {
      const k = keys[e]!;
      const from = Math.floor(k / 65536);
      while (state <= from) this.edgeStart[state++] = e;
      this.edgeChar[e] = k - from * 65536;
      this.edgeTarget[e] = this.edges.get(k)!;
    }
    while (state <= n) this.edgeStart[state++] = edgeCount;
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
      const own = this.outputsBuild[s]!;
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
    this.edges = new Map();
    this.outputsBuild = [];
    this.built = true;
    return this;
  }

  private goto(s: number, c: number): number {
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

  /** Estimated bytes held by the frozen tables (for the benchmark's memory line). */
  get byteSize(): number {
    return this.edgeStart.byteLength + this.edgeChar.byteLength + this.edgeTarget.byteLength + this.fail.byteLength + this.outStart.byteLength + this.outList.byteLength;
  }
}
