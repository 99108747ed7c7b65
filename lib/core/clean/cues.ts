/**
 * Compiled boilerplate matchers: the union over all languages of lib/rules/boilerplate.ts,
 * compiled once at module load. The document language is not known at cleaning time, and cues
 * are distinctive phrases, so every table applies to every document.
 */
import {
  AGENCIES,
  BOILERPLATE_CUES,
  type BoilerplateCues,
  BYLINE_DATE_LINKS,
  DOMAIN,
  MEDIA_MARKS,
  MONTHS,
  NETWORKS,
  WIDGET,
} from '../../rules/boilerplate.ts';
import { type GlueScan, glueKind as glueKindOf } from './glue.ts';
import { CH_UPPER, charTable } from './normalize.ts';
import { prefixSet } from './prefix.ts';

// Module-local copies of imported bindings read per character (under tsx each read is a getter call).
const glueKind = glueKindOf;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function union(cat: keyof BoilerplateCues): string[] {
  const out: string[] = [];
  for (const table of Object.values(BOILERPLATE_CUES)) for (const s of table[cat] ?? []) if (!out.includes(s)) out.push(s);
  return out;
}
const alt = (cat: keyof BoilerplateCues): string => union(cat).join('|');

/** Matches anywhere (case-insensitive). */
const anywhere = (cat: keyof BoilerplateCues): RegExp => new RegExp(`(?:${alt(cat)})`, 'iu');
/** Matches a whole line (optional trailing punctuation / count). */
const exact = (src: string): RegExp => new RegExp(`^(?:${src})\\s*(?:\\(\\d+\\))?\\s*[.:!*]?$`, 'iu');

const networks = NETWORKS.map(escapeRe).join('|');

/**
 * Literal prefilters. Each big case-insensitive alternation is guarded by the lower-cased
 * literal substrings one of which every match must contain: a piece of text whose lower-cased
 * form contains none of them cannot match, and the regex is not run. The literals are derived
 * from the cue sources at load time ({@link requiredLiterals}); a cue without a usable literal
 * disables the prefilter of its category (null = always run the regex), so adding cues never
 * changes what matches.
 *
 * Soundness: under the `iu` flags a text character matches a literal letter exactly when its
 * `toLowerCase()` is that letter, for every letter of Latin (U+0000-U+024F) and Cyrillic
 * (U+0400-U+052F) except U+017F (long s) and U+1C80-U+1C88 (old Cyrillic variants), which fold
 * to ASCII/Cyrillic letters without lower-casing to them (checked exhaustively over all code
 * points). Literals keep only characters of those ranges (and non-letters); texts holding one
 * of the exceptions skip the prefilter ({@link cueMask}).
 */
export type Lits = readonly string[] | null;

/** Split a regex source at its top-level `|` (outside groups, classes and escapes). */
function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Letters whose `iu` matching agrees with `toLowerCase` (see {@link Lits}). */
const SAFE_CHAR = /^(?:[^\p{L}]|[\u0000-\u017e\u0180-\u024f\u0400-\u052f])$/u;

/**
 * Lower-cased literals one of which every match of a one-branch regex source must contain:
 * the longest run of literal characters when it has >= 2 characters, else the literals of one
 * non-optional group whose every alternative has its own (`(?:updated|posted)` ->
 * ["updated", "posted"]); [] when there is none. Classes, escapes, `.`, anchors, lookarounds
 * and quantified characters end a run (conservative: never claims a literal a match could lack).
 * `clauses`, when given, receives every such requirement (each run of >= 2 characters, each
 * qualifying group's literals): a match contains one literal of every clause.
 */
