/**
 * Reported figures of people affected ("au moins 150 civils ont été tués" ->
 * {value: 150, object: 'civils', kind: 'killed', text: 'au moins 150 civils ont été tués'}).
 *
 * Algorithm: per sentence ("U.S." and "3.5" do not end one), each number (digits with
 * thousands separators, "1,5 million", "3 mln", small number words and their inflected or
 * collective forms: "трьох", "четверо") is read with the word after it as its object
 * (capitalised modifiers skipped: "three U.S. Army colonels"). Numbers followed by units,
 * money, percentages, time spans, dates ("14 de diciembre") or ages ("24-річний"), and bare
 * years, are skipped. A figure after a subset word ("entre ellas nueve policías") takes the
 * kind of the cue before it.
 * The kind comes from the nearest kind cue (lib/rules/counts.ts) in the next six or the
 * previous four words of the same sentence; without a cue, a people noun as object gives
 * `other`, anything else is dropped. One entry per (value, kind), first mention kept.
 * Pure; never throws.
 */

import {
  AND_WORDS,
  type CountKind,
  KIND_CUES,
  NOT_PEOPLE,
  NUMBER_FORMS,
  NUMBER_WORDS,
  OTHERS_WORDS,
  PEOPLE_NOUNS,
  RATE_WORDS,
  SCALES,
  SUBSET_WORDS,
} from '../../rules/counts.ts';
import { LANGS, type Lang } from '../../rules/entities.ts';
import type { Count } from '../schema.ts';

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

/** Folded tokens, shared by all calls (cleared when it grows past {@link CACHE_MAX} entries). */
const foldCache = new Map<string, string>();
const CACHE_MAX = 100_000;
function foldToken(raw: string): string {
  let low = foldCache.get(raw);
  if (low === undefined) {
    if (foldCache.size >= CACHE_MAX) foldCache.clear();
    low = fold(raw);
    foldCache.set(raw, low);
  }
  return low;
}

/** A trie node: the UTF-16 units that may follow, their nodes (same order), the value of a word ending here. */
interface Trie {
  keys: number[];
  kids: Trie[];
  value?: number;
}
const newNode = (): Trie => ({ keys: [], kids: [] });
/** The node after unit `c` (small arrays: a linear scan beats a Map). */
function child(node: Trie, c: number): Trie | undefined {
  const i = node.keys.indexOf(c);
  return i < 0 ? undefined : node.kids[i];
}

interface Tables {
  cues: [CountKind, string][];
  people: string[];
  numWords: Map<string, number>;
  /** `numWords` as a trie on UTF-16 units, walked without building the folded token */
  numTrie: Trie;
  /** per UTF-16 unit: 0 not yet known, 1 no number word starts with it, 2 some may (see `numberWordAt`) */
  numStart: Uint8Array;
  notPeople: Set<string>;
  /** folded conjunctions ("and", "et", "и") */
  and: Set<string>;
  /** folded rate words ("per", "pro", "на") */
  rate: Set<string>;
  /** folded token -> its kind cue (see `cueOf`), filled as tokens are met */
  cueCache: Map<string, CountKind | null>;
  /** folded token -> whether it is a people noun (see `isPeople`), filled as tokens are met */
  peopleCache: Map<string, boolean>;
}

