/**
 * Name keys: case- and accent-folded tokens with a light suffix-stripping stemmer for the
 * inflecting languages (ru/uk/bg by Cyrillic script, pl by language), so that
 * "Орбан/Орбана/Орбаном", "Putina/Putin", "Kijów/Kijowie" share one key. The stemmer is a
 * longest-ending strip that leaves at least three letters (after Snowball-style ending lists,
 * much reduced).
 */

const CYR_ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ою',
  'ею',
  'ях',
  'ах',
  'ой',
  'ей',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ым',
  'им',
  'ью',
  'ию',
  'ії',
  'ія',
  'ію',
  'ої',
  'ій',
  'ої',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'о',
  'ь',
  'й',
  'і',
  'ї',
  'є',
].sort((a, b) => b.length - a.length);

const PL_ENDINGS = [
  'owie',
  'owi',
  'ach',
  'ami',
  'ego',
  'emu',
  'ich',
  'ych',
  'iem',
  'ie',
  'ow',
  'em',
  'om',
  'ej',
  'ym',
  'im',
  'a',
  'y',
  'i',
  'u',
  'e',
  'o',
].sort((a, b) => b.length - a.length);

const CYR = /[\u0400-\u04ff]/;

const foldMemo = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, drop accents (Latin only: Cyrillic й/ї keep their marks), unify apostrophes. Memoised. */
export function foldToken(t: string): string {
  const hit = foldMemo.get(t);
  if (hit !== undefined) return hit;
  let out: string;
  if (ASCII.test(t)) out = t.toLowerCase().replace(/`/g, "'");
  else {
    const lower = t
      .toLowerCase()
      .replace(/[’‘`´ʼ]/g, "'")
      .replace(/ё/g, 'е');
    out = CYR.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  }
  if (foldMemo.size > 200000) foldMemo.clear();
  foldMemo.set(t, out);
  return out;
}

/** Stem one folded token (see module doc). */
export function stemToken(folded: string, lang: string): string {
  if (folded.length < 4) return folded;
  if (CYR.test(folded)) {
    for (const e of CYR_ENDINGS) {
      if (folded.endsWith(e) && folded.length - e.length >= 3) {
        let s = folded.slice(0, -e.length);
        // Ukrainian і/о alternation in the last syllable: Харків / Харкова
        s = s.replace(/і([бвгґджзклмнпрстфхцчшщ])$/, 'о$1');
        return s;
      }
    }
    return folded.replace(/і([бвгґджзклмнпрстфхцчшщ])$/, 'о$1');
  }
  if (lang === 'pl') {
    for (const e of PL_ENDINGS) {
      if (folded.endsWith(e) && folded.length - e.length >= 3) return folded.slice(0, -e.length);
    }
  }
  return folded;
}

const keyMemo = new Map<string, Map<string, string>>();

/** Key of one token: folded and stemmed. Memoised per language. */
export function tokenKey(t: string, lang: string): string {
  let m = keyMemo.get(lang);
  if (!m) {
    m = new Map();
    keyMemo.set(lang, m);
  }
  const hit = m.get(t);
  if (hit !== undefined) return hit;
  const k = stemToken(foldToken(t), lang);
  if (m.size > 100000) m.clear();
  m.set(t, k);
  return k;
}

const NAME_TOKEN = /[\p{L}\p{N}]+(?:['’ʼ.-][\p{L}\p{N}]+)*/gu;
const nameMemo = new Map<string, Map<string, string>>();

/** Key of a whole name: its tokens' keys joined by one space. Memoised per language. */
export function nameKey(name: string, lang: string): string {
  let m = nameMemo.get(lang);
  if (!m) {
    m = new Map();
    nameMemo.set(lang, m);
  }
  const hit = m.get(name);
  if (hit !== undefined) return hit;
  const toks = name.match(NAME_TOKEN) ?? [];
  const k = toks.map((t) => tokenKey(t, lang)).join(' ');
  if (m.size > 100000) m.clear();
  m.set(name, k);
  return k;
}
