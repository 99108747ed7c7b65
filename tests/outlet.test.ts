import { describe, expect, it } from 'vitest';
import { outletFromRemoved, outletFromText, pickOutlet, tidyOutlet } from '../lib/core/extract/outlet.ts';

describe('tidyOutlet', () => {
  it.each([
    ['©2018 The Virginian-Pilot (Norfolk', 'The Virginian-Pilot'],
    ['Provided by CBS Interactive', 'CBS Interactive'],
    ['Source: Sputnik', 'Sputnik'],
    ['Quelle: Deutsche Welle', 'Deutsche Welle'],
    ['RT en français', 'RT en français'],
    ['Sputnik Литва', 'Sputnik Литва'],
    ['Газета.Ru', 'Газета.Ru'],
    ['Tom Luongo:', 'Tom Luongo'],
    ['© 2025 Correo del Illimani', 'Correo del Illimani'],
  ])('%s -> %s', (hint, name) => expect(tidyOutlet(hint)).toBe(name));

  it.each([['all rights reserved'], ['this site uses cookies to give you the best experience we can offer you today'], ['']])(
    'drops %j',
    (hint) => expect(tidyOutlet(hint)).toBeNull(),
  );

  it('pickOutlet takes the first usable hint, metadata first', () => {
    expect(pickOutlet([undefined, 'all rights reserved', 'Kasseler Bote'])).toBe('Kasseler Bote');
    expect(pickOutlet(['The Valley Gazette', 'Other'])).toBe('The Valley Gazette');
    expect(pickOutlet([])).toBeNull();
  });
});

describe('outletFromRemoved', () => {
  it.each([
    ['Подробнее — в материале «Газеты.Ru».', 'Газета.Ru'],
    ['Ірина Коваль — журналістка «Лабораторії фактів». Пише про медіа.', 'Лабораторія фактів'],
    ['Иван Петров — корреспондент «Новой газеты» в Киеве.', 'Новая газета'],
  ])('%s -> %s', (line, name) => expect(outletFromRemoved([line])).toBe(name));

  it('ignores guillemets without a cue', () => {
    expect(outletFromRemoved(['Lire aussi : Des rebelles «modérés» filmés à Alep'])).toBeNull();
  });
});