export function requiredLiterals(src: string, clauses?: string[][]): string[] {
  let best = '',
    cur = '';
  let group: string[] = [];
  const groupScore = (g: string[]): number => (g.length ? Math.min(...g.map((x) => x.length)) : 0);
  const flush = (): void => {
    if (cur.length > best.length) best = cur;
    if (clauses && cur.length >= 2) clauses.push([cur]);
    cur = '';
  };
  const skipQuant = (i: number): number => {
    let j = i;
    const c = src[j];
    if (c === '?' || c === '*' || c === '+') j++;
    else if (c === '{') {
      const close = src.indexOf('}', j);
      if (close < 0) return j;
      j = close + 1;
    } else return j;
    if (src[j] === '?') j++;
    return j;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === '(' || c === '[') {
      flush();
      let depth = 0,
        inClass = false,
        j = i;
      for (; j < src.length; j++) {
        const d = src[j];
        if (d === '\\') {
          j++;
          continue;
        }
        if (inClass) {
          if (d === ']') {
            inClass = false;
            if (depth === 0) break;
          }
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      // a group that every match goes through: the literals of its alternatives
      if (c === '(') {
        const q = src[j + 1];
        const optional = q === '?' || q === '*' || (q === '{' && src[j + 2] === '0');
        let from = -1;
        if (src[i + 1] !== '?') from = i + 1;
        else if (src[i + 2] === ':') from = i + 3;
        else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') from = src.indexOf('>', i) + 1;
        if (!optional && from > 0) {
          const alts = splitTop(src.slice(from, j)).map((a) => requiredLiterals(a));
          const g = alts.every((a) => a.length && a.every((l) => l.length >= 2)) ? [...new Set(alts.flat())] : [];
          if (groupScore(g) > groupScore(group)) group = g;
          if (clauses && g.length) clauses.push(g);
        }
      }
      i = skipQuant(j + 1);
      continue;
    }
    let ch = c,
      width = 1;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (!e || /[\p{L}\p{N}]/u.test(e)) {
        // class escape (\s, \d, \p{L}), boundary (\b) or back-reference: not a literal
        flush();
        let j = i + 2;
        if ((e === 'p' || e === 'P') && src[j] === '{') j = src.indexOf('}', j) + 1 || src.length;
        i = skipQuant(j);
        continue;
      }
      ch = e; // identity escape of punctuation ("\(", "\.")
      width = 2;
    } else if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')') {
      flush();
      i = skipQuant(i + 1);
      continue;
    }
    const next = src[i + width];
    if (next === '?' || next === '*' || next === '{') {
      flush();
      i = skipQuant(i + width);
      continue;
    }
    if (!SAFE_CHAR.test(ch)) {
      flush();
      i = skipQuant(i + width);
      continue;
    }
    cur += ch.toLowerCase();
    if (next === '+') {
      flush();
      i = skipQuant(i + width);
      continue;
    }
    i += width;
  }
  flush();
  if (best.length >= 2) return [best];
  return group;
}

/** Prefilter literals of an alternation of cue sources (null when one branch has no literals of >= 2 characters). */
export function litsOf(sources: string[], extra: string[] = []): Lits {
  const out = new Set<string>(extra.map((e) => e.toLowerCase()));
  for (const s of sources)
    for (const b of splitTop(s)) {
      const ls = requiredLiterals(b);
      if (!ls.length) return null;
      for (const l of ls) out.add(l);
    }
  // a literal containing another is redundant
  const all = [...out];
  return all.filter((l) => !all.some((o) => o !== l && l.includes(o)));
}

/** Cue categories guarded by a literal prefilter (names of `RE` entries; `credit` guards `creditStart` and `captionCredit`). */
const PREFILTERED = {
  readMore: litsOf(union('readMore')),
  follow: litsOf(union('follow')),
  cookie: litsOf(union('cookie')),
  newsletter: litsOf(union('newsletter')),
  donation: litsOf(union('donation')),
  comment: litsOf(union('comment')),
  poll: litsOf(union('poll')),
  siteNotice: litsOf(union('siteNotice')),
  copyright: litsOf(union('copyright'), ['©', '(c)']),
  credit: litsOf(union('credit'), ['©']),
};
export type PrefilteredCue = keyof typeof PREFILTERED;

/** Bit of each prefiltered category in a {@link cueMask}. */
export const CUE_BIT = {} as Record<PrefilteredCue, number>;
/** Categories without a prefilter (always possible). */
let ALWAYS = 0;
/** A literal the document scan looks for: the bits of the categories it guards (0: only a dispatch clause) and its id. */
interface Lit {
  lit: string;
  bits: number;
  id: number;
}
/** Literals of >= 4 code units, in buckets by {@link quadHash} of their first four code units. */
const BUCKETS: Lit[][] = [[]];
/** Quad hash -> bucket index in {@link BUCKETS} (0: no literal starts with such code units). */
const QUAD = new Uint16Array(1 << 16);
/** The same as one bit per quad hash (8 KB, stays in the fastest cache): the per-position test. */
const QUAD_BITS = new Uint32Array(1 << 11);
const quadHash = (a: number, b: number, c: number, d: number): number => ((a << 9) ^ (b << 6) ^ (c << 3) ^ d) & 0xffff;
/** Literals of 1-3 code units ("©", "(c)"), by their first code unit (index into {@link SHORT}). */
const SHORT_AT = new Uint16Array(1 << 16);
const SHORT: Lit[][] = [[]];

