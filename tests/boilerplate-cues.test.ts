/**
 * Boilerplate cue tables (lib/rules/boilerplate.ts): the kinds added for held-out leaks, checked in
 * every table language (en fr de es it ru pl pt uk) on lines written for these tests, with story
 * sentences that must stay content. Part 1 compiles the tables as the cleaner documents it (flags
 * `iu`; `ad` as a whole line, `follow`/`siteNotice`/`readMore` anywhere); part 2 runs whole
 * documents through cleanDocument.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../lib/core/clean/index.ts';
import { BOILERPLATE_CUES, type BoilerplateCues } from '../lib/rules/boilerplate.ts';
import { textDoc } from './helpers.ts';

const union = (cat: keyof BoilerplateCues): string[] => [...new Set(Object.values(BOILERPLATE_CUES).flatMap((t) => t[cat] ?? []))];
const anywhere = (cat: keyof BoilerplateCues): RegExp => new RegExp(`(?:${union(cat).join('|')})`, 'iu');
const exactLine = (cat: keyof BoilerplateCues): RegExp => new RegExp(`^(?:${union(cat).join('|')})\\s*(?:\\(\\d+\\))?\\s*[.:!*]?$`, 'iu');

describe('cue tables compile', () => {
  it('every entry of every table is a valid iu regex source', () => {
    for (const [lang, table] of Object.entries(BOILERPLATE_CUES))
      for (const [cat, list] of Object.entries(table))
        for (const src of list ?? []) expect(() => new RegExp(src, 'iu'), `${lang}.${cat}: ${src}`).not.toThrow();
  });
});

describe('republication notes (siteNotice)', () => {
  const re = anywhere('siteNotice');
  const notes = [
    'This article first appeared in The American Conservative.',
    'A shorter version of this article was originally published in Le Monde diplomatique.',
    'Cet article a été publié dans Le Figaro le 3 mai 2022.',
    'Cet article est paru initialement sur le site de la revue Esprit',
    'Der Artikel erschien in gekürzter Fassung am 1. Juli 2022 in der Zeitung Unsere Zeit',
    'Dieser Beitrag ist zuerst auf Telepolis erschienen.',
    'Este artículo fue publicado originalmente en The Conversation.',
    'Questo articolo è stato pubblicato originariamente su Il Manifesto.',
    'Este artigo foi publicado originalmente no Público.',
    'Статья впервые опубликована в журнале «Эксперт».',
    'Статтю вперше опубліковано на сайті «Дзеркало тижня».',
    'Artykuł ukazał się pierwotnie w „Tygodniku Powszechnym”.',
    'https://www.andreas-wehr.eu/der-fluch-der-boesen-taten.html',
  ];
  it.each(notes)('matches %s', (line) => expect(re.test(line)).toBe(true));
  const story = [
    'First published in 1949, the novel still sells a million copies a year.',
    'The study was first published in Nature last week, the ministry said.',
    'Der Artikel 5 des Nato-Vertrags sieht gegenseitigen Beistand vor.',
    "L'article a été publié dans le Journal officiel mardi, selon le ministère.",
    'Статья 205 Уголовного кодекса предусматривает до 15 лет лишения свободы.',
    'He published a report on June 12, 2022, accusing the government of fraud.',
    'The link https://example.com/report was shared thousands of times.',
  ];
  it.each(story)('leaves the story sentence %s', (line) => expect(re.test(line)).toBe(false));
});

describe('sponsored widgets (ad: whole line)', () => {
  const re = exactLine('ad');
  const labels = [
    'Contenus Sponsorisés',
    'À Découvrir Aussi',
    'par Taboola',
    'Sponsored Stories',
    'Promoted Content',
    'You may like',
    'Recommended for you',
    'by Outbrain',
    'Gesponsert',
    'Anzeige',
    'Реклама',
    'Вам может понравиться',
    'Sponsorowane',
    'Treści sponsorowane',
    'Patrocinado',
    'Contenido patrocinado',
    'Contenuti sponsorizzati',
    'Conteúdo patrocinado',
    'Спонсорський контент',
  ];
  it.each(labels)('matches %s', (line) => expect(re.test(line)).toBe(true));
  it.each(['Sponsored by the state, the fund paid 40 million euros.', 'Taboola shares fell 5% on Tuesday.'])('leaves %s', (line) =>
    expect(re.test(line)).toBe(false),
  );
});

describe('channel follow calls and share prompts (follow)', () => {
  const re = anywhere('follow');
  const calls = [
    'Grazie al nostro canale Telegram potete rimanere aggiornati sulla pubblicazione di nuovi articoli.',
    'Thanks to our Telegram channel you can stay up to date with new articles.',
    'Grâce à notre canal Telegram, restez informés.',
    'Dank unseres Telegram-Kanals bleiben Sie auf dem Laufenden.',
    'Gracias a nuestro canal de Telegram estarás al día.',
    'Graças ao nosso canal no Telegram fique por dentro.',
    'Благодаря нашему Telegram-каналу вы будете в курсе.',
    'Завдяки нашому Telegram-каналу ви будете в курсі.',
    'Dzięki naszemu kanałowi na Telegramie będziesz na bieżąco.',
    'Think your friends would be interested? Share this story!',
    'Partagez cet article avec vos amis !',
    'Teilen Sie diesen Artikel!',
    'Comparte esta noticia con tus amigos.',
    'Condividi questo articolo!',
    'Compartilhe esta notícia!',
    'Поделитесь этой новостью с друзьями!',
    'Поділіться цією новиною з друзями!',
    'Udostępnij ten artykuł znajomym!',
  ];
  it.each(calls)('matches %s', (line) => expect(re.test(line)).toBe(true));
});

describe('"also on <site>" related links are not readMore (the headline is kept as related)', () => {
  const more = anywhere('readMore');
  it.each([
    'Also on rt.com We must be ready to use ‘hard power’ against Moscow and Beijing – UK defense chief',
    'Lesen Sie auch auf rtde.tech Russland und China vertiefen Zusammenarbeit',
    'Also on Monday, the ministry said the talks had failed.',
    'Also on the agenda were sanctions against Iran.',
  ])('leaves %s', (line) => expect(more.test(line)).toBe(false));
});

const doc = textDoc;

describe('cleanDocument drops the new kinds and keeps the story', () => {
  it('English: related link, share prompt, republication note and source URL', () => {
    const story = [
      'The defence minister said on Tuesday that the army would double its air defence budget next year.',
      'Critics said the plan came too late and would not be ready before the winter, according to the report.',
    ];
    const c = cleanDocument(
      doc(
        [
          'Minister promises more air defence',
          '',
          story[0],
          'Also on rt.com We must be ready to use hard power against Moscow – UK defense chief',
          story[1],
          'This article first appeared in The American Conservative.',
          'Think your friends would be interested?',
          'Share this story!',
          'https://www.example.com/2022/06/air-defence.html',
        ].join('\n'),
      ),
    );
    expect(c.paragraphs).toEqual(story);
  });

  it('French: dated byline and sponsored widget headings', () => {
    const story = [
      'Le gouvernement a annoncé mardi une hausse de 10 % du budget de la défense pour l’année prochaine.',
      'Les syndicats ont dénoncé une décision prise sans concertation, selon un communiqué publié mercredi.',
    ];
    const c = cleanDocument(
      doc(
        [
          'Hausse du budget de la défense',
          '',
          story[0],
          '',
          'Publié par Jean Dupont le 12 juin 2022',
          'Contenus Sponsorisés',
          'À Découvrir Aussi',
          'par Taboola',
          '',
          story[1],
        ].join('\n'),
      ),
    );
    expect(c.paragraphs).toEqual(story);
  });

  it('Italian and German: channel call and republication note', () => {
    const it1 = 'Il governo ha approvato ieri sera il decreto sulle bollette, che prevede aiuti per tre miliardi di euro.';
    const c1 = cleanDocument(
      doc(
        [
          'Decreto bollette approvato',
          '',
          it1,
          'Grazie al nostro canale Telegram potete rimanere aggiornati sulla pubblicazione di nuovi articoli di Esempio.',
        ].join('\n'),
      ),
    );
    expect(c1.paragraphs).toEqual([it1]);
    const de1 = 'Die Regierung hat am Mittwoch ein neues Entlastungspaket im Umfang von 65 Milliarden Euro beschlossen.';
    const c2 = cleanDocument(
      doc(
        [
          'Neues Entlastungspaket',
          '',
          de1,
          '',
          'Der Artikel erschien in gekürzter Fassung am 1. Juli 2022 in der Zeitung Unsere Zeit',
        ].join('\n'),
      ),
    );
    expect(c2.paragraphs).toEqual([de1]);
    expect(c2.removed.map((r) => r.reason)).toContain('site-notice');
  });
});

/** Classify one line between two story paragraphs; returns the cleaned document. */
const around = (line: string) =>
  cleanDocument(
    doc(
      [
        'Title of the test story',
        '',
        'The minister said on Monday that the plan would go ahead as planned next year.',
        '',
        line,
        '',
        'Another long paragraph of the story follows here with many words in it.',
      ].join('\n'),
    ),
  );

