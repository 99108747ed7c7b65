/**
 * Document metadata: language, publication date, outlet, domain.
 */
import * as chrono from 'chrono-node';
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import { DECIDED, FUNCTION_WORDS } from '../../rules/languages.ts';

/**
 * Candidate languages for identification (ISO 639-3, franc's codes). Restricting franc to
 * the languages news corpora actually hold avoids its rare-language false positives
 * (e.g. Galician for Portuguese, Scots for English) while keeping every script covered.
 */
const CANDIDATES = [
  'eng',
  'fra',
  'deu',
  'spa',
  'ita',
  'rus',
  'pol',
  'por',
  'ukr',
  'bul',
  'ces',
  'slk',
  'nld',
  'swe',
  'dan',
  'nob',
  'fin',
  'hun',
  'ron',
  'hrv',
  'srp',
  'bos',
  'slv',
  'lit',
  'lav',
  'est',
  'ell',
  'tur',
  'arb',
  'heb',
  'pes',
  'hin',
  'ben',
  'urd',
  'cmn',
  'jpn',
  'kor',
  'vie',
  'ind',
  'zlm',
  'tha',
  'cat',
  'glg',
  'eus',
  'bel',
  'kaz',
  'azj',
  'kat',
  'hye',
  'mkd',
  'sqi',
  'tam',
  'tel',
  'mar',
  'swh',
] as const;

/** Codes franc uses that have a 639-1 code under a macrolanguage name. */
const MACRO: Record<string, string> = { arb: 'ar', pes: 'fa', cmn: 'zh', zlm: 'ms', azj: 'az', swh: 'sw', nob: 'no' };

/** Fewer letters than this and the language is `und` (trigram statistics are unreliable). */
export const MIN_LETTERS_FOR_LANGUAGE = 40;

export interface LanguageGuess {
  /** ISO 639-1 code, or `und`. */
  language: string;
  /** 0..1: how far the best candidate is ahead of the second (franc's normalised distance). */
  confidence: number;
}

function to6391(code3: string): string | undefined {
  return MACRO[code3] ?? iso6393To1[code3];
}

/** The fast pass decides only when its winner has at least this many function words... */
const FW_MIN_HITS = 8;
/** ... making at least this share of the sample's words ... */
const FW_MIN_SHARE = 0.15;
/**
 * ... and, against every other decided language, at least this many times as many words of its
 * own list that are not in the rival's list ("the", "und", "що") as the rival has of its own
 * that are not in the winner's ...
 */
const FW_MIN_RATIO = 3;
/** ... while the words proper to any watched language stay under this share of the winner's. */
const FW_MAX_WATCH = 0.25;
/** The dominant script (Latin or Cyrillic) must hold this share of the sample's letters. */
const FW_MIN_SCRIPT = 0.9;

/** Function word -> bit set of the decided languages that use it, and the watched languages. */
interface FwEntry {
  decided: number;
  watched: number[];
}
const FW_DECIDED: readonly string[] = DECIDED;
const FW_WATCHED: readonly string[] = Object.keys(FUNCTION_WORDS).filter((c) => !FW_DECIDED.includes(c));
const FW_INDEX = ((): Map<string, FwEntry> => {
  const index = new Map<string, FwEntry>();
  const entry = (word: string): FwEntry => {
    let e = index.get(word);
    if (!e) {
      e = { decided: 0, watched: [] };
      index.set(word, e);
    }
    return e;
  };
  FW_DECIDED.forEach((code, bit) => {
    for (const word of FUNCTION_WORDS[code]?.words ?? []) entry(word).decided |= 1 << bit;
  });
  // a watched language counts only its words that no decided language uses
  FW_WATCHED.forEach((code, i) => {
    for (const word of new Set(FUNCTION_WORDS[code]?.words ?? [])) {
      const e = index.get(word);
      if (e?.decided) continue;
      entry(word).watched.push(i);
    }
  });
  return index;
})();
/**
 * Letters of the Latin and Cyrillic alphabets (plus combining accents), lower case: the word
 * characters of the function-word pass, as the class
 * `[a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f\u0430-\u0481\u048a-\u04ff]`.
 */
