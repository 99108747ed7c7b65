import { describe, expect, it } from 'vitest';
import { extractSources } from '../lib/core/extract/sources.ts';

// Invented sentences in the style of news reports.
const cases: { lang: string; text: string; want: string[] }[] = [
  {
    lang: 'en',
    text: 'Three people were hurt, according to Reuters. The mayor Tom Ridley told the Associated Press that help was coming.',
    want: ['Reuters', 'Associated Press'],
  },
  {
    lang: 'fr',
    text: "Selon l'AFP, les combats ont repris. Le ministère a indiqué à Reuters que la situation était grave.",
    want: ['AFP', 'Reuters'],
  },
  { lang: 'de', text: 'Laut Deutsche Welle wurden zwei Journalisten festgenommen.', want: ['Deutsche Welle'] },
  { lang: 'ru', text: 'По словам Игоря Светлова, переговоры продолжатся. Министр Игорь Светлов прибыл в Москву.', want: ['Игорь Светлов'] },
  { lang: 'pl', text: 'Według agencji Reuters w ataku zginęło pięć osób.', want: ['Reuters'] },
  { lang: 'es', text: 'Según la agencia EFE, la policía detuvo a diez personas.', want: ['EFE'] },
  { lang: 'it', text: 'Secondo Reuters, il vertice si terrà a Roma.', want: ['Reuters'] },
  { lang: 'pt', text: 'Segundo a agência Lusa, o ataque fez 17 mortos.', want: ['Lusa'] },
  { lang: 'uk', text: 'Як повідомляє Укрінформ, у Харкові пролунали вибухи.', want: ['Укрінформ'] },
];

describe('extractSources', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 40)}`, () => {
      const got = extractSources(c.text, c.lang);
      for (const s of c.want) expect(got).toContain(s);
    });
  }

  it('does not cite a plain speaker without a citing cue', () => {
    expect(extractSources('"We will rebuild," Mayor Tom Ridley said on Monday.', 'en')).toEqual([]);
  });

  it('never throws', () => {
    expect(extractSources('', 'und')).toEqual([]);
  });
});
