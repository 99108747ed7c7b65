/**
 * Column and field names that CSV/TSV exports and JSON/JSONL dumps use for each record field,
 * lower-case, matched after splitting a name on `_`, `-`, `.`, spaces and camelCase humps
 * (so `CONTENT_TITLE`, `contentTitle` and `content.title` all end in the word `title`).
 * Earlier names win. A new export format is usually a new name here.
 */
export const COLUMN_NAMES = {
  title: ['title', 'headline', 'heading', 'titel', 'titre', 'titulo', 'título', 'titolo', 'tytul', 'tytuł', 'заголовок'],
  text: [
    'text', 'content', 'body', 'maintext', 'article', 'fulltext', 'full text', 'article text', 'story', 'texte', 'inhalt',
    'contenido', 'testo', 'tresc', 'treść', 'текст', 'description', 'summary',
  ],
  published: [
    'published', 'published at', 'publishedat', 'published date', 'publish date', 'pubdate', 'date', 'date publish',
    'datetime', 'created at', 'timestamp', 'datum', 'fecha', 'дата',
  ],
  url: ['url', 'link', 'uri', 'href', 'permalink', 'canonical url', 'source url'],
  authors: ['authors', 'author', 'byline', 'creator', 'writer', 'autor', 'auteur', 'автор'],
  outlet: ['outlet', 'publisher', 'publisher name', 'source name', 'source', 'quelle', 'fuente', 'fonte', 'źródło', 'источник', 'site name', 'sitename', 'newsroom', 'publication', 'media'],
  language: ['language', 'lang', 'langue', 'sprache', 'язык'],
} as const;

export type MappedField = keyof typeof COLUMN_NAMES;
