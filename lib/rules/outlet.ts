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