const FW_CHAR = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  const on = (a: number, b: number) => t.fill(1, a, b + 1);
  on(0x61, 0x7a);
  on(0xdf, 0xf6);
  on(0xf8, 0x24f);
  on(0x1e00, 0x1eff);
  on(0x300, 0x36f);
  on(0x430, 0x481);
  on(0x48a, 0x4ff);
  return t;
})();

/** FNV-1a (32 bits) over UTF-16 code units: the hash of {@link FW_SLOTS}. */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const FW_SLOT_BITS = 13;
/** The words of FW_INDEX and their entries, by slot index. */
const FW_WORDS: string[] = [...FW_INDEX.keys()];
const FW_ENTRIES: FwEntry[] = [...FW_INDEX.values()];
/**
 * FW_INDEX as an open-addressing table (linear probing) by the FNV-1a hash of the word: slot ->
 * index in FW_WORDS, -1 when empty. A word of the sample is looked up without cutting it out.
 */
const FW_SLOTS = ((): Int32Array => {
  const slots = new Int32Array(1 << FW_SLOT_BITS).fill(-1);
  if (FW_WORDS.length * 2 > slots.length) throw new Error('FW_SLOTS: too many function words for the table');
  FW_WORDS.forEach((w, k) => {
    let h = FNV_BASIS;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    let slot = h >>> (32 - FW_SLOT_BITS);
    while ((slots[slot] as number) !== -1) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = k;
  });
  return slots;
})();

/** The FW_INDEX entry of the word s[from, to) whose FNV-1a hash is h, or undefined. */
function fwLookup(s: string, from: number, to: number, h: number): FwEntry | undefined {
  const slots = FW_SLOTS;
  const len = to - from;
  for (let slot = h >>> (32 - FW_SLOT_BITS); ; slot = (slot + 1) & ((1 << FW_SLOT_BITS) - 1)) {
    const k = slots[slot] as number;
    if (k === -1) return undefined;
    const w = FW_WORDS[k] as string;
    if (w.length !== len) continue;
    let j = 0;
    while (j < len && w.charCodeAt(j) === s.charCodeAt(from + j)) j++;
    if (j === len) return FW_ENTRIES[k];
  }
}

/**
 * Function-word pass (Grefenstette 1995): count, in the lower-cased sample, the words of each
 * language's list in `lib/rules/languages.ts` and answer only when one decided language is
 * clearly ahead (see the `FW_*` thresholds) and no watched neighbour (Dutch, Catalan, Czech,
 * Bulgarian, ...) shows; otherwise undefined, and the trigram identifier decides.
 * @param sample at most 1,000 UTF-16 units of body text
 * @returns the 639-1 code with a confidence in 0..1 (the winner's weakest lead over a rival:
 *   (own - rival's) / (own + rival's) exclusive words), or undefined when unsure
 */
