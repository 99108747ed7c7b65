/**
 * A small DOM built by htmlparser2 and the main-content extractor that runs on it.
 *
 * Parsing: htmlparser2's tokenizer and tree rules (implied end tags, raw-text elements, entity
 * decoding) feed a compact tree of our own: elements keep their lower-case tag, attributes,
 * children and parent; text nodes are plain strings with whitespace runs collapsed to one space
 * (the renderer collapses them anyway). Scripts, styles, `<noscript>`, `<template>`, SVG,
 * MathML and form controls are not built; JSON-LD scripts, `<meta>`, `<link rel=canonical>`,
 * `<title>` and `<html lang>` are collected on the way for the metadata.
 *
 * Main content: the scoring algorithm of Mozilla Readability (Firefox Reader View, Apache-2.0,
 * https://github.com/mozilla/readability, v0.6.0 `_grabArticle` and `_prepArticle`), which is
 * itself the Arc90 text-density heuristic: paragraphs of 25+ characters score 1 + commas +
 * one point per 100 characters (at most 3), added to their parent (full), grandparent (half)
 * and further ancestors (score / (3 x level)); candidates start from a tag prior and a +-25
 * class/id weight and are scaled by (1 - link density), the link density of Kohlschütter,
 * Fankhauser & Nejdl, "Boilerplate detection using shallow text features" (WSDM 2010); the
 * best candidate is widened to its parent when several near-best candidates share it, and its
 * siblings join when they score well or are link-poor paragraphs; the result is then cleaned
 * conditionally (blocks with few commas dropped when linky, list-like, image-heavy, form-like
 * or text-less). Three passes relax the rules (no unlikely-class stripping, then no class
 * weights, then no conditional cleaning) while the text is under the character threshold; the
 * longest attempt wins. Removal is a `dead` mark, so a later pass can revive the nodes.
 */
import { Parser } from 'htmlparser2';
import { AD_LABELS, HTML_CUES, LOADING_LABELS, UNLIKELY_ROLES } from '../../rules/html.ts';

/** An element of the page tree. Text children are strings (whitespace collapsed). */
export interface HEl {
  /** Lower-case tag name (`#root` for the document node). */
  tag: string;
  attrs: Record<string, string>;
  kids: (HEl | string)[];
  parent: HEl | null;
  /** Removed by the extractor (skipped by every measure and by the renderer). */
  dead: boolean;
  /** Some descendant is a block of Readability's DIV_TO_P set (computed at parse time). */
  blk: boolean;
  /** Content score; `init` once the node is a candidate. */
  score: number;
  init: boolean;
  /** Data table (kept by the conditional cleaning). */
  dataTable?: boolean;
  /** Memoised text / link lengths, valid while `gen` equals the extractor's generation. */
  gen: number;
  len: number;
  link: number;
  lead: boolean;
  trail: boolean;
}

/** The parsed page: tree plus the metadata sources collected while parsing. */
export interface ParsedPage {
  root: HEl;
  /** `<body>`, or the root when the page has none. */
  body: HEl;
  htmlLang?: string;
  title?: string;
  canonical?: string;
  /** Every `<meta>` with a `content`, in document order. */
  metas: { property?: string; name?: string; itemprop?: string; content: string }[];
  /** Text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
}

// Elements whose content is never text of the page.
const NOT_BUILT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'option', 'textarea']);
// Embeds: built without their content (the video check reads their attributes).
/** Deepest element built (deeper markup is flattened into it). */
const MAX_DEPTH = 400;
const EMBEDS = new Set(['iframe', 'object', 'embed']);
// Readability's DIV_TO_P_ELEMS: a div holding one of these is not a paragraph.
const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const PHRASING = new Set([
  'abbr',
  'audio',
  'b',
  'bdo',
  'br',
  'button',
  'cite',
  'code',
  'data',
  'datalist',
  'dfn',
  'em',
  'embed',
  'i',
  'img',
  'input',
  'kbd',
  'label',
  'mark',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'progress',
  'q',
  'ruby',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'var',
  'wbr',
  'font',
]);
const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const EMPTY_REMOVABLE = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ALTER_TO_DIV_EXCEPTIONS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
// Blocks checked by the link-block filter, and the link density above which they go.
const LEAF_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'div', 'td', 'blockquote']);
const LINK_BLOCK_DENSITY = 0.8;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TEXTISH = new Set(['span', 'li', 'td', ...DIV_TO_P]);