describe('"also on <site> <Headline>": dropped, headline kept as related', () => {
  it.each([
    [
      'Also on rt.com We must be ready to use ‘hard power’ against Moscow and Beijing – UK defense chief',
      'We must be ready to use ‘hard power’ against Moscow and Beijing – UK defense chief',
    ],
    ['Lesen Sie auch auf rtde.tech Russland und China vertiefen Zusammenarbeit', 'Russland und China vertiefen Zusammenarbeit'],
    ['Читайте также на ria.ru Путин провел переговоры с Си Цзиньпином', 'Путин провел переговоры с Си Цзиньпином'],
    ['Lire aussi sur francesoir.fr La guerre des chiffres', 'La guerre des chiffres'],
    ['Leggi anche su ilfattoquotidiano.it Il governo cade', 'Il governo cade'],
    ['Czytaj także na onet.pl Rząd przyjął projekt ustawy', 'Rząd przyjął projekt ustawy'],
  ])('%s', (line, headline) => {
    const c = around(line);
    expect(c.paragraphs).toHaveLength(2);
    expect(c.related_headlines).toEqual([headline]);
  });
});

describe('dated bylines: author and date kept, line dropped', () => {
  it.each([
    ['Publié par Jean-Patrick Grumberg le 12 juin 2022', 'Jean-Patrick Grumberg', '12 juin 2022'],
    ['Published by John Smith on June 12, 2022', 'John Smith', 'June 12, 2022'],
    ['Veröffentlicht von Anna Müller am 3. März 2023', 'Anna Müller', '3. März 2023'],
    ['Pubblicato da Marco Rossi il 4 maggio 2022', 'Marco Rossi', '4 maggio 2022'],
    ['Publicado por María López el 5 de mayo de 2022', 'María López', '5 de mayo de 2022'],
    ['Publicado por João Silva em 12 de junho de 2022', 'João Silva', '12 de junho de 2022'],
    ['Опубликовал: Иван Петров, 12 июня 2022', 'Иван Петров', '12 июня 2022'],
    ['Opublikowane przez Jan Kowalski 12 czerwca 2022', 'Jan Kowalski', '12 czerwca 2022'],
  ])('%s', (line, author, date) => {
    const c = around(line);
    expect(c.paragraphs).toHaveLength(2);
    expect(c.authors).toEqual([author]);
    expect(c.dateHints).toEqual([date]);
    expect(c.removed.map((r) => r.reason)).toContain('byline');
  });
  it('drops a dated byline without a personal name, records no author', () => {
    const c = around('Posted by the editors on 12 June 2022');
    expect(c.paragraphs).toHaveLength(2);
    expect(c.authors).toEqual([]);
  });
  it('keeps a story sentence opening with "By" and a date', () => {
    const line = 'By the evening of 12 June 2022 the council had approved the budget.';
    expect(around(line).paragraphs).toContain(line);
  });
});

