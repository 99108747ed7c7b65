import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUE_BIT, cueHits, cueMask, DISPATCH, dispatchMatch, maskIn, RE, START } from '../lib/core/clean/cues.ts';
import {
  type GlueScan,
  glueHintIn,
  hasGlueHint,
  hasLowerUpper,
  lowerUpperIn,
  mayGlueCueWords,
  mayGlueCueWordsIn,
  scanGlue,
  spaceGluedCueWords,
  splitGlued,
} from '../lib/core/clean/glue.ts';
import { cleanDocument, normalizeText } from '../lib/core/clean/index.ts';
import { fold, foldSlow, stripMarks, tokenKey, tokenKeyEnds } from '../lib/core/clean/normalize.ts';
import { prefixSet } from '../lib/core/clean/prefix.ts';
import { repairMojibake as repairLines } from '../lib/core/decode.ts';
import { textDoc } from './helpers.ts';

const repairMojibake = (s: string): string => repairLines(s).text;

import type { CleanedDoc } from '../lib/core/types.ts';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/clean/${name}`, import.meta.url)), 'utf8');

const doc = textDoc;
const clean = (name: string): CleanedDoc => cleanDocument(doc(fixture(name)));
const reasonOf = (c: CleanedDoc, start: string): string | undefined => c.removed.find((r) => r.text.startsWith(start))?.reason;

describe('normalizeText', () => {
  it.each([
    ['entities decoded once', 'Tom &amp;amp; Jerry &amp; Co', 'Tom &amp; Jerry & Co'],
    ['numeric entities', 'Pol&#237;tica &#x2014; &laquo;s&#237;&raquo;', 'Política — «sí»'],
    ['C1 numeric refs are Windows-1252', 'it&#146;s', 'it’s'],
    ['NBSP, narrow NBSP, thin space', 'Le\u00a0prix\u202f: 12\u2009000\u00a0€', 'Le prix : 12 000 €'],
    ['&nbsp; becomes a plain space', '2&nbsp;de noviembre', '2 de noviembre'],
    ['zero-width space, BOM and soft hyphen removed', 'Zelen\u00adsky\u200b said\ufeff', 'Zelensky said'],
    ['NFC', 'Cafe\u0301 de l\u2019ope\u0301ra', 'Café de l’opéra'],
    ['CRLF -> LF, spaces collapsed, lines trimmed', 'a  b \r\n  c\t\td\r\n', 'a b\nc d\n'],
    ['unknown entity left alone', 'R&D &foo; AT&T', 'R&D &foo; AT&T'],
  ])('%s', (_name, input, want) => {
    expect(normalizeText(input)).toBe(want);
  });

  it('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('Leia tambÃ©m: nÃºmero de mortos â€” Recife')).toBe('Leia também: número de mortos — Recife');
    expect(repairMojibake('Ã‰tat normal')).toBe('État normal');
    expect(repairMojibake('plain text')).toBe('plain text');
  });
});

describe('glued words', () => {
  it.each([
    ['Suivez RT en français surTelegram', 'Suivez RT en français sur Telegram'],
    ["Un titre de l'articleFoto: EFE/Juan Pérez", "Un titre de l'article Foto: EFE/Juan Pérez"],
    ['шукають людейФото: ДСНС України', 'шукають людей Фото: ДСНС України'],
    ['Watch it on YouTube', 'Watch it on YouTube'],
  ])('spaceGluedCueWords(%j)', (input, want) => {
    expect(spaceGluedCueWords(input)).toBe(want);
  });

  it.each([
    ['итоги встречи.Sputnik Литва теперь в Telegram!', ['итоги встречи.', 'Sputnik Литва теперь в Telegram!']],
    ['сообщает РИА Новости.Стороны обсудили кризис.', ['сообщает РИА Новости.', 'Стороны обсудили кризис.']],
    ['повідомили в ОВА.Підписуйтесь на нас', ['повідомили в ОВА.', 'Підписуйтесь на нас']],
    ['Китайский взглядКак подчеркнул председатель', ['Китайский взгляд', 'Как подчеркнул председатель']],
    ['ponieważ warunkKamień milowy pod wiatr', ['ponieważ warunk', 'Kamień milowy pod wiatr']],
    ['a selon son rapport.“Nous partons”, dit-il', ['a selon son rapport.', '“Nous partons”, dit-il']],
    // left alone: initials, domains, URLs, handles, decimals, PascalCase names, abbreviations
    ['the U.S.Army said', ['the U.S.Army said']],
    ['в материале «Газеты.Ru».', ['в материале «Газеты.Ru».']],
    ['according to Pravda.Ru and others', ['according to Pravda.Ru and others']],
    ['see www.Revue.fr today', ['see www.Revue.fr today']],
    ['wrote @ECCHRBerlin and #NeverAgain', ['wrote @ECCHRBerlin and #NeverAgain']],
    ['growth of 3.5 percent', ['growth of 3.5 percent']],
    ['SuperMario non è Superman', ['SuperMario non è Superman']],
    ['use WhatsApp or PowerPoint', ['use WhatsApp or PowerPoint']],
    ['he lives in St.Petersburg now', ['he lives in St.Petersburg now']],
  ])('splitGlued(%j)', (input, want) => {
    expect(splitGlued(input)).toEqual(want);
  });
});

describe('cleanDocument on fixture articles', () => {
  it('fr: title, repeated title with credit, caption, follow call, read-also, intertitle, cookies, buttons', () => {
    const c = clean('fr-1.txt');
    expect(c.title).toBe('Le port de Brest rouvre après la tempête');
    expect(c.paragraphs).toEqual([
      'Le port de commerce de Brest a rouvert mardi matin, deux jours après le passage de la tempête.',
      'Les dockers ont repris le travail dès 6 heures.',
      '« Nous avons perdu deux jours de chargement », a déclaré le directeur du port, Paul Kerlann.',
      'Des dégâts limités',
      "Selon la préfecture, aucun blessé n'est à déplorer. Les quais ont été inspectés lundi soir.",
    ]);
    expect(c.credits).toEqual(['Préfecture maritime', 'AFP']);
    expect(c.captions).toEqual(['Un remorqueur dans la rade de Brest']);
    expect(c.related_headlines).toEqual(['Tempête : trois départements en vigilance orange']);
    expect(c.outletHints[0]).toBe("Le Courrier de l'Ouest");
    expect(reasonOf(c, 'Le port de Brest rouvre après la tempête©')).toBe('repeated-title');
    expect(reasonOf(c, 'Un remorqueur')).toBe('caption');
    expect(reasonOf(c, 'Suivez Le Courrier')).toBe('follow-call');
    expect(reasonOf(c, 'Lire aussi')).toBe('read-also');
    expect(reasonOf(c, "Le Courrier de l'Ouest utilise des cookies")).toBe('cookie-banner');
    expect(reasonOf(c, 'Tout Accepter')).toBe('button-labels');
  });

  it('en: CRLF, ad label, dateline tag, read more, duplicate, follow, newsletter, donation, comments, copyright', () => {
    const c = clean('en-1.txt');
    expect(c.title).toBe('Storm closes three bridges in Glasgow');
    expect(c.paragraphs).toEqual([
      'GLASGOW, March 4 – Herald. Three bridges over the Clyde were closed on Monday as winds reached 90 mph, the city council said.',
      'Commuters were told to avoid the city centre.',
    ]);
    expect(c.removed.map((r) => r.reason)).toEqual([
      'ad-label',
      'read-also',
      'duplicate-paragraph',
      'follow-call',
      'newsletter',
      'donation-call',
      'comment-prompt',
      'copyright',
    ]);
    expect(c.related_headlines).toEqual(['Scotland braces for a second storm this week']);
    expect(c.outletHints).toEqual(['Glasgow Herald', 'Herald']);
    expect(c.dateHints).toEqual(['March 4']);
  });

  it('de: byline with date, Anzeige, Mehr zum Thema, photo credit, author bio', () => {
    const c = clean('de-1.txt');
    expect(c.title).toBe('Bahnstreik legt den Fernverkehr lahm');
    expect(c.paragraphs).toHaveLength(2);
    expect(c.authors).toEqual(['Anna Schreiber']);
    expect(c.dateHints).toEqual(['12.03.2025 08:15']);
    expect(c.related_headlines).toEqual(['Gewerkschaft kündigt weitere Warnstreiks an']);
    expect(c.credits).toEqual(['dpa', 'Max Muster']);
    expect(c.removed.map((r) => r.reason)).toEqual(['byline', 'ad-label', 'read-also', 'photo-credit', 'author-bio']);
  });

  it('ru: one-line article with glued sentences and intertitle, dateline tag, glued follow call', () => {
    const c = clean('ru-1.txt');
    expect(c.title).toBe('Парламент Молдавии утвердил новый бюджет');
    expect(c.paragraphs).toEqual([
      'КИШИНЕВ, 5 мар – Sputnik. Парламент Молдавии утвердил бюджет на следующий год, сообщает пресс-служба.',
      'Стороны обсуждали документ три дня.',
      'Новые расходы',
      'Депутаты увеличили расходы на образование. Об этом рассказал спикер.',
    ]);
    expect(reasonOf(c, 'Sputnik Молдова теперь')).toBe('follow-call');
    expect(reasonOf(c, 'Реклама')).toBe('ad-label');
    expect(c.related_headlines).toEqual(['Правительство Молдавии объявило о реформе налогов']);
    expect(c.outletHints).toEqual(['Sputnik Молдова', 'Sputnik']);
    expect(c.dateHints).toEqual(['5 мар']);
  });

  it('es: breadcrumb, name byline, date line, share bar, glued follow call, caption + credit, bio', () => {
    const c = clean('es-1.txt');
    expect(c.paragraphs).toEqual([
      'Cinco personas resultaron heridas por las inundaciones en Valencia, informó el jueves el servicio de emergencias.',
    ]);
    expect(c.removed.map((r) => r.reason)).toEqual([
      'navigation',
      'byline',
      'dateline',
      'share-call',
      'follow-call',
      'caption',
      'read-also',
      'author-bio',
    ]);
    expect(c.captions).toEqual(['Vecinos evacuados en el barrio de Benimaclet.']);
    expect(c.credits).toEqual(['EFE', 'Juan Pérez']);
    expect(c.authors).toEqual(['Carmen Ruiz']);
    expect(c.related_headlines).toEqual(['La AEMET mantiene la alerta roja en la costa']);
  });

  it('uk: navigation line before the title, glued follow call with outlet (nominative guess), share bar', () => {
    const c = clean('uk-1.txt');
    expect(c.title).toBe('Обстріл Харкова: троє поранених');
    expect(c.paragraphs).toEqual(['Троє людей дістали поранення внаслідок обстрілу Харкова в ніч на вівторок, повідомили в ОВА.']);
    expect(c.outletHints).toEqual(['Харківська правда', 'Харківську правду']);
    expect(c.removed.map((r) => r.reason)).toEqual(['navigation', 'follow-call', 'share-call']);
  });
});

describe('cleanDocument: single cues in several languages', () => {
  const body = 'Der Minister sagte am Montag vor Journalisten, die Lage sei unter Kontrolle und es gebe keinen Grund zur Sorge.';
  it.each([
    ['Advertisement', 'ad-label'],
    ['Publicité', 'ad-label'],
    ['Anzeige', 'ad-label'],
    ['Реклама', 'ad-label'],
    ['Publicidade', 'ad-label'],
    ['Lire aussi : Un autre titre', 'read-also'],
    ['Leggi anche: Un altro titolo', 'read-also'],
    ['Читайте также: Другой заголовок', 'read-also'],
    ['Czytaj także: Inny tytuł', 'read-also'],
    ['Leia também: Outro título', 'read-also'],
    ['Lee también: Otro título', 'read-also'],
    ['Читайте також: Інший заголовок', 'read-also'],
    ['Mehr zum Thema - Ein anderer Titel', 'read-also'],
    ['LEGGI ANCHE', 'read-also'],
    ['Folgen Sie uns auf Telegram', 'follow-call'],
    ['Seguici su Facebook', 'follow-call'],
    ['Подписывайтесь на наш канал', 'follow-call'],
    ['Wesprzyj nas już teraz!', 'donation-call'],
    ['Faites un don pour soutenir notre rédaction', 'donation-call'],
    ['Jetzt mit wenigen Klicks freiwillig unterstützen!', 'donation-call'],
    ['Unabhängiger Journalismus lebt vom Engagement seiner Leserinnen und Leser', 'donation-call'],
    ['Subscribe to Example News Telegram channel, Facebook, RSS!', 'follow-call'],
    ['Visit The Example Courier at examplecourier.com', 'site-notice'],
    ['Distributed by Example Content Agency, LLC.', 'site-notice'],
    ['Kommentare', 'comment-prompt'],
    ['Leave a comment', 'comment-prompt'],
    ['Коментарі (12)', 'comment-prompt'],
    ['Alle Rechte vorbehalten', 'copyright'],
    ['Tous droits réservés', 'copyright'],
    ['Wszelkie prawa zastrzeżone', 'copyright'],
    ['Teilen', 'share-call'],
    ['Facebook Twitter WhatsApp Telegram', 'share-call'],
    ['OK', 'button-labels'],
    ['Tout Accepter', 'button-labels'],
    ['AceptarRechazarConfigurar', 'button-labels'],
    ['Tags: Krieg, Diplomatie', 'tags'],
    ['Mundo › África', 'navigation'],
    ['Wir verwenden Cookies, um Inhalte zu personalisieren. Indem Sie auf „Akzeptieren“ klicken, stimmen Sie zu.', 'cookie-banner'],
    ['Article posted with permission from Some Media', 'site-notice'],
    ['(Jane Doe/Associated Press)', 'photo-credit'],
    ['Фото: РИА Новости', 'photo-credit'],
  ])('%j -> %s', (line, reason) => {
    const c = cleanDocument(doc(`Ein Titel\n\n${body}\n\n${line}\n\n${body.replace('Montag', 'Dienstag')}`));
    expect(c.paragraphs).toHaveLength(2);
    expect(c.removed.map((r) => r.reason)).toEqual([reason]);
  });

  it('keeps a short intertitle between paragraphs and a recipe line about cookies', () => {
    const c = cleanDocument(doc(`Titre\n\n${body}\n\nUne trêve fragile\n\n${body}x\n\nShe baked cookies for the soldiers every Sunday.`));
    expect(c.paragraphs).toContain('Une trêve fragile');
    expect(c.paragraphs).toContain('She baked cookies for the soldiers every Sunday.');
  });

  it('drops the title repeated with its source after a dash, or without its full stop', () => {
    const a = cleanDocument(
      doc(`Оръжията на алианса не стигат за фронта\n\nОръжията на алианса не стигат за фронта — The Example Review\n\n${body}`),
    );
    expect(a.removed).toContainEqual({ text: 'Оръжията на алианса не стигат за фронта — The Example Review', reason: 'repeated-title' });
    expect(a.paragraphs).toEqual([body]);
    const b = cleanDocument(doc(`В городе начался настоящий социальный взрыв. \n\nВ городе начался настоящий социальный взрыв\n\n${body}`));
    expect(b.removed.map((r) => r.reason)).toEqual(['repeated-title']);
    expect(b.paragraphs).toEqual([body]);
  });

  it("drops a site's domain in parentheses after the headline", () => {
    expect(cleanDocument(doc(`Kurz und der Großspender (example-news.de)\n\n${body}`)).title).toBe('Kurz und der Großspender');
  });

  it('takes a line of related headlines glued together for related headlines, not story', () => {
    const c = cleanDocument(
      doc(
        `Ein Titel\n\n${body}\n\nHarbour workers block the northern gate for a second day: unionDock owners say the strike will cost millions each week\n\n${body.replace('Montag', 'Dienstag')}`,
      ),
    );
    expect(c.paragraphs).toHaveLength(2);
    expect(c.related_headlines).toEqual([
      'Harbour workers block the northern gate for a second day: union',
      'Dock owners say the strike will cost millions each week',
    ]);
  });

  it('takes a block of consecutive headline lines inside a blank-line document for related headlines', () => {
    const c = cleanDocument(
      doc(
        `Ein Titel\n\n${body}\nHafenarbeiter blockieren das Nordtor am zweiten Tag\nReeder warnen vor Millionenverlusten pro Woche\n\n${body.replace('Montag', 'Dienstag')}`,
      ),
    );
    expect(c.paragraphs).toHaveLength(2);
    expect(c.related_headlines).toEqual([
      'Hafenarbeiter blockieren das Nordtor am zweiten Tag',
      'Reeder warnen vor Millionenverlusten pro Woche',
    ]);
  });

  it('joins a title split over two lines when the document repeats it', () => {
    const c = cleanDocument(doc(`From Bad To Worse?\nTillerson Out As Secretary\nFrom Bad To Worse?\nTillerson Out As Secretary\n${body}`));
    expect(c.title).toBe('From Bad To Worse? Tillerson Out As Secretary');
    expect(c.paragraphs).toEqual([body]);
  });

  it('skips navigation at the top to find the headline', () => {
    const c = cleanDocument(doc(`Accueil › Monde\n\nLe vrai titre de l'article\n\n${body}`));
    expect(c.title).toBe("Le vrai titre de l'article");
  });

  it('uses meta.title for HTML and drops its repetition', () => {
    const c = cleanDocument(doc(`Le vrai titre\n\n${body}`, { format: 'html', titleInText: false, meta: { title: 'Le vrai titre' } }));
    expect(c.title).toBe('Le vrai titre');
    expect(c.paragraphs).toEqual([body]);
    expect(c.removed).toEqual([{ text: 'Le vrai titre', reason: 'repeated-title' }]);
  });

  it('drops an echoed embedded post as duplicate-paragraph', () => {
    const quote = 'We will rebuild every school that was destroyed, and we will do it before the winter comes back.';
    const c = cleanDocument(doc(`T\n\nThe mayor wrote: “${quote}”\n\n${quote} — Jan Kowal (@jkowal) March 3, 2024\n\n${body}`));
    expect(c.paragraphs).toHaveLength(2);
    expect(c.removed.map((r) => r.reason)).toEqual(['duplicate-paragraph']);
  });

  it('never throws on odd input', () => {
    expect(cleanDocument(doc('')).paragraphs).toEqual([]);
    expect(cleanDocument(doc('\n\n\n')).title).toBe('');
    expect(() => cleanDocument({ ...doc('x'), text: undefined as unknown as string })).not.toThrow();
  });
});