/** Id of every literal of the scan (prefilter literals and dispatch clause literals). */
const LIT_ID = new Map<string, number>();
const litId = (l: string): number => {
  let id = LIT_ID.get(l);
  if (id === undefined) {
    id = LIT_ID.size;
    LIT_ID.set(l, id);
  }
  return id;
};

/**
 * Branch dispatch of an unanchored cue alternation (`anywhere`): each top-level branch as its
 * own regex with the literals every match of it contains ({@link requiredLiterals} clauses:
 * one literal of each clause). A piece runs only the branches whose every clause has a literal
 * occurrence inside it, instead of the whole alternation (whose common literals such as " on "
 * pass the category prefilter for a quarter of the pieces). Same result as the alternation:
 * a branch that matches contains its clauses' literals, so it is always run.
 */
export interface Dispatch {
  res: RegExp[];
  /** per branch: clauses of literal ids */
  clauses: number[][][];
  /** literal id -> branches indexed under it (each branch under the literals of one clause) */
  byLit: (number[] | undefined)[];
  /** branches without clauses: run for every piece */
  always: number[];
  /** per branch: the pass that last visited it */
  seen: Uint32Array;
}
/** Shortest literal of a dispatch clause (shorter ones are common and would slow the scan). */
const MIN_CLAUSE_LIT = 4;
function dispatchOf(cat: keyof BoilerplateCues): Dispatch | null {
  const res: RegExp[] = [];
  const clauses: number[][][] = [];
  const byLit: (number[] | undefined)[] = [];
  const always: number[] = [];
  for (const s of union(cat))
    for (const b of splitTop(s)) {
      if (/\\(?:[1-9]|k<)/.test(b)) return null; // back-references: numbering would change
      const all: string[][] = [];
      requiredLiterals(b, all);
      // clauses of short literals are dropped (they would slow the document scan down)
      const cl = all.filter((c) => c.every((x) => x.length >= MIN_CLAUSE_LIT));
      try {
        res.push(new RegExp(b, 'iu'));
      } catch {
        return null;
      }
      const k = clauses.length;
      clauses.push(cl.map((c) => c.map(litId)));
      if (!cl.length) {
        always.push(k);
        continue;
      }
      // index the branch under its most selective clause (longest shortest literal)
      let key = cl[0] as string[];
      for (const c of cl) if (Math.min(...c.map((x) => x.length)) > Math.min(...key.map((x) => x.length))) key = c;
      for (const l of key) {
        const id = litId(l);
        const list = byLit[id];
        if (list) list.push(k);
        else byLit[id] = [k];
      }
    }
  return { res, clauses, byLit, always, seen: new Uint32Array(res.length) };
}
/** Dispatch of the unanchored cue alternations of {@link RE} that are tested per piece (same names). */
export const DISPATCH = {
  readMore: dispatchOf('readMore'),
  follow: dispatchOf('follow'),
  siteNotice: dispatchOf('siteNotice'),
};

{
  const bitsOf = new Map<string, number>();
  Object.entries(PREFILTERED).forEach(([cat, lits], k) => {
    const bit = 1 << k;
    CUE_BIT[cat as PrefilteredCue] = bit;
    if (lits === null) ALWAYS |= bit;
    else for (const l of lits) bitsOf.set(l, (bitsOf.get(l) ?? 0) | bit);
  });
  for (const l of LIT_ID.keys()) if (!bitsOf.has(l)) bitsOf.set(l, 0);
  for (const [lit, bits] of bitsOf) {
    const x: Lit = { lit, bits, id: litId(lit) };
    if (lit.length < 4) {
      const c = lit.charCodeAt(0);
      if (!SHORT_AT[c]) {
        SHORT_AT[c] = SHORT.length;
        SHORT.push([]);
      }
      SHORT[SHORT_AT[c] ?? 0]?.push(x);
      continue;
    }
    const h = quadHash(lit.charCodeAt(0), lit.charCodeAt(1), lit.charCodeAt(2), lit.charCodeAt(3));
    if (!QUAD[h]) {
      QUAD[h] = BUCKETS.length;
      BUCKETS.push([]);
      QUAD_BITS[h >>> 5] = (QUAD_BITS[h >>> 5] ?? 0) | (1 << (h & 31));
    }
    BUCKETS[QUAD[h] ?? 0]?.push(x);
  }
}
const ALL_BITS = (1 << Object.keys(PREFILTERED).length) - 1;

/**
 * Which prefiltered cue categories may match a text, as bits ({@link CUE_BIT}): one scan of the
 * lower-cased text for every literal of every category (a bit is clear only when none of its
 * category's literals occurs). At each position, the hash of the four code units starting there
 * selects the few literals to compare (so overlapping occurrences are not missed); a text holding
 * a character the literals cannot vouch for (see {@link Lits}) gives every bit.
 * @param low the lower-cased text (`toLowerCase()`), or null for every bit
 */
