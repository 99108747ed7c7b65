/**
 * Repair of words glued at element joins in scraped text.
 *
 * Two kinds of joins are handled (algorithm: own heuristics, tuned to be conservative):
 * - a lowercase letter glued to a known cue word ("surTelegram", "людейФото:") -> a space;
 * - a paragraph boundary lost between two elements: a sentence end glued to the next sentence
 *   ("Новости.Стороны", "informe.Síguenos") or a word glued to a capitalised word
 *   ("взглядКак", "warunkKamień") -> the line is split into pieces.
 * URLs, e-mail addresses, @handles, #hashtags, domain-like names ("Газеты.Ru", "Pravda.Ru"),
 * initials ("U.S.") and known camel-cased brands ("WhatsApp") are left alone.
 */
import { CAMEL_BRANDS, GLUE_RIGHT_WORDS, NETWORKS } from '../../rules/boilerplate.ts';
import { CH_DIGIT, CH_LETTER, CH_LOWER, CH_UPPER, charTable } from './normalize.ts';

// Module-local copies of imported constants read in per-character loops: under tsx (esbuild's
// CommonJS output) every read of an imported binding is a getter call.
const UPPER = CH_UPPER;
const LOWER = CH_LOWER;
const LOWER_OR_DIGIT = CH_LOWER | CH_DIGIT;
const LETTER = CH_LETTER;
const DIGIT = CH_DIGIT;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const RIGHT_WORD_RE = new RegExp(`(?<=\\p{Ll})(?=(?:${GLUE_RIGHT_WORDS.map(escapeRe).join('|')})(?![\\p{Ll}]))`, 'gu');
/** Prefilter of RIGHT_WORD_RE: the cue words alone (a plain literal alternation scans several times faster). */
const RIGHT_WORD_ANY = new RegExp(GLUE_RIGHT_WORDS.map(escapeRe).join('|'), 'u');

const BRANDS_LOWER = new Set(CAMEL_BRANDS.map((b) => b.toLowerCase()));

/** Domain-like endings that follow a dot without being a new sentence ("Pravda.Ru"). */
const TLD = new Set([
  'ru',
  'com',
  'net',
  'org',
  'info',
  'ua',
  'pl',
  'uk',
  'eu',
  'io',
  'tv',
  'su',
  'рф',
  'pt',
  'br',
  'kz',
  'bg',
  'fr',
  'online',
  'news',
  'media',
  'ch',
  'nl',
  'gov',
  'edu',
  'ру',
  'ком',
]);

// sentence glue: letter (>=2 letters word) + [.!?…] + optional closing/opening quote + capital + lowercase
const SENT_GLUE_RE = /(?<=\p{L}\p{Ll}|\p{Lu}{2}|[\p{Ll}][)»"”’])([.!?…]+)(?=["“«„]?\p{Lu}\p{Ll})/gu;

/** Abbreviations after which a dot glued to a capital is not a sentence end ("St.Petersburg"). */
const ABBREV = new Set([
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'gen',
  'col',
  'sgt',
  'lt',
  'jr',
  'sr',
  'vs',
  'no',
  'nr',
  'ul',
  'al',
  'pl',
  'mgr',
  'inż',
  'hr',
  'sz',
  'ks',
  'abp',
  'bp',
  'ave',
  'mt',
  'ft',
  'dept',
  'gov',
  'sen',
  'rep',
  'rev',
  'ing',
  'dott',
  'avv',
  'sig',
  'sra',
  'sr',
  'dña',
  'dña',
  'ул',
  'им',
  'пр',
  'проф',
  'акад',
  'ген',
  'г',
  'гг',
  'тов',
  'св',
  'вул',
  'просп',
  'пл',
  'бул',
]);
// word glue: >=4 lowercase letters + capital + lowercase ("взглядКак")
const CAMEL_GLUE_RE = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll})/gu;

/** The whitespace-delimited token around position i. */
function tokenAt(s: string, i: number): string {
  let a = i,
    b = i;
  while (a > 0 && !isSpace(s.charCodeAt(a - 1))) a--;
  while (b < s.length && !isSpace(s.charCodeAt(b))) b++;
  return s.slice(a, b);
}
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

function isProtectedToken(tok: string): boolean {
  return (
    /https?:|www\.|@|#|\.(?:com|org|net)\b|\/\//i.test(tok) ||
    (/\d/.test(tok.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '')) && /\p{L}\d|\d\p{L}/u.test(tok))
  );
}

const RIGHT_WORD_ANY_G = new RegExp(RIGHT_WORD_ANY.source, 'gu');
/**
 * Whether {@link spaceGluedCueWords} may change some line of a text: a cue word right after a
 * lowercase letter somewhere in it (one scan of the whole text; false means every line is
 * returned unchanged).
 */