function byFunctionWords(sample: string): LanguageGuess | undefined {
  // script: Latin or Cyrillic letters must dominate (other scripts, mixed texts: trigrams)
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c < 0x250) {
      if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) latin++;
    } else if (c >= 0x400 && c <= 0x4ff) {
      if (c <= 0x481 || c >= 0x48a) cyrillic++;
    } else if (c >= 0x1e00 && c <= 0x1eff) latin++;
    // Greek, Hebrew, Arabic, Indic, CJK, ...; not punctuation, symbols, marks, surrogates (emoji)
    else if (c >= 0x370 && (c < 0x2000 || c > 0x2bff) && (c < 0xd800 || c > 0xdfff) && c !== 0xfeff) other++;
  }
  const letters = latin + cyrillic + other;
  if (Math.max(latin, cyrillic) < FW_MIN_SCRIPT * letters || letters < MIN_LETTERS_FOR_LANGUAGE) return undefined;
  const byMask = new Map<number, number>();
  const watched = new Array<number>(FW_WATCHED.length).fill(0);
  let words = 0;
  const low = sample.toLowerCase();
  const n = low.length;
  const fwChar = FW_CHAR;
  for (let i = 0; i < n; ) {
    if (fwChar[low.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_BASIS;
    for (; i < n; i++) {
      const c = low.charCodeAt(i);
      if (fwChar[c] === 0) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    words++;
    const e = fwLookup(low, start, i, h);
    if (!e) continue;
    if (e.decided) byMask.set(e.decided, (byMask.get(e.decided) ?? 0) + 1);
    for (const w of e.watched) watched[w] = (watched[w] ?? 0) + 1;
  }
  const hits = (bit: number, not = 0): number => {
    let n = 0;
    for (const [mask, k] of byMask) if (mask & bit && !(mask & not)) n += k;
    return n;
  };
  let best = 0;
  let bestHits = -1;
  for (let b = 0; b < FW_DECIDED.length; b++) {
    const h = hits(1 << b);
    if (h > bestHits) {
      best = b;
      bestHits = h;
    }
  }
  if (bestHits < FW_MIN_HITS || bestHits < FW_MIN_SHARE * words) return undefined;
  if (Math.max(...watched) > FW_MAX_WATCH * bestHits) return undefined;
  let confidence = 1;
  for (let b = 0; b < FW_DECIDED.length; b++) {
    if (b === best) continue;
    const own = hits(1 << best, 1 << b);
    const rival = hits(1 << b, 1 << best);
    if (own < FW_MIN_RATIO * Math.max(1, rival)) return undefined;
    confidence = Math.min(confidence, (own - rival) / (own + rival));
  }
  const language = FW_DECIDED[best];
  return language ? { language, confidence } : undefined;
}

/**
 * Identify the language of a text. First pass: function words (Grefenstette 1995, see
 * {@link byFunctionWords}), for the nine languages of `DECIDED` in `lib/rules/languages.ts`,
 * when one of them is clearly ahead; otherwise franc (trigram profiles, after Cavnar & Trenkle
 * 1994) restricted to {@link CANDIDATES}. `statedLanguage` (e.g. HTML `lang`, `en-US`) breaks
 * near-ties of franc; a stated language other than the function-word answer sends the text to
 * franc.
 * @param text body text; only the first 1,000 UTF-16 units are read (enough for every sample article of the nine languages)
 * @returns `und` with confidence 0 when there are fewer than {@link MIN_LETTERS_FOR_LANGUAGE}
 *   letters or franc cannot tell; confidence 0..1 is how far the answer is ahead of the next language
 */
export function detectLanguage(text: string, statedLanguage?: string): LanguageGuess {
  const sample = text.slice(0, 1000);
  const stated = statedLanguage?.toLowerCase().split(/[-_]/)[0];
  const fast = byFunctionWords(sample);
  if (fast && (!stated || stated === fast.language)) return fast;
  return byTrigrams(sample, stated);
}

/** Per UTF-16 unit: 0 not yet known, 1 a letter (\p{L}), 2 not a letter. Astral letters are classed by code point. */
const LETTER = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;

/** Letters (\p{L}, by code point) in a text: the length of `text.match(/\p{L}/gu)`. */
function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) {
        if (IS_LETTER.test(String.fromCodePoint(cp))) n++;
        i++;
        continue;
      }
    }
    let k = LETTER[c] as number;
    if (k === 0) {
      k = c >= 0xd800 && c <= 0xdfff ? 2 : IS_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      LETTER[c] = k;
    }
    if (k === 1) n++;
  }
  return n;
}