export function cueMask(low: string | null): number {
  if (low === null) return ALL_BITS;
  let mask = ALWAYS;
  const n = low.length;
  // sliding window of four code units (0 past the end)
  let a = 0,
    b = n > 0 ? low.charCodeAt(0) : 0,
    c = n > 1 ? low.charCodeAt(1) : 0,
    d = n > 2 ? low.charCodeAt(2) : 0;
  for (let i = 0; i < n; i++) {
    a = b;
    b = c;
    c = d;
    d = i + 3 < n ? low.charCodeAt(i + 3) : 0;
    if (a >= 0x17f && (a === 0x17f || (a >= 0x1c80 && a <= 0x1c88))) return ALL_BITS;
    const k = QUAD[quadHash(a, b, c, d)] ?? 0;
    if (k !== 0) {
      for (const x of BUCKETS[k] ?? []) if ((mask & x.bits) !== x.bits && low.startsWith(x.lit, i)) mask |= x.bits;
      if (mask === ALL_BITS) return mask;
    }
    const s = SHORT_AT[a] ?? 0;
    if (s !== 0) for (const x of SHORT[s] ?? []) if ((mask & x.bits) !== x.bits && low.startsWith(x.lit, i)) mask |= x.bits;
  }
  return mask;
}

/** Whether no prefilter literal holds Greek sigma (σ, ς: the only letters whose lower case depends on their neighbours), so that lower-casing a whole text and lower-casing a piece of it find the same literals. */
const CONTEXT_FREE = [...BUCKETS, ...SHORT].every((b) => b.every((x) => !/[σς]/u.test(x.lit)));

/**
 * Per BMP code unit, everything the document scan reads about it in one 32-bit word: its lower
 * case when that is one code unit (bits 0-15; `toLowerCase` of the character alone), the
 * {@link charTable} bits (bits 16-23) and flags (bits 24-29). Built on first use.
 */
let INFO: Uint32Array | null = null;
const CAT_SHIFT = 16;
/** the character is a capital (charTable CH_UPPER) */
const F_UPPER = 1 << 24;
/** a one-to-three-code-unit literal starts with it */
const F_SHORT = 1 << 25;
/** a character the literals cannot vouch for (see {@link Lits}) */
const F_ODD = 1 << 26;
/** its lower case has several code units (U+0130): pieces would not line up */
const F_MULTI = 1 << 27;
/** a surrogate (astral characters) */
const F_SURROGATE = 1 << 28;
/** the glue scan must look at it: a capital or a surrogate */
const F_GLUE = F_UPPER | F_SURROGATE;
/** the literal scan must look at it at the window start */
const F_SPECIAL = F_SHORT | F_ODD | F_MULTI;

function info(): Uint32Array {
  if (INFO) return INFO;
  const t = charTable();
  const inf = new Uint32Array(0x10000);
  // lower-case every code unit at once: each followed by U+0000 (so Σ is never word-final), U+0130 apart
  const codes = new Uint16Array(0x20000);
  for (let c = 0; c < 0x10000; c++) codes[2 * c] = c === 0x130 ? 0 : c;
  const low = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(codes).toLowerCase();
  const aligned = low.length === 0x20000;
  for (let c = 0; c < 0x10000; c++) {
    let lc: number;
    if (c === 0x130) lc = -1;
    else if (aligned && !(c >= 0xd800 && c <= 0xdfff)) lc = low.charCodeAt(2 * c);
    else {
      const l = String.fromCharCode(c).toLowerCase();
      lc = l.length === 1 ? l.charCodeAt(0) : -1;
    }
    const k = t[c] ?? 0;
    let v = (lc < 0 ? c : lc) | (k << CAT_SHIFT);
    if (lc < 0) v |= F_MULTI;
    if (k & CH_UPPER) v |= F_UPPER;
    if (SHORT_AT[lc < 0 ? c : lc]) v |= F_SHORT;
    if (c === 0x17f || (c >= 0x1c80 && c <= 0x1c88)) v |= F_ODD;
    if (c >= 0xd800 && c <= 0xdfff) v |= F_SURROGATE;
    inf[c] = v;
  }
  INFO = inf;
  return inf;
}