const RX_UNLIKELY = new RegExp(HTML_CUES.unlikely, 'i');
const RX_MAYBE = new RegExp(HTML_CUES.maybe, 'i');
const RX_POSITIVE = new RegExp(HTML_CUES.positive, 'i');
const RX_NEGATIVE = new RegExp(HTML_CUES.negative, 'i');
const RX_BYLINE = new RegExp(HTML_CUES.byline, 'i');
const RX_SHARE = new RegExp(HTML_CUES.share, 'i');
const RX_VIDEO = new RegExp(HTML_CUES.video, 'i');
const RX_AD = new RegExp(`^(?:${Object.values(AD_LABELS).flat().join('|')})$`, 'iu');
const RX_LOADING = new RegExp(`^(?:${Object.values(LOADING_LABELS).flat().join('|')})(?:…|\\.\\.\\.)?$`, 'iu');
const RX_COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const ROLES = new Set(UNLIKELY_ROLES);

function el(tag: string, attrs: Record<string, string>, parent: HEl | null): HEl {
  return {
    tag,
    attrs,
    kids: [],
    parent,
    dead: false,
    blk: false,
    score: 0,
    init: false,
    gen: -1,
    len: 0,
    link: 0,
    lead: false,
    trail: false,
  };
}

/**
 * Parse an HTML page (or fragment) into our tree with htmlparser2 (lenient: never throws).
 * @param html decoded page text
 */
export function parsePage(html: string): ParsedPage {
  const root = el('#root', {}, null);
  const page: ParsedPage = { root, body: root, metas: [], jsonLd: [] };
  let cur = root;
  let body: HEl | null = null;
  let skip = 0; // depth inside a NOT_BUILT element
  let depth = 0; // depth of `cur`
  let flat = 0; // open elements not built (past MAX_DEPTH)
  let ld: string | null = null; // text of the JSON-LD script being read
  let title: string | null = null; // text of the first <title> being read
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          if (attrs.content != null)
            page.metas.push({ property: attrs.property, name: attrs.name, itemprop: attrs.itemprop, content: attrs.content });
          return void skip++;
        }
        if (name === 'link') {
          if (page.canonical === undefined && attrs.rel === 'canonical' && attrs.href != null) page.canonical = attrs.href;
          return void skip++;
        }
        if (name === 'title' && page.title === undefined && title === null) {
          title = '';
          return void skip++;
        }
        if (name === 'script' && attrs.type === 'application/ld+json') {
          ld = '';
          return void skip++;
        }
        if (skip) return void skip++;
        if (name === 'html' && page.htmlLang === undefined) page.htmlLang = attrs.lang ?? '';
        if (NOT_BUILT.has(name)) return void skip++;
        // Past MAX_DEPTH, elements are not built (their text joins the deepest built one), so
        // the recursive walks stay far from the call-stack limit on pathological nesting.
        if (depth >= MAX_DEPTH) return void flat++;
        const e = el(name, attrs, cur);
        cur.kids.push(e);
        if (EMBEDS.has(name)) return void skip++;
        depth++;
        cur = e;
        if (name === 'body' && !body) body = e;
      },
      ontext(data) {
        if (ld !== null) ld += data;
        else if (title !== null) title += data;
        if (skip) return;
        const t = data.replace(/\s+/g, ' ');
        const k = cur.kids;
        const last = k.length - 1;
        if (last >= 0 && typeof k[last] === 'string') k[last] += t;
        else k.push(t);
      },
      onclosetag(name) {
        if (name === 'title' && title !== null) {
          page.title = title;
          title = null;
        } else if (name === 'script' && ld !== null) {
          page.jsonLd.push(ld);
          ld = null;
        }
        if (skip) return void skip--;
        if (flat) return void flat--;
        const e = cur;
        if (!e.parent) return;
        depth--;
        if (!e.blk)
          for (const k of e.kids)
            if (typeof k !== 'string' && (k.blk || DIV_TO_P.has(k.tag))) {
              e.blk = true;
              break;
            }
        cur = e.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (body) page.body = body;
  if (page.htmlLang === '') page.htmlLang = undefined;
  return page;
}

