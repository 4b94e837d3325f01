/**
 * Refuses patterns that can backtrack exponentially, and derives keywords (literal text every match must
 * contain) for the prefilter. The refusal rule: a repeated group whose body has a variable-length part
 * must also have a required part that cannot consume the same characters, so each iteration boundary is
 * fixed (`([a-z0-9-]+\.)+` is fine, `(\w+\s?)*` is not); repeated alternatives must start differently;
 * no backreference inside a repeat.
 */
import { CharSet, parseRegex, type RxNode } from './regex-syntax';

/** Repeats with at most this many iterations cannot blow up, whatever their body. */
const SMALL_REPEAT = 9;

function allChars(n: RxNode, memo = new Map<RxNode, CharSet>()): CharSet {
  const hit = memo.get(n);
  if (hit) return hit;
  let s: CharSet;
  switch (n.t) {
    case 'char':
      s = n.set;
      break;
    case 'seq':
      s = new CharSet();
      for (const item of n.items) s.union(allChars(item, memo));
      break;
    case 'alt':
      s = new CharSet();
      for (const b of n.branches) s.union(allChars(b, memo));
      break;
    case 'group':
      s = n.look ? new CharSet() : allChars(n.body, memo);
      break;
    case 'quant':
      s = allChars(n.body, memo);
      break;
    default:
      s = new CharSet();
  }
  memo.set(n, s);
  return s;
}

function nullable(n: RxNode): boolean {
  switch (n.t) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.branches.some(nullable);
    case 'group':
      return n.look || nullable(n.body);
    case 'quant':
      return n.min === 0 || nullable(n.body);
    default:
      return true;
  }
}

function firstChars(n: RxNode): CharSet {
  switch (n.t) {
    case 'char':
      return n.set;
    case 'seq': {
      const s = new CharSet();
      for (const item of n.items) {
        s.union(firstChars(item));
        if (!nullable(item)) break;
      }
      return s;
    }
    case 'alt': {
      const s = new CharSet();
      for (const b of n.branches) s.union(firstChars(b));
      return s;
    }
    case 'group':
      return n.look ? new CharSet() : firstChars(n.body);
    case 'quant':
      return firstChars(n.body);
    default:
      return new CharSet();
  }
}

function unwrap(n: RxNode): RxNode {
  while ((n.t === 'group' && !n.look) || (n.t === 'seq' && n.items.length === 1)) n = n.t === 'group' ? n.body : n.items[0]!;
  return n;
}

function walk(n: RxNode, visit: (n: RxNode) => void): void {
  visit(n);
  if (n.t === 'seq') n.items.forEach((c) => walk(c, visit));
  else if (n.t === 'alt') n.branches.forEach((c) => walk(c, visit));
  else if (n.t === 'group' || n.t === 'quant') walk(n.body, visit);
}

function contains(n: RxNode, target: RxNode): boolean {
  let found = false;
  walk(n, (x) => {
    if (x === target) found = true;
  });
  return found;
}

/** Returns why the pattern can backtrack exponentially, or null when it cannot. */
export function catastrophicReason(tree: RxNode): string | null {
  let reason: string | null = null;
  walk(tree, (n) => {
    if (reason || n.t !== 'quant' || n.max <= SMALL_REPEAT) return;
    const body = unwrap(n.body);
    let hasBackref = false;
    walk(body, (x) => {
      if (x.t === 'backref') hasBackref = true;
    });
    if (hasBackref) {
      reason = 'a backreference inside a repeated group can backtrack exponentially';
      return;
    }
    if (body.t === 'alt') {
      const firsts = body.branches.map(firstChars);
      if (body.branches.some(nullable)) {
        reason = 'a repeated alternation with an empty alternative can backtrack exponentially';
        return;
      }
      for (let a = 0; a < firsts.length && !reason; a++) {
        for (let b = a + 1; b < firsts.length; b++) {
          if (firsts[a]!.overlaps(firsts[b]!)) {
            reason = 'a repeated alternation whose alternatives can match the same text backtracks exponentially';
            break;
          }
        }
      }
      if (reason) return;
    }
    const inner: RxNode[] = [];
    walk(body, (x) => {
      if (x.t === 'quant' && x.max > x.min) inner.push(x);
    });
    if (!inner.length) return;
    const seq = body.t === 'seq' ? body.items.map(unwrap) : [body];
    for (const q of inner) {
      const qChars = allChars(q);
      const anchored = seq.some((item) => !nullable(item) && !contains(item, q) && !allChars(item).overlaps(qChars));
      if (!anchored) {
        reason = 'nested quantifiers over overlapping text (like (a+)+ or (\\w+\\s?)*) backtrack exponentially';
        return;
      }
    }
  });
  return reason;
}

export function checkPatternSafety(source: string, flags: string): string | null {
  return catastrophicReason(parseRegex(source, flags));
}

/** Literal strings one of which every match must contain (lower-cased), or null when none can be named. */
export function requiredLiterals(tree: RxNode): string[] | null {
  const best = req(tree);
  if (!best || best.length > 64 || best.some((s) => s.length < 2)) return null;
  return [...new Set(best.map((s) => s.toLowerCase()))];
}

function score(set: string[] | null): number {
  if (!set || !set.length) return 0;
  return Math.min(...set.map((s) => s.length)) * 100 - set.length;
}

function req(n: RxNode): string[] | null {
  switch (n.t) {
    case 'char':
      return n.lit !== undefined ? [n.lit] : null;
    case 'group':
      return n.look ? null : req(n.body);
    case 'quant':
      return n.min >= 1 ? req(n.body) : null;
    case 'alt': {
      const out: string[] = [];
      for (const b of n.branches) {
        const r = req(b);
        if (!r) return null;
        out.push(...r);
      }
      return out;
    }
    case 'seq': {
      let best: string[] | null = null;
      let run = '';
      const consider = (c: string[] | null): void => {
        if (score(c) > score(best)) best = c;
      };
      for (const item of n.items) {
        const u = unwrap(item);
        if (u.t === 'char' && u.lit !== undefined) {
          run += u.lit;
          continue;
        }
        if (run) consider([run]);
        run = '';
        if (u.t === 'assert') continue;
        consider(req(u));
      }
      if (run) consider([run]);
      return best;
    }
    default:
      return null;
  }
}