/**
 * Every occurrence of a prefilter literal in the lower case of a text, for {@link maskIn}: a
 * flat list [start, end, bits, literal id, ...] in increasing start (UTF-16 offsets, end
 * exclusive; bits 0 for literals only dispatch clauses use, see {@link Dispatch}); a
 * character the literals cannot vouch for (see {@link Lits}) is an occurrence of every bit.
 * Lets a document be scanned once instead of each piece of it. Lower-cases code unit by code
 * unit (no copy of the text). Returns null when that would not line up with lower-casing its
 * pieces: the text holds a character whose lower case has several code units (U+0130), or a
 * literal holds σ/ς (the only letters whose lower case depends on their neighbours).
 *
 * The same pass fills `glue` (when given) as `scanGlue` would: the capitals glued to the
 * character before them; `glue.astral` is set when the text holds astral characters.
 */
export function cueHits(text: string, glue?: GlueScan): number[] | null {
  if (!CONTEXT_FREE) return null;
  const inf = info();
  const hits: number[] = [];
  const n = text.length;
  // window of four code units' info: va at i (the literal start), vd at i + 3 (entering)
  let va = 0,
    vb = 0,
    vc = n > 1 ? (inf[text.charCodeAt(1)] ?? 0) : 0,
    vd = n > 2 ? (inf[text.charCodeAt(2)] ?? 0) : 0;
  // code units 0-2 enter the glue scan before the loop (at i + 3 >= 3 afterwards)
  vb = n > 0 ? (inf[text.charCodeAt(0)] ?? 0) : 0;
  if (glue) {
    glueEnter(glue, text, 0, vb, 0);
    if (n > 1) glueEnter(glue, text, 1, vc, vb);
    if (n > 2) glueEnter(glue, text, 2, vd, vc);
  }
  const quadBits = QUAD_BITS;
  for (let i = 0; i < n; i++) {
    va = vb;
    vb = vc;
    vc = vd;
    if (i + 3 < n) {
      // (typed-array reads in range: `!` spares the undefined checks in this loop)
      vd = inf[text.charCodeAt(i + 3)]!;
      if (vd & F_GLUE && glue) glueEnter(glue, text, i + 3, vd, vc);
    } else vd = 0;
    const h = ((va << 9) ^ (vb << 6) ^ (vc << 3) ^ vd) & 0xffff;
    if (quadBits[h >>> 5]! & (1 << (h & 31))) quadHits(hits, inf, text, i, h);
    if (va & F_SPECIAL) {
      if (va & F_MULTI) return null;
      if (va & F_ODD) hits.push(i, i + 1, ALL_BITS, -1);
      // a short literal's code units after the first are those of the window (0 past the end)
      for (const x of SHORT[SHORT_AT[va & 0xffff] ?? 0] ?? []) {
        const len = x.lit.length;
        if (len > 1 && ((vb & 0xffff) !== x.lit.charCodeAt(1) || (len > 2 && (vc & 0xffff) !== x.lit.charCodeAt(2)))) continue;
        hits.push(i, i + len, x.bits, x.id);
      }
    }
  }
  return hits;
}

/** Literal occurrences at offset i among the literals of quad hash h. */
function quadHits(hits: number[], inf: Uint32Array, text: string, i: number, h: number): void {
  for (const x of BUCKETS[QUAD[h] ?? 0] ?? []) if (lowerStartsWith(inf, text, i, x.lit)) hits.push(i, i + x.lit.length, x.bits, x.id);
}

/** The glue scan at code unit j of text (info v), after the code unit with info v1 (0 when none). */
function glueEnter(glue: GlueScan, text: string, j: number, v: number, v1: number): void {
  if (v & F_SURROGATE) glue.astral = true;
  if (!(v & F_UPPER) || j === 0) return;
  const g = glueKind((v >>> CAT_SHIFT) & 0xff, (v1 >>> CAT_SHIFT) & 0xff, text.charCodeAt(j - 1), j >= 2 ? text.charCodeAt(j - 2) : 0);
  if (g) {
    glue.at.push(j);
    glue.kind.push(g);
  }
}

/** Whether the lower case of text, code unit by code unit, holds `lit` at offset i. */
function lowerStartsWith(inf: Uint32Array, text: string, i: number, lit: string): boolean {
  if (i + lit.length > text.length) return false;
  for (let j = 0; j < lit.length; j++) if (((inf[text.charCodeAt(i + j)] ?? 0) & 0xffff) !== lit.charCodeAt(j)) return false;
  return true;
}

/**
 * {@link cueMask} of the piece text[from, to) from the document's {@link cueHits}: the bits of
 * the literal occurrences lying wholly inside it.
 */
export function maskIn(hits: number[], from: number, to: number): number {
  let mask = ALWAYS;
  for (let k = firstHit(hits, from); k < hits.length; k += 4) {
    if ((hits[k] ?? 0) >= to) break;
    if ((hits[k + 1] ?? 0) <= to) mask |= hits[k + 2] ?? 0;
  }
  return mask;
}

