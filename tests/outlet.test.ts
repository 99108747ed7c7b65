import { describe, expect, it } from 'vitest';
import { outletFromRemoved, pickOutlet, tidyOutlet } from '../lib/core/extract/outlet.ts';

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
