/**
 * Cleaning stage: SourceDoc -> CleanedDoc.
 *
 * Algorithm (own heuristics, see /work/shared/eval/GUIDE.md for what counts as body):
 * 1. Normalise (mojibake repair, entities once, spaces, NFC) and split into lines.
 * 2. Title = first non-empty line that is not boilerplate (or `meta.title` for HTML); a title
 *    split over two lines is joined when the document repeats it whole.
 * 3. Each line is repaired ("surTelegram" -> "sur Telegram") and split at lost paragraph
 *    boundaries ("встречи.Sputnik", "взглядКак"), and a related headline glued in brackets after
 *    the last sentence ("…würde.(Ein Krieg mit …)") is split off; each piece is classified against the
 *    per-language cue tables of lib/rules/boilerplate.ts (union of all languages).
 * 4. Position passes: the header zone (between title and first real paragraph) drops short
 *    unpunctuated fragments (section labels, bylines, dates); the line after a
 *    title-with-credit is a caption; the trailing zone drops short fragments and author bios;
 *    poll blocks; sponsored blocks closed by a widget vendor line ("par Taboola"); trailing boilerplate sentences of a paragraph; duplicate paragraphs.
 * Never throws: on an internal error every non-empty line is returned as a paragraph.
 */

import { AGENCIES } from '../../rules/boilerplate.ts';
import { repairMojibake } from '../decode.ts';
import type { CleanedDoc, SourceDoc } from '../types.ts';
import type { PrefilteredCue } from './cues.ts';
import * as cues from './cues.ts';
import type { GlueScan } from './glue.ts';
import * as glue from './glue.ts';
import * as norm from './normalize.ts';

// Module-local copies of the imported bindings: under tsx (esbuild's CommonJS output) every read
// of an imported binding is a getter call, and these are read per piece of text.
const { CUE_BIT, cueHits, cueMask, maskIn, dispatchMatch, DISPATCH, DATE_FILLER_RE, DATE_RE, NAME_RE, RE, START, TIME_RE } = cues;
const D_READ_MORE = DISPATCH.readMore;
const D_FOLLOW = DISPATCH.follow;
const D_SITE_NOTICE = DISPATCH.siteNotice;
const {
  glueHintIn,
  hasLowerUpper,
  lowerUpperIn,
  mayGlueCueWords,
  mayGlueCueWordsIn,
  scanGlue,
  spaceGluedCueWords,
  splitAllCamel,
  splitGlued,
} = glue;
const { CH_DIGIT, CH_LETTER, CH_UPPER, charTable, fold, normalizeText, tokenKey, tokenKeyEnds, tokens } = norm;

export { normalizeText } from './normalize.ts';

const isJsSpace = norm.isJsSpace;

type Verdict = { kind: 'content' } | { kind: 'drop'; reason: string };

interface Item {
  text: string;
  /** UTF-16 offset of `text` in the normalised document text, -1 when it is not a slice of it */
  at: number;
  line: number;
  blankBefore: boolean;
  firstOfLine: boolean;
  verdict: Verdict;
}

interface Acc {
  removed: { text: string; reason: string }[];
  related: string[];
  captions: string[];
  credits: string[];
  authors: string[];
  outletHints: string[];
  dateHints: string[];
}

const pushUnique = (arr: string[], v: string | undefined): void => {
  const t = (v ?? '').trim();
  if (!t) return;
  const ft = fold(t);
  if (!arr.some((x) => fold(x) === ft)) arr.push(t);
};

/** After a repeated title: a dash and a short capitalised name, the source ("— The National Interest"). */
const TITLE_SOURCE_TAIL = /^[—–-]\s*\p{Lu}[\p{L}\p{N}.'’&-]*(?: [\p{L}\p{N}.'’&-]+){0,4}$/u;

/** Lower-case and unify quotes without changing string length (for prefix tests). */
const lite = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"');

/** lite() of single code points, as met (at most one entry per code point). */
const LITE_ONE = new Map<number, string>();

/**
 * Whether `lite(p).startsWith(v)` can hold, from the first code point of p alone (`lite(p)`
 * begins with the lite form of p's first code point: lower-casing is context-free there, even
 * for Σ). Lets callers skip computing `lite(p)` for most texts.
 */
function litePrefixMayBe(p: string, v: string): boolean {
  const cp = p.codePointAt(0);
  if (cp === undefined) return v === '';
  let first = LITE_ONE.get(cp);
  if (first === undefined) {
    first = lite(String.fromCodePoint(cp));
    LITE_ONE.set(cp, first);
  }
  return v.length <= first.length ? first.startsWith(v) : v.startsWith(first);
}

/** Han, kana: scripts written without spaces, where a word is about two characters. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_G = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const WORD_BITS = CH_LETTER | CH_DIGIT;
/**
 * Words of a text: runs of letters and digits (\p{L}\p{N}), plus half the Han/kana characters
 * (scripts without spaces). One scan with the character table; texts with astral characters
 * take the regexes.
 */
function wordCount(s: string): number {
  const t = charTable();
  let words = 0,
    cjk = 0,
    inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return wordCountRegex(s);
    if ((t[c] ?? 0) & WORD_BITS) {
      if (!inWord) words++;
      inWord = true;
      if (c >= 0x3040 && isCjk(c)) cjk++;
    } else inWord = false;
  }
  return words + (cjk >> 1);
}
function wordCountRegex(s: string): number {
  const words = (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return CJK.test(s) ? words + Math.floor((s.match(CJK_G)?.length ?? 0) / 2) : words;
}
/** [.!?…;:。！？：；] */
const SENTENCE_END = new Set([...'.!?…;:。！？：；'].map((c) => c.charCodeAt(0)));
/** ["»”’)\]」』）] */
const CLOSERS = new Set([...'"»”’)]」』）'].map((c) => c.charCodeAt(0)));
/** `/[.!?…;:。！？：；]["»”’)\]」』）]*$/u.test(s)`: a sentence end, then closing quotes or brackets only (scanned from the end). */
function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END.has(s.charCodeAt(i));
}
const substantial = (s: string): boolean => wordCount(s) >= 8 || endsSentence(s);
const DIGIT_RE = /[0-9]/;

