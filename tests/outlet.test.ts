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