/** Element children that are not dead. */
function elKids(e: HEl): HEl[] {
  const out: HEl[] = [];
  for (const k of e.kids) if (typeof k !== 'string' && !k.dead) out.push(k);
  return out;
}

/** Text of a subtree (dead nodes left out), whitespace collapsed and trimmed. */
export function textOf(e: HEl): string {
  let s = '';
  const walk = (n: HEl) => {
    for (const k of n.kids) {
      if (typeof k === 'string') s += k;
      else if (!k.dead) walk(k);
    }
  };
  walk(e);
  return s.replace(/\s+/g, ' ').trim();
}

/** Does the subtree (dead nodes left out) hold any non-blank text? Stops at the first. */
function hasText(e: HEl): boolean {
  for (const k of e.kids) {
    if (typeof k === 'string') {
      if (k !== ' ' && k.trim()) return true;
    } else if (!k.dead && hasText(k)) return true;
  }
  return false;
}

/** Number of descendants (dead ones left out) with one of these tags. */
function count(e: HEl, tags: Set<string> | string): number {
  let n = 0;
  const walk = (x: HEl) => {
    for (const k of x.kids) {
      if (typeof k === 'string' || k.dead) continue;
      if (typeof tags === 'string' ? k.tag === tags : tags.has(k.tag)) n++;
      walk(k);
    }
  };
  walk(e);
  return n;
}

function hasAncestor(e: HEl, tag: string, maxDepth = 3, filter?: (x: HEl) => boolean): boolean {
  let depth = 0;
  let p = e.parent;
  while (p) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    if (p.tag === tag && (!filter || filter(p))) return true;
    p = p.parent;
    depth++;
  }
  return false;
}

function isPhrasing(k: HEl | string): boolean {
  if (typeof k === 'string') return true;
  if (PHRASING.has(k.tag)) return true;
  return (k.tag === 'a' || k.tag === 'del' || k.tag === 'ins') && k.kids.every(isPhrasing);
}

const isWhitespace = (k: HEl | string) => (typeof k === 'string' ? !k.trim() : k.tag === 'br');

const FLAG_STRIP_UNLIKELYS = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;

/** Result of the main-content extraction. */
export interface MainContent {
  /** Top-level blocks of the article, in reading order (render them skipping dead nodes). */
  blocks: HEl[];
  /** Byline text found in the page (Readability's rule: rel=author, itemprop~author, byline class). */
  byline: string | null;
}

/**
 * Find the main content of a parsed page (Readability's algorithm, see the module docstring).
 * Mutates the tree: wraps inline runs of mixed divs in `<p>`, retags text-only divs as `p`,
 * marks removed nodes `dead`.
 *
 * @param page the parsed page
 * @param opts `title` compared with `<h1>/<h2>` (a heading repeating it is dropped);
 *   `hasByline` when the metadata already names the author (then no byline node is taken);
 *   `charThreshold` the text length (UTF-16 units) under which a pass is retried with looser rules
 * @returns the article blocks, or null when no pass found any text
 */