describe('outletFromRemoved: self-references in the outlet’s own boilerplate', () => {
  const piece = (text: string, reason: string) => ({ text, reason });

  it.each([
    // ban notice: names the outlet and speaks of "our website"
    [
      'Durch die Sperrung von RT zielt die EU darauf ab, eine kritische Informationsquelle zum Schweigen zu bringen. Der Zugang zu unserer Website wurde erschwert, mehrere Soziale Medien haben unsere Accounts blockiert.',
      'site-notice',
      'RT',
    ],
    ['By banning Sputnik, Brussels wants to silence us. Access to our website has been restricted.', 'site-notice', 'Sputnik'],
    [
      "L'interdiction de RT France vise à faire taire une voix critique. Notre site est désormais difficile d'accès.",
      'site-notice',
      'RT France',
    ],
    ['Блокировка RT — попытка заставить нас замолчать. Доступ к нашему сайту затруднён.', 'site-notice', 'RT'],
    // poll / newsletter widgets
    [
      'Completing this poll grants you access to Freedom Outpost updates free of charge. You may opt out at anytime.',
      'poll',
      'Freedom Outpost',
    ],
    ['Subscribe to RT newsletter to get stories the mainstream media won’t tell you.', 'newsletter', 'RT'],
    ['Abonnieren Sie den Westfalen-Kurier-Newsletter', 'newsletter', 'Westfalen-Kurier'],
    ['Recevez la newsletter du Courrier de Lorient chaque matin.', 'newsletter', 'Courrier de Lorient'],
    ['Suscríbete al boletín de Correo del Illimani.', 'newsletter', 'Correo del Illimani'],
    ['Receba a newsletter do Jornal do Capibaribe', 'newsletter', 'Jornal do Capibaribe'],
    ['Iscriviti alla newsletter del Corriere di Bergamo.', 'newsletter', 'Corriere di Bergamo'],
    // donation appeals, with the name declined where the language declines it
    ['Support the Coastal Ledger today: every pound keeps us independent.', 'donation-call', 'Coastal Ledger'],
    ['Sostieni Il Fatto Nuovo con una donazione.', 'donation-call', 'Il Fatto Nuovo'],
    ['Apoie o Jornal do Capibaribe hoje.', 'donation-call', 'Jornal do Capibaribe'],
    ['Wesprzyj Gazetę Nadwiślańską już dziś!', 'donation-call', 'Gazeta Nadwiślańska'],
    ['Поддержите «Новую газету»!', 'donation-call', 'Новая газета'],
    ['Підтримайте «Дніпровську хвилю» донатом.', 'donation-call', 'Дніпровська хвиля'],
    // copyright lines and team sign-offs
    ['Copyright © Canada Free Press', 'copyright', 'Canada Free Press'],
    ['© 2025 Meridiano 24 Ediciones S.L. Todos los derechos reservados.', 'site-notice', 'Meridiano 24'],
    ['Vielen Dank für Ihre Treue! Ihr Westfalen-Kurier-Team', 'site-notice', 'Westfalen-Kurier'],
    ['Merci de votre confiance, l’équipe du Courrier de Lorient.', 'site-notice', 'Courrier de Lorient'],
    ['З повагою, команда «Дніпровської хвилі».', 'site-notice', 'Дніпровська хвиля'],
  ])('%s -> %s', (text, reason, name) => expect(outletFromRemoved([piece(text, reason)])).toBe(name));

  it('finds the "our website" of a ban notice in the next boilerplate piece', () => {
    const pieces = [
      piece('Durch die Sperrung von RT DE will die EU eine kritische Stimme zum Schweigen bringen.', 'site-notice'),
      piece('Der Zugang zu unserer Website wurde erschwert.', 'site-notice'),
    ];
    expect(outletFromRemoved(pieces)).toBe('RT DE');
  });

  it.each([
    // a ban reported as news, not the outlet's own notice
    ['Durch die Sperrung von RT zielt die EU darauf ab, kritische Quellen zum Schweigen zu bringen.', 'site-notice'],
    // story text and headlines are never searched
    ['Die Sperrung von RT trifft auch unsere Website, sagte der Blogger.', 'duplicate-paragraph'],
    ['Keine Fans von RT, aber ... – Sperrung von RT: unsere Website bleibt erreichbar', 'read-also'],
    ['Der Hafen bei Nacht / ©Wikimedia Commons', 'caption'],
    // a republished text's copyright names the original publisher
    [
      'Republished with permission from Bill Marler and Marler Clark. Copyright (c) Marler Clark LLP, PS. All rights reserved.',
      'copyright',
    ],
    ['Article posted with permission from Sons Of Liberty Media', 'site-notice'],
    // no name, generic words, a newsletter's product name, shouting
    ['Please help support us with cryptocurrency donations. Thank you!', 'donation-call'],
    ['© Todos los derechos reservados.', 'copyright'],
    ['Sign up for Breaking News alerts', 'newsletter'],
    ['Get the Fast Forward newsletter in your inbox.', 'newsletter'],
    ['SUBSCRIBE TO THE BREITBART NEWSLETTER', 'newsletter'],
  ])('names no outlet in %j (%s)', (text, reason) => expect(outletFromRemoved([piece(text, reason)])).toBeNull());

  it('searches a bare string (unknown reason) only for the guillemet cue', () => {
    expect(outletFromRemoved(['Completing this poll grants you access to Freedom Outpost updates.'])).toBeNull();
    expect(outletFromRemoved([{ text: 'Completing this poll grants you access to Freedom Outpost updates.', reason: 'poll' }])).toBe(
      'Freedom Outpost',
    );
  });
});