describe('sponsored block: ad headlines between the heading and the vendor line', () => {
  const story = [
    'Le gouvernement a annoncé mardi une hausse de 10 % du budget de la défense pour l’année prochaine.',
    'Les syndicats ont dénoncé une décision prise sans concertation, selon un communiqué publié mercredi.',
  ];
  it('drops the headlines when the vendor line closes the block', () => {
    const c = cleanDocument(
      doc(
        [
          'Hausse du budget de la défense',
          '',
          story[0],
          'Contenus Sponsorisés',
          "Connaissez vous l'astuce de la bouteille sur la roue?Housing Lover",
          'Comment soulager les douleurs dans les mains ? Voici la solution Revue-Bien-Être.com pour Handcare',
          'par Taboola',
          '',
          story[1],
        ].join('\n'),
      ),
    );
    expect(c.paragraphs).toEqual(story);
  });
  it('keeps the lines after a blank line or without a vendor line', () => {
    const c = cleanDocument(
      doc(['Hausse du budget de la défense', '', 'Contenus Sponsorisés', '', story[0], 'par Taboola', '', story[1]].join('\n')),
    );
    expect(c.paragraphs).toEqual(story);
    const d = cleanDocument(doc(['Hausse du budget de la défense', '', 'Contenus Sponsorisés', story[0], story[1]].join('\n')));
    expect(d.paragraphs).toEqual(story);
  });
});

describe('related headline glued in brackets after a sentence end', () => {
  it('splits it off and keeps the headline without "(Video)"', () => {
    const s1 =
      'Der russische Außenminister hob am Dienstag erneut hervor, dass Russland die Übungen auf seinem eigenen Territorium durchführe.';
    const c = around(`${s1}(„Was können Sie nicht verstehen? Was ist hier unklar?“ Putins Abrechnung mit den Kriegstreibern! (Video))`);
    expect(c.paragraphs[1]).toBe(s1);
    expect(c.related_headlines).toEqual([
      '„Was können Sie nicht verstehen? Was ist hier unklar?“ Putins Abrechnung mit den Kriegstreibern!',
    ]);
  });
  it('keeps a bracketed sentence of the story and a short bracket', () => {
    const a = 'The council met on Monday.(The vote was postponed until next week.)';
    const b = 'The council met on Monday and voted.(Updated)';
    expect(around(a).paragraphs).toContain(a);
    expect(around(b).paragraphs).toContain(b);
  });
});

describe('caption with its credit in brackets', () => {
  it('drops the stray opening bracket from the caption', () => {
    const c = cleanDocument(
      doc(
        [
          'Il ponte resta chiuso',
          '',
          'Il ponte sul torrente chiuso al traffico dopo la piena di aprile (foto di Andrea Conti)',
          '',
          'Il ponte sul torrente Morana resterà chiuso al traffico almeno fino a settembre, ha comunicato ieri il consorzio.',
        ].join('\n'),
      ),
    );
    expect(c.captions).toEqual(['Il ponte sul torrente chiuso al traffico dopo la piena di aprile']);
  });
});
