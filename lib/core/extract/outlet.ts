/**
 * Outlet names: pick the first usable hint and tidy it (cue words, years, copyright marks,
 * an unbalanced parenthesis, trailing punctuation). A hint that is not name-like (too long,
 * no capital letter) is dropped rather than reported.
 */
import {
  ACCUSATIVE_TO_NOMINATIVE,
  GENITIVE_TO_NOMINATIVE,
  OUTLET_COMPANY_TAIL,
  OUTLET_GENERIC_WORDS,
  OUTLET_LEADING_CUES,
  OUTLET_MAX_WORDS,
  OUTLET_NAME_JOINERS,
  OUTLET_OWN_SITE,
  OUTLET_QUOTED_CUES,
  OUTLET_REPUBLISHED,
  OUTLET_SELF_CUES,
  OUTLET_SELF_REASONS,
  OUTLET_SKIPPED_ARTICLES,
} from '../../rules/outlet.ts';

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
}

const SELF_CUES: SelfCue[] = Object.entries(OUTLET_SELF_CUES).flatMap(([lang, cues]) =>
  cues.map((c) => {
    const ownSrc = OUTLET_OWN_SITE[lang];
    const closed = !c.re.endsWith('{O}');
    return {
      re: new RegExp(c.re.replace('{O}', nameSlot(closed)), 'giu'),
      own: c.own && ownSrc ? new RegExp(ownSrc, 'iu') : null,
      original: c.original === true,
      declension: c.gen ? GENITIVE_TO_NOMINATIVE : c.acc ? ACCUSATIVE_TO_NOMINATIVE : null,
      closed,
    };
  }),
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

/** The outlet named by a self-reference cue in one boilerplate piece, or null. */
function selfNamed(pieces: readonly RemovedPiece[], i: number): string | null {
  const text = (pieces[i] as RemovedPiece).text;
  // In a line without lower-case letters every word looks capitalised: no name boundary.
  const shouting = !/\p{Ll}/u.test(text);
  for (const cue of SELF_CUES) {
    cue.re.lastIndex = 0;
    for (const m of text.matchAll(cue.re)) {
      const q = m.groups?.q?.trim();
      let name = q && CAPITALISED.test(q) ? q : m.groups?.o && !shouting ? leadingName(m.groups.o, cue.closed) : null;
      if (!name) continue;
      name = name.replace(OUTLET_COMPANY_TAIL, '').replace(/[\s,.;:!–—-]+$/u, '');
      const words = name.toLowerCase().split(/\s+/u);
      if (words.every((w) => GENERIC.has(w.replace(/[.’']+$/u, '')))) continue;
      if (cue.own && !nearby(pieces, i, cue.own)) continue;
      if (cue.original && nearby(pieces, i, REPUBLISHED)) continue;
      const tidy = tidyOutlet(cue.declension ? toNominative(name, cue.declension) : name);
      if (tidy) return tidy;
    }
  }
  return null;
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
    const m = QUOTED_CUE.exec(text);
    const name = m?.groups?.o?.trim();
    if (name && name.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(name)) return tidyOutlet(toNominative(name));
    if (SELF_REASONS.has(reason)) {
      const self = selfNamed(pieces, i);
      if (self) return self;
    }
  }
  return null;
}
