/**
 * Cleaning stage: SourceDoc -> CleanedDoc.
 *
 * Algorithm (own heuristics, see /work/shared/eval/GUIDE.md for what counts as body):
 * 1. Normalise (mojibake repair, entities once, spaces, NFC) and split into lines.
 * 2. Title = first non-empty line that is not boilerplate (or `meta.title` for HTML); a title
 *    split over two lines is joined when the document repeats it whole.
 * 3. Each line is repaired ("surTelegram" -> "sur Telegram") and split at lost paragraph
 *    boundaries ("встречи.Sputnik", "взглядКак"); each piece is classified against the
 *    per-language cue tables of lib/rules/boilerplate.ts (union of all languages).
 * 4. Position passes: the header zone (between title and first real paragraph) drops short
 *    unpunctuated fragments (section labels, bylines, dates); the line after a
 *    title-with-credit is a caption; the trailing zone drops short fragments and author bios;
 *    poll blocks; trailing boilerplate sentences of a paragraph; duplicate paragraphs.
 * Never throws: on an internal error every non-empty line is returned as a paragraph.
 */

import { repairMojibake } from '../decode.ts';
import type { CleanedDoc, SourceDoc } from '../types.ts';
import { CUE_BIT, cueMask, DATE_FILLER_RE, DATE_RE, lowerForPrefilter, NAME_RE, type PrefilteredCue, RE, TIME_RE } from './cues.ts';
import { hasLowerUpper, spaceGluedCueWords, splitAllCamel, splitGlued } from './glue.ts';
import { fold, normalizeText, tokenKey, tokens } from './normalize.ts';

export { normalizeText } from './normalize.ts';

type Verdict = { kind: 'content' } | { kind: 'drop'; reason: string };

interface Item {
  text: string;
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

/** Lower-case and unify quotes without changing string length (for prefix tests). */
const lite = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"');

/** Han, kana: scripts written without spaces, where a word is about two characters. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CJK_G = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const wordCount = (s: string): number => {
  const words = (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return CJK.test(s) ? words + Math.floor((s.match(CJK_G)?.length ?? 0) / 2) : words;
};
const endsSentence = (s: string): boolean => /[.!?…;:。！？：；]["»”’)\]」』）]*$/u.test(s);
const substantial = (s: string): boolean => wordCount(s) >= 8 || endsSentence(s);

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

function isDateLine(s: string): boolean {
  if (s.length > 80 || !DATE_RE.test(s)) return false;
  const rest = s.replace(DATE_RE_G, ' ').replace(TIME_RE, ' ').replace(DATE_FILLER_RE, ' ');
  return (wordCount(rest) <= 2 && !endsSentence(s.replace(/\.$/, ''))) || (wordCount(rest) <= 2 && /\d$/.test(s));
}

function isBreadcrumb(s: string): boolean {
  if (s.length > 120 || !/\s[›»>|/]\s|^[^›]*›/u.test(s)) return false;
  const parts = s.split(/\s*[›»>|/]\s*/u).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= 4 && !/[.!?]$/.test(p)) && !/[«"“„]/u.test(s);
}

function isButtonRun(s: string): boolean {
  if (s.length > 200) return false;
  if (hasLowerUpper(s)) {
    const camel = splitAllCamel(s);
    if (camel.length >= 2 && camel.every((p) => RE.buttonExact.test(p))) return true;
  }
  // the tokens between separators (spaces, commas, bars, dots) must all be network names or
  // share words, at least two of them and one a network; stop at the first other token
  let n = 0,
    net = false;
  BUTTON_TOKEN_RE.lastIndex = 0;
  for (let m = BUTTON_TOKEN_RE.exec(s); m; m = BUTTON_TOKEN_RE.exec(s)) {
    const isNet = RE.network.test(m[0]);
    if (!isNet && !RE.shareExact.test(m[0])) return false;
    net ||= isNet;
    n++;
  }
  return n >= 2 && net;
}
const BUTTON_TOKEN_RE = /[^\s,|·•]+/gu;

/** Classify one piece of text (a line or part of a glued line). Records side outputs in acc. */
/**
 * A follow call opens its sentence ("Follow us on Telegram", "…said. Subscribe to our channel"):
 * "residents were told to follow police updates on Twitter" is news, not a call.
 */
const FOLLOW_FIRST = new RegExp(RE.follow.source, RE.follow.flags.replace('g', ''));

