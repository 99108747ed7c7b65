/**
 * Prefix prefilters of anchored regexes: the lower-cased first K code units any match can start
 * with, enumerated from the regex source at load time, so that a text whose first code units are
 * none of them skips the regex (a big case-insensitive alternation costs a try per alternative).
 *
 * Own algorithm. The source is parsed into atoms (characters, classes, groups, assertions,
 * quantifiers); every path through the first K consumed characters is walked. A path that meets
 * something it cannot enumerate (`.`, `\p{..}`, `\w`, a negated or large class, a letter outside
 * the ranges where `iu` matching agrees with `toLowerCase`, a back-reference, the end `$`) stops
 * there as an OPEN prefix: any text starting with it passes. So the filter never rejects a text
 * the regex could match (soundness), and adding cues to the tables only makes it pass more.
 * When the enumeration grows too large, or an empty prefix is open, the filter passes everything.
 */

/** Letters whose `iu` matching agrees with `toLowerCase` (Latin, Cyrillic; see cues.ts `Lits`) and non-letters. */
const SAFE_CHAR = /^(?:[^\p{L}]|[\u0000-\u017e\u0180-\u024f\u0400-\u052f])$/u;
/** JavaScript's `\s`. */
const JS_SPACE = [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'];
for (let c = 0x2000; c <= 0x200a; c++) JS_SPACE.push(String.fromCharCode(c));
const DIGITS = [...'0123456789'];
/** Largest class enumerated; a larger one ends the prefix (open). */
const MAX_CLASS = 64;
/** Largest prefix set; a larger one disables the filter. */
const MAX_SET = 20000;

type Node =
  | { t: 'chars'; set: string[] | null } // null: not enumerable (the prefix ends open)
  | { t: 'alt'; alts: Node[][] }
  | { t: 'star'; body: Node[] }
  | { t: 'zero' } // assertion: consumes nothing
  | { t: 'end' }; // `$` or something after which nothing is known

/** Lower-cased code unit of one pattern character under `i`, or null when unsafe (astral, unsafe letter). */
function canon(ch: string): string | null {
  if (ch.length !== 1 || !SAFE_CHAR.test(ch)) return null;
  const l = ch.toLowerCase();
  return l.length === 1 ? l : null;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}
  /** alternatives until `)` or the end */
  alts(): Node[][] {
    const out: Node[][] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(this.seq());
    }
    return out;
  }
  seq(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      this.quant(atom, out);
    }
    return out;
  }
  /** apply a quantifier (if any) to `atom` and push the result */
  quant(atom: Node, out: Node[]): void {
    const s = this.src;
    const q = s[this.i];
    let min = 1,
      max = 1;
    if (q === '?' || q === '*' || q === '+') {
      this.i++;
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Infinity;
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      }
    }
    if (min !== max || min !== 1) {
      if (s[this.i] === '?') this.i++; // lazy
    }
    if (atom.t === 'zero') {
      out.push(atom);
      return;
    }
    if (min === 1 && max === 1) out.push(atom);
    else if (min === 0 && max === 1) out.push({ t: 'alt', alts: [[atom], []] });
    else if (min === 0) out.push({ t: 'star', body: [atom] });
    // X{n,m}, n >= 1: X then X* (a superset of the matches: sound)
    else if (max === 1) out.push(atom);
    else out.push(atom, { t: 'star', body: [atom] });
  }
  atom(): Node {
    const s = this.src;
    const c = s[this.i] ?? '';
    if (c === '(') {
      let kind: 'group' | 'look' = 'group';
      if (s[this.i + 1] === '?') {
        const d = s[this.i + 2];
        if (d === ':') this.i += 3;
        else if (d === '=' || d === '!') {
          this.i += 3;
          kind = 'look';
        } else if (d === '<' && (s[this.i + 3] === '=' || s[this.i + 3] === '!')) {
          this.i += 4;
          kind = 'look';
        } else if (d === '<') this.i = s.indexOf('>', this.i) + 1;
        else throw new Error(`unsupported group at ${this.i}`);
      } else this.i++;
      const alts = this.alts();
      if (s[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      return kind === 'look' ? { t: 'zero' } : { t: 'alt', alts };
    }
    if (c === '[') return this.cls();
    if (c === '.') {
      this.i++;
      return { t: 'chars', set: null };
    }
    if (c === '^') {
      this.i++;
      return { t: 'zero' };
    }
    if (c === '$') {
      this.i++;
      return { t: 'end' };
    }
    if (c === '\\') return this.escape(false);
    // a literal code point (astral: unsafe)
    const cp = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
    this.i += cp.length;
    const l = canon(cp);
    return { t: 'chars', set: l === null ? null : [l] };
  }
  /** an escape outside (inClass false) or inside a class; returns the chars (null: not enumerable) or an assertion */
  escape(inClass: boolean): Node {
    const s = this.src;
    const e = s[this.i + 1] ?? '';
    this.i += 2;
    if (e === 's') return { t: 'chars', set: JS_SPACE };
    if (e === 'd') return { t: 'chars', set: DIGITS };
    if (!inClass && (e === 'b' || e === 'B')) return { t: 'zero' };
    if (e === 'p' || e === 'P') {
      if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return { t: 'chars', set: null };
    }
    if (e === 'k' && s[this.i] === '<') {
      this.i = s.indexOf('>', this.i) + 1;
      return { t: 'chars', set: null };
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[e]) return { t: 'chars', set: [simple[e] as string] };
    if (e === 'u' || e === 'x') {
      let hex: string;
      if (e === 'u' && s[this.i] === '{') {
        const close = s.indexOf('}', this.i);
        hex = s.slice(this.i + 1, close);
        this.i = close + 1;
      } else {
        const n = e === 'u' ? 4 : 2;
        hex = s.slice(this.i, this.i + n);
        this.i += n;
      }
      const l = canon(String.fromCodePoint(Number.parseInt(hex, 16)));
      return { t: 'chars', set: l === null ? null : [l] };
    }
    if (/[\p{L}\p{N}]/u.test(e)) return { t: 'chars', set: null }; // \w, \S, \D, back-references, \c..
    const l = canon(e); // identity escape of punctuation
    return { t: 'chars', set: l === null ? null : [l] };
  }
  cls(): Node {
    const s = this.src;
    this.i++; // [
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const out = new Set<string>();
    let ok = true;
    const one = (): string[] | null | 'range' => {
      if (s[this.i] === '\\') {
        const n = this.escape(true);
        return n.t === 'chars' ? n.set : null;
      }
      const cp = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
      this.i += cp.length;
      return [cp];
    };
    while (this.i < s.length && s[this.i] !== ']') {
      const startAt = this.i;
      const a = one();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && a && a !== 'range' && a.length === 1 && s[startAt] !== '\\') {
        this.i++;
        const b = one();
        if (!b || b === 'range' || b.length !== 1) {
          ok = false;
          continue;
        }
        const from = (a[0] as string).codePointAt(0) ?? 0,
          to = (b[0] as string).codePointAt(0) ?? 0;
        if (to - from > MAX_CLASS) ok = false;
        else for (let c = from; c <= to; c++) out.add(String.fromCodePoint(c));
        continue;
      }
      if (!a || a === 'range') ok = false;
      else for (const x of a) out.add(x);
    }
    this.i++; // ]
    if (negated || !ok || out.size > MAX_CLASS) return { t: 'chars', set: null };
    const set = new Set<string>();
    for (const x of out) {
      const l = canon(x);
      if (l === null) return { t: 'chars', set: null };
      set.add(l);
    }
    return { t: 'chars', set: [...set] };
  }
}