export function mayGlueCueWords(text: string): boolean {
  const t = charTable();
  RIGHT_WORD_ANY_G.lastIndex = 0;
  for (let m = RIGHT_WORD_ANY_G.exec(text); m; m = RIGHT_WORD_ANY_G.exec(text)) {
    const at = m.index;
    const b = at > 0 ? text.charCodeAt(at - 1) : 0;
    if (b >= 0xd800 && b <= 0xdfff) return true;
    if ((t[b] ?? 0) & LOWER) return true;
    RIGHT_WORD_ANY_G.lastIndex = at + 1;
  }
  return false;
}

/** Insert a space where a lowercase letter is glued to a known cue word ("surTelegram"). */
export function spaceGluedCueWords(s: string): string {
  if (!RIGHT_WORD_ANY.test(s)) return s;
  return s.replace(RIGHT_WORD_RE, (_m, off: number) => (isProtectedToken(tokenAt(s, off)) || isBrandAt(s, off) ? '' : ' '));
}

function isBrandAt(s: string, off: number): boolean {
  const tok = tokenAt(s, off)
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .toLowerCase();
  return BRANDS_LOWER.has(tok);
}

/** Kinds of a glued capital in {@link GlueScan}: after a lowercase letter, after a digit or other number, after a sentence end (with an optional opening quote between). */
export const GLUE_AFTER_LOWER = 1;
export const GLUE_AFTER_DIGIT = 2;
export const GLUE_AFTER_STOP = 4;

/**
 * The capitals of a text glued to the character before them, found by one scan: `at` holds
 * their UTF-16 offsets in increasing order, `kind` the matching GLUE_AFTER_* bits. Lets the
 * per-line tests {@link hasGlueHint}, {@link hasLowerUpper} and {@link mayGlueCueWords} be
 * answered for any slice of the text by a look-up instead of a scan of each line.
 */
export interface GlueScan {
  at: number[];
  kind: number[];
  /** set by a scan that met astral characters (the look-ups then do not apply) */
  astral?: boolean;
}

/**
 * The GLUE_AFTER_* bits of a capital (or 0): `k`, `k1` are the character-table bits of the
 * capital and of the character before it, `c1`, `c2` the two code units before it (0 when none).
 */
export function glueKind(k: number, k1: number, c1: number, c2: number): number {
  if (!(k & UPPER)) return 0;
  let g = 0;
  if (k1 & LOWER) g |= GLUE_AFTER_LOWER;
  if (k1 & DIGIT) g |= GLUE_AFTER_DIGIT;
  if (isSentenceEnd(c1) || (isOpenQuote(c1) && isSentenceEnd(c2))) g |= GLUE_AFTER_STOP;
  return g;
}

/** {@link GlueScan} of a text; null when it holds astral characters (callers then test each line). */
export function scanGlue(text: string): GlueScan | null {
  const t = charTable();
  const at: number[] = [];
  const kind: number[] = [];
  let prevK = 0,
    prev = 0,
    prev2 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return null;
    const k = t[c] ?? 0;
    if (k & UPPER && i > 0) {
      const g = glueKind(k, prevK, prev, prev2);
      if (g) {
        at.push(i);
        kind.push(g);
      }
    }
    prev2 = prev;
    prev = c;
    prevK = k;
  }
  return { at, kind };
}

/** Whether the slice [from, to) of the scanned text holds a glued capital of one of the kinds (bits). */
function glueIn(g: GlueScan, from: number, to: number, bits: number): boolean {
  const at = g.at;
  let lo = 0,
    hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  // capitals at j > from: the character before j is in the slice (and, for a whole line, the
  // sentence end before an opening quote at `from` would be a space or line break: never glued)
  for (let k = lo; k < at.length && (at[k] ?? 0) < to; k++) if ((g.kind[k] ?? 0) & bits) return true;
  return false;
}

/** {@link hasGlueHint} of the slice [from, to) of a scanned text (a line: the characters around it are not letters, sentence ends or quotes). */
export function glueHintIn(g: GlueScan, from: number, to: number): boolean {
  return glueIn(g, from, to, GLUE_AFTER_LOWER | GLUE_AFTER_STOP);
}

/** {@link hasLowerUpper} of the slice [from, to) of a scanned text (a line, as for {@link glueHintIn}). */
export function lowerUpperIn(g: GlueScan, from: number, to: number): boolean {
  return glueIn(g, from, to, GLUE_AFTER_LOWER | GLUE_AFTER_DIGIT);
}

/** Whether every cue word of GLUE_RIGHT_WORDS starts with a BMP capital (so a glued one starts at a GLUE_AFTER_LOWER capital). */
const CUE_WORDS_CAPITALISED = GLUE_RIGHT_WORDS.every((w) => w.charCodeAt(0) < 0xd800 && /^\p{Lu}/u.test(w));