/** franc on the sample (see {@link detectLanguage}); `stated` is a lower-case 639-1 code. */
function byTrigrams(sample: string, stated: string | undefined): LanguageGuess {
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return { language: 'und', confidence: 0 };
  const ranked = francAll(sample, { only: [...CANDIDATES], minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { language: 'und', confidence: 0 };
  let pick = best;
  if (stated) {
    const alt = ranked.slice(0, 3).find(([c]) => to6391(c) === stated);
    if (alt && alt[1] >= best[1] * 0.97) pick = alt;
  }
  const code = to6391(pick[0]);
  if (!code) return { language: 'und', confidence: 0 };
  const confidence = second ? Math.max(0, Math.min(1, (pick[1] - second[1]) * 5)) : 1;
  return { language: code, confidence };
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;

/** `17/11/2025`, `03.03.2025`, `29-05-2025` (day and month order decided by language). */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/;

const CHRONO_BY_LANG: Record<string, chrono.Chrono | undefined> = {
  en: chrono.en.strict,
  fr: chrono.fr.strict,
  de: chrono.de.strict,
  es: chrono.es.strict,
  it: chrono.it?.strict,
  pt: chrono.pt.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
  nl: chrono.nl.strict,
};

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Normalise a publication date to ISO 8601.
 *
 * An ISO-looking value (`2017-09-28`, `2017-09-28T10:00:00+02:00`) is kept as stated. Free text
 * (a dateline, "28 septembre 2017") is parsed with chrono-node in the document's language,
 * strict mode, and kept only when day, month and year are all written: a partial date is never
 * padded with today's day or year. Never `new Date(freeText)`.
 *
 * @param raw date as stated by metadata or the text
 * @param lang ISO 639-1 language of the text (selects the chrono locale)
 * @param notAfter dates after this instant (e.g. the upload time) are rejected as implausible
 * @returns `YYYY-MM-DD`, an ISO date-time, or null
 */
export function normalizePublished(raw: string | undefined | null, lang: string, notAfter: Date = new Date()): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = ISO_PREFIX.exec(s);
  let out: string | null = null;
  if (iso) {
    const [, y, m, d, time] = iso;
    const mm = Number(m);
    const dd = Number(d);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
    out = time ? `${y}-${m}-${d}${time}` : `${y}-${m}-${d}`;
  } else if (NUMERIC_DATE.test(s)) {
    const m = NUMERIC_DATE.exec(s);
    if (!m) return null;
    const a = Number(m[1]);
    const sep = m[2];
    const b = Number(m[3]);
    const y = Number(m[4]);
    // Day first everywhere but US-style English; in English only an unambiguous day (> 12) counts.
    let day: number;
    let month: number;
    if (lang === 'en' && sep === '/') {
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [day, month] = [b, a];
      else return null;
    } else [day, month] = [a, b];
    if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1800) return null;
    out = isoDate(y, month, day);
  } else {
    const parser = CHRONO_BY_LANG[lang] ?? chrono.en.strict;
    const [res] = parser.parse(s, notAfter);
    if (!res) return null;
    const c = res.start;
    if (!c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) return null;
    out = isoDate(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0);
  }
  const when = Date.parse(out.length === 10 ? `${out}T00:00:00Z` : out);
  if (Number.isNaN(when) || when > notAfter.getTime() + 24 * 3600 * 1000) return null;
  return out;
}

/**
 * Host of a URL, lower-case, without `www.`; null when the URL does not parse.
 */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Character classes for {@link countWords}: 0 not yet known, 1 outside words, 2 starts or continues one, 3 only continues one. */
const WORD_CLASS = new Uint8Array(0x10000);
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_INNER = /^[\p{M}'’-]$/u;
function wordClass(ch: string): number {
  return WORD_START.test(ch) ? 2 : WORD_INNER.test(ch) ? 3 : 1;
}

/**
 * Count words: maximal runs of letters, marks, digits, apostrophes or hyphens that start with a
 * letter or digit (the matches of the Unicode regex `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]` + `*`),
 * in one pass over the text with the class of each UTF-16 unit cached (astral characters are
 * classed by code point).
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i) ?? c;
      k = cp > 0xffff ? wordClass(String.fromCodePoint(cp)) : 1;
      if (cp > 0xffff) i++;
    } else {
      k = WORD_CLASS[c] as number;
      if (k === 0) {
        k = c >= 0xd800 && c <= 0xdfff ? 1 : wordClass(String.fromCharCode(c));
        WORD_CLASS[c] = k;
      }
    }
    if (k === 2) {
      if (!inWord) n++;
      inWord = true;
    } else if (k === 1 || !inWord) inWord = false;
  }
  return n;
}

/** A line that looks like it carries a date: digits with a 4-digit year, or a month word and a year. */
const DATE_LINE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|\b(?:1[89]|20)\d{2}\b/u;

/**
 * Pick the publication date among candidate strings (datelines and bylines removed from the
 * top of the document, then the lead paragraph), the first that parses fully.
 * @param candidates strings in priority order; only the first 400 UTF-16 units of each are read
 */
export function findPublished(candidates: readonly string[], lang: string, notAfter: Date = new Date()): string | null {
  for (const c of candidates) {
    const s = c.slice(0, 400);
    if (!DATE_LINE.test(s)) continue;
    const d = normalizePublished(s, lang, notAfter);
    if (d) return d;
  }
  return null;
}
