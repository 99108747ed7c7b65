/**
 * Outlet names: pick the first usable hint and tidy it (cue words, years, copyright marks,
 * an unbalanced parenthesis, trailing punctuation). A hint that is not name-like (too long,
 * no capital letter) is dropped rather than reported.
 */

import {
  ACCUSATIVE_TO_NOMINATIVE,
  GENITIVE_TO_NOMINATIVE,
  OUTLET_AGENCY_TAGS,
  OUTLET_BIO_CUES,
  OUTLET_COMPANY_TAIL,
  OUTLET_DOMAIN_NAMES,
  OUTLET_EARLIER_LINK,
  OUTLET_EDITOR_NOTES,
  OUTLET_FOLLOW_CUES,
  OUTLET_GENERIC_WORDS,
  OUTLET_LEADING_CUES,
  OUTLET_MAX_WORDS,
  OUTLET_NAME_JOINERS,
  OUTLET_NOTE_GENERIC,
  OUTLET_OWN_CHANNEL,
  OUTLET_OWN_DOMAIN_CUES,
  OUTLET_OWN_SITE,
  OUTLET_PLATFORM_DOMAINS,
  OUTLET_PLATFORMS,
  OUTLET_QUOTED_CUES,
  OUTLET_REPUBLISHED,
  OUTLET_SELF_CUES,
  OUTLET_SELF_REASONS,
  OUTLET_SKIPPED_ARTICLES,
  OUTLET_TAG_NOT_OUTLET,
  type OutletSelfCue,
} from '../../rules/outlet.ts';
import { litsOf } from '../clean/cues.ts';

const ALL_CUES = [...new Set(Object.values(OUTLET_LEADING_CUES).flat())].sort((a, b) => b.length - a.length);

/**
 * Tidy one outlet hint.
 * @example tidyOutlet('©2018 The Virginian-Pilot (Norfolk') // 'The Virginian-Pilot'
 * @example tidyOutlet('Provided by CBS Interactive') // 'CBS Interactive'
 * @returns the name, or null when nothing name-like remains
 */
export function tidyOutlet(hint: string): string | null {
  let s = hint.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:©|\(c\)|copyright)\s*/i, '').replace(/^(?:19|20)\d{2}\b[\s,–—-]*/, '');
  for (let changed = true; changed; ) {
    changed = false;
    const low = s.toLowerCase();
    for (const cue of ALL_CUES) {
      if (low.startsWith(`${cue} `) || (cue.endsWith(':') && low.startsWith(cue))) {
        s = s.slice(cue.length).trim();
        changed = true;
        break;
      }
    }
  }
  // An opening parenthesis without its closing one: keep what precedes it.
  const open = s.lastIndexOf('(');
  if (open > 0 && s.indexOf(')', open) === -1) s = s.slice(0, open).trim();
  s = s.replace(/[\s,.;:–—|-]+$/u, '').replace(/^[\s,.;:–—|-]+/u, '');
  if (!s || !/\p{Lu}|\p{Lo}/u.test(s)) return null;
  if (s.split(' ').length > OUTLET_MAX_WORDS) return null;
  return s;
}

/** The first hint that tidies to a name, or null. */
export function pickOutlet(hints: readonly (string | null | undefined)[]): string | null {
  for (const h of hints) {
    if (!h) continue;
    const t = tidyOutlet(h);
    if (t) return t;
  }
  return null;
}

const QUOTED_CUE = new RegExp(
  `(?:${[...new Set(Object.values(OUTLET_QUOTED_CUES).flat())].join('|')})[\\p{L}-]*\\s+(?:[\\p{L}-]+\\s+){0,2}«(?<o>[^»]{2,40})»`,
  'iu',
);

/**
 * Words of a name in the genitive (or, with ACCUSATIVE_TO_NOMINATIVE, the accusative) to the
 * nominative (first matching ending per word; the tables' endings are script-specific, so a
 * Latin name is left alone by the Cyrillic ones).
 */