const cache = new Map<string, Tables>();
function tables(lang: string): Tables {
  const hit = cache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const cues: [CountKind, string][] = [];
  const people: string[] = [];
  const numWords = new Map<string, number>();
  const rate = new Set<string>();
  for (const l of ls) {
    for (const o of OTHERS_WORDS[l]) people.push(fold(o));
    for (const r of RATE_WORDS[l]) rate.add(fold(r));
    for (const [k, stems] of Object.entries(KIND_CUES[l]) as [CountKind, string[]][]) for (const s of stems) cues.push([k, fold(s)]);
    for (const p of PEOPLE_NOUNS[l]) people.push(fold(p));
    // value 1 words double as articles: skip them
    NUMBER_WORDS[l].forEach((wd, i) => {
      if (i > 0) numWords.set(fold(wd), i + 1);
    });
    for (const [wd, v] of Object.entries(NUMBER_FORMS[l] ?? {})) {
      // apostrophe variants: п'ять / п’ять / пʼять
      for (const a of ["'", '’', 'ʼ']) numWords.set(fold(wd.replace(/'/g, a)), v);
    }
  }
  const numTrie = newNode();
  for (const [wd, v] of numWords) {
    let node = numTrie;
    for (let i = 0; i < wd.length; i++) {
      const c = wd.charCodeAt(i);
      let next = child(node, c);
      if (!next) {
        next = newNode();
        node.keys.push(c);
        node.kids.push(next);
      }
      node = next;
    }
    node.value = v;
  }
  const t: Tables = {
    cues,
    people,
    numWords,
    numTrie,
    numStart: new Uint8Array(0x10000),
    notPeople: new Set(NOT_PEOPLE.map(fold)),
    rate,
    and: new Set(ls.flatMap((l) => AND_WORDS[l]).map(fold)),
    cueCache: new Map(),
    peopleCache: new Map(),
  };
  cache.set(lang, t);
  return t;
}

/**
 * The tokens of a text, as the Unicode regex
 * `\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[\p{L}][\p{L}\p{M}'’ʼ-]*|[%$€£]`
 * would match them left to right (numbers with thousands separators, numbers with a decimal
 * part, words, currency and percent signs), scanned by hand: 5-10 times faster than the regex.
 * Writes each token's start and end offsets (UTF-16 units) to `starts` and `ends` (grown as
 * needed); returns the number of tokens.
 */
function tokenize(s: string): number {
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let e: number;
    if (c < 0x80) {
      if (c >= 48 && c <= 57) e = numberEnd(s, i, n);
      else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) e = wordEnd(s, i + 1, n);
      else if (c === 0x25 || c === 0x24) e = i + 1;
      else {
        i++;
        continue;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (!(charClass(s.codePointAt(i) as number) & LETTER)) {
        i += 2;
        continue;
      }
      e = wordEnd(s, i + 2, n);
    } else {
      let k = BMP_CLASS[c] as number;
      if (k === 0) k = charClass(c);
      if (k & LETTER) e = wordEnd(s, i + 1, n);
      else if (c === 0x20ac || c === 0xa3) e = i + 1;
      else {
        i++;
        continue;
      }
    }
    if (count === starts.length) growTokens();
    starts[count] = i;
    ends[count] = e;
    count++;
    i = e;
  }
  return count;
}

/** End of the number token starting with the digit at `i` (see {@link tokenize}). */
function numberEnd(s: string, i: number, n: number): number {
  let d = i + 1;
  while (d < n && isDigitCode(s.charCodeAt(d))) d++;
  if (d - i <= 3) {
    // thousands groups: separator + exactly three digits, not followed by a digit
    let g = d;
    let groups = 0;
    let before = d;
    while (
      g + 3 < n &&
      isGroupSep(s.charCodeAt(g)) &&
      isDigitCode(s.charCodeAt(g + 1)) &&
      isDigitCode(s.charCodeAt(g + 2)) &&
      isDigitCode(s.charCodeAt(g + 3))
    ) {
      before = g;
      g += 4;
      groups++;
    }
    if (groups >= 1 && !(g < n && isDigitCode(s.charCodeAt(g)))) return g;
    if (groups >= 2) return before;
  }
  const sep = s.charCodeAt(d);
  if ((sep === 0x2e || sep === 0x2c) && d + 1 < n && isDigitCode(s.charCodeAt(d + 1))) {
    let end = d + 2;
    while (end < n && isDigitCode(s.charCodeAt(end))) end++;
    return end;
  }
  return d;
}

/** End of the word token whose letters go on at `e`: letters, marks, ' ’ ʼ - (see {@link tokenize}). */
function wordEnd(s: string, e: number, n: number): number {
  while (e < n) {
    const x = s.charCodeAt(e);
    if (x < 0x80) {
      if (((x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a) || x === 0x27 || x === 0x2d) {
        e++;
        continue;
      }
      return e;
    }
    if (x >= 0xd800 && x <= 0xdbff && e + 1 < n && (s.charCodeAt(e + 1) & 0xfc00) === 0xdc00) {
      if (!(charClass(s.codePointAt(e) as number) & (LETTER | MARK))) return e;
      e += 2;
      continue;
    }
    let k = BMP_CLASS[x] as number;
    if (k === 0) k = charClass(x);
    if (k & (LETTER | MARK) || x === 0x2019) e++;
    else return e;
  }
  return e;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Thousands separators: space, no-break space, narrow no-break space, period, comma. */
const isGroupSep = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2e || c === 0x2c;
const LETTER = 2;
const MARK = 4;
const UPPER = 8;
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
/** {@link LETTER}, {@link MARK} and {@link UPPER} bits of a code point (1 when none), cached. */
function charClass(cp: number): number {
  let k = cp < 0x10000 ? (BMP_CLASS[cp] as number) : (ASTRAL_CLASS.get(cp) ?? 0);
  if (k === 0) {
    const ch = String.fromCodePoint(cp);
    k = 1 | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_UPPER.test(ch) ? UPPER : 0);
    if (cp < 0x10000) BMP_CLASS[cp] = k;
    else ASTRAL_CLASS.set(cp, k);
  }
  return k;
}

/** Class bits of the code point starting at `i` (a surrogate pair is one code point). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return charClass(s.codePointAt(i) as number);
  }
  const k = BMP_CLASS[c] as number;
  return k === 0 ? charClass(c) : k;
}

/** Start of the code point ending right before `i`. */
function prevStart(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** White space as `\s` matches it. */
const SPACE = /\s/;

/**
 * Whether the code point at `p` may stand in a sentence: anything but a newline and `.!?`; a
 * `.!?` followed by a letter or digit ("3.5", "U.S."); a `.` after a capital letter that
 * follows the start, white space, `(` or `.` ("J. Smith", "U.S.").
 */
function inSentence(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c !== 0x0a && c !== 0x2e && c !== 0x21 && c !== 0x3f) return true;
  if (c === 0x0a) return false;
  if (p + 1 < s.length) {
    const d = s.charCodeAt(p + 1);
    if ((d >= 48 && d <= 57) || classAt(s, p + 1) & LETTER) return true;
  }
  if (c !== 0x2e || p === 0) return false;
  const q = prevStart(s, p);
  if (!(classAt(s, q) & UPPER)) return false;
  return q === 0 || SPACE.test(s[q - 1] as string) || s[q - 1] === '(' || s[q - 1] === '.';
}

/**
 * Sentences of a text, as the Unicode regex
 * `(?:[^\n.!?]|[.!?](?=[\p{L}\d])|(?<=(?:^|[\s(.])\p{Lu})\.)+[.!?]*` would match them left
 * to right: runs of {@link inSentence} code points with the `.!?` after them. Pushes each
 * sentence's start and end (UTF-16 offsets) onto `out`.
 */
const BOUNDARY = /[\n.!?]/g;
function splitSentences(s: string, out: number[]): void {
  const n = s.length;
  let p = 0; // where the next sentence may start
  let start = -1; // start of the open sentence
  // only `\n.!?` can stop a sentence (everything else is in one): jump from one to the next
  BOUNDARY.lastIndex = 0;
  // `test` moves `lastIndex` past the one-unit match without building a match array
  while (BOUNDARY.test(s)) {
    const q = BOUNDARY.lastIndex - 1;
    if (start < 0 && q > p) start = p;
    if (inSentence(s, q)) {
      if (start < 0) start = q;
    } else if (start >= 0) {
      let e = q;
      for (let c = s.charCodeAt(e); e < n && (c === 0x2e || c === 0x21 || c === 0x3f); c = s.charCodeAt(e)) e++;
      out.push(start, e);
      start = -1;
      p = e;
      BOUNDARY.lastIndex = e;
      continue;
    }
    p = q + 1;
  }
  if (start < 0 && p < n) start = p;
  if (start >= 0) out.push(start, n);
}

const SUBSET = new Set(SUBSET_WORDS.map(fold));
const DATE_PREP = new Set(['de', 'del', 'di', 'of', 'do', 'da']);
const QUALIFIERS =
  /(?:at least|more than|over|up to|nearly|almost|about|around|au moins|plus de|près de|environ|jusqu'à|mindestens|mehr als|über|rund|etwa|fast|al menos|más de|cerca de|casi|almeno|oltre|più di|circa|quasi|pelo menos|mais de|cerca de|quase|не менее|более|около|почти|по меньшей мере|свыше|щонайменше|понад|близько|майже|щонайменш|co najmniej|ponad|około|prawie|blisko|najmniej)\s*$/iu;
const MONTHS =
  /^(jan|feb|fev|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aou|aoû|sep|oct|nov|dec|déc|dez|ene|gen|giu|lug|ago|set|ott|dic|janv|févr|stycz|lut|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud|январ|феврал|март|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)/u;

function parseNumber(raw: string): number | null {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** See the module doc. `text` is the cleaned body (title may be prepended). Never throws. */
export function extractCounts(text: string, lang: string): Count[] {
  try {
    return run(text ?? '', lang || 'und');
  } catch {
    return [];
  }
}

/** Fold of each BMP character alone: its one UTF-16 unit, -2 when it folds to nothing, -3 to several, -1 not yet known. */
const FOLD_UNIT = new Int32Array(0x10000).fill(-1);
/** Folds of several units (ligatures, compatibility characters: "ﬁ" -> "fi"). */
const FOLD_MULTI = new Map<number, string>();
/** {@link FOLD_UNIT} of a BMP unit, computed on first use. */
function foldUnit(c: number): number {
  let f = FOLD_UNIT[c] as number;
  if (f === -1) {
    const folded = fold(String.fromCharCode(c));
    f = folded.length === 0 ? -2 : folded.length === 1 ? folded.charCodeAt(0) : -3;
    if (f === -3) FOLD_MULTI.set(c, folded);
    FOLD_UNIT[c] = f;
  }
  return f;
}

/**
 * The value of the number word `s.slice(from, to)` (a word token), or null: walks the number
 * trie with the fold of each character, without building the token. Same answer as looking up
 * the folded token: folding works character by character (lower-casing, compatibility
 * decomposition, mark removal), except for the Greek final sigma and Hangul recomposition,
 * which never occur in a number word. Astral characters fall back to the folded token. Words
 * whose first unit starts no number word (`numStart`, filled as units are met) stop at once.
 */
function numberWordAt(s: string, from: number, to: number, tb: Tables): number | null {
  const c0 = s.charCodeAt(from);
  let start = tb.numStart[c0] as number;
  if (start === 0) {
    const f = foldUnit(c0);
    start = f >= 0 && !tb.numTrie.keys.includes(f) && !(c0 >= 0xd800 && c0 <= 0xdfff) ? 1 : 2;
    tb.numStart[c0] = start;
  }
  if (start === 1) return null;
  let node: Trie | undefined = tb.numTrie;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdfff) return tb.numWords.get(foldToken(s.slice(from, to))) ?? null;
    const f = foldUnit(c);
    if (f === -2) continue;
    if (f === -3) {
      const folded = FOLD_MULTI.get(c) ?? '';
      for (let q = 0; q < folded.length && node; q++) node = child(node, folded.charCodeAt(q));
    } else node = child(node, f);
    if (!node) return null;
  }
  return node.value ?? null;
}

const CAPITALISED = /^\p{Lu}/u;

// Work arrays, reused between calls: sentence bounds, token bounds (UTF-16 offsets in the text),
// and each token's text and folded form, filled when first asked for.
const sentences: number[] = [];
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
/** Token texts and folded forms by token index, valid where `cached` holds the current call's number. */
const raws: string[] = new Array(1024).fill('');
const lows: string[] = new Array(1024).fill('');
let rawStamp = new Int32Array(1024);
let lowStamp = new Int32Array(1024);
let callNo = 0;
/** Double the token work arrays. */
function growTokens(): void {
  const n = starts.length * 2;
  const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  starts = grown(starts);
  ends = grown(ends);
  rawStamp = grown(rawStamp);
  lowStamp = grown(lowStamp);
  while (raws.length < n) raws.push('');
  while (lows.length < n) lows.push('');
}

function run(text: string, lang: string): Count[] {
  const tb = tables(lang);
  const out: Count[] = [];
  /** (value|kind) -> sentence of its first mention and the objects kept there */
  const seen = new Map<string, { si: number; objs: string[] }>();
  /** values already kept under any kind */
  const byValue = new Set<number>();
  sentences.length = 0;
  splitSentences(text, sentences);
  // tokens never straddle a sentence end, so the whole text is tokenised at once (the
  // newlines and `.!?` between sentences start no token)
  const total = tokenize(text);
  const stamp = ++callNo;
  const raw = (k: number): string => {
    if (rawStamp[k] === stamp) return raws[k] as string;
    const v = text.slice(starts[k], ends[k]);
    raws[k] = v;
    rawStamp[k] = stamp;
    return v;
  };
  const low = (k: number): string => {
    if (lowStamp[k] === stamp) return lows[k] as string;
    const v = foldToken(raw(k));
    lows[k] = v;
    lowStamp[k] = stamp;
    return v;
  };
  /** Whether token k starts with a digit. */
  const isNum = (k: number): boolean => {
    const c = text.charCodeAt(starts[k] as number);
    return c >= 48 && c <= 57;
  };
  const isNumWord = (k: number): boolean => numberWordAt(text, starts[k] as number, ends[k] as number, tb) !== null;
  /**
   * Whether (value, kind) is new: first mention kept; a repeat is kept only in the same
   * sentence with another object ("three U.S. Army colonels and three U.S. contractors").
   */
  const keep = (value: number, kind: string, si: number, obj: string): boolean => {
    const key = `${value}|${kind}`;
    const prev = seen.get(key);
    if (kind === 'other' && !prev && byValue.has(value)) return false;
    if (prev && (prev.si !== si || prev.objs.includes(obj))) return false;
    if (prev) prev.objs.push(obj);
    else seen.set(key, { si, objs: [obj] });
    byValue.add(value);
    return true;
  };
  /** Whether the number token k stands as "Name (k)": in brackets right after a capitalised word. */
  const breakdownAt = (k: number): boolean =>
    k > 0 &&
    text.charCodeAt((starts[k] as number) - 1) === 0x28 &&
    text.charCodeAt(ends[k] as number) === 0x29 &&
    CAPITALISED.test(raw(k - 1)) &&
    (ends[k - 1] as number) >= (starts[k] as number) - 3;
  let brSentence = -1;
  let brCount = 0;
  /** How many numbers of the sentence [a, n) stand as "Name (k)" (computed once per sentence). */
  const breakdownCount = (a: number, n: number): number => {
    if (brSentence !== a) {
      brSentence = a;
      brCount = 0;
      for (let k = a; k < n; k++) if (isNum(k) && breakdownAt(k)) brCount++;
    }
    return brCount;
  };
  /**
   * A breakdown figure: the people noun named earlier in the sentence, with the kind of the
   * last count about the same noun; null when there is none.
   */
  const breakdown = (a: number, i: number, value: number): Count | null => {
    let objK = -1;
    let kind: Count['kind'] | undefined;
    for (let k = i - 1; k >= a && !kind; k--) {
      if (isNum(k)) continue;
      for (let q = out.length - 1; q >= 0 && !kind; q--) {
        if (foldToken((out[q] as Count).object) === low(k)) {
          kind = (out[q] as Count).kind;
          objK = k;
        }
      }
    }
    if (!kind || !keep(value, kind, -1 - a, String(value))) return null;
    return { value, object: raw(objK), kind, text: text.slice(starts[i - 1] as number, (ends[i] as number) + 1) };
  };
  /** sentence of the last count pushed */
  let lastSentence = -1;
  let a = 0;
  for (let si = 0; si < sentences.length; si += 2) {
    const sentStart = sentences[si] as number;
    const sentEnd = sentences[si + 1] as number;
    // the sentence's tokens: [a, n)
    while (a < total && (starts[a] as number) < sentStart) a++;
    let n = a;
    while (n < total && (starts[n] as number) < sentEnd) n++;
    for (let i = a; i < n; i++) {
      let value: number | null = null;
      let isDigit = false;
      if (isNum(i)) {
        value = parseNumber(raw(i));
        isDigit = true;
      } else value = numberWordAt(text, starts[i] as number, ends[i] as number, tb);
      if (value === null) continue;
      const numRaw = raw(i);
      let j = i + 1;
      const scale = j < n && Object.hasOwn(SCALES, low(j)) && SCALES[low(j)];
      if (scale) {
        value *= scale;
        j++;
      }
      // "pro 100.000 Einwohner", "per 100,000 people": a denominator, not a count
      if (isDigit && i > a && tb.rate.has(low(i - 1)) && value >= 100 && /^10+$/.test(String(value))) continue;
      // "a maioria dos Países Baixos (196), ... da Malásia (43)": a per-place breakdown
      if (isDigit && breakdownAt(i)) {
        if (breakdownCount(a, n) >= 2) {
          const b = breakdown(a, i, value);
          if (b) out.push(b);
        }
        continue;
      }
      // "3 000 000" already joined; "1,5 mln" handled by parse + scale
      if (j >= n) continue;
      const nextRaw = raw(j);
      const nextLow = low(j);
      if (tb.notPeople.has(nextLow) || /^[%$€£]/.test(nextRaw)) continue;
      if (i > a && /^[$€£]$/.test(raw(i - 1))) continue;
      if (MONTHS.test(nextLow) && nextLow.length <= 9) continue;
      // "14 de diciembre", "3 of March"
      if (DATE_PREP.has(nextLow) && j + 1 < n && MONTHS.test(low(j + 1)) && low(j + 1).length <= 10) continue;
      if (isDigit && value >= 1900 && value <= 2100 && !/[ .,]/.test(numRaw)) continue;
      if (isNum(j)) continue;
      // the char right after the number: "150-" ranges, "%"
      const end = ends[i] as number;
      const after = text.slice(end, Math.min(end + 2, sentEnd));
      if (/^\s?%/.test(after) || /^[:/]/.test(after)) continue;
      // "24-річному", "5-year-old", "24-jährige": ages and other compounds
      if (isDigit && /^-\p{L}/u.test(after)) continue;
      // kind: the nearest cue, after (6 words, not past another number) or before (4 words)
      let kind: CountKind | 'other' | null = null;
      let cueIdx = -1;
      let fwd = -1;
      for (let k = j; k < Math.min(n, j + 7); k++) {
        if (k > j && isNum(k)) break;
        if (cueOf(low(k), tb)) {
          fwd = k;
          break;
        }
      }
      let bwd = -1;
      for (let k = i - 1; k >= Math.max(a, i - 4); k--) {
        if (isNum(k) || isNumWord(k)) break;
        if (cueOf(low(k), tb)) {
          bwd = k;
          break;
        }
      }
      // a cue that follows an earlier number belongs to that number ("12 injured and 3 killed")
      // ... unless a subset word stands between ("23 wounded, among them nine police officers")
      let subset = false;
      for (let k = bwd + 1; bwd >= 0 && k < i && !subset; k++) subset = SUBSET.has(low(k));
      for (let k = bwd - 1; bwd >= 0 && !subset && k >= Math.max(a, bwd - 5); k--) {
        if (isNum(k) || isNumWord(k)) {
          bwd = -1;
          break;
        }
      }
      if (fwd >= 0 && (bwd < 0 || fwd - i <= i - bwd)) cueIdx = fwd;
      else if (bwd >= 0) cueIdx = bwd;
      if (cueIdx >= 0) kind = cueOf(low(cueIdx), tb);
      let objIsPeople = isPeople(nextLow, tb);
      // "three U.S. Army colonels": capitalised modifiers before the people noun
      let obj = j;
      for (let k = j + 1; !objIsPeople && k < Math.min(n, j + 4); k++) {
        if (!isPeople(low(k), tb)) continue;
        let caps = true;
        for (let x = j; x < k && caps; x++) caps = CAPITALISED.test(raw(x));
        // "nine new members": one lower-case modifier
        if (!caps && k === j + 1) caps = !isNumWord(j) && !DATE_PREP.has(nextLow) && !cueOf(nextLow, tb);
        if (caps) {
          objIsPeople = true;
          obj = k;
        }
      }
      const nextCue = cueOf(nextLow, tb);
      if (!kind) {
        // "killing three U.S. Army colonels and three U.S. contractors": the kind of the count
        // this one is joined to
        const prev = out[out.length - 1];
        if (prev && objIsPeople && lastSentence === si && i > a && tb.and.has(low(i - 1))) kind = prev.kind;
        else if (!objIsPeople || !isDigit) continue;
        else kind = 'other';
      }
      if (!isDigit && !objIsPeople && !nextCue) continue;
      if (!keep(value, kind, si, low(obj))) continue;
      lastSentence = si;
      const from = qualifierStart(text, sentStart, starts[i] as number);
      const nextEnd = ends[obj] as number;
      const to = Math.max(nextEnd, cueIdx >= 0 ? (ends[cueIdx] as number) : nextEnd);
      out.push({ value, object: raw(obj), kind: kind as Count['kind'], text: text.slice(from, to).trim() });
    }
    a = n;
  }
  return out;
}

/** Longest qualifier alternative of `QUALIFIERS`, in UTF-16 units ("по меньшей мере"), with room. */
const QUALIFIER_SPAN = 24;

/**
 * Start of the qualifier ("at least", "au moins") that ends right before the number at `at`, or
 * `at` (UTF-16 offsets in `text`; the sentence starts at `sentStart`). Only the tail of the
 * sentence before the number is searched: a qualifier is at most
 * {@link QUALIFIER_SPAN} units long, followed by white space.
 */
function qualifierStart(text: string, sentStart: number, at: number): number {
  let ws = at;
  while (ws > sentStart && SPACE.test(text[ws - 1] as string)) ws--;
  const from = Math.max(sentStart, ws - QUALIFIER_SPAN);
  const q = QUALIFIERS.exec(text.slice(from, at));
  return q ? from + q.index : at;
}

/** Whether a folded token is a people noun: equal to one, or (stems over 4 letters) starting with it. */
function isPeople(low: string, tb: Tables): boolean {
  let hit = tb.peopleCache.get(low);
  if (hit === undefined) {
    hit = tb.people.some((p) => low === p || (p.length > 4 && low.startsWith(p)));
    if (tb.peopleCache.size >= CACHE_MAX) tb.peopleCache.clear();
    tb.peopleCache.set(low, hit);
  }
  return hit;
}

function cueOf(low: string, tb: Tables): CountKind | null {
  let hit = tb.cueCache.get(low);
  if (hit === undefined) {
    hit = null;
    for (const [k, stem] of tb.cues) {
      if (stem.length <= 3 ? low === stem : low.startsWith(stem)) {
        hit = k;
        break;
      }
    }
    if (tb.cueCache.size >= CACHE_MAX) tb.cueCache.clear();
    tb.cueCache.set(low, hit);
  }
  return hit;
}