export function findMainContent(
  page: ParsedPage,
  opts: { title?: string; hasByline?: boolean; charThreshold?: number },
): MainContent | null {
  const charThreshold = opts.charThreshold ?? 500;
  const body = page.body;
  let gen = 0;
  replaceBrs(body);
  const killed: HEl[] = [];
  const kill = (e: HEl) => {
    e.dead = true;
    killed.push(e);
    gen++;
  };

  // Text length as Readability's innerText counts it (whitespace runs across nodes collapsed,
  // ends trimmed): per node the collapsed length plus whether it starts/ends with a space.
  const measure = (e: HEl): void => {
    if (e.gen === gen) return;
    let len = 0;
    let link = 0;
    let lead = false;
    let trail = false;
    for (const k of e.kids) {
      let kl: number;
      let kLead: boolean;
      let kTrail: boolean;
      if (typeof k === 'string') {
        kl = k.length;
        if (!kl) continue;
        kLead = k.charCodeAt(0) === 32;
        kTrail = k.charCodeAt(kl - 1) === 32;
      } else {
        if (k.dead) continue;
        measure(k);
        kl = k.len;
        if (!kl) continue;
        kLead = k.lead;
        kTrail = k.trail;
        if (k.tag === 'a') {
          const own = kl - (kLead ? 1 : 0) - (kTrail && kl > 1 ? 1 : 0);
          link += own * (/^#.+/.test(k.attrs.href ?? '') ? 0.3 : 1);
        } else link += k.link;
      }
      if (!len) lead = kLead;
      else if (trail && kLead) len--;
      len += kl;
      trail = kTrail;
    }
    e.gen = gen;
    e.len = len;
    e.link = link;
    e.lead = lead;
    e.trail = trail;
  };
  /** Trimmed text length of a measured node. */
  const textLen = (e: HEl): number => {
    measure(e);
    return Math.max(0, e.len - (e.lead ? 1 : 0) - (e.trail ? 1 : 0));
  };
  const linkDensity = (e: HEl): number => {
    const n = textLen(e);
    return n ? e.link / n : 0;
  };

  let flags = FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY;
  const classWeight = (e: HEl): number => {
    if (!(flags & FLAG_WEIGHT_CLASSES)) return 0;
    let w = 0;
    const c = e.attrs.class;
    if (c) {
      if (RX_NEGATIVE.test(c)) w -= 25;
      if (RX_POSITIVE.test(c)) w += 25;
    }
    const id = e.attrs.id;
    if (id) {
      if (RX_NEGATIVE.test(id)) w -= 25;
      if (RX_POSITIVE.test(id)) w += 25;
    }
    return w;
  };
  const initialize = (e: HEl) => {
    e.init = true;
    let s = 0;
    switch (e.tag) {
      case 'div':
        s = 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        s = 3;
        break;
      case 'address':
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
        s = -3;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'th':
        s = -5;
        break;
    }
    e.score = s + classWeight(e);
  };

  const title = opts.title ?? '';
  let byline: string | null = null;
  const attempts: { blocks: HEl[]; dead: HEl[]; textLength: number }[] = [];
  const candidatesSeen: HEl[] = [];

  for (;;) {
    const strip = (flags & FLAG_STRIP_UNLIKELYS) !== 0;
    const toScore: HEl[] = [];
    let removeTitleHeader = !!title;

    // Node prepping: drop hidden/unlikely/empty nodes, turn text-only divs into paragraphs.
    const visit = (node: HEl): boolean => {
      const a = node.attrs;
      const match = `${a.class ?? ''} ${a.id ?? ''}`;
      const style = a.style;
      if (
        (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) ||
        a.hidden !== undefined ||
        (a['aria-hidden'] === 'true' && !(a.class ?? '').includes('fallback-image')) ||
        (a['aria-modal'] === 'true' && a.role === 'dialog')
      )
        return false;
      if (!byline && !opts.hasByline && isByline(node, match)) {
        const named = findItempropName(node) ?? innermostByline(node);
        byline = textOf(named);
        return false;
      }
      if (removeTitleHeader && (node.tag === 'h1' || node.tag === 'h2') && textSimilarity(title, textOf(node)) > 0.75) {
        removeTitleHeader = false;
        return false;
      }
      if (strip) {
        if (
          RX_UNLIKELY.test(match) &&
          !RX_MAYBE.test(match) &&
          !hasAncestor(node, 'table') &&
          !hasAncestor(node, 'code') &&
          node.tag !== 'body' &&
          node.tag !== 'a'
        )
          return false;
        if (a.role && ROLES.has(a.role)) return false;
      }
      if (EMPTY_REMOVABLE.has(node.tag) && isEmpty(node)) return false;
      if (TAGS_TO_SCORE.has(node.tag)) toScore.push(node);
      if (node.tag === 'div') {
        wrapPhrasing(node);
        const only = singleChild(node, 'p');
        if (only && linkDensity(node) < 0.25) {
          const parent = node.parent as HEl;
          parent.kids[parent.kids.indexOf(node)] = only;
          only.parent = parent;
          // A paragraph made by wrapping keeps the div's class (a "caption" div stays a caption).
          if (Object.keys(only.attrs).length === 0) only.attrs = node.attrs;
          toScore.push(only);
          node = only;
          gen++;
        } else if (!node.blk) {
          node.tag = 'p';
          toScore.push(node);
        }
      }
      const kids = node.kids;
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i] as HEl | string;
        if (typeof k === 'string' || k.dead) continue;
        if (!visit(k)) kill(k);
      }
      return true;
    };
    for (const k of body === page.root ? page.root.kids : [body]) if (typeof k !== 'string' && !visit(k)) kill(k);

    // Score paragraphs into their ancestors.
    const candidates: HEl[] = [];
    for (const p of toScore) {
      if (p.dead || !p.parent || p.parent.tag === '#root') continue;
      const text = textOf(p);
      if (text.length < 25) continue;
      let dead = false;
      for (let q: HEl | null = p.parent; q; q = q.parent) if (q.dead) dead = true;
      if (dead) continue;
      const score = 1 + text.split(RX_COMMAS).length + Math.min(Math.floor(text.length / 100), 3);
      let level = 0;
      for (let anc: HEl | null = p.parent; anc && level < 5; anc = anc.parent, level++) {
        if (!anc.parent || anc.parent.tag === '#root') continue;
        if (!anc.init) {
          initialize(anc);
          candidates.push(anc);
          candidatesSeen.push(anc);
        }
        anc.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      }
    }
    const top: HEl[] = [];
    for (const c of candidates) {
      c.score *= 1 - linkDensity(c);
      for (let t = 0; t < 5; t++) {
        const tc = top[t];
        if (!tc || c.score > tc.score) {
          top.splice(t, 0, c);
          if (top.length > 5) top.pop();
          break;
        }
      }
    }

    let topCandidate: HEl | null = top[0] ?? null;
    let blocks: HEl[];
    if (!topCandidate || topCandidate.tag === 'body') {
      const all = el('div', {}, body);
      all.kids = body.kids;
      initialize(all);
      blocks = [all];
      topCandidate = all;
    } else {
      const isBody = (e: HEl | null) => !e || e.tag === 'body' || e.tag === '#root';
      const alternatives: HEl[][] = [];
      for (let i = 1; i < top.length; i++) {
        const t = top[i] as HEl;
        if (t.score / topCandidate.score >= 0.75) alternatives.push(ancestors(t));
      }
      if (alternatives.length >= 3) {
        let p = topCandidate.parent;
        while (!isBody(p)) {
          let lists = 0;
          for (let i = 0; i < alternatives.length && lists < 3; i++) if ((alternatives[i] as HEl[]).includes(p as HEl)) lists++;
          if (lists >= 3) {
            topCandidate = p as HEl;
            break;
          }
          p = (p as HEl).parent;
        }
      }
      if (!topCandidate.init) initialize(topCandidate);
      let p = topCandidate.parent;
      let last = topCandidate.score;
      const threshold = last / 3;
      while (!isBody(p)) {
        const q = p as HEl;
        if (!q.init) {
          p = q.parent;
          continue;
        }
        if (q.score < threshold) break;
        if (q.score > last) {
          topCandidate = q;
          break;
        }
        last = q.score;
        p = q.parent;
      }
      p = topCandidate.parent;
      while (!isBody(p) && elKids(p as HEl).length === 1) {
        topCandidate = p as HEl;
        p = topCandidate.parent;
      }
      if (!topCandidate.init) initialize(topCandidate);

      // Siblings of the top candidate that belong to the article too.
      const threshold2 = Math.max(10, topCandidate.score * 0.2);
      const cls = topCandidate.attrs.class ?? '';
      blocks = [];
      for (const s of elKids(topCandidate.parent as HEl)) {
        let append = s === topCandidate;
        if (!append) {
          const bonus = cls !== '' && (s.attrs.class ?? '') === cls ? topCandidate.score * 0.2 : 0;
          if (s.init && s.score + bonus >= threshold2) append = true;
          else if (s.tag === 'p') {
            const ld = linkDensity(s);
            const text = textOf(s);
            if (text.length > 80 && ld < 0.25) append = true;
            else if (text.length < 80 && text.length > 0 && ld === 0 && /\.( |$)/.test(text)) append = true;
          }
        }
        if (append) {
          if (!ALTER_TO_DIV_EXCEPTIONS.has(s.tag)) s.tag = 'div';
          blocks.push(s);
        }
      }
    }

    prepArticle(blocks);
    let textLength = 0;
    for (const b of blocks) textLength += textOf(b).length;
    if (textLength >= charThreshold) return { blocks, byline };
    attempts.push({ blocks, dead: killed.splice(0), textLength });
    // Revive everything for the next, looser pass.
    for (const a of attempts) for (const d of a.dead) d.dead = false;
    for (const c of candidatesSeen.splice(0)) {
      c.init = false;
      c.score = 0;
    }
    gen++;
    if (flags & FLAG_STRIP_UNLIKELYS) flags &= ~FLAG_STRIP_UNLIKELYS;
    else if (flags & FLAG_WEIGHT_CLASSES) flags &= ~FLAG_WEIGHT_CLASSES;
    else if (flags & FLAG_CLEAN_CONDITIONALLY) flags &= ~FLAG_CLEAN_CONDITIONALLY;
    else {
      let best = attempts[0] as (typeof attempts)[number];
      for (const a of attempts) if (a.textLength > best.textLength) best = a;
      if (!best.textLength) return null;
      for (const d of best.dead) d.dead = true;
      gen++;
      return { blocks: best.blocks, byline };
    }
  }

  /** Readability's `_prepArticle`: drop furniture and conditionally clean the article blocks. */
  function prepArticle(blocks: HEl[]): void {
    markDataTables(blocks);
    cleanConditionally(blocks, 'form');
    cleanConditionally(blocks, 'fieldset');
    for (const b of blocks) for (const e of all(b, 'footer', 'aside', 'input')) kill(e);
    for (const b of blocks)
      for (const e of all(b, 'iframe', 'object', 'embed')) if (!Object.values(e.attrs).some((v) => RX_VIDEO.test(v))) kill(e);
    for (const b of blocks) {
      const walk = (x: HEl) => {
        for (const k of x.kids) {
          if (typeof k === 'string' || k.dead) continue;
          if (RX_SHARE.test(`${k.attrs.class ?? ''} ${k.attrs.id ?? ''}`) && textOf(k).length < 500) kill(k);
          else walk(k);
        }
      };
      walk(b);
    }
    for (const b of blocks) for (const h of all(b, 'h1', 'h2')) if (classWeight(h) < 0) kill(h);
    cleanConditionally(blocks, 'table');
    cleanConditionally(blocks, 'ul');
    cleanConditionally(blocks, 'div');
    for (const b of blocks) dropLinkBlocks(b);
  }

  /**
   * Drop the leaf blocks (paragraphs, list items, headings without blocks inside) made of links
   * only: the "read also" headlines and link lists set inside an article body. Link density as in
   * Kohlschütter et al. 2010; a block is dropped above LINK_BLOCK_DENSITY.
   * @returns whether the subtree holds a block element (after the drops)
   */
  function dropLinkBlocks(e: HEl): boolean {
    let hasBlock = false;
    for (const k of e.kids) {
      if (typeof k === 'string' || k.dead) continue;
      if (dropLinkBlocks(k)) hasBlock = true;
      if (!k.dead && LEAF_BLOCKS.has(k.tag)) hasBlock = true;
    }
    if (
      !hasBlock &&
      LEAF_BLOCKS.has(e.tag) &&
      textLen(e) > 0 &&
      linkDensity(e) > LINK_BLOCK_DENSITY &&
      // A bare URL is a cited source, part of the text.
      !/^\s*(?:https?:\/\/|www\.)\S+\s*$/i.test(textOf(e))
    ) {
      kill(e);
      return false;
    }
    return hasBlock;
  }

  function cleanConditionally(blocks: HEl[], tag: string): void {
    if (!(flags & FLAG_CLEAN_CONDITIONALLY)) return;
    const nodes: HEl[] = [];
    for (const b of blocks) {
      if (b.tag === tag) nodes.push(b);
      nodes.push(...all(b, tag));
    }
    // Backwards, like Readability, so inner blocks go before the blocks holding them.
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i] as HEl;
      if (node.dead) continue;
      if (shouldRemove(node, tag)) kill(node);
    }
  }

  function shouldRemove(node: HEl, tag: string): boolean {
    const text = textOf(node);
    let isList = tag === 'ul' || tag === 'ol';
    if (!isList) {
      let listLength = 0;
      for (const l of all(node, 'ul', 'ol')) listLength += textOf(l).length;
      isList = listLength / text.length > 0.9;
    }
    if (tag === 'table' && node.dataTable) return false;
    if (hasAncestor(node, 'table', -1, (t) => !!t.dataTable)) return false;
    if (hasAncestor(node, 'code')) return false;
    if (all(node, 'table').some((t) => t.dataTable)) return false;
    const weight = classWeight(node);
    if (weight < 0) return true;
    if (text.split(',').length - 1 >= 10) return false;
    let p = 0;
    let img = 0;
    let li = -100;
    let input = 0;
    let embeds = 0;
    let headingLen = 0;
    let textishLen = 0;
    measure(node);
    const walk = (x: HEl) => {
      for (const k of x.kids) {
        if (typeof k === 'string' || k.dead) continue;
        switch (k.tag) {
          case 'p':
            p++;
            break;
          case 'img':
            img++;
            break;
          case 'li':
            li++;
            break;
          case 'input':
            input++;
            break;
          case 'object':
          case 'embed':
          case 'iframe':
            embeds++;
            break;
        }
        if (HEADINGS.has(k.tag)) headingLen += textLen(k);
        if (TEXTISH.has(k.tag)) textishLen += textLen(k);
        walk(k);
      }
    };
    walk(node);
    // Embeds left after prepArticle's cleaning are videos: keep the block.
    if (embeds) return false;
    if (RX_AD.test(text) || RX_LOADING.test(text)) return true;
    const contentLength = text.length;
    const ld = linkDensity(node);
    const headingDensity = contentLength ? headingLen / contentLength : 0;
    const textDensity = contentLength ? textishLen / contentLength : 0;
    const isFigureChild = hasAncestor(node, 'figure');
    let remove =
      (!isFigureChild && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList && !isFigureChild && headingDensity < 0.9 && contentLength < 25 && (img === 0 || img > 2) && ld > 0) ||
      (!isList && weight < 25 && ld > 0.2) ||
      (weight >= 25 && ld > 0.5) ||
      (img === 0 && textDensity === 0);
    if (isList && remove) {
      for (const c of elKids(node)) if (elKids(c).length > 1) return remove;
      if (img === count(node, 'li')) remove = false;
    }
    return remove;
  }
}

