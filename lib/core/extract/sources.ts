/**
 * Sources the article attributes information to with a citing cue ("according to Reuters",
 * "selon l'AFP", "laut Frankfurter Rundschau", "по словам Орбана", "told NBC News").
 *
 * Algorithm: find each cue of `lib/rules/sources.ts` (word-bounded, case-insensitive); after
 * it, take the longest entity form of `extractEntityGroups` that starts there (reported by its
 * fullest name, so inflected "Орбана" gives "Виктор Орбан"), else skip articles, "agency"-like
 * and time words ("informó este miércoles el ...") and retry, else a capitalised run of up to
 * five words. A role word after the cue ("selon la présidente du parti") stands for the person
 * named next in the sentence, else the one named last before. "told"-like cues take only
 * organisations. Also: "X reported"/"X сообщил" (name right before the cue), pronoun cues
 * ("За його словами", "selon lui": the person named last), "as X said" ("come spiega
 * Orsini"), and "X, cited by Y" (X when an organisation). Places and demonyms are never
 * sources. Pure; never throws.
 */
import { DEMONYMS, LANGS, type Lang, ROLES } from '../../rules/entities.ts';
import {
  AFTER_CUES,
  ARTICLES,
  AS_WORDS,
  BEFORE_CUES,
  CITED_BY,
  INSTITUTION_NOUNS,
  INVERSION_OPENERS,
  NATIONAL_STEMS,
  PRONOUN_CUES,
  SKIP_WORDS,
  SPEECH_CUES,
  TIME_SKIP,
} from '../../rules/sources.ts';
import { speechTable } from '../../rules/speech.ts';
import { type EntityGroup, extractEntityGroups } from './entities.ts';

/**
 * Cue matching without regexes: every cue table is compiled into alternatives of tokens,
 * matched by hand with the semantics of the `iu` regexes they replace (alternations of hundreds
 * of speech verbs compile to megabytes of native code, and within the whole pipeline ran about
 * 4x slower than alone: regexp tier-up). One pass over the text finds the candidate offsets
 * ({@link scanCues}); only there are alternatives tried. A cue's space stands for `\s+`, its ' for ['’]; every other character
 * matches what the `iu` flags match: a unit of the same fold class (see {@link UNIT}).
 * Alternatives are tried in regex order (longest first, ties in table order), the first that
 * matches (with `(?![\p{L}])` when asked) wins. Table entries start and end with a letter
 * (tests/sources.test.ts checks it), so `\s+` never has to give back white space.
 */

/** The kinds of cue, in the order of `Compiled.kinds` (bit `1 << kind`; `1 << (kind + 1)` in `Compiled.start`). */
const BEFORE = 0;
const AFTER = 1;
const PRONOUN = 2;
const AS = 3;
const AS_NAME = 4;
const CITED_BY_K = 5;
/** Bit of the kind whose cues may start inside a word (no boundary check). */
const UNBOUNDED = 1 << CITED_BY_K;
/** `Compiled.start` kind bits a cue may start with after a letter (UNBOUNDED's), after any other unit. */
const AFTER_LETTER = UNBOUNDED << 1;
const AFTER_OTHER = 0x7e;

/**
 * Per UTF-16 unit: its fold class in bits 0-13, in bit 14 whether it is a letter or a number
 * (`[\p{L}\p{N}]`), in bit 15 whether it is a letter (`\p{L}`; a surrogate is neither).
 * Classes: 1 any unit no cue character matches, 2 white space (`\s`), 3 ' and ’, from 4 the
 * class of one cue character: the units the `iu` flags match with it ("S", "ſ" and "s").
 * 0: not computed yet; the table is cleared when a class is added.
 */
const UNIT = new Uint16Array(0x10000);
const LETTER = 0x8000;
const LETTER_OR_NUMBER = 0x4000;
const CLASS = 0x3fff;
const C_OTHER = 1;
const C_SPACE = 2;
const C_APOS = 3;
/** `CLASS_RES[k]`: `/^x$/iu` for the character x that opened class k (k >= 4). */
const CLASS_RES: RegExp[] = [/$^/, /$^/, /$^/, /$^/];
/** Class of each cue character registered so far. */
const CLASS_OF = new Map<string, number>();
const WS_ONE = /^\s$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_LN = /^[\p{L}\p{N}]$/u;

