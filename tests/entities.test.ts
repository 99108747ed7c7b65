import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/core/extract/entities.ts';

// Small invented articles (names and events are fictional).
const cases: {
  lang: string;
  title: string;
  text: string;
  persons?: string[];
  organizations?: string[];
  locations?: string[];
  notPersons?: string[];
}[] = [
  {
    lang: 'en',
    title: 'Storm hits coastal towns as Senator Ellen Marsh calls for aid',
    text: 'Senator Ellen Marsh said on Monday that the Federal Emergency Management Agency must act.\n\nMarsh spoke in Canada after meeting officials from the United Nations, Reuters reported.',
    persons: ['Ellen Marsh'],
    organizations: ['Federal Emergency Management Agency', 'United Nations', 'Reuters'],
    locations: ['Canada'],
  },
  {
    lang: 'fr',
    title: 'Le ministre Paul Verdier en visite en Allemagne',
    text: "Le ministre de l'Intérieur Paul Verdier s'est rendu à Berlin mardi, selon l'AFP.\n\nVerdier a rencontré des responsables de l'Organisation mondiale de la santé. La Russie et l'Italie ont salué la visite.",
    persons: ['Paul Verdier'],
    organizations: ['AFP'],
    locations: ['Allemagne', 'Berlin', 'Russie', 'Italie'],
  },
  {
    lang: 'de',
    title: 'Kanzlerin Anna Weber reist nach Polen',
    text: 'Die Bundeskanzlerin Anna Weber ist am Dienstag nach Warschau gereist. Weber traf dort Vertreter der Europäischen Kommission.\n\nDie Verhandlungen über Sicherheit und Zusammenarbeit sollen in Russland fortgesetzt werden.',
    persons: ['Anna Weber'],
    locations: ['Polen', 'Warschau', 'Russland'],
    notPersons: ['Verhandlungen über Sicherheit', 'Sicherheit und Zusammenarbeit'],
  },
  {
    lang: 'ru',
    title: 'Министр Игорь Светлов прибыл в Москву',
    text: 'Министр Игорь Светлов прибыл в Москву для переговоров. По словам Светлова, Россия и Германия обсудят поставки.\n\nВстреча со Светловым прошла в Кремле.',
    persons: ['Игорь Светлов'],
    locations: ['Москва', 'Россия', 'Германия'],
  },
  {
    lang: 'pl',
    title: 'Prezydent Jan Nowakowski w Kijowie',
    text: 'Prezydent Jan Nowakowski przyjechał do Kijowa. Nowakowskiego przywitali przedstawiciele Ukrainy.\n\nPolska i Niemcy zapowiedziały pomoc dla Ukrainy.',
    persons: ['Jan Nowakowski'],
    locations: ['Ukraina', 'Polska'],
  },
  {
    lang: 'es',
    title: 'Al menos diez heridos en Bolivia',
    text: 'El alcalde Mario Quispe informó que la Policía Nacional detuvo a varios manifestantes en La Paz.\n\nQuispe pidió calma a los vecinos de Bolivia.',
    persons: ['Mario Quispe'],
    organizations: ['Policía Nacional'],
    locations: ['Bolivia', 'La Paz'],
  },
  {
    lang: 'uk',
    title: 'Удар по Харкову',
    text: 'Начальник обласної адміністрації Олег Марченко повідомив, що Харків зазнав атаки. За словами Марченка, у Харкові пошкоджено школу.',
    persons: ['Олег Марченко'],
    locations: ['Харків'],
  },
];

describe('extractEntities', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.title}`, () => {
      const e = extractEntities(c.title, c.text, c.lang);
      for (const p of c.persons ?? []) expect(e.persons).toContain(p);
      for (const o of c.organizations ?? []) expect(e.organizations).toContain(o);
      for (const l of c.locations ?? []) expect(e.locations).toContain(l);
      for (const p of c.notPersons ?? []) expect(e.persons).not.toContain(p);
      // inflected / short forms are grouped under one entry
      expect(new Set(e.persons).size).toBe(e.persons.length);
    });
  }

  it('groups a surname with the full name (one entry)', () => {
    const e = extractEntities('', 'Le porte-parole Igor Petrov a démenti. Petrov a ajouté que Petrov resterait.', 'fr');
    expect(e.persons).toEqual(['Igor Petrov']);
  });

  it('does not report demonyms', () => {
    const e = extractEntities('', 'British and Russian officials met in Geneva on Friday.', 'en');
    expect(e.locations).not.toContain('British');
    expect(e.persons).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(extractEntities('', '', 'und')).toEqual({ persons: [], organizations: [], locations: [] });
    expect(() => extractEntities('A', '\u0000\u{1F600} ((( ', 'xx')).not.toThrow();
  });
});