describe('boilerplate inside a story paragraph, tags, lists, CJK', () => {
  it('strips a call glued after a story sentence with a space, and keeps the sentence', () => {
    const c = cleanDocument(
      doc(
        'Floods close schools\n\nHeavy rain forced 40 schools across the county to close on Monday, the county council said. Follow us on Twitter for live updates.\n\nMore rain is expected on Wednesday, forecasters said.',
      ),
    );
    expect(c.paragraphs).toEqual([
      'Heavy rain forced 40 schools across the county to close on Monday, the county council said.',
      'More rain is expected on Wednesday, forecasters said.',
    ]);
    expect(c.removed).toContainEqual({ text: 'Follow us on Twitter for live updates.', reason: 'follow-call' });
  });

  it('drops a tags heading and its list, keeps repeated short list lines of a recipe', () => {
    const c = cleanDocument(
      doc(
        'Meal plan\n\nBreakfast keeps you going until lunch, the dietitian explained to the class on Monday.\n\nEat every 2–3 hours\n\nThe second meal should be light and include vegetables of several colours.\n\nEat every 2–3 hours\n\nDrink water with every meal, she added, and keep sweets for the weekend.\n\nTags\n\nmeal prep, breakfast, healthy eating, vegetables',
      ),
    );
    expect(c.paragraphs.filter((p) => p === 'Eat every 2–3 hours')).toHaveLength(2);
    expect(c.removed.filter((r) => r.reason === 'tags').map((r) => r.text)).toEqual([
      'Tags',
      'meal prep, breakfast, healthy eating, vegetables',
    ]);
  });

  it('treats 。 as a sentence end, so Japanese paragraphs are content', () => {
    const c = cleanDocument(
      doc(
        '見出し\n\n先日、不正に改造したiPhoneを販売したとして、男性が逮捕されました。\n\n報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。\n\nもちろん、Apple社は「脱獄」を認めていません。',
      ),
    );
    expect(c.paragraphs).toHaveLength(3);
  });
});

