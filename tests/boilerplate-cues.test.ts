/**
 * Boilerplate cue tables (lib/rules/boilerplate.ts): the kinds added for held-out leaks, checked in
 * every table language (en fr de es it ru pl pt uk) on lines written for these tests, with story
 * sentences that must stay content. Part 1 compiles the tables as the cleaner documents it (flags
 * `iu`; `ad` as a whole line, `follow`/`siteNotice`/`readMore` anywhere); part 2 runs whole
 * documents through cleanDocument.
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../lib/core/clean/index.ts';
import type { SourceDoc } from '../lib/core/types.ts';
import { BOILERPLATE_CUES, type BoilerplateCues } from '../lib/rules/boilerplate.ts';

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

describe('republication notes and dated bylines (siteNotice)', () => {
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
    'Publié par Jean-Patrick Grumberg le 12 juin 2022',
    'Published by John Smith on June 12, 2022',
    'Veröffentlicht von Anna Müller am 3. März 2023',
    'Pubblicato da Marco Rossi il 4 maggio 2022',
    'Publicado por María López el 5 de mayo de 2022',
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

describe('"also on <site>" related links (readMore / readAlso)', () => {
  const more = anywhere('readMore');
  it.each([
    'Also on rt.com We must be ready to use ‘hard power’ against Moscow and Beijing – UK defense chief',
    'Lesen Sie auch auf rtde.tech Russland und China vertiefen Zusammenarbeit',
    'Читайте также на ria.ru Путин провел переговоры с Си Цзиньпином',
    'Lire aussi sur francesoir.fr La guerre des chiffres',
    'Leggi anche su ilfattoquotidiano.it Il governo cade',
  ])('matches %s', (line) => expect(more.test(line)).toBe(true));
  it.each(['Also on Monday, the ministry said the talks had failed.', 'Also on the agenda were sanctions against Iran.'])(
    'leaves %s',
    (line) => expect(more.test(line)).toBe(false),
  );
});

const doc = (text: string): SourceDoc => ({
  sourceKey: 'x.txt',
  sourcePart: null,
  format: 'text',
  sha256: '0'.repeat(64),
  text,
  titleInText: true,
  meta: {},
  removed: [],
  captions: [],
  credits: [],
});

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