describe('outletFromText: the outlet as the text shows it', () => {
  const bio = (text: string) => [{ text, reason: 'author-bio' }];
  it.each([
    // 1. dateline tags at the lead
    ['de', 'Nusa Dua (dpo) - Beim G20-Treffen auf Bali hat der Außenminister Vorwürfe erhoben.', 'dpo'],
    ['en', 'WASHINGTON, March 5 (Reuters) - The Senate passed the bill on Tuesday.', 'Reuters'],
    ['fr', 'PARIS (AFP) - Le gouvernement a annoncé mardi de nouvelles mesures.', 'AFP'],
    ['es', 'Madrid, 12 de marzo (Crónica Norte) — El Gobierno aprobó el decreto.', 'Crónica Norte'],
    ['it', 'Roma, 4 aprile (ANSA) - Il governo ha approvato il decreto.', 'ANSA'],
    ['pt', 'Lisboa, 3 mai (Lusa) - O Governo aprovou hoje o decreto.', 'Lusa'],
    ['pl', 'Warszawa (PAP) - Sejm przyjął w piątek ustawę o obronie.', 'PAP'],
    ['ru', 'Москва, 5 марта – РИА Новости. Президент подписал указ.', 'РИА Новости'],
    ['uk', 'Київ (Укрінформ) - Уряд ухвалив рішення про допомогу.', 'Укрінформ'],
    // 2. editor's notes signed by the outlet
    ['pl', 'Tekst.\nNie będą oni (uchodźcy - przyp. RMF FM) mile widziani.', 'RMF FM'],
    ['ru', 'Текст.\nИм (лидерам Евросоюза – прим. Baltnews) это не нравится.', 'Baltnews'],
    ['uk', 'Текст.\nВони (окупанти - прим. ред. Вісник Півдня) відступили.', 'Вісник Півдня'],
    ['de', 'Text.\nEr meinte die Sanktionen (Anm. d. Red. Tagesblick) und nicht mehr.', 'Tagesblick'],
    ['fr', 'Texte.\nIl parlait du traité (NDLR Le Courrier du Sud) signé en 2019.', 'Le Courrier du Sud'],
    ['it', 'Testo.\nParlava del decreto (N.d.R. Scenari Economici) approvato ieri.', 'Scenari Economici'],
    ['es', 'Texto.\nHablaba del decreto (N. de la R. Diario Austral) aprobado ayer.', 'Diario Austral'],
    ['pt', 'Texto.\nFalava do decreto (N. da R. Gazeta do Tejo) aprovado ontem.', 'Gazeta do Tejo'],
    ['en', 'Text.\nHe meant the treaty (editor’s note by The Coastal Ledger) and nothing else.', 'The Coastal Ledger'],
    // 3. related-article lines naming the outlet's own domain
    ['en', 'Story text here.\nAlso on rt.com We must be ready to use hard power\nMore story.', 'RT'],
    ['de', 'Text.\nLesen Sie auch auf de.rt.com: Sanktionen schaden Europa\nText.', 'RT DE'],
    ['fr', 'Texte.\nÀ lire aussi sur francais.rt.com : Les rebelles filmés à Alep\nTexte.', 'RT en français'],
    ['es', 'Texto.\nLee también en elpais.com: El Gobierno aprueba el decreto\nTexto.', 'El País'],
    ['it', 'Testo.\nLeggi anche su ansa.it: Il governo approva il decreto\nTesto.', 'ANSA'],
    ['pt', 'Texto.\nLeia também em publico.pt: Governo aprova decreto\nTexto.', 'Público'],
    ['pl', 'Tekst.\nCzytaj także na tvn24.pl: Sejm przyjął ustawę\nTekst.', 'TVN24'],
    ['ru', 'Текст.\nЧитайте также на ria.ru: Президент подписал указ\nТекст.', 'РИА Новости'],
    ['uk', 'Текст.\nЧитайте також на pravda.com.ua: Уряд ухвалив рішення\nТекст.', 'Українська правда'],
    ['en', 'Story text.\nRead more on valleygazette.com: Council votes on budget\nMore.', 'valleygazette.com'],
    // 4. follow calls naming the outlet
    [
      'it',
      'Testo.\nGrazie al nostro canale Telegram potete rimanere aggiornati sulla pubblicazione di nuovi articoli di Scenari Economici.',
      'Scenari Economici',
    ],
    ['en', 'Text.\nFollow The Coastal Ledger on Telegram for more.', 'The Coastal Ledger'],
    ['de', 'Text.\nFolgen Sie Westfalen-Kurier auf Telegram.', 'Westfalen-Kurier'],
    ['fr', 'Texte.\nSuivez Le Courrier du Sud sur Telegram.', 'Le Courrier du Sud'],
    ['es', 'Texto.\nSigue a Meridiano 24 en Telegram.', 'Meridiano 24'],
    ['pt', 'Texto.\nSiga o Jornal do Capibaribe no Telegram.', 'Jornal do Capibaribe'],
    ['pl', 'Tekst.\nObserwuj Kurier Wschodni na Telegramie i Facebooku.', null],
    ['pl', 'Tekst.\nObserwuj Kurier Wschodni na Facebook.', 'Kurier Wschodni'],
    ['ru', 'Текст.\nПодписывайтесь на наш канал в Telegram, чтобы читать новости Sputnik.', 'Sputnik'],
    ['uk', 'Текст.\nПідписуйтесь на наш канал у Telegram, щоб читати новини «Дніпровської хвилі».', 'Дніпровська хвиля'],
    // 5. a closing line linking to the outlet's own earlier story
    ['ru', 'Текст.\nРанее радио Sputnik рассказало, украинский посол пристыдил Германию.', 'Sputnik'],
    ['uk', 'Текст.\nРаніше видання «Лабораторія фактів» писало, як розпізнати фейк.', 'Лабораторія фактів'],
    ['en', 'Text.\nEarlier, the agency Meridian News reported: Council votes on the budget.', 'Meridian News'],
    // 6. a known agency's tag closing the text
    ['de', 'Der Minister hat das Gesetz verteidigt. Es sei nötig, sagte er. (dpa)', 'dpa'],
    ['it', 'Il ministro ha difeso la legge. – ANSA', 'ANSA'],
  ])('%s: %j -> %s', (lang, text, name) => expect(outletFromText(text, lang)).toBe(name));

  it.each([
    ['en', 'Aila Slisco is a Newsweek night reporter based in New York.', 'Newsweek'],
    ['en', 'Jane Roe covers politics. Before joining The Coastal Ledger in 2019 she was a freelancer.', 'The Coastal Ledger'],
    ['fr', 'Marie Dupont est journaliste politique au Courrier du Sud.', 'Courrier du Sud'],
    ['de', 'Anna Schmidt ist Redakteurin bei Westfalen-Kurier.', 'Westfalen-Kurier'],
    ['es', 'Ana López es periodista de Meridiano 24.', 'Meridiano 24'],
    ['it', 'Marco Rossi è giornalista di Scenari Economici.', 'Scenari Economici'],
    ['pt', 'João Silva é repórter do Jornal do Capibaribe.', 'Jornal do Capibaribe'],
    ['pl', 'Jan Kowalski jest dziennikarzem RMF FM.', 'RMF FM'],
    ['ru', 'Иван Петров — корреспондент Sputnik.', 'Sputnik'],
    ['uk', 'Ірина Коваль — журналістка Hromadske.', 'Hromadske'],
  ])('%s bio: %j -> %s', (lang, line, name) => expect(outletFromText('Text.', lang, bio(line))).toBe(name));

  it.each([
    // agencies cited in the story are sources
    ['fr', 'Le ministre a démenti, selon l’AFP, toute négociation.\nIl a ajouté (AFP) que rien n’était décidé. Fin du texte.'],
    ['en', 'The deal was first reported by Reuters.\nOfficials declined to comment, according to AP.'],
    ['de', 'Das berichtete die Nachrichtenagentur dpa am Dienstag.\nDie Regierung schwieg.'],
    // a country code, a party, author initials in a dateline
    ['de', 'Kiew (UA) - Die Regierung hat ein Gesetz verabschiedet.'],
    ['de', 'Annalena Baerbock (Grüne) - Die Ministerin reist nach Kiew.'],
    ['de', 'Hamburg (jr) - Der Senat hat beschlossen.'],
    ['de', 'Berlin (dpa/AFP) - Die Regierung hat beschlossen.'],
    // author initials or a generic signer at the end, a generic editor's note
    ['pl', 'Sejm przyjął ustawę. (mab)'],
    ['pl', 'Nie będą oni (uchodźcy - przyp. red.) mile widziani.'],
    ['ru', 'Им (лидерам ЕС – прим. ред.) это не нравится.'],
    ['de', 'Er meinte die Sanktionen (Anm. d. Red.) und nicht mehr.'],
    ['fr', 'Il parlait du traité (NDLR : Emmanuel Macron) signé en 2019.'],
    // a follow call without the outlet's name, a politician's channel
    ['en', 'Text.\nFollow us on Telegram.'],
    ['uk', 'Зеленський написав у своєму Telegram-каналі, що новини Сумщини тривожні.'],
    // a platform's domain
    ['en', 'Text.\nMore on x.com: Musk said the deal is off\nText.'],
    // a closing "earlier" line about a person or citing another outlet
    ['ru', 'Текст.\nРанее Песков рассказал, Кремль не планирует переговоры.'],
    ['ru', 'Текст.\nРанее агентство Bloomberg сообщило, ссылаясь на источники, о переговорах.'],
    ['ru', 'Текст.\nРанее радио Sputnik рассказало, что посол пристыдил Германию.'],
  ])('%s: no outlet in %j', (lang, text) => expect(outletFromText(text, lang)).toBeNull());

  it.each([
    ['en', 'Jane Roe is a former CNN reporter based in Atlanta.'],
    ['fr', 'Marie Dupont est ancienne journaliste au Monde.'],
    ['pl', 'Anna Nowak jest dziennikarką Gazety Wyborczej.'],
  ])('%s bio: no outlet in %j', (lang, line) => expect(outletFromText('Text.', lang, bio(line))).toBeNull());
});