describe('page furniture left by HTML extraction', () => {
  it.each([
    ['Advert', 'ad-label'],
    ['This slideshow requires JavaScript.', 'site-notice'],
    ['Updated at 1:23 p.m.', 'site-notice'],
    ['SEE MORE: Council tax to rise by five per cent next April', 'read-also'],
    ['Whatsapp Facebook Pint Baixar', 'share-call'],
  ])('%s -> %s', (line, reason) => {
    const c = cleanDocument(
      doc(
        `Bridge opens\n\nThe new bridge over the river opened on Saturday after two years of works, the council said.\n\n${line}\n\nHundreds of people walked across it in the first hour, and the mayor cut a ribbon.`,
      ),
    );
    expect(c.removed).toContainEqual({ text: line, reason });
    expect(c.paragraphs).toHaveLength(2);
  });
});

describe('follow calls and news about following', () => {
  it('keeps a news sentence that mentions following someone on a network', () => {
    const line = 'Residents were told to follow police updates on Twitter and Facebook during the evacuation, officials said.';
    const c = cleanDocument(
      doc(
        `Evacuation in Avon\n\nThe river burst its banks on Sunday night and 200 homes were evacuated, the council said.\n\n${line}\n\nMore rain is expected on Wednesday.`,
      ),
    );
    expect(c.paragraphs).toContain(line);
  });

  it('splits a follow call that opens a story paragraph', () => {
    const c = cleanDocument(
      doc(
        'Minister denies claims\n\nFollow our live coverage on Telegram. The minister denied any wrongdoing on Monday, his spokesman told Reuters.\n\nThe inquiry continues next week.',
      ),
    );
    expect(c.paragraphs[0]).toBe('The minister denied any wrongdoing on Monday, his spokesman told Reuters.');
    expect(c.removed).toContainEqual({ text: 'Follow our live coverage on Telegram.', reason: 'follow-call' });
  });
});

