/**
 * Document metadata: language, publication date, outlet, domain.
 */
import * as chrono from 'chrono-node';
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';

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

/**
 * Identify the language of a text with franc (trigram profiles, after Cavnar & Trenkle 1994),
 * restricted to {@link CANDIDATES}. `statedLanguage` (e.g. HTML `lang`, `en-US`) breaks near-ties.
 * @param text body text; only the first 1,000 UTF-16 units are read (enough for every sample article of the nine languages; 2.8 -> 1.5 ms)
 * @returns `und` with confidence 0 when there are fewer than {@link MIN_LETTERS_FOR_LANGUAGE} letters
 */
export function detectLanguage(text: string, statedLanguage?: string): LanguageGuess {
  const sample = text.slice(0, 1000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_FOR_LANGUAGE) return { language: 'und', confidence: 0 };
  const ranked = francAll(sample, { only: [...CANDIDATES], minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { language: 'und', confidence: 0 };
  const stated = statedLanguage?.toLowerCase().split(/[-_]/)[0];
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

/** Count words: maximal runs of letters, marks, digits, apostrophes or hyphens inside a word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)?.length ?? 0;
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
