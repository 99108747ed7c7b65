/**
 * Intermediate shapes that flow between the core's stages:
 * bytes -> decode -> sniff -> split (SourceDoc) -> clean (CleanedDoc) -> extract -> record.
 */

/** Metadata stated by the input itself (HTML meta tags, JSON-LD, CSV columns). Each may be absent. */
export interface StatedMeta {
  title?: string;
  url?: string;
  published?: string;
  authors?: string[];
  outlet?: string;
  language?: string;
}

/** One document split out of an uploaded object, before cleaning. */
export interface SourceDoc {
  /** Object key (S3 key or path relative to the input root). */
  sourceKey: string;
  /** Where in the object the document came from (`row:N`, archive entry), null for a one-document file. */
  sourcePart: string | null;
  /** Detected format of the document: `text`, `html`, ... */
  format: string;
  /** Hex SHA-256 of the document's raw bytes. */
  sha256: string;
  /**
   * The document as lines of raw text: for `text`, the decoded file; for `html`, the
   * main content rendered as text (one block element per paragraph, blank line between).
   * Title line first when the format carries it in the text.
   */
  text: string;
  /** True when `text` starts with a title line (plain-text articles). */
  titleInText: boolean;
  /** Metadata the input states outside the text. */
  meta: StatedMeta;
  /** Pieces already removed by the splitter (e.g. HTML navigation), with reasons. */
  removed: { text: string; reason: string }[];
  /** Captions and credits found by the splitter (e.g. HTML figcaption). */
  captions: string[];
  credits: string[];
  /** Unmapped columns/fields of a CSV/JSON row, kept for the researcher (record field `extra`). */
  extra?: Record<string, unknown>;
}

/** Output of the cleaning stage. */
export interface CleanedDoc {
  /** Headline (plain text, one line). Empty string when none can be found. */
  title: string;
  /** Content paragraphs, in reading order, cleaned (NFC, normalised spaces, glued words repaired). */
  paragraphs: string[];
  /** Every piece left out of the paragraphs, with its reason (`cookie-banner`, `follow-call`, ...). */
  removed: { text: string; reason: string }[];
  /** Headlines of "read also" / related lines, without the cue words. */
  related_headlines: string[];
  /** Image or video captions. */
  captions: string[];
  /** Photo or video credit holders (`Sputnik`). */
  credits: string[];
  /** Bylines found, as names. */
  authors: string[];
  /** Outlet names the document shows (follow calls, site notices, dateline tags), best first. */
  outletHints: string[];
  /** Dates as written in datelines/bylines, for the metadata stage. */
  dateHints: string[];
}