/** {@link mayGlueCueWords} of the scanned text: a cue word starting at a capital glued to a lowercase letter. */
export function mayGlueCueWordsIn(g: GlueScan, text: string): boolean {
  if (!CUE_WORDS_CAPITALISED) return mayGlueCueWords(text);
  for (let k = 0; k < g.at.length; k++) {
    if (!((g.kind[k] ?? 0) & GLUE_AFTER_LOWER)) continue;
    const j = g.at[k] ?? 0;
    for (const w of GLUE_RIGHT_WORDS) if (text.startsWith(w, j)) return true;
  }
  return false;
}

/**
 * Split a line at lost paragraph boundaries. Returns the pieces (trimmed, non-empty), in order;
 * a line without glue comes back as one piece.
 */
// = /[.!?…]["“«„]?\p{Lu}|\p{Ll}\p{Lu}/u, written to look for the (rarer) capital first
const QUICK_GLUE_RE = /\p{Lu}(?<=(?:[.!?…]["“«„]?|\p{Ll})\p{Lu})/u;

/**
 * `QUICK_GLUE_RE.test(line)` by table look-up (a capital after a lowercase letter, or after a
 * sentence end with an optional opening quote); lines with astral characters take the regex.
 */
export function hasGlueHint(line: string): boolean {
  const t = charTable();
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return QUICK_GLUE_RE.test(line);
    if (i === 0 || !((t[c] ?? 0) & UPPER)) continue;
    const b = line.charCodeAt(i - 1);
    if ((t[b] ?? 0) & LOWER || isSentenceEnd(b)) return true;
    if (i >= 2 && isOpenQuote(b) && isSentenceEnd(line.charCodeAt(i - 2))) return true;
  }
  return false;
}
/** [.!?…] */
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** ["“«„] */
const isOpenQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0xab || c === 0x201e;
/** [)»"”’] */
const isCloseQuote = (c: number): boolean => c === 0x29 || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019;

export function splitGlued(line: string, hint?: boolean): string[] {
  if (!(hint ?? hasGlueHint(line))) return [line];
  const cuts = hasAstral(line) ? glueCutsRegex(line) : glueCuts(line);
  if (!cuts.length) return [line];
  cuts.sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of cuts) {
    if (c <= prev) continue;
    out.push(line.slice(prev, c));
    prev = c;
  }
  out.push(line.slice(prev));
  return out.map((p) => p.trim()).filter(Boolean);
}

const hasAstral = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
};

/** Whether a sentence cut before `right` (the capitalised word after the dot) is kept; `leftWord` ends at the dot. */
function keepSentenceCut(line: string, m: number, leftWord: string, right: string): boolean {
  if (isProtectedToken(tokenAt(line, m))) return false;
  if (ABBREV.has(leftWord.toLowerCase())) return false;
  // "Pravda.Ru": a domain-like ending (the word after it is never glued on: the run is maximal)
  return !TLD.has(right.toLowerCase());
}

/** Whether a camel cut at `at` is kept; `head` is the letter run before it. */
function keepCamelCut(line: string, at: number, head: string): boolean {
  const tok = tokenAt(line, at);
  if (isProtectedToken(tok)) return false;
  const word = tok.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (BRANDS_LOWER.has(word.toLowerCase())) return false;
  // PascalCase words ("SuperMario", "BlackRock") are names, not joins: the head must start lowercase
  return !/^\p{Lu}\p{Ll}+$/u.test(head);
}

/**
 * Cut positions of {@link splitGlued} for a line without astral characters, by one scan with
 * {@link charTable}: the matches of SENT_GLUE_RE (a run of [.!?…] after two letters, two
 * capitals or a letter and a closing quote, before an optional opening quote, a capital and a
 * lowercase letter; cut after the run) and of CAMEL_GLUE_RE (four lowercase letters, then a
 * capital and a lowercase letter; cut before the capital), filtered as {@link glueCutsRegex}.
 */
function glueCuts(line: string): number[] {
  const t = charTable();
  const n = line.length;
  const cuts: number[] = [];
  let lowRun = 0; // lowercase letters ending just before i
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    const k = t[c] ?? 0;
    if (isSentenceEnd(c) && !(i > 0 && isSentenceEnd(line.charCodeAt(i - 1))) && i >= 2) {
      const b1 = line.charCodeAt(i - 1),
        k1 = t[b1] ?? 0,
        k2 = catAt(t, line, i - 2);
      const behind = (k2 & LETTER && k1 & LOWER) || (k2 & UPPER && k1 & UPPER) || (k2 & LOWER && isCloseQuote(b1));
      if (behind) {
        let r = i + 1;
        while (r < n && isSentenceEnd(line.charCodeAt(r))) r++;
        const q = r < n && isOpenQuote(line.charCodeAt(r)) ? 1 : 0;
        const ahead =
          (catAt(t, line, r) & UPPER && catAt(t, line, r + 1) & LOWER) ||
          (q && catAt(t, line, r + 1) & UPPER && catAt(t, line, r + 2) & LOWER);
        if (ahead) {
          // the letter run before the dots, and the one after the cut (after an optional opening quote)
          let a = i;
          while (a > 0 && catAt(t, line, a - 1) & LETTER) a--;
          let e = r + q;
          if (!(catAt(t, line, e) & LETTER)) e = r; // /^["“«„]?(\p{L}+)/ without the quote
          let f = e;
          while (f < n && catAt(t, line, f) & LETTER) f++;
          if (keepSentenceCut(line, i, line.slice(a, i), line.slice(e, f))) cuts.push(r);
        }
      }
    }
    if (lowRun >= 4 && k & UPPER && catAt(t, line, i + 1) & LOWER) {
      let a = i;
      while (a > 0 && catAt(t, line, a - 1) & LETTER) a--;
      if (keepCamelCut(line, i, line.slice(a, i))) cuts.push(i);
    }
    lowRun = k & LOWER ? lowRun + 1 : 0;
  }
  return cuts;
}