interface Cont {
  nodes: Node[];
  at: number;
  next: Cont | null;
}

/**
 * The lower-cased prefixes of up to `k` code units that every match of the regex source `src`
 * (flags `iu`, matched from the start of the text) starts with: complete prefixes (k code units)
 * and open ones (shorter: any text starting with them passes). Null when every text passes.
 */
export function prefixSet(src: string, k: number): Set<string> | null {
  let tree: Node[][];
  try {
    const p = new Parser(src);
    tree = p.alts();
    if (p.i !== src.length) return null;
  } catch {
    return null;
  }
  const out = new Set<string>();
  let giveUp = false;
  // loops: stars entered since the last consumed character (cuts loops of nullable bodies);
  // seen: stars entered on this path (a second turn of a star ends the prefix open, so that
  // `[\s>•-]*` is not enumerated character by character)
  const walk = (cont: Cont | null, prefix: string, loops: Set<Node>, seen: Set<Node>): void => {
    if (giveUp) return;
    if (out.size > MAX_SET) {
      giveUp = true;
      return;
    }
    if (prefix.length >= k) {
      out.add(prefix);
      return;
    }
    // next node of the continuation
    let c = cont;
    while (c && c.at >= c.nodes.length) c = c.next;
    if (!c) {
      out.add(prefix); // the match may end here: open
      return;
    }
    const node = c.nodes[c.at] as Node;
    const rest: Cont = { nodes: c.nodes, at: c.at + 1, next: c.next };
    switch (node.t) {
      case 'zero':
        walk(rest, prefix, loops, seen);
        return;
      case 'end':
        out.add(prefix);
        return;
      case 'chars':
        if (node.set === null) out.add(prefix);
        else for (const ch of node.set) walk(rest, prefix + ch, new Set(), seen);
        return;
      case 'alt':
        for (const a of node.alts) walk({ nodes: a, at: 0, next: rest }, prefix, loops, seen);
        return;
      case 'star': {
        walk(rest, prefix, loops, seen);
        if (loops.has(node)) return;
        if (seen.has(node)) {
          out.add(prefix);
          return;
        }
        const again: Cont = { nodes: node.body, at: 0, next: { nodes: [node], at: 0, next: rest } };
        walk(again, prefix, new Set(loops).add(node), new Set(seen).add(node));
        return;
      }
    }
  };
  for (const a of tree) walk({ nodes: a, at: 0, next: null }, '', new Set(), new Set());
  if (giveUp || out.has('')) return null;
  return out;
}
