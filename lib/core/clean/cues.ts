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