function toNominative(name: string, table: readonly [RegExp, string][] = GENITIVE_TO_NOMINATIVE): string {
  // A word without a known ending (a genitive plural complement such as «фактів») stays.
  return name.replace(/\p{L}+/gu, (w) => {
    for (const [re, to] of table) if (re.test(w)) return w.replace(re, to);
    return w;
  });
}

/** One removed piece as the cleaner reports it (CleanedDoc.removed in lib/core/clean). */
export interface RemovedPiece {
  text: string;
  reason: string;
}

/** One word of a bare name: letters/digits, inner dots and apostrophes, hyphenated parts, or "&". */
const NAME_WORD = "(?:&|[\\p{L}\\p{N}][\\p{L}\\p{N}.'’+]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{N}.'’+]*)*)";
/**
 * The `{O}` slot of a self-reference cue: a quoted name (group q) or up to six bare words (group
 * o); as few words as the cue's closing words allow when some follow the slot, else as many.
 */
const nameSlot = (lazy: boolean): string =>
  `(?:[«"“„](?<q>[^«»"“”„]{2,40})[»"”“]|(?<o>${NAME_WORD}(?: ${NAME_WORD}){0,${OUTLET_MAX_WORDS - 1}}${lazy ? '?' : ''}))`;
const JOINERS = new Set(OUTLET_NAME_JOINERS);
const ARTICLES = new Set(OUTLET_SKIPPED_ARTICLES);
const GENERIC = new Set(OUTLET_GENERIC_WORDS);
const SELF_REASONS = new Set(OUTLET_SELF_REASONS);
const CAPITALISED = /^[\p{Lu}\p{Lt}\p{N}]/u;
const REPUBLISHED = new RegExp(Object.values(OUTLET_REPUBLISHED).join('|'), 'iu');

interface SelfCue {
  re: RegExp;
  /** the notice must also say "our website" (this regex) in it or a neighbouring piece */
  own: RegExp | null;
  /** void next to a republication notice */
  original: boolean;
  /** the case the name follows in, turned to the nominative */
  declension: readonly [RegExp, string][] | null;
  /** words follow the name in the cue, so the whole captured run must be the name */
  closed: boolean;
  /**
   * only a name that is not declined is taken (a Slavic one would be in an oblique case):
   * 'acronym': words of capitals and digits ("RMF FM"); 'latin': those or a Latin-script name
   */
  undeclined: 'acronym' | 'latin' | null;
  /**
   * Lower-case literals one of which every match must contain (`litsOf` of clean/cues.ts), or null when
   * the cue's source gives none: a text without any of them is not searched (a fast path).
   */
  lits: readonly string[] | null;
}

/**
 * Compile one language's cues: `{O}` becomes the name slot; `own` takes its regex from ownTable
 * (same language). Flags: 'giu' for cue words written in any case; 'gu' where the cue spells
 * lower-case words with \p{Ll} (under the i flag that class would match capitals too).
 */
function compileCue(c: OutletSelfCue & { undeclined?: boolean; latin?: boolean }, ownSrc: string | undefined, flags: string): SelfCue {
  const closed = !c.re.endsWith('{O}');
  return {
    re: new RegExp(c.re.replace('{O}', nameSlot(closed)), flags),
    own: c.own && ownSrc ? new RegExp(ownSrc, 'iu') : null,
    original: c.original === true,
    declension: c.gen ? GENITIVE_TO_NOMINATIVE : c.acc ? ACCUSATIVE_TO_NOMINATIVE : null,
    closed,
    undeclined: c.undeclined ? (c.latin ? 'latin' : 'acronym') : null,
    // (the {O} name slot holds no literal: '.' ends a literal run there)
    lits: litsOf([c.re.replace('{O}', '.')]),
  };
}

const SELF_CUES: SelfCue[] = Object.entries(OUTLET_SELF_CUES).flatMap(([lang, cues]) =>
  cues.map((c) => compileCue(c, OUTLET_OWN_SITE[lang], 'giu')),
);