/** Character-table bits of line[i] (0 outside the line). */
const catAt = (t: Uint8Array, line: string, i: number): number => (i >= 0 && i < line.length ? (t[line.charCodeAt(i)] ?? 0) : 0);

/**
 * The matches of a global regex in s, as `s.matchAll(re)` gives them (an empty match steps one
 * code point on), by exec on re itself: matchAll clones the regex on every call.
 */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') {
      const i = re.lastIndex;
      const c = s.charCodeAt(i);
      re.lastIndex = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
    }
  }
  re.lastIndex = 0;
  return out;
}

/** Cut positions of {@link splitGlued} by the regexes (any line). */
function glueCutsRegex(line: string): number[] {
  const cuts: number[] = [];
  for (const m of allMatches(SENT_GLUE_RE, line)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 1);
    const leftWord = /(\p{L}+)$/u.exec(line.slice(0, m.index ?? 0))?.[1] ?? '';
    const right = /^["“«„]?(\p{L}+)/u.exec(line.slice(at))?.[1] ?? '';
    if (keepSentenceCut(line, m.index ?? 0, leftWord, right)) cuts.push(at);
  }
  for (const m of allMatches(CAMEL_GLUE_RE, line)) {
    const at = m.index ?? 0;
    const head = /(\p{L}+)$/u.exec(line.slice(0, at))?.[1] ?? '';
    if (keepCamelCut(line, at, head)) cuts.push(at);
  }
  return cuts;
}

const BRAND_RE = new RegExp(CAMEL_BRANDS.map(escapeRe).join('|'), 'gu');
const NETWORK_GLUE_RE = new RegExp(`(?<=^|[\\s\\p{Ll}])(?:${NETWORKS.map(escapeRe).join('|')})(?=\\p{Lu}\\p{Ll})`, 'gu');
const LOWER_UPPER_RE = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})/gu;

/**
 * Split a line at every lowercase->uppercase join, keeping camel-cased brands whole
 * ("CompartirTuitearWhatsAppEnviar por correo" -> ["Compartir","Tuitear","WhatsApp","Enviar por correo"]).
 * Used only to test whether a line is a run of glued button labels.
 */
export function splitAllCamel(line: string): string[] {
  const ranges: [number, number][] = [];
  for (const m of allMatches(BRAND_RE, line)) ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const cuts = new Set<number>();
  for (const m of allMatches(LOWER_UPPER_RE, line)) {
    const at = m.index ?? 0;
    if (!ranges.some(([a, b]) => at > a && at < b)) cuts.add(at);
  }
  // a network name glued to the next label ("Partilhar no XEnviar por e-mail")
  for (const m of allMatches(NETWORK_GLUE_RE, line)) cuts.add((m.index ?? 0) + m[0].length);
  for (const [a, b] of ranges) {
    cuts.add(a);
    cuts.add(b);
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of sorted) {
    out.push(line.slice(prev, c));
    prev = c;
  }
  out.push(line.slice(prev));
  return out.map((p) => p.trim()).filter(Boolean);
}

const LOWER_UPPER_ONE_RE = /[\p{Ll}\p{N}]\p{Lu}/u;
/** `/[\p{Ll}\p{N}]\p{Lu}/u.test(s)` (a lowercase letter or digit glued to a capital), by table look-up; strings with astral characters take the regex. */
export function hasLowerUpper(s: string): boolean {
  const t = charTable();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LOWER_UPPER_ONE_RE.test(s);
    if (i > 0 && (t[c] ?? 0) & UPPER && (t[s.charCodeAt(i - 1)] ?? 0) & LOWER_OR_DIGIT) return true;
  }
  return false;
}