/** Descendants (not dead) with one of the tags, in document order. */
function all(e: HEl, ...tags: string[]): HEl[] {
  const out: HEl[] = [];
  const walk = (x: HEl) => {
    for (const k of x.kids) {
      if (typeof k === 'string' || k.dead) continue;
      if (tags.includes(k.tag)) out.push(k);
      walk(k);
    }
  };
  walk(e);
  return out;
}

function ancestors(e: HEl): HEl[] {
  const out: HEl[] = [];
  for (let p = e.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Readability's `_isElementWithoutContent`: no text and only `<br>`/`<hr>` children. */
function isEmpty(e: HEl): boolean {
  if (hasText(e)) return false;
  const kids = elKids(e);
  if (!kids.length) return true;
  return kids.length === count(e, 'br') + count(e, 'hr');
}

/** The single element child with this tag when there is no other element nor text. */
function singleChild(e: HEl, tag: string): HEl | null {
  let only: HEl | null = null;
  for (const k of e.kids) {
    if (typeof k === 'string') {
      if (/\S$/.test(k)) return null;
    } else if (!k.dead) {
      if (only || k.tag !== tag) return null;
      only = k;
    }
  }
  return only;
}

/** Wrap each run of inline content of a div that also holds blocks into a `<p>` (Readability). */
function wrapPhrasing(div: HEl): void {
  const out: (HEl | string)[] = [];
  let p: HEl | null = null;
  for (const k of div.kids) {
    if (typeof k !== 'string' && k.dead) {
      out.push(k);
      continue;
    }
    if (isPhrasing(k)) {
      if (p) {
        p.kids.push(k);
        if (typeof k !== 'string') k.parent = p;
      } else if (!isWhitespace(k)) {
        p = el('p', {}, div);
        p.kids.push(k);
        if (typeof k !== 'string') k.parent = p;
        out.push(p);
        div.blk = true;
      } else out.push(k);
    } else {
      if (p) while (p.kids.length && isWhitespace(p.kids[p.kids.length - 1] as HEl | string)) p.kids.pop();
      p = null;
      out.push(k);
    }
  }
  div.kids = out;
}

/** Readability's `_replaceBrs`: a chain of 2+ `<br>` starts a new `<p>` holding the inline content after it. */
function replaceBrs(root: HEl): void {
  const walk = (e: HEl) => {
    let kids = e.kids;
    let hasBr = false;
    for (const k of kids) if (typeof k !== 'string' && k.tag === 'br') hasBr = true;
    if (hasBr) {
      const out: (HEl | string)[] = [];
      let i = 0;
      const nextEl = (j: number) => {
        while (j < kids.length && typeof kids[j] === 'string' && !(kids[j] as string).trim()) j++;
        return j;
      };
      while (i < kids.length) {
        const k = kids[i] as HEl | string;
        if (typeof k !== 'string' && k.tag === 'br') {
          let j = nextEl(i + 1);
          let chain = false;
          while (j < kids.length && typeof kids[j] !== 'string' && (kids[j] as HEl).tag === 'br') {
            chain = true;
            j = nextEl(j + 1);
          }
          if (chain) {
            const p = el('p', {}, e);
            let m = j;
            while (m < kids.length) {
              const n = kids[m] as HEl | string;
              if (typeof n !== 'string' && n.tag === 'br') {
                const after = nextEl(m + 1);
                if (after < kids.length && typeof kids[after] !== 'string' && (kids[after] as HEl).tag === 'br') break;
              }
              if (!isPhrasing(n)) break;
              p.kids.push(n);
              if (typeof n !== 'string') n.parent = p;
              m++;
            }
            while (p.kids.length && isWhitespace(p.kids[p.kids.length - 1] as HEl | string)) p.kids.pop();
            out.push(p);
            for (let a: HEl | null = e; a; a = a.parent) a.blk = true;
            if (e.tag === 'p') e.tag = 'div';
            i = m;
            continue;
          }
        }
        out.push(k);
        i++;
      }
      e.kids = out;
      kids = out;
    }
    for (const k of kids) if (typeof k !== 'string') walk(k);
  };
  walk(root);
}

function isByline(e: HEl, match: string): boolean {
  const a = e.attrs;
  if (!(a.rel === 'author' || (a.itemprop ?? '').includes('author') || RX_BYLINE.test(match))) return false;
  const n = textOf(e).length;
  return n > 0 && n < 100;
}

function findItempropName(e: HEl): HEl | null {
  for (const k of e.kids) {
    if (typeof k === 'string' || k.dead) continue;
    if ((k.attrs.itemprop ?? '').includes('name')) return k;
    const f = findItempropName(k);
    if (f) return f;
  }
  return null;
}

/** The deepest element under a byline block that is itself byline-classed ("author__name" in "author"). */
function innermostByline(e: HEl): HEl {
  for (const k of e.kids) {
    if (typeof k === 'string' || k.dead) continue;
    if (RX_BYLINE.test(`${k.attrs.class ?? ''} ${k.attrs.id ?? ''}`) && hasText(k)) return innermostByline(k);
    const inner = innermostByline(k);
    if (inner !== k) return inner;
  }
  return e;
}

/** Readability's `_textSimilarity`: share of B's token text that also occurs in A (0..1). */
function textSimilarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const set = new Set(ta);
  const uniq = tb.filter((t) => !set.has(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}

/** Mark data tables (kept by the conditional cleaning), Readability's `_markDataTables`. */
function markDataTables(blocks: HEl[]): void {
  for (const b of blocks) {
    const tables = b.tag === 'table' ? [b, ...all(b, 'table')] : all(b, 'table');
    for (const t of tables) {
      const a = t.attrs;
      if (a.role === 'presentation' || a.datatable === '0') t.dataTable = false;
      else if (a.summary) t.dataTable = true;
      else if (all(t, 'caption').some((c) => c.kids.length > 0)) t.dataTable = true;
      else if (all(t, 'col', 'colgroup', 'tfoot', 'thead', 'th').length) t.dataTable = true;
      else if (all(t, 'table').length) t.dataTable = false;
      else {
        let rows = 0;
        let cols = 0;
        for (const tr of all(t, 'tr')) {
          rows += Number.parseInt(tr.attrs.rowspan ?? '', 10) || 1;
          let c = 0;
          for (const td of all(tr, 'td')) c += Number.parseInt(td.attrs.colspan ?? '', 10) || 1;
          cols = Math.max(cols, c);
        }
        t.dataTable = cols === 1 || rows === 1 ? false : rows >= 10 || cols > 4 ? true : rows * cols > 10;
      }
    }
  }
}