/** Index in `hits` of the first occurrence starting at or after `from` (binary search over the quadruples). */
function firstHit(hits: number[], from: number): number {
  let lo = 0,
    hi = hits.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid * 4] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo * 4;
}

/** Per literal id: the dispatch pass that last saw it inside the piece. */
const LIT_SEEN = new Uint32Array(LIT_ID.size + 1);
let PASS = 0;

/**
 * The first match of a dispatched cue alternation ({@link Dispatch}) in the piece
 * p = text[from, to), from the document's {@link cueHits}: the UTF-16 offset in p of the
 * leftmost match (what `exec(p).index` of the whole alternation gives; with `first` false, 0 for
 * "some match" and not the leftmost), -1 when none, -2 when the hits cannot tell (a character the
 * literals cannot vouch for): the caller runs the whole alternation.
 */
export function dispatchMatch(d: Dispatch, p: string, hits: number[], from: number, to: number, first: boolean): number {
  if (PASS >= 0xfffffff0) {
    PASS = 0;
    LIT_SEEN.fill(0);
    for (const x of Object.values(DISPATCH)) x?.seen.fill(0);
  }
  const pass = ++PASS;
  const lo = firstHit(hits, from);
  const seen = LIT_SEEN;
  for (let k = lo; k < hits.length; k += 4) {
    if (hits[k]! >= to) break;
    if (hits[k + 1]! > to) continue;
    const id = hits[k + 3]!;
    if (id < 0) return -2;
    seen[id] = pass;
  }
  let best = -1;
  for (const b of d.always) {
    const m = d.res[b]!.exec(p);
    if (m !== null) {
      if (!first) return 0;
      if (best < 0 || m.index < best) best = m.index;
    }
  }
  for (let k = lo; k < hits.length; k += 4) {
    if (hits[k]! >= to) break;
    if (hits[k + 1]! > to) continue;
    const list = d.byLit[hits[k + 3]!];
    if (list === undefined) continue;
    for (const b of list) {
      if (d.seen[b] === pass) continue;
      d.seen[b] = pass;
      let ok = true;
      for (const clause of d.clauses[b]!) {
        let any = false;
        for (const id of clause)
          if (seen[id] === pass) {
            any = true;
            break;
          }
        if (!any) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const m = d.res[b]!.exec(p);
      if (m !== null) {
        if (!first) return 0;
        if (best < 0 || m.index < best) best = m.index;
      }
    }
  }
  return best;
}

export const RE = {
  ad: exact(alt('ad')),
  commentHeading: exact(alt('commentHeading')),
  buttonExact: exact(`${alt('buttons')}|${alt('share')}|${networks}`),
  shareExact: exact(`${alt('share')}|${networks}`),
  network: new RegExp(`^(?:${networks})$`, 'iu'),
  readMore: anywhere('readMore'),
  /** cue, then a separator and the headline (group h), or the cue alone */
  readAlso: new RegExp(`^[\\s>▶►•*-]*(?:${alt('readAlso')})\\s*(?:(?:[:\\-–—|»>]+|\\.{3}|…)\\s*(?<h>.*\\S)?)?$`, 'iu'),
  /** a read-also cue naming a web address, then the headline without a separator (group h): "Also on rt.com <Headline>" */
  readAlsoSite: new RegExp(
    `^(?:${union('readAlso')
      .filter((c) => c.includes(DOMAIN))
      .join('|')})\\s+(?<h>\\S.*)$`,
    'iu',
  ),
  readAlsoUpper: new RegExp(`^(?:${alt('readAlso')})\\s+(?<h>\\S.*)$`, 'iu'),
  follow: anywhere('follow'),
  followOutlet: union('followOutlet').map((s) => new RegExp(s, 'iu')),
  noticeOutlet: union('noticeOutlet').map((s) => new RegExp(s, 'iu')),
  cookie: anywhere('cookie'),
  /** cookie cues other than the bare word */
  cookieStrong: new RegExp(
    `(?:${union('cookie')
      .filter((c) => !/^\\bcookies\?\\b$/.test(c))
      .join('|')})`,
    'iu',
  ),
  /** a bare "cookie" needs consent context (recipes and biscuits are not banners) */
  cookieContext:
    /(?:accept|consent|navigat|privac|privad|vie privée|settings|paramètr|preferen|utilis|utiliz|use[sd]? |usamos|verwende|nutzen|experien|personali|analy|advertis|publicit|trafic|tráfego|tráfico|traffic|функционир|работ|аналіз|трафік|реклам|strona|witryn|sito|site|sitio|website|сайт)/iu,
  newsletter: anywhere('newsletter'),
  donation: anywhere('donation'),
  comment: anywhere('comment'),
  poll: anywhere('poll'),
  /** a recommendation-widget vendor line closing a sponsored block ("par Taboola", "Promoted by Outbrain") */
  vendorLine: new RegExp(`^(?:\\p{L}+\\s+){0,3}${WIDGET}\\.?$`, 'iu'),
  /** a media marker closing a headline ("(Video)"), with the space before it */
  mediaMark: new RegExp(`\\s*\\((?:${MEDIA_MARKS.join('|')})\\)$`, 'iu'),
  pollEnd: /completing this poll|this field is for validation|validation purposes/iu,
  siteNotice: anywhere('siteNotice'),
  siteNoticeAll: new RegExp(`(?:${alt('siteNotice')})`, 'giu'),
  copyright: new RegExp(`^©|^\\(c\\)\\s|${alt('copyright')}`, 'iu'),
  copyrightOutlet: /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<o>[^|,.]{2,50}?)\s*(?:[|,.]|$)/iu,
  tags: new RegExp(`^(?:${alt('tags')})\\s*:`, 'iu'),
  /** a tags heading on its own line ("Tags", "Schlagwörter"), the list on the next line */
  tagsHeading: new RegExp(`^(?:${alt('tags')})\\s*$`, 'iu'),
  aboutAuthor: exact(alt('aboutAuthor')),
  /** credit cue (photo/foto/source...) */
  creditCue: new RegExp(`(?:©|${alt('credit')})`, 'iu'),
  creditStart: new RegExp(`^(?:©|\\(c\\)\\s|${alt('credit')})`, 'iu'),
  /** caption text, then a credit cue and the credit holders to the end of the line */
  captionCredit: new RegExp(`^(?<cap>.{3,300}?)\\s*(?:[—–|]\\s*|-\\s+)?(?<cue>©|${alt('credit')})\\s*(?<cr>[^.!?]{2,80}?)\\.?$`, 'iu'),
  creditSplit: new RegExp(`\\s*(?:/|\\||;|\\s+via\\s+|©|(?:${alt('credit')}))\\s*`, 'iu'),
  /** the word joining a byline name to its date, a digit within 40 characters after it ("… Grumberg le 12 juin 2022") */
  bylineDateLink: new RegExp(`\\s+(?:${BYLINE_DATE_LINKS.join('|')})\\s+(?=[^\\d]{0,40}\\d)`, 'iu'),
  /** a connector and commas left at the end of a name cut before its date */
  bylineLinkEnd: new RegExp(`(?:[\\s,]+(?:${BYLINE_DATE_LINKS.join('|')}))?[\\s,]*$`, 'iu'),
  byline: new RegExp(`^(?:${alt('byline')})\\s+(?<rest>.{3,120})$`, 'iu'),
  bio: new RegExp(`^(?<name>[^\\s,]+(?:\\s+[^\\s,]+){1,3})\\s+(?:${alt('bioVerb')})\\s+[^.]{0,90}?(?:${alt('bioRole')})`, 'iu'),
  agencyByline: new RegExp(
    `^(?<o>.{2,40}?)\\s+(?:com|with|avec|mit|con|z|з|с|et|and|y|e)\\s+(?:a\\s+|la\\s+|l'|the\\s+)?(?:${AGENCIES.map(escapeRe).join('|')})$`,
    'iu',
  ),
  month: new RegExp(`(?<![\\p{L}])(?:${MONTHS.map(escapeRe).join('|')})\\.?(?![\\p{L}])`, 'iu'),
};