/**
 * The name in a bare run of words: its leading capitalised words, with lower-case joiners
 * ("do", "del", "of") kept only between two capitalised words. In a closed cue the whole run
 * must be the name ("access to Freedom Outpost updates"), else null.
 */
function leadingName(run: string, closed: boolean): string | null {
  const words = run.replace(/^[ld][’'](?=\p{Lu})/u, '').split(' ');
  if (words.length > 1 && ARTICLES.has(words[0] as string)) words.shift();
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (CAPITALISED.test(w)) {
      kept.push(w);
      // a word that ends a sentence ends the name ("The Associated Press. All rights reserved")
      if (/[.!?]$/u.test(w) && !/\p{L}\.\p{L}/u.test(w) && i < words.length - 1) break;
    } else if (kept.length && JOINERS.has(w) && CAPITALISED.test(words[i + 1] ?? '')) kept.push(w, words[++i] as string);
    else break;
  }
  if (!kept.length || (closed && kept.length !== words.length)) return null;
  return kept.join(' ');
}

/** Whether a name is not declined: acronyms and digits, or (latin) a Latin-script name. */
function undeclined(name: string, latin: boolean): boolean {
  if (/^[\p{Lu}\p{N}.&+-]+(?: [\p{Lu}\p{N}.&+-]+)*$/u.test(name)) return true;
  return latin && /^[\p{Script=Latin}\p{N}\s.&'’+-]+$/u.test(name);
}

/**
 * The first outlet name a cue of `cues` names in one line, or null. `accept(cue, match)` vets a match
 * beyond the name itself (a neighbouring "our website", no republication notice).
 */
function namedBy(
  text: string,
  cues: readonly SelfCue[],
  accept: (cue: SelfCue, m: RegExpMatchArray) => boolean = () => true,
): string | null {
  // In a line without lower-case letters every word looks capitalised: no name boundary.
  const shouting = !/\p{Ll}/u.test(text);
  // '' when a character whose case folding lower-casing does not follow stands in the text: no skip
  let low: string | undefined;
  for (const cue of cues) {
    if (cue.lits) {
      low ??= ODD_FOLD.test(text) ? '' : text.toLowerCase();
      if (low !== '' && !hasAny(low, cue.lits)) continue;
    }
    // exec on the cue's own regex, not matchAll (which clones the regex, and a clone of these long
    // regexes may be compiled anew: the hottest line of the core once)
    const re = cue.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex);
      const q = m.groups?.q?.trim();
      let name = q && CAPITALISED.test(q) ? q : m.groups?.o && !shouting ? leadingName(m.groups.o, cue.closed) : null;
      if (!name) continue;
      name = name.replace(OUTLET_COMPANY_TAIL, '').replace(/[\s,.;:!–—-]+$/u, '');
      const words = name.toLowerCase().split(/\s+/u);
      if (words.every((w) => GENERIC.has(w.replace(/[.’']+$/u, '')))) continue;
      if (cue.undeclined && !undeclined(name, cue.undeclined === 'latin')) continue;
      if (!accept(cue, m)) continue;
      const tidy = tidyOutlet(cue.declension ? toNominative(name, cue.declension) : name);
      if (tidy) return tidy;
    }
  }
  return null;
}

/** The outlet named by a self-reference cue in one boilerplate piece, or null. */
function selfNamed(pieces: readonly RemovedPiece[], i: number): string | null {
  return namedBy(
    (pieces[i] as RemovedPiece).text,
    SELF_CUES,
    (cue) => !(cue.own && !nearby(pieces, i, cue.own)) && !(cue.original && nearby(pieces, i, REPUBLISHED)),
  );
}

/**
 * Whether piece i, or a boilerplate piece next to it, matches re (the "our website"
 * self-reference, a republication notice).
 */
function nearby(pieces: readonly RemovedPiece[], i: number, re: RegExp): boolean {
  for (const j of [i, i - 1, i + 1]) {
    const p = pieces[j];
    if (p && (j === i || SELF_REASONS.has(p.reason)) && re.test(p.text)) return true;
  }
  return false;
}

/**
 * The outlet as it names itself in the removed pieces of a document (first piece that names
 * one wins):
 * - in any piece, a name in guillemets after a cue (author bio, "more in our article" promo),
 *   turned to the nominative when its words have a Slavic genitive ending
 *   (OUTLET_QUOTED_CUES);
 * - in the outlet's own boilerplate (reason in OUTLET_SELF_REASONS: site notice, poll or
 *   newsletter widget, donation appeal, copyright line), a self-reference cue
 *   (OUTLET_SELF_CUES): "access to Freedom Outpost updates", "© 2024 X", "the X team", a ban
 *   notice that also speaks of "our website". A name in story text is never taken.
 * A bare string is a piece of unknown reason (the older call shape): only the first rule applies
 * to it, since without the reason a caption ("… / ©Wikimedia Commons") or story text cannot be
 * told from boilerplate. Pass the cleaner's `{text, reason}` pieces.
 * @param removed the cleaner's removed pieces, in document order
 * @returns the tidied name (tidyOutlet), or null
 * @example outletFromRemoved(['Подробнее — в материале «Газеты.Ru».']) // 'Газета.Ru'
 * @example outletFromRemoved([{ text: 'Completing this poll grants you access to Freedom Outpost updates.', reason: 'poll' }]) // 'Freedom Outpost'
 */
export function outletFromRemoved(removed: readonly (string | RemovedPiece)[]): string | null {
  const pieces: RemovedPiece[] = removed.map((r) => (typeof r === 'string' ? { text: r, reason: '' } : r));
  for (let i = 0; i < pieces.length; i++) {
    const { text, reason } = pieces[i] as RemovedPiece;
    // The cue's name stands in guillemets: a piece without one is skipped unsearched (fast path).
    const m = text.includes('«') ? QUOTED_CUE.exec(text) : null;
    const name = m?.groups?.o?.trim();
    if (name && name.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(name)) return tidyOutlet(toNominative(name));
    if (SELF_REASONS.has(reason)) {
      const self = selfNamed(pieces, i);
      if (self) return self;
    }
  }
  return null;
}

const AGENCY_TAGS = new Set(OUTLET_AGENCY_TAGS);
const NOT_OUTLET_TAGS = new Set(OUTLET_TAG_NOT_OUTLET);
const NOTE_GENERIC = new Set(OUTLET_NOTE_GENERIC);

/**
 * A dateline opening a line of the lead: a place (capitalised words, lower-case joiners such as
 * "de", "am"), an optional ", date", then "(Tag) –" or, after a date, "– Tag.".
 */
const LEAD_DATELINE =
  /^(?<place>\p{Lu}[\p{L}'’.-]*(?:[ -](?:(?:de|da|do|del|di|am|an|la|el|sur|upon) )?\p{Lu}[\p{L}'’.-]*){0,3}(?:\/\p{Lu}[\p{L}'’. -]*)?)(?:,\s*(?<date>[^—–()\n]{1,30}?))?\s*(?:\((?<paren>[^()\n]{2,30})\)\s*[-–—]\s+(?=["«„“]?[\p{Lu}\p{N}])|[-–—]\s*(?<tag>\p{Lu}[\p{L}\p{N}.]*(?: \p{Lu}[\p{L}\p{N}.]*){0,2})\.(?=\s))/u;
/**
 * A tag shaped like an agency code: 2-6 capitals ("AFP", "ANSA") or 3-5 lower-case letters
 * ("dpa"; two lower-case letters are an author's initials).
 */
const AGENCY_CODE = /^(?:\p{Lu}{2,6}|\p{Ll}{3,5})$/u;
/** An agency tag closing the last line after a finished sentence: "… gesagt. (dpa)", "… ha detto. – ANSA". */
const END_TAG = /[.!?…"»”]\s*(?:\((?<p>[^()\n]{2,30})\)|[–—-]\s*(?<d>\p{Lu}[\p{L}\p{N} .]{1,25}?)\.?)\s*$/u;

/** The outlet in a dateline tag, or null: one name, not a country code or a media word. */
function datelineTag(tag: string, dated: boolean): string | null {
  const t = tag.trim();
  const low = t.toLowerCase();
  if (/[/,;:]|\d{4}/u.test(t) || NOT_OUTLET_TAGS.has(low)) return null;
  if (!dated && !AGENCY_TAGS.has(low) && !AGENCY_CODE.test(t)) return null;
  if (!/[\p{L}]/u.test(t) || t.split(/\s+/u).length > 4) return null;
  return t;
}

/** The outlet in the dateline of one of the text's first lines, or null. */
function leadDateline(lines: readonly string[]): string | null {
  for (const line of lines) {
    const g = LEAD_DATELINE.exec(line)?.groups;
    if (!g) continue;
    const dated = !!g.date && /\d/u.test(g.date);
    if (g.paren) return datelineTag(g.paren, dated);
    if (g.tag && dated) return datelineTag(g.tag, true);
  }
  return null;
}

/** The closing agency tag of the last line, when it is a known agency (OUTLET_AGENCY_TAGS). */
function endTag(last: string): string | null {
  const g = END_TAG.exec(last.slice(-40))?.groups;
  const t = (g?.p ?? g?.d)?.trim();
  return t && AGENCY_TAGS.has(t.toLowerCase()) ? t : null;
}

const byLang = <T>(table: Record<string, T>, map: (v: T, lang: string) => RegExp | SelfCue[]) =>
  Object.fromEntries(Object.entries(table).map(([lang, v]) => [lang, map(v, lang)]));

/** Per language: an editor's note ending at the end of a short window ("… - przyp. RMF FM)"). */
const EDITOR_NOTE = byLang(
  OUTLET_EDITOR_NOTES,
  (cues) => new RegExp(`(?:${cues.join('|')})$`.replace(/\{O\}/g, '(?<o>[^()\\[\\]\\n:]{2,40}?)\\s*[)\\]]'), 'iu'),
) as Record<string, RegExp>;
/** How far before a closing bracket an editor's note may start (UTF-16 units). */
const NOTE_WINDOW = 70;

/** Index of the next ")" or "]" from `from`, or -1. */
function nextClose(text: string, from: number): number {
  const a = text.indexOf(')', from);
  const b = text.includes(']') ? text.indexOf(']', from) : -1;
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/**
 * The outlet that signs an editor's note in the text ("(… - przyp. RMF FM)"), or null. Only the
 * window before each closing bracket is searched (a regex over the whole text is slow).
 */
function editorNote(text: string, lang: string): string | null {
  const re = EDITOR_NOTE[lang];
  if (!re) return null;
  for (let i = nextClose(text, 0); i !== -1; i = nextClose(text, i + 1)) {
    const name = re
      .exec(text.slice(Math.max(0, i - NOTE_WINDOW), i + 1))
      ?.groups?.o?.trim()
      .replace(/[\s.,;–—-]+$/u, '');
    if (!name || !CAPITALISED.test(name) || name.split(/\s+/u).length > OUTLET_MAX_WORDS) continue;
    if (NOTE_GENERIC.has(name.toLowerCase().replace(/\./gu, '').trim())) continue;
    return tidyOutlet(name);
  }
  return null;
}

/** Per language: a line that opens with an own-domain cue, then the domain. */
const OWN_DOMAIN = byLang(
  OUTLET_OWN_DOMAIN_CUES,
  (cue) => new RegExp(`^\\s*(?:${cue})\\s*:?\\s*(?:www\\.)?(?<d>(?:[a-z0-9-]+\\.)+[a-z]{2,})(?![\\p{L}\\p{N}.-])`, 'iu'),
) as Record<string, RegExp>;

const PLATFORM_DOMAINS = new Set(OUTLET_PLATFORM_DOMAINS);

/**
 * A domain's outlet name (OUTLET_DOMAIN_NAMES), else the domain as written, lower-case; null for
 * a platform's domain (OUTLET_PLATFORM_DOMAINS).
 */
function domainName(domain: string): string | null {
  const d = domain.toLowerCase();
  return PLATFORM_DOMAINS.has(d) ? null : (OUTLET_DOMAIN_NAMES[d] ?? d);
}

/** The outlet whose own domain a related-article line names ("Also on rt.com …"), or null. */
function ownDomain(line: string, lang: string): string | null {
  const d = OWN_DOMAIN[lang]?.exec(line)?.groups?.d;
  return d ? domainName(d) : null;
}

const IS_LETTER = /\p{L}/u;

/** Whether a line names a platform (OUTLET_PLATFORMS) as a whole word. */
function namesPlatform(line: string): boolean {
  const low = line.toLowerCase();
  for (const p of OUTLET_PLATFORMS) {
    for (let i = low.indexOf(p); i !== -1; i = low.indexOf(p, i + 1)) {
      if ((i === 0 || !IS_LETTER.test(low[i - 1] as string)) && !IS_LETTER.test(low[i + p.length] ?? ' ')) return true;
    }
  }
  return false;
}

const FOLLOW = byLang(OUTLET_FOLLOW_CUES, (cues, lang) => cues.map((c) => compileCue(c, OUTLET_OWN_CHANNEL[lang], 'giu'))) as Record<
  string,
  SelfCue[]
>;

/**
 * The outlet a follow call names ("… nuovi articoli di Scenari Economici" in a line on "il
 * nostro canale Telegram"), or null. A line over 300 UTF-16 units is story text.
 */
function followCall(line: string, lang: string): string | null {
  const cues = FOLLOW[lang];
  if (!cues || line.length > 300 || !namesPlatform(line)) return null;
  return namedBy(line, cues, (cue) => !cue.own || cue.own.test(line));
}

/** The first and the last `n` non-empty lines of a text, trimmed (fewer when the text is short). */
function edgeLines(text: string, n: number): { head: string[]; tail: string[] } {
  const head: string[] = [];
  for (let s = 0; head.length < n && s < text.length; ) {
    const e = text.indexOf('\n', s);
    const line = text.slice(s, e === -1 ? undefined : e).trim();
    if (line) head.push(line);
    s = e === -1 ? text.length : e + 1;
  }
  const tail: string[] = [];
  for (let e = text.length; tail.length < n && e > 0; ) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    const line = text.slice(s, e).trim();
    if (line) tail.unshift(line);
    e = s - 1;
  }
  return { head, tail };
}

const EARLIER = byLang(OUTLET_EARLIER_LINK, (src) => [compileCue({ re: `^${src}` }, undefined, 'giu')]) as Record<string, SelfCue[]>;
const BIO = byLang(OUTLET_BIO_CUES, (cues) => cues.map((c) => compileCue(c, undefined, 'gu'))) as Record<string, SelfCue[]>;

/** The index after the code point at i (as matchAll steps past an empty match of a `u` regex). */
function advance(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** Whether `low` contains one of `lits`. */
function hasAny(low: string, lits: readonly string[]): boolean {
  for (const l of lits) if (low.includes(l)) return true;
  return false;
}

/**
 * The characters that a case-insensitive cue matches in place of one of its literal characters
 * but that lower-case to something else ("ſ" matches "s" under /iu, yet stays "ſ"): a text that
 * holds one is searched without the literal fast path of namedBy.
 */
const ODD_FOLD = ((): RegExp => {
  const all = [SELF_CUES, ...Object.values(FOLLOW), ...Object.values(EARLIER), ...Object.values(BIO)].flat();
  const chars = new Set([...all.flatMap((c) => c.lits ?? []).join('')]);
  const lower = new Set([...chars].map((c) => c.toLowerCase()));
  const esc = (c: string) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`;
  const cls = new RegExp(`[${[...chars].map(esc).join('')}]`, 'giu');
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
  let bmp = '';
  for (let i = 0; i < codes.length; i += 4096) bmp += String.fromCharCode(...codes.slice(i, i + 4096));
  const odd = new Set<string>();
  for (const m of bmp.matchAll(cls)) if (!lower.has(m[0].toLowerCase())) odd.add(m[0]);
  // a capital sigma lower-cases by context ("ς" at a word's end)
  if (lower.has('σ') || lower.has('ς')) odd.add('Σ');
  return odd.size ? new RegExp(`[${[...odd].map(esc).join('')}]`, 'u') : /(?!)/;
})();

/**
 * The outlet as the document shows it outside the cleaner's hints, for a record whose metadata,
 * outlet hints and own boilerplate (outletFromRemoved) named none. Kinds, first found wins:
 * 1. a dateline tag opening one of the first three lines: "Nusa Dua (dpo) - …", "MOSCOW,
 *    March 5 (Reuters) -", "Москва, 5 марта – РИА Новости." (without a date only an agency-shaped
 *    tag, OUTLET_AGENCY_TAGS or "AFP"/"dpa"-like; never a country code, OUTLET_TAG_NOT_OUTLET);
 * 2. an editor's note signed by the outlet: "(… - przyp. RMF FM)" (OUTLET_EDITOR_NOTES);
 * 3. a related-article line naming the outlet's own domain: "Also on rt.com …" -> "RT"
 *    (OUTLET_OWN_DOMAIN_CUES, OUTLET_DOMAIN_NAMES), in the text or a removed piece;
 * 4. a follow call naming the outlet, in a line (one of the first or last three, or a removed
 *    piece) that names a platform (OUTLET_FOLLOW_CUES);
 * 5. a last line linking to the outlet's own earlier story: "Ранее радио Sputnik рассказало,
 *    <headline>" (OUTLET_EARLIER_LINK: a medium word or quotes before the name; not a "that" or
 *    "citing" clause);
 * 6. a known agency's tag closing the last line: "… gesagt. (dpa)";
 * 7. an author bio (removed piece, reason 'author-bio') naming the writer's outlet: "Aila
 *    Slisco is a Newsweek night reporter" (OUTLET_BIO_CUES).
 * An agency named in the story ("according to Reuters", "(AFP)" after a quotation) is a source,
 * not the outlet: no rule reads the middle of a sentence.
 * @param text the cleaned body text (lines separated by "\n")
 * @param lang ISO 639-1 of the body; only that language's cue tables are used
 * @param removed the cleaner's removed pieces, in document order
 * @returns the tidied name (tidyOutlet), or null
 * @example outletFromText('Nusa Dua (dpo) - Beim G20-Treffen …', 'de') // 'dpo'
 * @example outletFromText('…\nAlso on rt.com We must be ready …', 'en') // 'RT'
 */
export function outletFromText(text: string, lang: string, removed: readonly RemovedPiece[] = []): string | null {
  const { head, tail } = edgeLines(text, 3);
  const lead = leadDateline(head);
  if (lead) return lead;
  const note = editorNote(text, lang);
  if (note) return note;
  const domainCue = OWN_DOMAIN[lang];
  if (domainCue) {
    for (let s = 0; s < text.length; ) {
      let e = text.indexOf('\n', s);
      if (e === -1) e = text.length;
      const d = e - s <= 300 ? domainCue.exec(text.slice(s, e))?.groups?.d : undefined;
      const name = d ? domainName(d) : null;
      if (name) return name;
      s = e + 1;
    }
  }
  for (const line of [...head, ...tail]) {
    const o = followCall(line, lang);
    if (o) return o;
  }
  for (const r of removed) {
    const o = ownDomain(r.text, lang) ?? followCall(r.text, lang);
    if (o) return o;
  }
  const last = tail[tail.length - 1];
  if (last) {
    // a medium word ("радио") or quotes mark the name as an outlet's, not a person's
    const earlier = EARLIER[lang] ? namedBy(last, EARLIER[lang], (_, m) => !!(m.groups?.m || m.groups?.q)) : null;
    const o = earlier ?? endTag(last);
    if (o) return o;
  }
  const bio = BIO[lang];
  if (bio)
    for (const r of removed) {
      if (r.reason !== 'author-bio') continue;
      const o = namedBy(r.text, bio);
      if (o) return o;
    }
  return null;
}