/** Fold class of a cue character, opening a class when no class matches it. */
function classOfChar(ch: string): number {
  const hit = CLASS_OF.get(ch);
  if (hit !== undefined) return hit;
  let k = 0;
  if (WS_ONE.test(ch)) k = C_SPACE;
  else if (ch === "'" || ch === '’') k = C_APOS;
  else {
    for (let r = 4; r < CLASS_RES.length && k === 0; r++) if ((CLASS_RES[r] as RegExp).test(ch)) k = r;
    if (k === 0) {
      CLASS_RES.push(new RegExp(`^${ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu'));
      k = CLASS_RES.length - 1;
      UNIT.fill(0);
    }
  }
  CLASS_OF.set(ch, k);
  return k;
}

/** {@link UNIT} entry of unit `c`, computed on first use. */
function unitSlow(c: number): number {
  const ch = String.fromCharCode(c);
  let k = C_OTHER;
  if (WS_ONE.test(ch)) k = C_SPACE;
  else if (c === 0x27 || c === 0x2019) k = C_APOS;
  else {
    for (let r = 4; r < CLASS_RES.length; r++) {
      if ((CLASS_RES[r] as RegExp).test(ch)) {
        k = r;
        break;
      }
    }
  }
  const v = k | (IS_LETTER.test(ch) ? LETTER | LETTER_OR_NUMBER : IS_NUMBER.test(ch) ? LETTER_OR_NUMBER : 0);
  UNIT[c] = v;
  return v;
}

/** {@link UNIT} entry of unit `c`. */
function unit(c: number): number {
  const v = UNIT[c] as number;
  return v === 0 ? unitSlow(c) : v;
}

/** Whether the code point ending right before UTF-16 offset `i` is a letter (`(?<=\p{L})`). */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return IS_LETTER.test(String.fromCharCode(h, c));
  }
  return (unit(c) & LETTER) !== 0;
}

/** Whether no letter starts at UTF-16 offset `e` of `text` cut at `end` (`(?![\p{L}])`). */
function noLetterAt(text: string, e: number, end: number): boolean {
  if (e >= end) return true;
  const c = text.charCodeAt(e);
  if (c >= 0xd800 && c <= 0xdbff && e + 1 < end) {
    const l = text.charCodeAt(e + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return !IS_LETTER.test(String.fromCharCode(c, l));
  }
  return (unit(c) & LETTER) === 0;
}

/** Tokens of an alternative: a fold class (>= 4), or one of these. */
const T_WS = -1; // a space of the cue: `\s+`
const T_APOS = -2; // ': ' or ’
const T_CURLY = -3; // ’: ’ only

/**
 * Alternatives of a regex alternation, in regex order, tokenized; `byFirst[k]`: those whose
 * first token matches a unit of class k, in order; `single[k]`/`pair[k * classes + k2]`: 1 when
 * some alternative of one token starts with k / of more tokens starts with k, k2.
 */
interface Alts {
  classes: number;
  byFirst: (Int32Array[] | undefined)[];
  single: Uint8Array;
  pair: Uint8Array;
  /**
   * `byPair.get(k * classes + k2)`: the alternatives, in order, that may match at a unit of
   * class k followed by one of class k2 (those of one token starting with k, and those starting
   * with k, k2); `singles[k]`: those of one token starting with k (for any other next unit)
   */
  byPair: Map<number, Int32Array[]>;
  singles: (Int32Array[] | undefined)[];
}

const tokenClass = (t: number): number => (t === T_WS ? C_SPACE : t < 0 ? C_APOS : t);

/** Tokens of one table entry (see {@link T_WS}). */
function tokens(s: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    out.push(ch === ' ' ? T_WS : ch === "'" ? T_APOS : ch === '’' ? T_CURLY : classOfChar(ch));
  }
  return Int32Array.from(out);
}

/** Table entries as the alternation `(?:a|b|...)` orders them: distinct, longest first. */
const ordered = (xs: string[]): string[] => [...new Set(xs)].sort((a, b) => b.length - a.length);

/** Alternatives of `xs` (tokenized first: classes opened here are counted). */
function alts(xs: string[], inOrder = false): Alts {
  const toks = (inOrder ? xs : ordered(xs)).map(tokens).filter((t) => t.length > 0);
  const classes = CLASS_RES.length;
  const a: Alts = {
    classes,
    byFirst: [],
    single: new Uint8Array(classes),
    pair: new Uint8Array(classes * classes),
    byPair: new Map(),
    singles: [],
  };
  for (const t of toks) {
    const k = tokenClass(t[0] as number);
    const list = a.byFirst[k];
    if (list) list.push(t);
    else a.byFirst[k] = [t];
    if (t.length === 1) {
      a.single[k] = 1;
      const one = a.singles[k];
      if (one) one.push(t);
      else a.singles[k] = [t];
    } else a.pair[k * classes + tokenClass(t[1] as number)] = 1;
  }
  for (const t of toks) {
    if (t.length < 2) continue;
    const k = tokenClass(t[0] as number);
    const key = k * classes + tokenClass(t[1] as number);
    if (a.byPair.has(key)) continue;
    const k2 = key - k * classes;
    a.byPair.set(
      key,
      toks.filter((x) => tokenClass(x[0] as number) === k && (x.length === 1 || tokenClass(x[1] as number) === k2)),
    );
  }
  return a;
}

/** The alternatives of `a` that may match at `p` of `text` cut at `end` (see `Alts.byPair`). */
function candidates(a: Alts, text: string, p: number, end: number): Int32Array[] | undefined {
  if (p >= end) return undefined;
  const k = unit(text.charCodeAt(p)) & CLASS;
  if (k >= a.classes) return undefined;
  if (p + 1 < end) {
    const k2 = unit(text.charCodeAt(p + 1)) & CLASS;
    if (k2 < a.classes && (a.pair[k * a.classes + k2] as number) !== 0) return a.byPair.get(k * a.classes + k2);
  }
  return a.singles[k];
}

/** End of the last {@link lit} match. */
let litEnd = 0;

/** Whether the tokens `tok` match `text` at UTF-16 offset `p`, before `end`; sets `litEnd`. */
function lit(text: string, p: number, end: number, tok: Int32Array): boolean {
  let q = p;
  const m = tok.length;
  for (let j = 0; j < m; j++) {
    const t = tok[j] as number;
    if (t === T_WS) {
      let need = 1;
      while (j + 1 < m && tok[j + 1] === T_WS) {
        need++;
        j++;
      }
      let w = 0;
      while (q < end && (unit(text.charCodeAt(q)) & CLASS) === C_SPACE) {
        q++;
        w++;
      }
      if (w < need) return false;
      continue;
    }
    if (q >= end) return false;
    const c = text.charCodeAt(q);
    if (t === T_APOS) {
      if (c !== 0x27 && c !== 0x2019) return false;
    } else if (t === T_CURLY) {
      if (c !== 0x2019) return false;
    } else if ((unit(c) & CLASS) !== t) return false;
    q++;
  }
  litEnd = q;
  return true;
}

/**
 * End (UTF-16 offset) of the first alternative of `a` matching at `p` in `text` cut at `end`,
 * followed by no letter when `look`; -1 when none.
 */
function altAt(text: string, p: number, end: number, a: Alts, look: boolean): number {
  const list = candidates(a, text, p, end);
  if (!list) return -1;
  for (let i = 0; i < list.length; i++) {
    if (lit(text, p, end, list[i] as Int32Array) && (!look || noLetterAt(text, litEnd, end))) return litEnd;
  }
  return -1;
}

/** Offset after the white space at `q` (before `end`). */
function skipWs(text: string, q: number, end: number): number {
  while (q < end && (unit(text.charCodeAt(q)) & CLASS) === C_SPACE) q++;
  return q;
}

/** Auxiliaries between an as-word and its verb ("come ha spiegato"), in regex order. */
const AS_AUX = "l'a|l'|le|la|lo|il|ha|hat|a|sempre|also|already|ancora|bien|déjà|já|ya|уже|вже|już".split('|');
/** Auxiliaries before a verb after a name ("Marine Le Pen a affirmé"), in regex order. */
const AFTER_AUX = "has|have|had|hat|ha|a|l'a|l'|le|la|lo|also|auch|anche|aussi|bereits|già|déjà|уже|вже".split('|');

/**
 * End of `(?:as-word)\s+` at `p` (`withVerb` false), or of `(?:as-word)\s+(?:(?:aux)\s*)?(?:verb)
 * (?![\p{L}])` (`withVerb`), the first match in regex order; -1 when none.
 */
function asAt(text: string, p: number, c: Compiled, withVerb: boolean): number {
  const n = text.length;
  const list = candidates(c.asWords, text, p, n);
  if (!list) return -1;
  for (let i = 0; i < list.length; i++) {
    if (!lit(text, p, n, list[i] as Int32Array)) continue;
    const q = litEnd;
    const r = skipWs(text, q, n);
    if (r === q) continue;
    if (!withVerb) return r;
    const aux = candidates(c.asAux, text, r, n);
    for (let j = 0; aux && j < aux.length; j++) {
      if (!lit(text, r, n, aux[j] as Int32Array)) continue;
      const e = altAt(text, skipWs(text, litEnd, n), n, c.verbs, true);
      if (e >= 0) return e;
    }
    const e = altAt(text, r, n, c.verbs, true);
    if (e >= 0) return e;
  }
  return -1;
}

/**
 * Whether `text` cut at `end` has at `p` `\s*(?:(?:aux)\s+)?(?:verb)(?![\p{L}])` (a speech verb
 * after a name: "a déclaré", "has said").
 */
function verbAfterAt(text: string, p: number, end: number, c: Compiled): boolean {
  const r = skipWs(text, p, end);
  const aux = candidates(c.afterAux, text, r, end);
  for (let j = 0; aux && j < aux.length; j++) {
    if (!lit(text, r, end, aux[j] as Int32Array)) continue;
    const q = litEnd;
    const t = skipWs(text, q, end);
    if (t > q && altAt(text, t, end, c.verbs, true) >= 0) return true;
  }
  return altAt(text, r, end, c.verbs, true) >= 0;
}

/** Whether `s` has a speech verb or an after-cue as a whole word (`(?<![\p{L}])(?:...)(?![\p{L}])`). */
function verbAnywhere(s: string, c: Compiled): boolean {
  for (let p = 0; p < s.length; p++) {
    if (!letterBefore(s, p) && altAt(s, p, s.length, c.verbsAfter, true) >= 0) return true;
  }
  return false;
}

/**
 * Cue matches per kind, as the kind's regex with the `g` flag would give them scanning the whole
 * text left to right: `starts[kind]`, `ends[kind]` (UTF-16 offsets). For every kind but
 * `CITED_BY_K`, a match right after a letter is dropped and the scan goes on one unit further,
 * as `(?<![\p{L}])` would. One pass over the text; the alternatives are tried only where the
 * first two units start some cue of the kind.
 */
function scanCues(text: string, c: Compiled, starts: number[][], ends: number[][]): void {
  const n = text.length;
  const start = c.start;
  const next = [0, 0, 0, 0, 0, 0];
  // the kind bits (<< 1) a cue may start with here: all after a non-letter, after a letter only
  // UNBOUNDED's; `pend`: the kinds a cue of two or more units may start with at p - 1
  const afterLetter = AFTER_LETTER;
  const afterOther = AFTER_OTHER;
  const otherOnly = AFTER_OTHER ^ AFTER_LETTER;
  let mask = afterOther;
  let pend = 0;
  for (let p = 0; p < n; p++) {
    const u = text.charCodeAt(p);
    let b = start[u] as number;
    if (b === 0) b = startSlow(c, u);
    if ((pend & (b >> 7)) !== 0) cuesAt(text, p - 1, pend >> 1, c, next, starts, ends);
    pend = b & mask;
    if ((b & 0x80) !== 0 && pend !== 0) {
      // a cue of one unit may start here
      cuesAt(text, p, pend >> 1, c, next, starts, ends);
      pend = 0;
    }
    mask = afterLetter | ((b & 1) * otherOnly); // no branch: word boundaries are unpredictable
    if (u >= 0xdc00 && u <= 0xdfff) mask = letterBefore(text, p + 1) ? afterLetter : afterOther;
  }
}

/**
 * `Compiled.start` entry of unit `u`, computed on first use: bit 0 set when `u` is no letter;
 * bits 1-6 the kinds (`1 << (kind + 1)`) having a cue that starts with its class, bit 7 when
 * one of those cues is that one unit; bits 8-13 the kinds (`1 << (kind + 8)`) having a cue
 * whose second unit is of its class; bit 15 set (computed).
 */
function startSlow(c: Compiled, u: number): number {
  const v = unit(u);
  const k = v & CLASS;
  const known = k < c.classes;
  const first = known && k >= 4 ? (c.first[k] as number) : 0;
  const single = known && (c.single[k] as number) !== 0 ? 0x80 : 0;
  const second = known ? (c.second[k] as number) : 0;
  const b = 0x8000 | (second << 8) | single | (first << 1) | ((v & LETTER) === 0 ? 1 : 0);
  c.start[u] = b;
  return b;
}

/**
 * The cues of the kinds in `bits` (whose cues may start with the unit at `p`) matching at `p`,
 * for {@link scanCues}: narrowed by the class of the next unit, then matched.
 */
function cuesAt(text: string, p: number, bits: number, c: Compiled, next: number[], starts: number[][], ends: number[][]): void {
  const n = text.length;
  const classes = c.classes;
  const k = unit(text.charCodeAt(p)) & CLASS;
  if (p + 1 < n) {
    const k2 = unit(text.charCodeAt(p + 1)) & CLASS;
    bits &= (c.single[k] as number) | (k2 < classes ? (c.pair[k * classes + k2] as number) : 0);
  } else bits &= c.single[k] as number;
  for (let kind = 0; bits !== 0; kind++, bits >>= 1) {
    if ((bits & 1) === 0 || p < (next[kind] as number)) continue;
    const e =
      kind === AS ? asAt(text, p, c, true) : kind === AS_NAME ? asAt(text, p, c, false) : altAt(text, p, n, c.kinds[kind] as Alts, true);
    if (e >= 0) {
      (starts[kind] as number[]).push(p);
      (ends[kind] as number[]).push(e);
      next[kind] = e;
    }
  }
}

/** Per-language tables, compiled on first use. */
interface Compiled {
  /** cue alternatives by kind: before, after, pronoun, as-words (twice), cited-by */
  kinds: Alts[];
  asWords: Alts;
  verbs: Alts;
  /** speech verbs and after-cues */
  verbsAfter: Alts;
  /** auxiliaries, in regex order (not sorted) */
  asAux: Alts;
  afterAux: Alts;
  /** fold classes known when compiled (the tables below index by them) */
  classes: number;
  /** `first[k]`: kinds with a cue starting with class k; `single`, `pair`: see {@link Alts} */
  first: Uint8Array;
  /** `second[k]`: kinds with a cue of two or more units whose second unit is of class k */
  second: Uint8Array;
  /** per UTF-16 unit: see {@link startSlow} (0: not computed yet) */
  start: Uint16Array;
  single: Uint8Array;
  pair: Uint8Array;
  /** speech verbs (lower case, single-spaced), for "Lo afferma la Marina ucraina" */
  verbSet: Set<string>;
  /** last words of the speech verbs, and articles (lower case): the cheap test before `verbSet` */
  verbTail: Set<string>;
  /** words before an inverted speech verb ("Lo afferma ...", "Tak twierdzi ..."), lower case */
  openers: Set<string>;
  roles: Set<string>;
  skip: Set<string>;
  /** `BEFORE_CUES` that take only organisations (speech verbs), lower case, single-spaced */
  speech: Set<string>;
  /** national adjective stems, institution nouns, articles (lower case) */
  national: string[];
  institution: Set<string>;
  articles: Set<string>;
}
const cache = new Map<string, Compiled>();
function compiled(lang: string): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const verbs = speechTable(lang).verbs;
  const of = (t: Record<Lang, string[]>): string[] => ls.flatMap((l) => t[l]);
  // tokenize everything first: the class count is final before the tables are sized
  const asAux = alts(AS_AUX, true);
  const afterAux = alts(AFTER_AUX, true);
  const verbAlts = alts(verbs);
  const verbsAfter = alts([...verbs, ...of(AFTER_CUES)]);
  const asWords = alts(of(AS_WORDS));
  const kinds = [alts(of(BEFORE_CUES)), alts(of(AFTER_CUES)), alts(of(PRONOUN_CUES)), asWords, asWords, alts(of(CITED_BY))];
  const classes = CLASS_RES.length;
  const first = new Uint8Array(classes);
  const single = new Uint8Array(classes);
  const pair = new Uint8Array(classes * classes);
  const second = new Uint8Array(classes);
  kinds.forEach((a, kind) => {
    a.byFirst.forEach((list, k) => {
      if (list) first[k] = (first[k] as number) | (1 << kind);
    });
    a.single.forEach((x, k) => {
      if (x) single[k] = (single[k] as number) | (1 << kind);
    });
    // classes opened after `a` was built are not in its tables: no entry of `a` starts with them
    a.pair.forEach((x, i) => {
      if (x) {
        const k = Math.floor(i / a.classes);
        const k2 = i % a.classes;
        pair[k * classes + k2] = (pair[k * classes + k2] as number) | (1 << kind);
        second[k2] = (second[k2] as number) | (1 << kind);
      }
    });
  });
  const c: Compiled = {
    kinds,
    asWords,
    verbs: verbAlts,
    verbsAfter,
    asAux,
    afterAux,
    classes,
    first,
    second,
    start: new Uint16Array(0x10000),
    single,
    pair,
    verbSet: new Set(verbs.map((v) => v.toLowerCase().replace(/\s+/g, ' '))),
    openers: new Set(ls.flatMap((l) => INVERSION_OPENERS[l])),
    verbTail: new Set([
      ...verbs.map((v) => v.toLowerCase().split(/\s+/).pop() ?? ''),
      ...'the le la les l der die das el los las il lo gli o os as a'.split(' '),
    ]),
    roles: new Set(ls.flatMap((l) => ROLES[l]).map((x) => x.toLowerCase())),
    speech: new Set(ls.flatMap((l) => SPEECH_CUES[l])),
    national: ls.flatMap((l) => NATIONAL_STEMS[l]),
    institution: new Set(ls.flatMap((l) => INSTITUTION_NOUNS[l])),
    articles: new Set(ls.flatMap((l) => ARTICLES[l]).map((x) => x.replace(/['’]$/, ''))),
    skip: new Set([...ls.flatMap((l) => SKIP_WORDS[l]), ...ls.flatMap((l) => TIME_SKIP[l])].map((x) => x.toLowerCase())),
  };
  cache.set(lang, c);
  return c;
}

/** Cues whose object is the addressee ("told", "a indiqué à", "gegenüber", "in an interview with"). */
const TOLD = /(?:^told|\s(?:à|a|ao|al|do|dla)$|gegenüber|interview|entretien|intervista|entrevista|rozmowie|интервью|інтерв)/iu;

const DEMONYM_SET = new Set(Object.values(DEMONYMS).flat());

const CAP_RUN =
  /^[\p{Lu}][\p{L}\p{N}.&'’-]*(?:[ \t\u00a0]+(?:[\p{Lu}\d][\p{L}\p{N}.&'’-]*|(?:de|of|the|du|des|von|der|di|do|da|dos|das|del|y|e|i|и|і)(?=[ \t\u00a0]+[\p{Lu}])))*/u;
/** A word that may end with a period inside a name: initials and dotted abbreviations ("U.S.", "B."). */
const ABBREV = /^(?:\p{L}\.)+$|^(?:Inc|Co|Jr|Sr|St|Mr|Dr|Ltd|Corp)\.$/u;

/** See the module doc. Never throws. */
export function extractSources(text: string, lang: string): string[] {
  try {
    return run(text ?? '', lang || 'und', extractEntityGroups('', text ?? '', lang || 'und'));
  } catch {
    return [];
  }
}

/** Same as `extractSources`, reusing entity groups already computed for the article. */
export function extractSourcesWith(text: string, lang: string, groups: EntityGroup[]): string[] {
  try {
    return run(text ?? '', lang || 'und', groups);
  } catch {
    return [];
  }
}

/**
 * Starts of the matches of `,?\s*(?:cue)(?![\p{L}])` (cue matches at `starts`/`ends`, see
 * {@link scanCues}): each cue match extended back over the white space and the comma before it,
 * never into the previous match.
 */
function citedByStarts(text: string, starts: number[], ends: number[]): number[] {
  const out: number[] = [];
  let floor = 0;
  for (let k = 0; k < starts.length; k++) {
    let p = starts[k] as number;
    while (p > floor && /\s/.test(text[p - 1] as string)) p--;
    if (p > floor && text[p - 1] === ',') p--;
    out.push(p);
    floor = ends[k] as number;
  }
  return out;
}

/**
 * The word (letters, ' and ’) that ends before UTF-16 offset `i`, skipping white space, a comma
 * and an elided article's apostrophe ("l'"), lower case; '' when none within 40 units.
 */
function wordBefore(text: string, i: number): string {
  let e = i;
  const stop = Math.max(0, i - 40);
  while (e > stop) {
    const u = text.charCodeAt(e - 1);
    if (u !== 0x2c && (unit(u) & CLASS) !== C_SPACE) break;
    e--;
  }
  let b = e;
  while (b > stop) {
    const u = text.charCodeAt(b - 1);
    if (u !== 0x27 && u !== 0x2019 && !letterBefore(text, b)) break;
    b--;
  }
  const w = text.slice(b, e).toLowerCase();
  const last = w.charCodeAt(w.length - 1);
  return last === 0x27 || last === 0x2019 ? w.slice(0, -1) : w;
}

/** Whether the UTF-16 unit at offset `j` of `text` is a letter or a digit (`/^[\p{L}\p{N}]/u` on that one unit). */
function lnUnit(text: string, j: number): boolean {
  return j < text.length && (unit(text.charCodeAt(j)) & LETTER_OR_NUMBER) !== 0;
}

/** Whether `s` ends with a white-space unit. */
const endsWs = (s: string, e: number): boolean => e > 0 && (unit(s.charCodeAt(e - 1)) & CLASS) === C_SPACE;

/** Start of the run of letters, ' and ’ (`[\p{L}'’]+`) ending at `e` in `s` (`e` when none). */
function wordRunStart(s: string, e: number): number {
  let b = e;
  while (b > 0) {
    const u = s.charCodeAt(b - 1);
    if (u === 0x27 || u === 0x2019) b--;
    else if (u >= 0xdc00 && u <= 0xdfff && b >= 2 && letterBefore(s, b)) b -= 2;
    else if (u < 0xdc00 || u > 0xdfff ? (unit(u) & LETTER) !== 0 : false) b--;
    else break;
  }
  return b;
}

/** Articles stripped before an inverted speech verb's organisation, in regex order. */
const INV_ARTICLES = "the|le|la|les|l'|der|die|das|el|los|las|il|lo|gli|o|os|as|a".split('|').map(tokens);

/**
 * Whether the organisation form at UTF-16 offset `i` follows an inverted speech verb ("», scrive
 * Tetra Pak", "Lo afferma la Marina ucraina"): in the 48 units before it, less a trailing article
 * (`(?:^|\s)(?:the|le|...)\s*$`, `iu`) and trailing white space and commas, the last one to three
 * words (`(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+$`) end with a speech verb, itself after a comma, a
 * quote mark, a dash or a colon, or after an opener word.
 */
function invertedBefore(text: string, i: number, c: Compiled): boolean {
  let head = text.slice(Math.max(0, i - 48), i);
  // a trailing article, with the white-space unit before it
  let t = head.length;
  while (endsWs(head, t)) t--;
  let w = t;
  while (w > 0 && (unit(head.charCodeAt(w - 1)) & CLASS) !== C_SPACE) w--;
  if (w < t) {
    for (const art of INV_ARTICLES) {
      if (lit(head, w, t, art) && litEnd === t) {
        head = head.slice(0, w > 0 ? w - 1 : 0);
        break;
      }
    }
  }
  let e = head.length;
  while (e > 0 && (head.charCodeAt(e - 1) === 0x2c || endsWs(head, e))) e--;
  head = head.slice(0, e);
  // the last one to three words, separated by white space only
  let s = wordRunStart(head, e);
  if (s === e) return false;
  for (let n = 1; n < 3; n++) {
    let q = s;
    while (endsWs(head, q)) q--;
    if (q === s) break;
    const b = wordRunStart(head, q);
    if (b === q) break;
    s = b;
  }
  const words = splitWs(head.slice(s).toLowerCase());
  let verbLen = -1;
  for (let k = 0; k < words.length && verbLen < 0; k++) {
    const v = words.slice(k).join(' ');
    if (c.verbSet.has(v)) verbLen = v.length;
  }
  if (verbLen < 0) return false;
  const before = head.slice(0, Math.max(0, head.length - verbLen));
  let b = before.length;
  while (endsWs(before, b)) b--;
  if (b > 0 && ',"»”“\'’—–:-'.includes(before.charAt(b - 1))) return true;
  return c.openers.has(before.slice(wordRunStart(before, b), b).toLowerCase());
}

/** `s` split at runs of white space (`s.split(/\s+/)` for `s` not starting or ending with white space). */
function splitWs(s: string): string[] {
  const out: string[] = [];
  let a = 0;
  let p = 0;
  while (p < s.length) {
    if ((unit(s.charCodeAt(p)) & CLASS) === C_SPACE) {
      out.push(s.slice(a, p));
      while (p < s.length && (unit(s.charCodeAt(p)) & CLASS) === C_SPACE) p++;
      a = p;
    } else p++;
  }
  out.push(s.slice(a));
  return out;
}

/**
 * Per UTF-16 offset of `text`, 1 when it is inside quote marks of its paragraph: « » nest,
 * „ opens and “ closes in a paragraph that has a „ (German style), else “ opens and ” closes,
 * straight double quotes by parity. One pass over the text.
 */
function quoteMap(text: string): Uint8Array {
  const q = new Uint8Array(text.length + 1);
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const low = text.slice(p, e).includes('„');
    let guil = 0;
    let curly = 0;
    let straight = 0;
    for (let k = p; k < e; k++) {
      q[k] = guil > 0 || curly > 0 || straight % 2 === 1 ? 1 : 0;
      const ch = text.charCodeAt(k);
      if (ch === 0xab) guil++;
      else if (ch === 0xbb) guil--;
      else if (ch === 0x22) straight++;
      else if (ch === 0x201e) curly++;
      else if (ch === 0x201c) curly += low ? -1 : 1;
      else if (ch === 0x201d) curly--;
    }
    p = e + 1;
  }
  return q;
}

/** Whether a letter or a number (`[\p{L}\p{N}]`) starts at UTF-16 offset `j` of `s`. */
function lnAt(s: string, j: number): boolean {
  if (j >= s.length) return false;
  const c = s.charCodeAt(j);
  if (c >= 0xd800 && c <= 0xdbff && j + 1 < s.length) {
    const l = s.charCodeAt(j + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return IS_LN.test(String.fromCharCode(c, l));
  }
  return (unit(c) & LETTER_OR_NUMBER) !== 0;
}

/** Whether a letter or a number (`[\p{L}\p{N}]`) ends right before UTF-16 offset `e` of `s`. */
function lnBefore(s: string, e: number): boolean {
  if (e <= 0) return false;
  const c = s.charCodeAt(e - 1);
  if (c >= 0xdc00 && c <= 0xdfff && e >= 2) {
    const h = s.charCodeAt(e - 2);
    if (h >= 0xd800 && h <= 0xdbff) return IS_LN.test(String.fromCharCode(h, c));
  }
  return (unit(c) & LETTER_OR_NUMBER) !== 0;
}

/** `s` without its trailing white space (`s.replace(/\s+$/, '')`). */
function trimEndWs(s: string): string {
  let e = s.length;
  while (endsWs(s, e)) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Entity forms of the article with the name and kind of their group. */
interface Form {
  form: string;
  name: string;
  kind: EntityGroup['kind'];
}

const NO_FORMS: Form[] = [];

/** Longer forms first (a stable sort: equal lengths keep the order of the groups). */
const byLengthDesc = (a: Form, b: Form): number => b.form.length - a.form.length;

/** One article's extraction: its text, forms and found sources; see {@link run}. */
class Run {
  readonly text: string;
  readonly lang: string;
  readonly c: Compiled;
  readonly forms: Form[] = [];
  /** forms by their first / last UTF-16 unit, each list in the order of `forms` */
  readonly byFirst = new Map<number, Form[]>();
  readonly byLast = new Map<number, Form[]>();
  /** false when a form is empty (it would match anywhere: no index) */
  readonly indexed: boolean = true;
  readonly persons: Form[] = [];
  readonly out: string[] = [];
  /** where each person form occurs (ascending), computed on first use */
  personAt: number[][] | undefined;
  /** see {@link quoteMap}, built on first use */
  quoted: Uint8Array | undefined;

  constructor(text: string, lang: string, groups: EntityGroup[]) {
    this.text = text;
    this.lang = lang;
    this.c = compiled(lang);
    const forms = this.forms;
    for (const g of groups) for (const f of g.forms) forms.push({ form: f, name: g.name, kind: g.kind });
    forms.sort(byLengthDesc);
    for (const f of forms) {
      if (f.form === '') this.indexed = false;
      const a = f.form.charCodeAt(0);
      const z = f.form.charCodeAt(f.form.length - 1);
      const first = this.byFirst.get(a);
      if (first) first.push(f);
      else this.byFirst.set(a, [f]);
      const last = this.byLast.get(z);
      if (last) last.push(f);
      else this.byLast.set(z, [f]);
      if (f.kind === 'person') this.persons.push(f);
    }
  }

  add(s: string): void {
    const t = s.trim().replace(/[.,;:]+$/, '');
    if (t && !this.out.includes(t)) this.out.push(t);
  }

  /** The longest form `rest` starts with, not glued to a letter or digit after it. */
  formAt(rest: string): Form | undefined {
    const list = this.indexed ? (this.byFirst.get(rest.charCodeAt(0)) ?? NO_FORMS) : this.forms;
    for (const f of list) if (rest.startsWith(f.form) && !lnAt(rest, f.form.length)) return f;
    return undefined;
  }

  /** The longest form `head` ends with, not glued to a letter or digit before it. */
  formEnding(head: string): Form | undefined {
    const list = this.indexed ? (this.byLast.get(head.charCodeAt(head.length - 1)) ?? NO_FORMS) : this.forms;
    for (const x of list) {
      if (head.endsWith(x.form) && !lnBefore(head, x.form.length === 0 ? 0 : head.length - x.form.length)) return x;
    }
    return undefined;
  }

  /** Whether UTF-16 offset `i` is inside quote marks (see {@link quoteMap}); true for a negative `i`. */
  inQuote(i: number): boolean {
    if (i < 0) return true;
    if (!this.quoted) this.quoted = quoteMap(this.text);
    return this.quoted[i] === 1;
  }

  /** Offset of the first word (not the first) of `s` where a person's form starts, or -1. */
  personInside(s: string): number {
    for (let k = s.indexOf(' '); k > 0; k = s.indexOf(' ', k + 1)) {
      const f = this.formAt(s.slice(k + 1));
      if (f?.kind === 'person') return k;
    }
    return -1;
  }

  /** Whether a lower-case word is a national adjective ("ukrainian", "немецкой", "ucraina"). */
  national(w: string): boolean {
    for (const st of this.c.national) if (w.startsWith(st) && w.length > st.length) return true;
    return false;
  }

  /**
   * The person named last before UTF-16 offset `at` (outside quote marks, within 600 units);
   * unless a speech verb follows that name, the first person named in its sentence.
   */
  lastPersonBefore(at: number): Form | undefined {
    const { text, persons } = this;
    if (!this.personAt) {
      this.personAt = persons.map((f) => {
        const occ: number[] = [];
        if (!f.form) return occ;
        for (let i = text.indexOf(f.form); i >= 0; i = text.indexOf(f.form, i + 1)) occ.push(i);
        return occ;
      });
    }
    const personAt = this.personAt;
    let best: Form | undefined;
    let bestEnd = -1;
    let bestStart = -1;
    for (let k = 0; k < persons.length; k++) {
      const f = persons[k] as Form;
      // text.lastIndexOf(f.form, at): the last occurrence starting at or before `at`
      const occ = personAt[k] ?? [];
      let lo = 0;
      let hi = occ.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((occ[mid] as number) <= at) lo = mid + 1;
        else hi = mid;
      }
      // the last occurrence outside quote marks ("« Je considère avec Matteo Salvini »")
      while (lo > 0 && this.inQuote((occ[lo - 1] as number) + f.form.length > at ? -1 : (occ[lo - 1] as number))) lo--;
      const i = f.form ? (lo > 0 ? (occ[lo - 1] as number) : -1) : text.lastIndexOf(f.form, at);
      if (i >= 0 && i + f.form.length <= at && i + f.form.length > bestEnd && at - i < 600) {
        best = f;
        bestEnd = i + f.form.length;
        bestStart = i;
      }
    }
    if (!best || verbAfterAt(text, bestEnd, Math.min(bestEnd + 60, text.length), this.c)) return best;
    // unless a speech verb follows it ("Marine Le Pen a affirmé"), the subject: the first
    // person named (outside quote marks) in that sentence ("Браун также утверждает, что ...
    // Владимир Путин ...")
    const head = text.slice(Math.max(0, bestStart - 300), bestStart);
    const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
    const sentStart = bestStart - head.length + cut + 1;
    for (let k = 0; k < persons.length; k++) {
      for (const i of personAt[k] ?? []) {
        if (i >= bestStart) break;
        if (i >= sentStart && !this.inQuote(i)) {
          best = persons[k];
          bestStart = i;
          break;
        }
      }
    }
    return best;
  }

  /**
   * The name right after a cue ending at `from`: entity forms first (with their article: "Le
   * Point"), else after skipping articles, "agency"-like and time words; else a capitalised run.
   * `orgOnly`: only an organisation.
   */
  nameAfter(from: number, orgOnly = false): void {
    const { text, c } = this;
    let article = false;
    let afterNational = false;
    let pos = from;
    for (let guard = 0; guard < 6; guard++) {
      const sp = /^[\s"«»“”„'’,]*/.exec(text.slice(pos));
      pos += sp?.[0].length ?? 0;
      const f = this.formAt(text.slice(pos, pos + 160));
      if (f) {
        // "a statement from the Vatican", "selon le Kremlin": a place with an article, ending the clause
        if (f.kind === 'location') {
          if (article && !orgOnly && /^\s*(?:[.,;:)]|$)/u.test(text.slice(pos + f.form.length, pos + f.form.length + 3))) this.add(f.form);
          return;
        }
        if (orgOnly && f.kind === 'person') return;
        // "disse à AFP Evert van Zijtveld": an organisation form running into a person's name
        if (f.kind === 'organization') {
          const cut = this.personInside(f.form);
          if (cut > 0) {
            if (/^\p{Lu}/u.test(f.form)) this.add(f.form.slice(0, cut).replace(/\s+(?:de|of|du|des|von|der|di|da|do|del)$/u, ''));
            return;
          }
        }
        this.add(f.name);
        // "according to NBC News and the AP"
        const rest = text.slice(pos + f.form.length, pos + f.form.length + 160);
        const more = /^[\s,]+(?:and|et|und|y|e|i|и|і|та)\s+(?:the\s+|l['’]|la\s+|le\s+|der\s+|die\s+)?/iu.exec(rest);
        if (more) {
          const f2 = this.formAt(rest.slice(more[0].length));
          if (f2 && f2.kind !== 'location') this.add(f2.name);
        }
        return;
      }
      const wm = /^([\p{L}'’-]+?)(['’]|\s)/u.exec(text.slice(pos, pos + 40));
      const lw = wm?.[1]?.toLowerCase() ?? '';
      if (wm?.[1] && c.skip.has(lw) && !/^\p{Lu}{2,}$/u.test(wm[1])) {
        article = c.articles.has(lw);
        pos += wm[1].length + (wm[2] === "'" || wm[2] === '’' ? 1 : 0);
        continue;
      }
      article = false;
      // "the Ukrainian government", "il governo ucraino"; a national adjective alone is skipped
      // ("немецкой медиагруппе Funke")
      if (wm?.[1] && (this.national(lw) || c.institution.has(lw))) {
        const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(pos + wm[1].length, pos + wm[1].length + 40))?.[1] ?? '';
        const nl = next.toLowerCase();
        if ((this.national(lw) && c.institution.has(nl)) || (c.institution.has(lw) && this.national(nl))) {
          this.add(`${wm[1]} ${next}`);
          return;
        }
        if (this.national(lw)) {
          // only a known name may follow ("laut russischen Behörden" names no source)
          pos += wm[1].length;
          afterNational = true;
          continue;
        }
      }
      if (wm?.[1] && /^(l|d|all)$/i.test(wm[1]) && /['’]/.test(wm[2] ?? '')) {
        pos += wm[1].length + 1;
        continue;
      }
      // "selon la présidente du parti", "according to the spokesman": the person named last
      if (wm?.[1] && c.roles.has(wm[1].toLowerCase())) {
        if (orgOnly) return;
        // the holder named later in the sentence ("el comandante ..., coronel Hugo Callisaya"), else
        // the person named last before ("selon la présidente du parti")
        const sentence = /^[^.!?\n]*/u.exec(text.slice(pos, pos + 200))?.[0] ?? '';
        let ahead: Form | undefined;
        let at = Number.POSITIVE_INFINITY;
        for (const f of this.persons) {
          const i = sentence.indexOf(f.form);
          if (i >= 0 && i < at) {
            at = i;
            ahead = f;
          }
        }
        const p = ahead ?? this.lastPersonBefore(from);
        if (p) this.add(p.name);
        return;
      }
      break;
    }
    if (afterNational) return;
    const rest = text.slice(pos, pos + 160);
    const run = CAP_RUN.exec(rest);
    if (run) {
      // stop after a sentence end ("Ройтерс. Взети") and before a person's name ("AFP Evert van ...")
      const all = run[0].split(/\s+/).slice(0, 5);
      let n = 1;
      while (n < all.length && !(/\.$/.test(all[n - 1] as string) && !ABBREV.test(all[n - 1] as string))) n++;
      let words = all.slice(0, n).join(' ');
      const cut = this.personInside(words);
      if (cut > 0) words = words.slice(0, cut).trim();
      if (/^(?:The|Le|La|Les|Der|Die|Das|El|Il|Lo|O|A)$/u.test(words)) return;
      // "according to Ukrainian officials": a demonym is not a source
      if (DEMONYM_SET.has((words.split(' ')[0] ?? '').toLowerCase())) return;
      for (const f of this.forms) if (f.kind === 'location' && words.startsWith(f.form)) return;
      this.add(words);
    }
  }

  /**
   * "Lo afferma la Marina ucraina", "scrive Tetra Pak": a speech verb, then an organisation
   * (each organisation form looked up where it occurs, the words before it checked).
   */
  inverted(): void {
    const { text, c, out } = this;
    const seenForm = new Set<string>();
    for (const f of this.forms) {
      if (f.kind !== 'organization' || !f.form || seenForm.has(f.form) || !/^\p{Lu}/u.test(f.form)) continue;
      seenForm.add(f.form);
      if (out.includes(f.name)) continue;
      for (let i = text.indexOf(f.form); i >= 0; i = text.indexOf(f.form, i + 1)) {
        // cheap test first: the word right before is a speech verb's last word or an article
        const prev = wordBefore(text, i);
        if (!prev || !c.verbTail.has(prev)) continue;
        if (letterBefore(text, i) || lnUnit(text, i + f.form.length)) continue;
        if (invertedBefore(text, i, c) && this.personInside(f.form) < 0) {
          this.add(f.name);
          break;
        }
      }
    }
  }
}

function run(text: string, lang: string, groups: EntityGroup[]): string[] {
  const r = new Run(text, lang, groups);
  const c = r.c;
  // "told Reuters", "a indiqué à l'AFP", "dijo a este diario": the addressee must be an organisation
  const starts: number[][] = [[], [], [], [], [], []];
  const ends: number[][] = [[], [], [], [], [], []];
  scanCues(text, c, starts, ends);
  const bs = starts[BEFORE] as number[];
  const be = ends[BEFORE] as number[];
  for (let k = 0; k < bs.length; k++) {
    const m0 = text.slice(bs[k], be[k]);
    r.nameAfter(be[k] as number, TOLD.test(m0) || c.speech.has(m0.toLowerCase().replace(/\s+/g, ' ')));
  }
  r.inverted();
  for (const e of ends[AS] as number[]) r.nameAfter(e);
  for (const at of starts[AFTER] as number[]) {
    // "Reuters reported", "Браун сообщил": the name ends right before the cue (no comma)
    const f = r.formEnding(trimEndWs(text.slice(Math.max(0, at - 120), at)));
    if (f && f.kind !== 'location') r.add(f.name);
  }
  // "За його словами": the person named last before the cue
  for (const at of starts[PRONOUN] as number[]) {
    const p = r.lastPersonBefore(at);
    if (p) r.add(p.name);
  }
  // "As Politico pointed out", "come Orsini ha spiegato": as-word, a name, a speech verb
  for (const pos of ends[AS_NAME] as number[]) {
    const rest = text.slice(pos, pos + 200);
    const f = r.formAt(rest.replace(AS_ARTICLE, spaces).trimStart()) ?? r.formAt(rest);
    if (!f || f.kind === 'location') continue;
    const idx = rest.indexOf(f.form);
    if (idx < 0 || idx > 5) continue;
    // German puts the verb at the end of the clause: "wie das Ministerium in Moskau am 4. Mai mitteilte"
    const clause = lang === 'de' ? (/^[^,;:!?\n]{0,80}/u.exec(rest.slice(idx + f.form.length))?.[0] ?? '') : '';
    if (verbAfterAt(text, pos + idx + f.form.length, Math.min(pos + 200, text.length), c) || (clause && verbAnywhere(clause, c)))
      r.add(f.name);
  }
  // "Civil Defense, citée par Reuters": the cited organisation before the cue (a person cited
  // by an agency is a speaker, not a source)
  for (const at of citedByStarts(text, starts[CITED_BY_K] as number[], ends[CITED_BY_K] as number[])) {
    const f = r.formEnding(trimEndWs(text.slice(Math.max(0, at - 120), at)));
    if (f && f.kind === 'organization') r.add(f.name);
  }
  return r.out;
}

/** An article opening the name after an as-word, blanked by {@link spaces}. */
const AS_ARTICLE = /^(?:the|le|la|l['’]|der|die|das|il|el|o|a)\s*/iu;
const spaces = (x: string): string => ' '.repeat(x.length);