/** Bits of {@link PrefixFilter}'s first-code-unit table. */
const P_OPEN1 = 1;
const P_SOME = 2;
/** A 16-bit hash of three code units (the bit of a three-unit prefix in PrefixFilter). */
const threeBit = (a: number, b: number, c: number): number => Math.imul((a << 10) ^ (b << 5) ^ c ^ (b << 21), 0x9e3779b1) >>> 16;

/** Text characters the prefix sets cannot vouch for (see {@link Lits}): such a text always passes. */
const F_UNSURE = F_ODD | F_MULTI | F_SURROGATE;

/**
 * A prefilter of an anchored regex by the first three code units of the text: `may(s)` is false
 * only when no match can start like s does (from {@link prefixSet} of the regex source under
 * the same `iu` flags, compared on the lower case of s's first code units). Texts starting with
 * a character the sets cannot vouch for (astral, U+0130, U+017F, U+1C80-U+1C88) always pass.
 */
export class PrefixFilter {
  private readonly all: boolean;
  /** per first lower-cased code unit: P_OPEN1 (any text starting with it passes), P_SOME (some prefix starts with it) */
  private readonly first = new Uint8Array(0x10000);
  /** open prefixes of two code units and complete prefixes of three, as numbers (c0 << 16 | c1, then * 65536 + c2) */
  private readonly two = new Set<number>();
  private readonly three = new Set<number>();
  /**
   * {@link threeBit} of each complete prefix of three: a clear bit answers "no" without a look-up
   * in `three` (whose keys, beyond 31 bits, are heap numbers)
   */
  private readonly threeBits = new Int32Array(2048);
  constructor(src: string) {
    const set = prefixSet(src, 3);
    this.all = set === null;
    for (const x of set ?? []) {
      const c0 = x.charCodeAt(0);
      this.first[c0] = (this.first[c0] ?? 0) | (x.length === 1 ? P_OPEN1 : P_SOME);
      if (x.length === 2) this.two.add(c0 * 65536 + x.charCodeAt(1));
      if (x.length === 3) {
        this.three.add((c0 * 65536 + x.charCodeAt(1)) * 65536 + x.charCodeAt(2));
        const h = threeBit(c0, x.charCodeAt(1), x.charCodeAt(2));
        this.threeBits[h >>> 5] = (this.threeBits[h >>> 5] ?? 0) | (1 << (h & 31));
      }
    }
  }
  may(s: string): boolean {
    if (this.all) return true;
    const n = s.length;
    if (n === 0) return true;
    const inf = INFO ?? info();
    const v0 = inf[s.charCodeAt(0)]!;
    if (v0 & F_UNSURE) return true;
    const f = this.first[v0 & 0xffff]!;
    if (f & P_OPEN1) return true;
    if (f === 0 || n < 2) return false;
    const v1 = inf[s.charCodeAt(1)]!;
    if (v1 & F_UNSURE) return true;
    const k2 = (v0 & 0xffff) * 65536 + (v1 & 0xffff);
    if (this.two.has(k2)) return true;
    if (n < 3) return false;
    const v2 = inf[s.charCodeAt(2)]!;
    if (v2 & F_UNSURE) return true;
    const h = threeBit(v0 & 0xffff, v1 & 0xffff, v2 & 0xffff);
    if ((this.threeBits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    return this.three.has(k2 * 65536 + (v2 & 0xffff));
  }
}

/** Prefix prefilters of the anchored regexes of {@link RE} (same names). */
export const START = {
  ad: new PrefixFilter(RE.ad.source),
  commentHeading: new PrefixFilter(RE.commentHeading.source),
  buttonExact: new PrefixFilter(RE.buttonExact.source),
  shareExact: new PrefixFilter(RE.shareExact.source),
  network: new PrefixFilter(RE.network.source),
  readAlso: new PrefixFilter(RE.readAlso.source),
  readAlsoUpper: new PrefixFilter(RE.readAlsoUpper.source),
  /** RE.tags and RE.tagsHeading */
  tags: new PrefixFilter(`^(?:${alt('tags')})`),
  aboutAuthor: new PrefixFilter(RE.aboutAuthor.source),
  byline: new PrefixFilter(RE.byline.source),
};

/** Date expressions (numeric, day-month-year, month-day-year), all languages. */
const M = MONTHS.map(escapeRe).join('|');
export const DATE_RE = new RegExp(
  `(?:\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${M})\\.?(?:,?\\s+(?:de\\s+)?\\d{4})?(?:\\s*(?:г\\.|року|roku))?|(?<![\\p{L}])(?:${M})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
  'iu',
);
export const TIME_RE = /\b\d{1,2}[:h]\d{2}\b/giu;
/** Words allowed beside a date in a date-only line. */
export const DATE_FILLER_RE =
  /(?<![\p{L}])(?:updated|update|published|posted|last|modified|atualizado|atualização|actualizado|actualización|publicado|mis à jour|publié|le|aktualisiert|veröffentlicht|am|um|обновлено|опубликовано|оновлено|опубліковано|aggiornato|pubblicato|zaktualizowano|opublikowano|há|hace|il y a|vor|ago|hours?|horas?|heures?|minutes?|minutos?|stunden?|ore|годин[иа]?|часов|часа|cet|cest|gmt|utc|msk|eet|eest|est|edt|pst|bst|on|at|a las|às|alle|o|в|о|de|del|às)(?![\p{L}])/giu;

/** Proper name: 2-4 capitalised words, particles allowed (case-sensitive). */
export const NAME_RE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|y|e|al|bin|ibn|el|ter|zu)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