function followAtSentenceStart(p: string): boolean {
  const m = FOLLOW_FIRST.exec(p);
  if (!m) return false;
  const before = p.slice(0, m.index).trim();
  return before === '' || /[.!?…»”"':|–—-]$/u.test(before) || wordCount(before) <= 2;
}

function classify(p: string, acc: Acc, knownAuthors: string[]): Verdict {
  const drop = (reason: string): Verdict => ({ kind: 'drop', reason });
  const len = p.length;
  if (!/[\p{L}\p{N}]/u.test(p)) return drop('separator');
  // which big cue alternations can match at all (literal prefilter, cues.ts), computed on first need
  let mask = -1;
  const may = (cue: PrefilteredCue): boolean => {
    if (mask === -1) mask = cueMask(lowerForPrefilter(p));
    return (mask & CUE_BIT[cue]) !== 0;
  };
  if (len <= 60 && RE.ad.test(p)) return drop('ad-label');
  if (len <= 60 && RE.commentHeading.test(p)) return drop('comment-prompt');
  if (len <= 80 && RE.shareExact.test(p)) return drop('share-call');
  if (len <= 80 && RE.buttonExact.test(p)) return drop('button-labels');
  if (isButtonRun(p))
    return drop(splitAllCamel(p).some((x) => RE.shareExact.test(x)) || !/[\p{Ll}]\p{Lu}/u.test(p) ? 'share-call' : 'button-labels');
  if (len <= 400 && may('readMore') && RE.readMore.test(p)) return drop('read-also');
  if (len <= 350) {
    const m = RE.readAlso.exec(p);
    if (m) {
      pushUnique(acc.related, m.groups?.h);
      return drop('read-also');
    }
    const u = RE.readAlsoUpper.exec(p);
    const cuePart = u?.groups?.h ? p.slice(0, p.length - u.groups.h.length).trim() : '';
    if (u && cuePart && cuePart === cuePart.toUpperCase() && /\p{Lu}{3}/u.test(cuePart)) {
      pushUnique(acc.related, u.groups?.h);
      return drop('read-also');
    }
  }
  if (len <= 1500 && may('cookie') && (RE.cookieStrong.test(p) || (RE.cookie.test(p) && RE.cookieContext.test(p)))) {
    outletFrom(RE.noticeOutlet, p, acc);
    return drop('cookie-banner');
  }
  if (len <= 300 && may('follow') && followAtSentenceStart(p)) {
    outletFrom(RE.followOutlet, p, acc);
    return drop('follow-call');
  }
  if (len <= 400 && may('poll') && RE.poll.test(p)) return drop('poll');
  if (len <= 400 && may('comment') && RE.comment.test(p)) return drop('comment-prompt');
  if (len <= 300 && may('newsletter') && RE.newsletter.test(p)) return drop('newsletter');
  if (len <= 300 && may('donation') && RE.donation.test(p)) return drop('donation-call');
  if (len <= 300 && may('copyright') && RE.copyright.test(p)) {
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
  if (may('siteNotice') && RE.siteNotice.test(p) && (len <= 700 || (p.match(RE.siteNoticeAll) ?? []).length >= 2))
    return drop('site-notice');
  if (len <= 300 && RE.tags.test(p)) return drop('tags');
  if (len <= 60 && RE.aboutAuthor.test(p)) return drop('author-bio');
  if (len <= 600 && knownAuthors.some((a) => lite(p).startsWith(`${lite(a)} `) || lite(p).startsWith(`${lite(a)},`))) {
    if (RE.bio.test(p) || len <= 400) return drop('author-bio');
  }
  if (len <= 140) {
    const b = RE.byline.exec(p);
    if (b?.groups?.rest) {
      const rest = b.groups.rest;
      const namePart = rest.split(/\s*(?:[|,(—–]|\s-\s)\s*/u)[0]?.trim() ?? '';
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
    }
    const ag = RE.agencyByline.exec(p);
    if (ag?.groups?.o && /^\p{Lu}/u.test(ag.groups.o) && wordCount(ag.groups.o) <= 5 && !endsSentence(p)) {
      pushUnique(acc.outletHints, ag.groups.o);
      return drop('byline');
    }
  }
  if (len <= 160 && may('credit') && RE.creditStart.test(p)) {
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
  if (len <= 400 && may('credit')) {
    const m = RE.captionCredit.exec(p);
    const cap = m?.groups?.cap?.trim();
    const cr = m?.groups?.cr?.trim();
    if (m && cap && cr && creditLooksLikeHolder(cr)) {
      if (wordCount(cap) < 3) {
        for (const c of splitCredits(cr)) pushUnique(acc.credits, c);
        return drop('photo-credit');
      }
      pushUnique(acc.captions, cap.replace(/\s*[—–|-]$/u, ''));
      for (const c of splitCredits(cr)) pushUnique(acc.credits, c);
      return drop('caption');
    }
  }
  return { kind: 'content' };
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
  return p.split(/(?<=[.!?…]["»”’)]?)\s+(?=["«“„]?\p{Lu})/u);
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
  const lines = text.split('\n').map((l) => l.trim());
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
      const v = classify(l, scratch, []);
      if (v.kind === 'drop' && v.reason !== 'caption' && v.reason !== 'read-also' && v.reason !== 'byline') {
        acc.removed.push({ text: l, reason: v.reason });
        continue;
      }
      break;
    }
    title = lines[i] ?? '';
    start = i + 1;
    // title with a glued credit
    const tc = RE.captionCredit.exec(spaceGluedCueWords(title));
    if (tc?.groups?.cap && tc.groups.cr && creditLooksLikeHolder(tc.groups.cr) && /^(?:©|\p{L})/u.test(tc.groups.cue ?? '')) {
      for (const c of splitCredits(tc.groups.cr)) pushUnique(acc.credits, c);
      title = tc.groups.cap.trim();
    }
    // title split over two lines, repeated whole (or repeated as the same two lines) later
    const next = lines[start] ?? '';
    if (next) {
      const joined = `${title} ${next}`;
      const later = lines.slice(start + 1, start + 12);
      const fj = fold(joined);
      const ft = fold(title),
        fn = fold(next);
      const repeatedWhole = later.some((l) => fold(l) === fj || lite(l).startsWith(lite(joined)));
      const repeatedPair = later.some((l, k) => fold(l) === ft && fold(later[k + 1] ?? '') === fn);
      if (next.length <= 200 && (repeatedWhole || repeatedPair)) {
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
  }

  // ---------- pieces ----------
  const items: Item[] = [];
  let blank = false;
  for (let li = start; li < lines.length; li++) {
    const raw = lines[li] ?? '';
    if (!raw) {
      blank = true;
      continue;
    }
    const line = spaceGluedCueWords(raw);
    const pieces = isButtonRun(raw) || (line !== raw && isButtonRun(line)) ? [raw] : splitGlued(line);
    pieces.forEach((p, k) => {
      items.push({ text: p, line: li, blankBefore: k === 0 && blank, firstOfLine: k === 0, verdict: { kind: 'content' } });
    });
    blank = false;
  }

  // ---------- classify ----------
  for (const it of items) {
    const lt = lite(it.text);
    const tv = titleVariants.find((v) => v && (lt === v || (lt.startsWith(v) && lt.length > v.length)));
    if (tv !== undefined) {
      const rest = it.text.slice(tv.length).trim();
      if (!rest) {
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
    it.verdict = classify(it.text, acc, acc.authors);
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

  // ---------- a tags heading alone, then its comma-separated list ----------
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b || a.verdict.kind !== 'content' || !RE.tagsHeading.test(a.text)) continue;
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
    } else if (DATE_RE.test(it.text)) {
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
  const seen = new Set<string>();
  const recent: string[] = [];
  for (const it of items) {
    if (it.verdict.kind === 'drop') {
      acc.removed.push({ text: it.text, reason: it.verdict.reason });
      continue;
    }
    let p = it.text;
    for (let guard = 0; guard < 2; guard++) {
      const ss = sentences(p);
      if (ss.length < 2) break;
      const last = ss[ss.length - 1] ?? '';
      const v = classify(last, acc, acc.authors);
      if (v.kind === 'drop' && TRAILING_OK.has(v.reason)) {
        acc.removed.push({ text: last, reason: v.reason });
        p = p.slice(0, p.length - last.length).trim();
      } else break;
    }
    const key = tokenKey(p);
    if (key && seen.has(key) && (key.split(' ').length >= 10 || (key.split(' ').length >= 3 && endsSentence(p)))) {
      acc.removed.push({ text: p, reason: 'duplicate-paragraph' });
      continue;
    }
    // near-duplicate echo of an embedded post ("text — Name (@handle) March 13, 2018")
    const sig = /\s[—–-]\s*[^—–]{1,60}\(@\w+\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;
    if (sig.test(p)) {
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
    if (key) seen.add(key);
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

function shingles(toks: string[], k = 3): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + k <= toks.length; i++) s.add(toks.slice(i, i + k).join(' '));
  return s;
}
