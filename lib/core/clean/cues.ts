/**
 * Compiled boilerplate matchers: the union over all languages of lib/rules/boilerplate.ts,
 * compiled once at module load. The document language is not known at cleaning time, and cues
 * are distinctive phrases, so every table applies to every document.
 */
import { AGENCIES, BOILERPLATE_CUES, type BoilerplateCues, MONTHS, NETWORKS } from '../../rules/boilerplate.ts';

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
 * from the cue sources at load time ({@link requiredLiteral}); a cue without a usable literal
 * disables the prefilter of its category (null = always run the regex), so adding cues never
 * changes what matches.
 *
 * Soundness: under the `iu` flags a text character matches a literal letter exactly when its
 * `toLowerCase()` is that letter, for every letter of Latin (U+0000-U+024F) and Cyrillic
 * (U+0400-U+052F) except U+017F (long s) and U+1C80-U+1C88 (old Cyrillic variants), which fold
 * to ASCII/Cyrillic letters without lower-casing to them (checked exhaustively over all code
 * points). Literals keep only characters of those ranges (and non-letters); texts holding one
 * of the exceptions skip the prefilter ({@link lowerForPrefilter}).
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
 * The longest run of literal characters that every match of a one-branch regex source must
 * contain, lower-cased ('' when none). Groups, classes, escapes, `.`, anchors and quantified
 * characters end a run (conservative: never claims a literal a match could lack).
 */
export function requiredLiteral(src: string): string {
  let best = '',
    cur = '';
  const flush = (): void => {
    if (cur.length > best.length) best = cur;
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
  return best;
}

/** Prefilter literals of an alternation of cue sources (null when one branch has no literal of >= 2 characters). */
export function litsOf(sources: string[], extra: string[] = []): Lits {
  const out = new Set<string>(extra.map((e) => e.toLowerCase()));
  for (const s of sources)
    for (const b of splitTop(s)) {
      const l = requiredLiteral(b);
      if (l.length < 2) return null;
      out.add(l);
    }
  // a literal containing another is redundant
  const all = [...out];
  return all.filter((l) => !all.some((o) => o !== l && l.includes(o)));
}

const ODD_FOLD = /[\u017f\u1c80-\u1c88]/u;

/** Lower-cased text for {@link cueMask}, or null when the text holds a character the prefilter cannot vouch for. */
export function lowerForPrefilter(s: string): string | null {
  return ODD_FOLD.test(s) ? null : s.toLowerCase();
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
/** Literal -> bits of the categories it guards, grouped by first code unit. */
const BY_FIRST = new Map<string, { lit: string; bits: number }[]>();
{
  const bitsOf = new Map<string, number>();
  Object.entries(PREFILTERED).forEach(([cat, lits], k) => {
    const bit = 1 << k;
    CUE_BIT[cat as PrefilteredCue] = bit;
    if (lits === null) ALWAYS |= bit;
    else for (const l of lits) bitsOf.set(l, (bitsOf.get(l) ?? 0) | bit);
  });
  for (const [lit, bits] of bitsOf) {
    const k = lit[0] ?? '';
    const list = BY_FIRST.get(k) ?? [];
    list.push({ lit, bits });
    BY_FIRST.set(k, list);
  }
}
/** Every prefilter literal, one plain (case-sensitive, code-unit) alternation: finds where a literal may start. */
const ANY_LIT = new RegExp(
  [...BY_FIRST.values()]
    .flat()
    .map((x) => escapeRe(x.lit))
    .join('|') || '(?!)',
  'g',
);
const ALL_BITS = (1 << Object.keys(PREFILTERED).length) - 1;

/**
 * Which prefiltered cue categories may match a text, as bits ({@link CUE_BIT}): one scan of the
 * lower-cased text for every literal of every category (a bit is clear only when none of its
 * category's literals occurs). At each position where some literal starts, all literals with
 * that first character are checked, so overlapping occurrences are not missed.
 * @param low from {@link lowerForPrefilter}; null gives every bit
 */
export function cueMask(low: string | null): number {
  if (low === null) return ALL_BITS;
  let mask = ALWAYS;
  ANY_LIT.lastIndex = 0;
  for (let m = ANY_LIT.exec(low); m; m = ANY_LIT.exec(low)) {
    const at = m.index;
    for (const { lit, bits } of BY_FIRST.get(low[at] ?? '') ?? []) if ((mask & bits) !== bits && low.startsWith(lit, at)) mask |= bits;
    if (mask === ALL_BITS) break;
    ANY_LIT.lastIndex = at + 1;
  }
  return mask;
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
  byline: new RegExp(`^(?:${alt('byline')})\\s+(?<rest>.{3,120})$`, 'iu'),
  bio: new RegExp(`^(?<name>[^\\s,]+(?:\\s+[^\\s,]+){1,3})\\s+(?:${alt('bioVerb')})\\s+[^.]{0,90}?(?:${alt('bioRole')})`, 'iu'),
  agencyByline: new RegExp(
    `^(?<o>.{2,40}?)\\s+(?:com|with|avec|mit|con|z|з|с|et|and|y|e)\\s+(?:a\\s+|la\\s+|l'|the\\s+)?(?:${AGENCIES.map(escapeRe).join('|')})$`,
    'iu',
  ),
  month: new RegExp(`(?<![\\p{L}])(?:${MONTHS.map(escapeRe).join('|')})\\.?(?![\\p{L}])`, 'iu'),
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
