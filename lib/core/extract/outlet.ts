/**
 * Outlet names: pick the first usable hint and tidy it (cue words, years, copyright marks,
 * an unbalanced parenthesis, trailing punctuation). A hint that is not name-like (too long,
 * no capital letter) is dropped rather than reported.
 */
import { GENITIVE_TO_NOMINATIVE, OUTLET_LEADING_CUES, OUTLET_MAX_WORDS, OUTLET_QUOTED_CUES } from '../../rules/outlet.ts';

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
 * An outlet named in guillemets after a cue in a removed line (author bio, "more in our
 * article" promo), turned to the nominative when its first word has a genitive ending
 * (Slavic languages). Cyrillic names only get the ending rule.
 * @example outletFromRemoved(['Подробнее — в материале «Газеты.Ru».']) // 'Газета.Ru'
 */
export function outletFromRemoved(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = QUOTED_CUE.exec(line);
    const name = m?.groups?.o?.trim();
    if (!name || name.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(name)) continue;
    // Each Cyrillic word of a name in the genitive goes to the nominative; a word without a
    // known ending (a genitive plural complement such as «фактів») stays.
    const nom = name.replace(/[\p{Script=Cyrillic}]+/gu, (w) => {
      for (const [re, to] of GENITIVE_TO_NOMINATIVE) if (re.test(w)) return w.replace(re, to);
      return w;
    });
    return tidyOutlet(nom);
  }
  return null;
}