describe('fast paths agree with their direct definitions', () => {
  // strings with marks, ligatures, compatibility forms, odd spaces, Greek sigma, Turkish İ, astral characters
  const tricky = [
    'Ça ira, DÉJÀ-VU — «Ｆｕｌｌ　Ｗｉｄｔｈ» ﬁnal ½ ①',
    'ΟΔΟΣ ΣΟΦΙΑΣ; όσοι',
    'İstanbul’da  KIRKPINAR\u00a0\u2003güreşleri',
    'Й и й, Ё и ё, ї: naïve café',
    'e\u0301cole \u0301 a\ufe20b',
    'emoji 😀 and 𝐁𝐨𝐥𝐝 text',
    '  \t leading and trailing \u3000 ',
    '',
    '— … ¿¡ —',
  ];
  it.each(tricky)('fold and tokenKey of %j', (s) => {
    expect(fold(s)).toBe(foldSlow(s));
    const key = stripMarks(s.normalize('NFKD'))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    expect(tokenKey(s)).toBe(key);
    const toks = key ? key.split(' ') : [];
    expect(tokenKeyEnds(s)).toBe(toks.length ? `${toks[0]}\u0000${toks[toks.length - 1]}` : '');
  });

  it('finds cue literals once per document as per piece', () => {
    const text = 'Read more: the full story\nSuivez-nous sur Telegram\nCOOKIES help us © 2024 Example Ltd\nA plain line about rain.';
    const hits = cueHits(text);
    expect(hits).not.toBeNull();
    let at = 0;
    for (const line of text.split('\n')) {
      expect(maskIn(hits ?? [], at, at + line.length)).toBe(cueMask(line.toLowerCase()));
      at += line.length + 1;
    }
    expect(maskIn(hits ?? [], 0, 9) & CUE_BIT.readMore).toBe(CUE_BIT.readMore);
    // U+0130 lower-cases to two code units: no document-level hits
    expect(cueHits('İstanbul cookies')).toBeNull();
  });

  it('finds glued capitals once per document as per line', () => {
    const text = 'Suivez RT surTelegram\nitoги встречи.Sputnik\nthe iPhone 15Pro\nA line.«Quote» here\nplain line';
    const g: GlueScan = { at: [], kind: [] };
    cueHits(text, g);
    expect(g).toEqual(scanGlue(text));
    expect(mayGlueCueWordsIn(g, text)).toBe(mayGlueCueWords(text));
    let at = 0;
    for (const line of text.split('\n')) {
      expect(glueHintIn(g, at, at + line.length)).toBe(hasGlueHint(line));
      expect(lowerUpperIn(g, at, at + line.length)).toBe(hasLowerUpper(line));
      at += line.length + 1;
    }
    expect(scanGlue('astral 😀 here')).toBeNull();
  });

  it('enumerates the first code units of anchored regexes', () => {
    expect([...(prefixSet('^(?:à|a) lire|\\d comments?|Share', 3) ?? [])].sort()).toEqual(
      ['0 c', '9 c', 'a l', 'sha', 'à l'].concat(['1 c', '2 c', '3 c', '4 c', '5 c', '6 c', '7 c', '8 c']).sort(),
    );
    // optional atoms, classes, lazy quantifiers; an open prefix ends at `.` or `$`
    expect([...(prefixSet('(?:leggi )?anche|[ab]c.', 3) ?? [])].sort()).toEqual(['ac', 'anc', 'bc', 'leg']);
    expect([...(prefixSet('^ok$', 3) ?? [])]).toEqual(['ok']);
    // a star turns once, then the prefix is open
    expect([...(prefixSet('^[\\s>]*ab', 3) ?? [])].sort()).toContain('>');
    expect(prefixSet('.x', 3)).toBeNull();
    expect(prefixSet('\\p{L}+', 3)).toBeNull();
  });

  it('dispatches unanchored cue alternations to the branches whose literals occur', () => {
    const d = DISPATCH.follow;
    expect(d).not.toBeNull();
    for (const text of ['The council said. Follow us on Telegram for updates.', 'Residents were told to stay home.']) {
      const hits = cueHits(text) ?? [];
      const at = dispatchMatch(d!, text, hits, 0, text.length, true);
      const m = new RegExp(RE.follow.source, 'iu').exec(text);
      expect(at).toBe(m ? m.index : -1);
    }
  });

  it('prefilters anchored cue regexes by their first code units', () => {
    for (const s of ['Read also: X', '▶ Lire aussi : Y', 'LEIA TAMBÉM: Z']) {
      expect(RE.readAlso.test(s)).toBe(true);
      expect(START.readAlso.may(s)).toBe(true);
    }
    for (const s of ['Share', 'SHARE', 'Facebook', 'ВКонтакте', 'tweet']) {
      expect(RE.shareExact.test(s)).toBe(true);
      expect(START.shareExact.may(s)).toBe(true);
    }
    expect(START.shareExact.may('Zzz')).toBe(RE.shareExact.test('Zzz'));
    expect(START.readAlso.may('Quebec police said')).toBe(false);
    expect(RE.readAlso.test('Quebec police said')).toBe(false);
  });
});