/** Credit holders from a credit string ("© Ministère X Source: Sputnik" -> ["Ministère X", "Sputnik"]). */
function splitCredits(s: string): string[] {
  return s
    .split(RE.creditSplit)
    .map((x) => x.replace(/^[\s©:,.()-]+|[\s,.()-]+$/gu, '').trim())
    .filter((x) => x.length >= 2 && /\p{L}/u.test(x) && x.length <= 80);
}

/** Guess the nominative of a Slavic accusative name ("Дніпровську хвилю" -> "Дніпровська хвиля"). */
function nominativeGuess(name: string): string | null {
  const words = name.split(/\s+/);
  if (!words.length || !words.every((w) => /[\p{Script=Cyrillic}]/u.test(w) && /[ую]$/u.test(w))) return null;
  return words.map((w) => w.replace(/ую$/u, 'ая').replace(/юю$/u, 'яя').replace(/у$/u, 'а').replace(/ю$/u, 'я')).join(' ');
}

const DATE_RE_G = new RegExp(DATE_RE.source, 'giu');
/** An agency name at the end of a text: what every match of `RE.agencyByline` ends with (checked on the last AGENCY_MAX code units). */
const AGENCY_END = new RegExp(`(?:${AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');
const AGENCY_MAX = Math.max(...AGENCIES.map((a) => a.length));

function isDateLine(s: string): boolean {
  // every date expression holds an ASCII digit
  if (s.length > 80 || !DIGIT_RE.test(s) || !DATE_RE.test(s)) return false;
  const rest = s.replace(DATE_RE_G, ' ').replace(TIME_RE, ' ').replace(DATE_FILLER_RE, ' ');
  return (wordCount(rest) <= 2 && !endsSentence(s.replace(/\.$/, ''))) || (wordCount(rest) <= 2 && /\d$/.test(s));
}

const CRUMB_SEP = /[›»>|/]/;
function isBreadcrumb(s: string): boolean {
  if (s.length > 120 || !CRUMB_SEP.test(s) || !/\s[›»>|/]\s|^[^›]*›/u.test(s)) return false;
  const parts = s.split(/\s*[›»>|/]\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= 4 && !/[.!?]$/.test(p)) && !/[«"“„]/u.test(s);
}

/**
 * A run of share/button labels ("Share Tweet Email", "CompartirTuitearWhatsApp"): camel-glued
 * labels, or separated tokens that are all network names or share words, at least two of them
 * and one a network. `lowerUpper`: `hasLowerUpper(s)` when the caller knows it.
 */
function isButtonRun(s: string, lowerUpper?: boolean): boolean {
  if (s.length > 200) return false;
  const memo = BUTTON_RUN.get(s);
  if (memo !== undefined) return memo;
  const r = isButtonRunUncached(s, lowerUpper);
  if (BUTTON_RUN.size > 256) BUTTON_RUN.clear();
  BUTTON_RUN.set(s, r);
  return r;
}
/** isButtonRun results of the document being cleaned (the same line is tested as a line and as a piece). */
const BUTTON_RUN = new Map<string, boolean>();
function isButtonRunUncached(s: string, lowerUpper?: boolean): boolean {
  // camel-glued labels: the first label starts with s's first character (s is trimmed at the start)
  if ((isJsSpace(s.charCodeAt(0)) || START.buttonExact.may(s)) && (lowerUpper ?? hasLowerUpper(s))) {
    const camel = splitAllCamel(s);
    if (camel.length >= 2 && camel.every((p) => RE.buttonExact.test(p))) return true;
  }
  // the tokens between separators (spaces, commas, bars, dots) must all be network names or
  // share words, at least two of them and one a network; stop at the first other token
  const c0 = s.charCodeAt(0);
  const sep0 = isJsSpace(c0) || c0 === 0x2c || c0 === 0x7c || c0 === 0xb7 || c0 === 0x2022; // [\s,|·•]
  if (!sep0 && !START.shareExact.may(s)) return false; // the first token starts s and is no share word
  let n = 0,
    net = false;
  BUTTON_TOKEN_RE.lastIndex = 0;
  for (let m = BUTTON_TOKEN_RE.exec(s); m; m = BUTTON_TOKEN_RE.exec(s)) {
    const kind = tokenKind(m[0]);
    const isNet = kind === TOKEN_NETWORK;
    if (kind === TOKEN_OTHER) return false;
    net ||= isNet;
    n++;
  }
  return n >= 2 && net;
}
const BUTTON_TOKEN_RE = /[^\s,|·•]+/gu;
const TOKEN_OTHER = 0;
const TOKEN_SHARE = 1;
const TOKEN_NETWORK = 2;
/** Kinds of tokens already classified (network name, share word, other), bounded. */
const TOKEN_KINDS = new Map<string, number>();
/** TOKEN_NETWORK when `RE.network` matches the token, else TOKEN_SHARE when `RE.shareExact` does, else TOKEN_OTHER (memoised). */
function tokenKind(tok: string): number {
  if (!START.shareExact.may(tok)) return TOKEN_OTHER; // the network names are share-bar tokens too
  let k = TOKEN_KINDS.get(tok);
  if (k === undefined) {
    k =
      START.network.may(tok) && RE.network.test(tok)
        ? TOKEN_NETWORK
        : START.shareExact.may(tok) && RE.shareExact.test(tok)
          ? TOKEN_SHARE
          : TOKEN_OTHER;
    if (TOKEN_KINDS.size > 20000) TOKEN_KINDS.clear();
    TOKEN_KINDS.set(tok, k);
  }
  return k;
}

/** Classify one piece of text (a line or part of a glued line). Records side outputs in acc. */
/**
 * A follow call opens its sentence ("Follow us on Telegram", "…said. Subscribe to our channel"):
 * "residents were told to follow police updates on Twitter" is news, not a call.
 */
const FOLLOW_FIRST = new RegExp(RE.follow.source, RE.follow.flags.replace('g', ''));

function followAtSentenceStart(p: string, loc: Loc): boolean {
  let at = -2;
  if (D_FOLLOW !== null && loc.hits !== null && loc.at >= 0) at = dispatchMatch(D_FOLLOW, p, loc.hits, loc.at, loc.at + p.length, true);
  if (at === -2) at = FOLLOW_FIRST.exec(p)?.index ?? -1;
  if (at < 0) return false;
  const before = p.slice(0, at).trim();
  return before === '' || /[.!?…»”"':|–—-]$/u.test(before) || wordCount(before) <= 2;
}

/**
 * `re.test(p)` for the unanchored cue alternation `re` with dispatch `d` ({@link dispatchMatch}),
 * from the document's cue hits when the piece is a slice of the document.
 */
function cueTest(d: cues.Dispatch | null, re: RegExp, p: string, loc: Loc): boolean {
  if (d !== null && loc.hits !== null && loc.at >= 0) {
    const r = dispatchMatch(d, p, loc.hits, loc.at, loc.at + p.length, false);
    if (r !== -2) return r >= 0;
  }
  return re.test(p);
}

/**
 * Where a piece of text lies in the document, for the cue prefilter: the document's
 * {@link cueHits} (null: none) and the piece's UTF-16 offset in the document text (-1: not a slice of it).
 */
interface Loc {
  hits: number[] | null;
  /** the document's glued capitals (null: unknown) */
  glued: GlueScan | null;
  at: number;
}
const NOWHERE: Loc = { hits: null, glued: null, at: -1 };
/** Bits of the prefiltered cue categories (a module-local copy: read per piece). */
const BIT: Record<PrefilteredCue, number> = { ...CUE_BIT };
const drop = (reason: string): Verdict => ({ kind: 'drop', reason });

function classify(p: string, acc: Acc, knownAuthors: string[], loc: Loc = NOWHERE): Verdict {
  const len = p.length;
  if (!/[\p{L}\p{N}]/u.test(p)) return drop('separator');
  // which big cue alternations can match at all (literal prefilter, cues.ts)
  const mask = loc.hits && loc.at >= 0 ? maskIn(loc.hits, loc.at, loc.at + len) : cueMask(p.toLowerCase());
  if (len <= 60 && START.ad.may(p) && RE.ad.test(p)) return drop('ad-label');
  if (len <= 60 && START.commentHeading.may(p) && RE.commentHeading.test(p)) return drop('comment-prompt');
  if (len <= 80 && START.shareExact.may(p) && RE.shareExact.test(p)) return drop('share-call');
  if (len <= 80 && START.buttonExact.may(p) && RE.buttonExact.test(p)) return drop('button-labels');
  if (isButtonRun(p, loc.glued && loc.at >= 0 ? lowerUpperIn(loc.glued, loc.at, loc.at + len) : undefined))
    return drop(splitAllCamel(p).some((x) => RE.shareExact.test(x)) || !/[\p{Ll}]\p{Lu}/u.test(p) ? 'share-call' : 'button-labels');
  if (len <= 400 && (mask & BIT.readMore) !== 0 && cueTest(D_READ_MORE, RE.readMore, p, loc)) return drop('read-also');
  if (len <= 350) {
    const m = START.readAlso.may(p) ? RE.readAlso.exec(p) : null;
    if (m) {
      pushUnique(acc.related, m.groups?.h);
      return drop('read-also');
    }
    const may = START.readAlsoUpper.may(p);
    const u = may ? RE.readAlsoUpper.exec(p) : null;
    const cuePart = u?.groups?.h ? p.slice(0, p.length - u.groups.h.length).trim() : '';
    if (u && cuePart && cuePart === cuePart.toUpperCase() && /\p{Lu}{3}/u.test(cuePart)) {
      pushUnique(acc.related, u.groups?.h);
      return drop('read-also');
    }
    // "Also on rt.com <Headline>": a cue ending in a web address, the headline right after it
    const site = may ? RE.readAlsoSite.exec(p) : null;
    if (site?.groups?.h) {
      pushUnique(acc.related, site.groups.h);
      return drop('read-also');
    }
  }
  if (len <= 1500 && (mask & BIT.cookie) !== 0 && (RE.cookieStrong.test(p) || (RE.cookie.test(p) && RE.cookieContext.test(p)))) {
    outletFrom(RE.noticeOutlet, p, acc);
    return drop('cookie-banner');
  }
  if (len <= 300 && (mask & BIT.follow) !== 0 && followAtSentenceStart(p, loc)) {
    outletFrom(RE.followOutlet, p, acc);
    return drop('follow-call');
  }
  if (len <= 400 && (mask & BIT.poll) !== 0 && RE.poll.test(p)) return drop('poll');
  if (len <= 400 && (mask & BIT.comment) !== 0 && RE.comment.test(p)) return drop('comment-prompt');
  if (len <= 300 && (mask & BIT.newsletter) !== 0 && RE.newsletter.test(p)) return drop('newsletter');
  if (len <= 300 && (mask & BIT.donation) !== 0 && RE.donation.test(p)) return drop('donation-call');
  if (len <= 300 && (mask & BIT.copyright) !== 0 && RE.copyright.test(p)) {
    const m = RE.copyrightOutlet.exec(p);
    const o = m?.groups?.o
      ?.replace(
        /\s+(?:Ediciones|Editions|Éditions|Edições|Media|GmbH|S\.?L\.?|S\.?A\.?|Ltd\.?|Inc\.?|LLC|SAS|AG|Sp\. z o\.o\.)(?:\s.*)?$/u,
        '',
      )
      .trim();
    if (o && /^\p{Lu}/u.test(o) && !/^(?:all|todos|tous|alle|tutti|все|усі|wszelkie)\b/iu.test(o)) pushUnique(acc.outletHints, o);
    return drop('copyright');
  }
  if (
    (mask & BIT.siteNotice) !== 0 &&
    cueTest(D_SITE_NOTICE, RE.siteNotice, p, loc) &&
    (len <= 700 || (p.match(RE.siteNoticeAll) ?? []).length >= 2)
  )
    return drop('site-notice');
  if (len <= 300 && START.tags.may(p) && RE.tags.test(p)) return drop('tags');
  if (len <= 60 && START.aboutAuthor.may(p) && RE.aboutAuthor.test(p)) return drop('author-bio');
  if (len <= 600 && knownAuthors.length && startsWithAuthor(p, knownAuthors)) {
    if (RE.bio.test(p) || len <= 400) return drop('author-bio');
  }
  if (len <= 140) {
    const b = START.byline.may(p) ? RE.byline.exec(p) : null;
    if (b?.groups?.rest) {
      const rest = b.groups.rest;
      let namePart = rest.split(/\s*(?:[|,(—–]|\s-\s)\s*/u)[0]?.trim() ?? '';
      let dated = false;
      // a dated byline ("Publié par Jean-Patrick Grumberg le 12 juin 2022"): the name ends before the date and its connector
      if (!NAME_RE.test(namePart) && DIGIT_RE.test(namePart)) {
        const dm = DATE_RE.exec(namePart);
        const lm = RE.bylineDateLink.exec(namePart);
        const cut = Math.min(dm ? dm.index : namePart.length, lm ? lm.index : namePart.length);
        if (cut > 0 && cut < namePart.length) {
          dated = dm !== null;
          namePart = namePart.slice(0, cut).replace(RE.bylineLinkEnd, '');
        }
      }
      const names = namePart.split(/\s+(?:and|et|und|y|e|i|и|і|&)\s+/u);
      if (names.length && names.every((n) => NAME_RE.test(n))) {
        for (const n of names) pushUnique(acc.authors, n);
        const d = DATE_RE.exec(rest);
        if (d) pushUnique(acc.dateHints, rest.slice(d.index).trim());
        const after = rest.slice(namePart.length).replace(/^\s*,\s*/u, '');
        const org = after.split(/\s*[—–|]\s*|\s+-\s+/u)[0]?.trim();
        if (org && /^\p{Lu}/u.test(org) && !DATE_RE.test(org) && wordCount(org) <= 5) pushUnique(acc.outletHints, org);
        return drop('byline');
      }
      // "Posted by the editors on 12 June 2022": a dated byline without a personal name
      // (only after a verb cue, "Posted by"/"Опубликовал:", never a bare "By"/"Par" that may open a sentence)
      const cue = p.slice(0, p.length - rest.length).trim();
      if (dated && wordCount(namePart) <= 4 && /\s|:$/u.test(cue) && !endsSentence(p)) {
        const d = DATE_RE.exec(rest);
        if (d) pushUnique(acc.dateHints, rest.slice(d.index).trim());
        return drop('byline');
      }
    }
    const ag = AGENCY_END.test(p.slice(-AGENCY_MAX)) ? RE.agencyByline.exec(p) : null;
    if (ag?.groups?.o && /^\p{Lu}/u.test(ag.groups.o) && wordCount(ag.groups.o) <= 5 && !endsSentence(p)) {
      pushUnique(acc.outletHints, ag.groups.o);
      return drop('byline');
    }
  }
  if (len <= 160 && (mask & BIT.credit) !== 0 && RE.creditStart.test(p)) {
    for (const c of splitCredits(p)) pushUnique(acc.credits, c);
    return drop('photo-credit');
  }
  if (len <= 120 && /^\((?:[^()]{2,60})\/(?:[^()]{2,60})\)$/u.test(p)) {
    for (const c of splitCredits(p.slice(1, -1))) pushUnique(acc.credits, c);
    return drop('photo-credit');
  }
  if (isBreadcrumb(p)) return drop('navigation');
  if (isDateLine(p)) {
    pushUnique(acc.dateHints, p);
    return drop('dateline');
  }
  if (len <= 400 && (mask & BIT.credit) !== 0) {
    const m = RE.captionCredit.exec(p);
    const cap = m?.groups?.cap?.trim();
    const cr = m?.groups?.cr?.trim();
    if (m && cap && cr && creditLooksLikeHolder(cr)) {
      if (wordCount(cap) < 3) {
        for (const c of splitCredits(cr)) pushUnique(acc.credits, c);
        return drop('photo-credit');
      }
      pushUnique(acc.captions, cap.replace(/\s*[—–|([-]$/u, ''));
      for (const c of splitCredits(cr)) pushUnique(acc.credits, c);
      return drop('caption');
    }
  }
  return { kind: 'content' };
}

/** Whether the lite form of p starts with a known author's name and a space or comma. */
function startsWithAuthor(p: string, authors: string[]): boolean {
  let lp: string | undefined;
  for (const a of authors) {
    const la = lite(a);
    if (!litePrefixMayBe(p, la)) continue;
    lp ??= lite(p);
    if (lp.startsWith(`${la} `) || lp.startsWith(`${la},`)) return true;
  }
  return false;
}

/** A credit holder: capitalised words (names, agencies), short, no sentence inside. */
function creditLooksLikeHolder(cr: string): boolean {
  return cr.length <= 80 && /^[\p{Lu}\p{N}@"«]/u.test(cr) && wordCount(cr) <= 10 && !/[,;:]\s+\p{Ll}/u.test(cr);
}

function outletFrom(res: RegExp[], p: string, acc: Acc): void {
  for (const re of res) {
    const o = re
      .exec(p)
      ?.groups?.o?.trim()
      .replace(/[«»"“”]/g, '');
    if (o && /^\p{Lu}/u.test(o)) {
      const nom = nominativeGuess(o);
      if (nom) pushUnique(acc.outletHints, nom);
      pushUnique(acc.outletHints, o);
      return;
    }
  }
}

/** Opening dateline of a lead: "ВИЛЬНЮС, 8 июл – Sputnik. ..." / "KIEV, 12 de marzo (Meridiano 24) — ...". */
const DATELINE_RE =
  /^(?<place>[\p{Lu}][\p{Lu}'’. -]{1,40}(?:\/[\p{Lu} .-]+)?),\s*(?<date>[^—–()\n]{1,30}?)\s*(?:\((?<paren>[^)]{2,40})\))?\s*[—–-]\s*(?:(?<tag>[\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,2})\.(?=\s|$))?/u;

function datelineHints(p: string, acc: Acc): void {
  const m = DATELINE_RE.exec(p);
  if (!m?.groups) return;
  const { place, date, paren, tag } = m.groups;
  if (!place || !/^[\p{Lu}\s'’./-]+$/u.test(place) || (place.match(/\p{L}/gu) ?? []).length < 3) return;
  if (date && /\d/.test(date)) pushUnique(acc.dateHints, date.trim());
  if (paren && /^\p{Lu}/u.test(paren) && !/\d{4}/.test(paren)) pushUnique(acc.outletHints, paren.trim());
  if (tag) pushUnique(acc.outletHints, tag.trim());
}

/** Split a paragraph into sentences (for trailing boilerplate sentences). */
function sentences(p: string): string[] {
  return p.split(SENTENCE_SPLIT);
}
const SENTENCE_SPLIT = /(?<=[.!?…]["»”’)]?)\s+(?=["«“„]?\p{Lu})/u;
/** Signature line of an embedded post: " — Name (@handle) March 13, 2018" at the end. */
const EMBED_SIGNATURE = /\s[—–-]\s*[^—–]{1,60}\(@\w+\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;

/** ["»”’)] */
const isStopCloser = (c: number): boolean => c === 0x22 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29;
/** ["«“„] */
const isStartQuote = (c: number): boolean => c === 0x22 || c === 0xab || c === 0x201c || c === 0x201e;
const P_LU = /^\p{Lu}/u;

/**
 * UTF-16 offset where the last piece of {@link sentences} starts, or -1 when `sentences(p)` has
 * one piece: the end of the last whitespace run that follows [.!?…] (optionally then one of
 * ["»”’)]) and precedes an optional opening quote and a capital. Visits the sentence stops
 * from the end.
 */
function lastSentenceStart(p: string): number {
  const t = charTable();
  const n = p.length;
  // the stops from the end, by the last index of each stop character before the current one
  let dot = lastBefore(p, '.', n - 2);
  let bang = lastBefore(p, '!', n - 2);
  let ask = lastBefore(p, '?', n - 2);
  let ell = lastBefore(p, '…', n - 2);
  for (let k = Math.max(dot, bang, ask, ell); k >= 0; k = Math.max(dot, bang, ask, ell)) {
    if (k === dot) dot = lastBefore(p, '.', k - 1);
    else if (k === bang) bang = lastBefore(p, '!', k - 1);
    else if (k === ask) ask = lastBefore(p, '?', k - 1);
    else ell = lastBefore(p, '…', k - 1);
    // the whitespace run right after the stop, or after the stop and one closing quote
    let q = k + 1;
    if (isStopCloser(p.charCodeAt(q)) && q + 1 < n && isJsSpace(p.charCodeAt(q + 1))) q++;
    if (!isJsSpace(p.charCodeAt(q))) continue;
    let e = q + 1;
    while (e < n && isJsSpace(p.charCodeAt(e))) e++;
    if (e < n && ((isStartQuote(p.charCodeAt(e)) && isCapitalAt(p, e + 1, t, CH_UPPER)) || isCapitalAt(p, e, t, CH_UPPER))) return e;
  }
  return -1;
}
/** The last index of the code unit c in p at or before `at`, or -1 (also for a negative `at`). */
const lastBefore = (p: string, c: string, at: number): number => (at < 0 ? -1 : p.lastIndexOf(c, at));
/** \p{Lu} at UTF-16 offset i (astral code points by regex). */
function isCapitalAt(p: string, i: number, t: Uint8Array, upper: number): boolean {
  if (i >= p.length) return false;
  const c = p.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return P_LU.test(p.slice(i, i + 2));
  return ((t[c] ?? 0) & upper) !== 0;
}
/** Sentence-end characters before a glued bracket, and closing quotes that may follow them. */
const GP_END = /[.!?…]["”“»’]?$/u;
/** Start of a headline: a capital or an opening quote. */
const GP_START = /^["„“«‚‘]?\p{Lu}/u;
/**
 * A related headline glued in round brackets to the end of a line right after a sentence end
 * ("…sein würde.(Ein Krieg mit Russland wäre …)", "…durchführe.(„Was …?“ Putins Abrechnung! (Video))").
 * The bracket opened after the sentence end must close at the end of the line (nested brackets
 * balanced); the bracketed text must have >= 4 words, start with a capital or opening quote, and
 * not end with a period (a parenthetical sentence of the story does).
 * @param p one trimmed line ending with ")"
 * @returns UTF-16 offset of the opening bracket, or -1
 */
function gluedParenHeadline(p: string): number {
  let depth = 0;
  for (let i = p.length - 1; i > 0; i--) {
    const c = p.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40 && --depth === 0) {
      if (!GP_END.test(p.slice(Math.max(0, i - 2), i))) return -1;
      const inner = p
        .slice(i + 1, -1)
        .replace(RE.mediaMark, '')
        .trim();
      if (!GP_START.test(inner) || /\.$/u.test(inner) || wordCount(inner) < 4) return -1;
      return wordCount(p.slice(0, i)) >= 4 ? i : -1;
    }
  }
  return -1;
}
const TRAILING_OK = new Set(['read-also', 'follow-call', 'newsletter', 'donation-call', 'site-notice', 'share-call', 'comment-prompt']);

/** Clean one document. Never throws. */
export function cleanDocument(doc: SourceDoc): CleanedDoc {
  try {
    return cleanInner(doc);
  } catch {
    const paragraphs = normalizeText(String(doc?.text ?? ''))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return {
      title: paragraphs[0] ?? '',
      paragraphs: paragraphs.slice(1),
      removed: [],
      related_headlines: [],
      captions: [],
      credits: [],
      authors: [],
      outletHints: [],
      dateHints: [],
    };
  }
}

function cleanInner(doc: SourceDoc): CleanedDoc {
  const acc: Acc = {
    removed: [...(doc.removed ?? [])],
    related: [],
    captions: [...(doc.captions ?? [])],
    credits: [...(doc.credits ?? [])],
    authors: [...(doc.meta?.authors ?? [])],
    outletHints: [],
    dateHints: [],
  };
  const text = normalizeText(repairMojibake(String(doc.text ?? '')).text);
  const rawLines = text.split('\n');
  const lines = rawLines.map((l) => l.trim());
  /** UTF-16 offset of each trimmed line in `text` */
  const lineAt: number[] = [];
  for (let li = 0, off = 0; li < rawLines.length; li++) {
    const r = rawLines[li] ?? '';
    let lead = 0;
    while (lead < r.length && isJsSpace(r.charCodeAt(lead))) lead++;
    lineAt.push(off + lead);
    off += r.length + 1;
  }
  // one scan of the text: cue literals (hits) and glued capitals (glued)
  const glueScan: GlueScan = { at: [], kind: [] };
  const hits = cueHits(text, glueScan);
  const glued = hits === null ? scanGlue(text) : glueScan.astral ? null : glueScan;
  BUTTON_RUN.clear();
  const locOf = (at: number): Loc => ({ hits, glued, at });
  const hasBlankLines = lines.some((l, i) => l === '' && i > 0 && i < lines.length - 1);

  // ---------- title ----------
  let title = '';
  let start = 0; // first line after the title
  const titleVariants: string[] = [];
  if (doc.titleInText) {
    let i = 0;
    const scratch: Acc = { removed: [], related: [], captions: [], credits: [], authors: [], outletHints: [], dateHints: [] };
    for (let tries = 0; i < lines.length && tries < 6; i++) {
      const l = lines[i] ?? '';
      if (!l) continue;
      tries++;
      // menu items at the very top ("- Hindi News", "• World")
      if (/^[-•·*▪►]\s/u.test(l) && wordCount(l) <= 12) {
        acc.removed.push({ text: l, reason: 'navigation' });
        continue;
      }
      const v = classify(l, scratch, [], locOf(lineAt[i] ?? -1));
      if (v.kind === 'drop' && v.reason !== 'caption' && v.reason !== 'read-also' && v.reason !== 'byline') {
        acc.removed.push({ text: l, reason: v.reason });
        continue;
      }
      break;
    }
    title = lines[i] ?? '';
    start = i + 1;
    // title with a glued credit
    const spaced = spaceGluedCueWords(title);
    const tc = cueMask(spaced.toLowerCase()) & BIT.credit ? RE.captionCredit.exec(spaced) : null;
    if (tc?.groups?.cap && tc.groups.cr && creditLooksLikeHolder(tc.groups.cr) && /^(?:©|\p{L})/u.test(tc.groups.cue ?? '')) {
      for (const c of splitCredits(tc.groups.cr)) pushUnique(acc.credits, c);
      title = tc.groups.cap.trim();
    }
    // title split over two lines, repeated whole (or repeated as the same two lines) later
    const next = lines[start] ?? '';
    if (next && next.length <= 200) {
      const joined = `${title} ${next}`;
      const later = lines.slice(start + 1, start + 12);
      const fj = fold(joined);
      const ft = fold(title),
        fn = fold(next);
      const lj = lite(joined);
      const fl = later.map((l) => fold(l));
      const repeatedWhole = later.some((l, k) => fl[k] === fj || (litePrefixMayBe(l, lj) && lite(l).startsWith(lj)));
      const repeatedPair = later.some((_l, k) => fl[k] === ft && (k + 1 < fl.length ? fl[k + 1] : '') === fn);
      if (repeatedWhole || repeatedPair) {
        title = joined;
        start += 1;
        titleVariants.push(ft, fn);
      }
    }
  } else {
    title = normalizeText(doc.meta?.title ?? '').replace(/\s*\n\s*/g, ' ');
  }
  if (title) {
    titleVariants.unshift(lite(title));
    const noParen = title.replace(/\s*[([][^)\]]{2,40}[)\]]\s*$/u, '');
    if (noParen !== title && noParen.length >= 8) titleVariants.push(lite(noParen));
    const noSuffix = title.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, '');
    if (noSuffix !== title && noSuffix.length >= 12) titleVariants.push(lite(noSuffix));
    // a site's domain in parentheses after the headline ("Kurz und der Großspender (nd-aktuell.de)")
    const noDomain = title.replace(/\s*\((?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\)$/u, '');
    if (noDomain !== title && noDomain.length >= 8) title = noDomain;
    // "…взрыв." as the title, "…взрыв" repeated below it
    const noStop = title.replace(/[\s.!…]+$/u, '');
    if (noStop !== title && noStop.length >= 12) titleVariants.push(lite(noStop));
  }

  // ---------- pieces ----------
  const items: Item[] = [];
  let blank = false;
  const glueCues = glued ? mayGlueCueWordsIn(glued, text) : mayGlueCueWords(text);
  for (let li = start; li < lines.length; li++) {
    let raw = lines[li] ?? '';
    if (!raw) {
      blank = true;
      continue;
    }
    // a related headline glued in brackets after the last sentence ("…sein würde.(Ein Krieg mit …)")
    const gp = raw.charCodeAt(raw.length - 1) === 41 ? gluedParenHeadline(raw) : -1;
    if (gp > 0) {
      const tail = raw.slice(gp);
      acc.removed.push({ text: tail, reason: 'read-also' });
      pushUnique(acc.related, tail.slice(1, -1).replace(RE.mediaMark, '').trim());
      raw = raw.slice(0, gp);
    }
    const line = glueCues ? spaceGluedCueWords(raw) : raw;
    // offsets of the pieces: trimmed slices of the line, in order (unknown when the line was respaced)
    const base = lineAt[li] ?? -1;
    const lu = glued ? lowerUpperIn(glued, base, base + raw.length) : undefined;
    const hint = glued && line === raw ? glueHintIn(glued, base, base + raw.length) : undefined;
    const pieces = isButtonRun(raw, lu) || (line !== raw && isButtonRun(line)) ? [raw] : splitGlued(line, hint);
    let from = 0;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k] ?? '';
      let at = -1;
      if (p === raw) at = base;
      else if (line === raw) {
        const j = raw.indexOf(p, from);
        if (j >= 0) {
          at = base + j;
          from = j + p.length;
        }
      }
      items.push({ text: p, at, line: li, blankBefore: k === 0 && blank, firstOfLine: k === 0, verdict: { kind: 'content' } });
    }
    blank = false;
  }

  // ---------- classify ----------
  for (const it of items) {
    let lt: string | undefined;
    let tv: string | undefined;
    for (const v of titleVariants) {
      if (!v || !litePrefixMayBe(it.text, v)) continue;
      lt ??= lite(it.text);
      if (lt === v || (lt.startsWith(v) && lt.length > v.length)) {
        tv = v;
        break;
      }
    }
    if (tv !== undefined) {
      const rest = it.text.slice(tv.length).trim();
      // the title again, or the title with its source after a dash ("… — The National Interest")
      if (!rest || TITLE_SOURCE_TAIL.test(rest)) {
        it.verdict = { kind: 'drop', reason: 'repeated-title' };
        continue;
      }
      if (RE.creditStart.test(rest) && rest.length <= 120) {
        for (const c of splitCredits(rest)) pushUnique(acc.credits, c);
        it.verdict = { kind: 'drop', reason: 'repeated-title' };
        (it as Item & { credit?: boolean }).credit = true;
        continue;
      }
    }
    it.verdict = classify(it.text, acc, acc.authors, locOf(it.at));
    if (it.verdict.kind === 'drop' && it.verdict.reason === 'photo-credit') (it as Item & { credit?: boolean }).credit = true;
    // "…the council said. Follow us on Twitter for live updates.": a story sentence with a call
    // glued after it. Keep the paragraph; the trailing-sentence pass below strips the call.
    if (it.verdict.kind === 'drop' && TRAILING_OK.has(it.verdict.reason)) {
      const ss = sentences(it.text);
      // Everything but the last sentence must be content on its own: then only the tail is boilerplate.
      const head = ss.slice(0, -1).join(' ').trim();
      const scratch: Acc = { removed: [], related: [], captions: [], credits: [], authors: [], outletHints: [], dateHints: [] };
      if (ss.length >= 2 && wordCount(head) >= 6 && endsSentence(head)) {
        if (classify(head, scratch, []).kind === 'content') it.verdict = { kind: 'content' };
      }
      // …or a call opening the paragraph: "Follow our live coverage on Telegram. The minister…"
      const first = (ss[0] ?? '').trim();
      const rest = ss.slice(1).join(' ').trim();
      if (it.verdict.kind === 'drop' && ss.length >= 2 && wordCount(rest) >= 6 && endsSentence(rest)) {
        const reason = it.verdict.reason;
        if (classify(first, scratch, []).kind === 'drop' && classify(rest, scratch, []).kind === 'content') {
          acc.removed.push({ text: first, reason });
          it.text = rest;
          it.at = -1;
          it.verdict = { kind: 'content' };
        }
      }
    }
  }

  // ---------- caption after a title-with-credit / credit line ----------
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k] as Item & { credit?: boolean };
    const b = items[k + 1];
    if (!a.credit || !b || b.verdict.kind !== 'content') continue;
    if (b.blankBefore || !b.firstOfLine) continue;
    if (b.text.length > 250 || (!hasBlankLines && b.text.length > 120) || DATELINE_RE.test(b.text)) continue;
    b.verdict = { kind: 'drop', reason: 'caption' };
    pushUnique(acc.captions, b.text);
  }

  // ---------- related headlines glued into one line ("…gunman: companyLas Vegas shooter … says") ----------
  // every piece of the line a headline: 6-25 words, no sentence end, no opening quote mark
  for (let k = 0; k < items.length; ) {
    let e = k + 1;
    while (e < items.length && (items[e] as Item).line === (items[k] as Item).line) e++;
    const run = items.slice(k, e);
    if (
      run.length >= 2 &&
      run.every(
        (x) =>
          x.verdict.kind === 'content' &&
          !endsSentence(x.text) &&
          !/^["„“«‘'»‚]/u.test(x.text) &&
          wordCount(x.text) >= 6 &&
          wordCount(x.text) <= 25,
      )
    )
      for (const x of run) {
        x.verdict = { kind: 'drop', reason: 'read-also' };
        pushUnique(acc.related, x.text);
      }
    k = e;
  }

  // ---------- a block of related headlines: in a document of blank-line paragraphs, two or more
  // consecutive lines with no blank line between them, each a capitalised headline of 3-15 words
  // with no sentence end and no list bullet ("Эвакуация крупного лагеря мигрантов в Париже") ----------
  if (hasBlankLines) {
    const headline = (x: Item): boolean =>
      x.verdict.kind === 'content' &&
      x.firstOfLine &&
      /^\p{Lu}/u.test(x.text) &&
      !endsSentence(x.text) &&
      !/[:;,]$/u.test(x.text) &&
      wordCount(x.text) >= 3 &&
      wordCount(x.text) <= 15;
    for (let k = 0; k < items.length; ) {
      let e = k;
      while (e < items.length && headline(items[e] as Item) && (e === k || !(items[e] as Item).blankBefore)) e++;
      if (e - k >= 2 && (e === items.length || (items[e] as Item).blankBefore)) {
        for (let j = k; j < e; j++) {
          const x = items[j] as Item;
          x.verdict = { kind: 'drop', reason: 'read-also' };
          pushUnique(acc.related, x.text);
        }
      }
      k = Math.max(e, k + 1);
    }
  }

  // ---------- a tags heading alone, then its comma-separated list ----------
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b || a.verdict.kind !== 'content' || !(START.tags.may(a.text) && RE.tagsHeading.test(a.text))) continue;
    const parts = b.text.split(/\s*[,;|]\s*/);
    if (parts.length < 3 || endsSentence(b.text) || parts.some((x) => wordCount(x) > 6)) continue;
    a.verdict = { kind: 'drop', reason: 'tags' };
    b.verdict = { kind: 'drop', reason: 'tags' };
  }

  // ---------- header zone ----------
  for (const it of items) {
    if (it.verdict.kind === 'drop') continue;
    if (substantial(it.text)) break;
    if (wordCount(it.text) > 7) break;
    if (NAME_RE.test(it.text)) {
      pushUnique(acc.authors, it.text);
      it.verdict = { kind: 'drop', reason: 'byline' };
    } else if (DIGIT_RE.test(it.text) && DATE_RE.test(it.text)) {
      pushUnique(acc.dateHints, it.text);
      it.verdict = { kind: 'drop', reason: 'dateline' };
    } else it.verdict = { kind: 'drop', reason: 'navigation' };
  }

  // ---------- poll blocks ----------
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it?.verdict.kind !== 'drop' || it.verdict.reason !== 'poll' || RE.pollEnd.test(it.text)) continue;
    for (let j = k + 1; j < items.length && j <= k + 8; j++) {
      const n = items[j];
      if (!n) break;
      if (n.verdict.kind === 'drop') {
        if (RE.pollEnd.test(n.text)) break;
        continue;
      }
      if (/\?\s*$|\*|\?\s+\p{Lu}/u.test(n.text) && n.text.length <= 400) n.verdict = { kind: 'drop', reason: 'poll' };
      else break;
      if (RE.pollEnd.test(n.text)) break;
    }
  }

  // ---------- sponsored blocks: ad headlines between a sponsored heading and its vendor line ----------
  // "Contenus Sponsorisés / <3 ad headlines> / par Taboola": drop the lines in between when the
  // vendor line comes within 8 lines, every line in between is short and no blank line splits them.
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it?.verdict.kind !== 'drop' || it.verdict.reason !== 'ad-label') continue;
    let end = -1;
    for (let j = k + 1; j < items.length; j++) {
      const n = items[j];
      if (!n || n.blankBefore || n.line > it.line + 8 || n.text.length > 200) break;
      if (n.verdict.kind === 'drop' && n.verdict.reason === 'ad-label' && RE.vendorLine.test(n.text)) {
        end = j;
        break;
      }
    }
    for (let j = k + 1; j < end; j++) {
      const n = items[j];
      if (n && n.verdict.kind === 'content') n.verdict = { kind: 'drop', reason: 'ad-label' };
    }
    if (end > k) k = end;
  }

  // ---------- trailing zone: short fragments and author bios after the last real paragraph ----------
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k];
    if (!it) continue;
    if (it.verdict.kind === 'drop') continue;
    if (RE.bio.test(it.text) && it.text.length <= 600) {
      const name = RE.bio.exec(it.text)?.groups?.name;
      if (name && NAME_RE.test(name)) {
        pushUnique(acc.authors, name);
        it.verdict = { kind: 'drop', reason: 'author-bio' };
        continue;
      }
    }
    if (!substantial(it.text) && wordCount(it.text) <= 6) {
      it.verdict = { kind: 'drop', reason: 'trailing-fragment' };
      continue;
    }
    break;
  }

  // ---------- paragraphs: trailing boilerplate sentences, dedup ----------
  const paragraphs: string[] = [];
  const seen = new KeySet();
  const recent: string[] = [];
  for (const it of items) {
    if (it.verdict.kind === 'drop') {
      acc.removed.push({ text: it.text, reason: it.verdict.reason });
      continue;
    }
    let p = it.text;
    for (let guard = 0; guard < 2; guard++) {
      const at = lastSentenceStart(p);
      if (at < 0) break;
      const last = p.slice(at);
      const v = classify(last, acc, acc.authors, locOf(it.at >= 0 ? it.at + at : -1));
      if (v.kind === 'drop' && TRAILING_OK.has(v.reason)) {
        acc.removed.push({ text: last, reason: v.reason });
        p = p.slice(0, p.length - last.length).trim();
      } else break;
    }
    // duplicate: an earlier paragraph with the same tokenKey (keys compared only when their ends agree)
    const ends = tokenKeyEnds(p);
    const dupKey = ends ? seen.match(ends, p) : null;
    if (dupKey !== null && (tokenCount(dupKey) >= 10 || (tokenCount(dupKey) >= 3 && endsSentence(p)))) {
      acc.removed.push({ text: p, reason: 'duplicate-paragraph' });
      continue;
    }
    // near-duplicate echo of an embedded post ("text — Name (@handle) March 13, 2018")
    const sig = EMBED_SIGNATURE;
    if (p.includes('(@') && sig.test(p)) {
      const core = tokens(p.replace(sig, '').replace(/https?:\/\/\S+|pic\.twitter\.com\/\S+/g, ''));
      const sh = shingles(core);
      const prev = shingles(tokens(recent.slice(-2).join(' ')));
      let hit = 0;
      for (const s of sh) if (prev.has(s)) hit++;
      if (sh.size >= 5 && hit / sh.size >= 0.8) {
        acc.removed.push({ text: p, reason: 'duplicate-paragraph' });
        continue;
      }
    }
    if (ends) seen.add(ends, p);
    recent.push(p);
    if (paragraphs.length < 3) datelineHints(p, acc);
    paragraphs.push(p);
  }

  return {
    title: title.trim(),
    paragraphs,
    removed: acc.removed.filter((r) => r.text.trim()),
    related_headlines: acc.related,
    captions: acc.captions,
    credits: acc.credits,
    authors: acc.authors,
    outletHints: acc.outletHints,
    dateHints: acc.dateHints,
  };
}

/** Tokens of a non-empty tokenKey. */
const tokenCount = (key: string): number => {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
};

/** Paragraphs by {@link tokenKeyEnds}, for duplicate look-up by {@link tokenKey} (keys computed only when the ends agree). */
class KeySet {
  private readonly byEnds = new Map<string, string[]>();
  private readonly keys = new Map<string, string>();
  private key(p: string): string {
    let k = this.keys.get(p);
    if (k === undefined) {
      k = tokenKey(p);
      this.keys.set(p, k);
    }
    return k;
  }
  add(ends: string, p: string): void {
    const list = this.byEnds.get(ends);
    if (list) list.push(p);
    else this.byEnds.set(ends, [p]);
  }
  /** The tokenKey of p when an added paragraph has it (p's ends are `ends`), else null. */
  match(ends: string, p: string): string | null {
    const list = this.byEnds.get(ends);
    if (!list) return null;
    const k = this.key(p);
    return list.some((q) => this.key(q) === k) ? k : null;
  }
}

function shingles(toks: string[], k = 3): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + k <= toks.length; i++) s.add(toks.slice(i, i + k).join(' '));
  return s;
}
