/**
 * Words around an outlet name that are not part of it, per language (lower-case). Leading
 * cues are cut from the start of a hint ("Provided by CBS Interactive" -> "CBS Interactive").
 * A new language is a new entry.
 */
export const OUTLET_LEADING_CUES: Record<string, readonly string[]> = {
  en: ['provided by', 'source:', 'courtesy of', 'via', 'by', 'copyright', 'visit'],
  fr: ['source :', 'source:', 'fourni par', 'avec', 'par'],
  de: ['quelle:', 'bereitgestellt von', 'mit material von', 'von'],
  es: ['fuente:', 'proporcionado por', 'con', 'por'],
  it: ['fonte:', 'fornito da', 'con', 'di'],
  pt: ['fonte:', 'fornecido por', 'com', 'por'],
  ru: ['источник:', 'по материалам'],
  uk: ['джерело:', 'за матеріалами'],
  pl: ['źródło:', 'za'],
};

/** Longest plausible outlet name, in words. */
export const OUTLET_MAX_WORDS = 6;

/**
 * Cues in a removed line (author bio, "more in our article" promo) that name the outlet in
 * guillemets: "журналістка «Лабораторії фактів»", "в материале «Газеты.Ru»". Lower-case stems.
 */
export const OUTLET_QUOTED_CUES: Record<string, readonly string[]> = {
  ru: ['материал', 'журналист', 'корреспондент', 'редакци', 'издани', 'обозревател'],
  uk: ['матеріал', 'журналіст', 'кореспондент', 'редакці', 'видання', 'оглядач'],
  pl: ['dziennikar', 'redakcj', 'korespondent'],
  fr: ['journaliste', 'rédaction', 'correspondant'],
};

/**
 * Genitive endings of the first word of a Slavic outlet name and their nominative (first match
 * wins): «Газеты.Ru» -> «Газета.Ru», «Лабораторії фактів» -> «Лабораторія фактів».
 */
export const GENITIVE_TO_NOMINATIVE: readonly [RegExp, string][] = [
  [/ії$/u, 'ія'],
  [/ии$/u, 'ия'],
  [/ої$/u, 'а'],
  [/ой$/u, 'ая'],
  [/ы$/u, 'а'],
  [/и$/u, 'а'],
];
