import { describe, expect, it } from 'vitest';
import type { EntityGroup } from '../lib/core/extract/entities.ts';
import { extractSources, extractSourcesWith } from '../lib/core/extract/sources.ts';
import { LANGS } from '../lib/rules/entities.ts';
import { AFTER_CUES, AS_WORDS, BEFORE_CUES, CITED_BY, PRONOUN_CUES } from '../lib/rules/sources.ts';
import { speechTable } from '../lib/rules/speech.ts';

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
  { lang: 'it', text: 'Il quotidiano La Stampa è stato il primo a segnalare la chiusura della fabbrica di Torino.', want: ['La Stampa'] },
  { lang: 'en', text: 'On Monday, Bloomberg first reported the closure of the plant.', want: ['Bloomberg'] },
];

describe('extractSources', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 40)}`, () => {
      const got = extractSources(c.text, c.lang);
      for (const s of c.want) expect(got).toContain(s);
    });
  }

  // Fault kinds fixed in round 2 (invented sentences).
  const kinds: { name: string; lang: string; text: string; want: string[]; not?: string[] }[] = [
    {
      name: 'uk: a pronoun cue cites the person named last',
      lang: 'uk',
      text: 'Про це заявив начальник міської адміністрації Петро Гайдамака. За його словами, вибухова хвиля пошкодила школу.',
      want: ['Петро Гайдамака'],
    },
    {
      name: 'fr: "selon lui" cites the person named last; "comme le rappelle Le Monde" keeps the article',
      lang: 'fr',
      text: 'Le chercheur Paul Verdier a publié un rapport. Selon lui, la crise va durer. Comme le rappelle Le Monde, le texte a été voté en 2020.',
      want: ['Paul Verdier', 'Le Monde'],
    },
    {
      name: 'it: "come spiega X" is a citing cue',
      lang: 'it',
      text: 'La guerra durerà ancora, come spiega sempre Marco Bellandi, docente a Torino.',
      want: ['Marco Bellandi'],
    },
    {
      name: 'de: "wie X ... mitteilte" with the verb at the end of the clause',
      lang: 'de',
      text: 'Die Rakete kann weit fliegen, wie das Verteidigungsministerium in Minsk am 4. Mai mitteilte.',
      want: ['Verteidigungsministerium'],
      not: ['Minsk'],
    },
    {
      name: 'es: time words between the cue and the name; places are never sources',
      lang: 'es',
      text: 'Dos personas murieron en Odesa, informó este miércoles el Servicio Estatal de Emergencias. Según Ucrania, el ataque fue nocturno.',
      want: ['Servicio Estatal de Emergencias'],
      not: ['Ucrania'],
    },
    {
      name: 'ru: "X сообщил" cites X, but a cue after a comma does not cite the name before the comma',
      lang: 'ru',
      text: 'Министр встретился с председателем Ли Цзяном, сообщает ТАСС. Позже Игорь Светлов сообщил о новых переговорах.',
      want: ['ТАСС', 'Игорь Светлов'],
      not: ['Ли Цзяном', 'Ли Цзян'],
    },
  ];
  for (const k of kinds) {
    it(k.name, () => {
      const got = extractSources(k.text, k.lang);
      for (const s of k.want) expect(got).toContain(s);
      for (const s of k.not ?? []) expect(got).not.toContain(s);
    });
  }

  it('does not cite a plain speaker without a citing cue', () => {
    expect(extractSources('"We will rebuild," Mayor Tom Ridley said on Monday.', 'en')).toEqual([]);
  });

  // Entity groups given by hand: these pin the cue scanning (speed work), not entity finding.
  const groups = [
    { kind: 'organization', name: 'Reuters', forms: ['Reuters'] },
    { kind: 'organization', name: 'Civil Defense', forms: ['Civil Defense'] },
    { kind: 'person', name: 'Tom Ridley', forms: ['Tom Ridley', 'Ridley'] },
    { kind: 'location', name: 'Gaza', forms: ['Gaza'] },
  ] as unknown as EntityGroup[];
  it.each([
    ['a cue glued to a word is no cue', 'Three people died, Xaccording to Reuters.', []],
    ['a cue after a comma', 'Three people died, according to Reuters.', ['Reuters']],
    ['"X, cited by Y": both', 'Five buildings collapsed in Gaza, Civil Defense, cited by Reuters, said.', ['Reuters', 'Civil Defense']],
    ['a pronoun cue: the person named last', 'Mayor Tom Ridley visited the site. According to him, the damage is severe.', ['Tom Ridley']],
    ['"X reported"', 'Reuters reported that Ridley resigned.', ['Reuters']],
    ['a place is never a source', 'according to Gaza officials, the strike hit a school.', []],
    ['a national adjective and an institution', 'Two died, according to the Ukrainian government, on Monday.', ['Ukrainian government']],
  ])('%s', (_name, text, want) => {
    expect(extractSourcesWith(text, 'en', groups)).toEqual(want);
  });

  it('a place with an article that ends the clause stands for its institution', () => {
    const g = [{ kind: 'location', name: 'Vatican', forms: ['Vatican'] }] as unknown as EntityGroup[];
    expect(extractSourcesWith('Nine members were named, according to a statement from the Vatican.', 'en', g)).toEqual(['Vatican']);
  });

  it('a capitalised run after a cue ends at the sentence end and before a person', () => {
    const g = [{ kind: 'person', name: 'Evert van Zijtveld', forms: ['Evert van Zijtveld', 'Evert'] }] as unknown as EntityGroup[];
    expect(extractSourcesWith('Цените растат, съобщава Ройтерс.\nВзети заедно, това е много.', 'bg', [])).toEqual(['Ройтерс']);
    expect(extractSourcesWith('"Não creio", disse à AFP Evert van Zijtveld, que perdeu a filha.', 'pt', g)).toEqual(['AFP']);
  });

  it('a speech verb then an organisation is a source; then a person is a speaker', () => {
    const g = [
      { kind: 'organization', name: 'Marina ucraina', forms: ['Marina ucraina'] },
      { kind: 'person', name: 'Андрей Мельник', forms: ['Андрей Мельник', 'Мельник'] },
    ] as unknown as EntityGroup[];
    expect(extractSourcesWith('I porti tornano a lavorare. Lo afferma la Marina ucraina nel giorno.', 'it', g)).toEqual(['Marina ucraina']);
    expect(extractSourcesWith('Беженцам плохо, заявил посол Андрей Мельник.', 'ru', g)).toEqual([]);
  });

  it('a pronoun cue skips names inside quotes and objects of a clause', () => {
    const g = [
      { kind: 'person', name: 'Гордон Браун', forms: ['Гордон Браун', 'Браун'] },
      { kind: 'person', name: 'Владимир Путин', forms: ['Владимир Путин', 'Путин'] },
    ] as unknown as EntityGroup[];
    const text =
      'Браун также утверждает, что лидер Владимир Путин угрожал ему. «Путин слаб», — сказал он.\n\nПо его словам, Запад не смог противостоять.';
    expect(extractSourcesWith(text, 'ru', g)).toEqual(['Гордон Браун']);
  });

  // The cue matcher is hand-written with the semantics of `iu` regexes (a space is `\s+`, ' is
  // ['’], case folding as the `iu` flags do it); these pin that behaviour.
  it.each([
    ['upper case', 'en', 'Three people died, ACCORDING TO Reuters.', ['Reuters']],
    ['any run of white space for a space', 'en', 'Three people died, according \u00a0\n to Reuters.', ['Reuters']],
    ['no white space, no cue', 'en', 'Three people died, accordingto Reuters.', []],
    ['case folding beyond lower case: ſ is s', 'fr', 'Trois morts, ſelon Reuters.', ['Reuters']],
    ['a curly apostrophe for a straight one', 'fr', 'Trois morts, d’après Reuters.', ['Reuters']],
    [
      '"cited by" inside a word still cites the name before',
      'en',
      'The crowd was excited by Reuters and Civil Defense, quoted by Reuters, left.',
      ['Reuters', 'Civil Defense'],
    ],
    ['"as X has said": an auxiliary before the verb', 'en', 'Tom Ridley spoke. As Ridley has said, the plan works.', ['Tom Ridley']],
    ['"as X saidx": the verb must end the word', 'en', 'Tom Ridley spoke. As Ridley saidx, it works.', []],
    ['"come ha spiegato X": an auxiliary after the as-word', 'it', 'Il piano funziona, come ha spiegato Reuters ieri.', ['Reuters']],
    ['"», scrive X": an inverted speech verb', 'it', '«Il piano funziona», scrive Reuters.', ['Reuters']],
  ])('cue matching: %s', (_name, lang, text, want) => {
    expect(extractSourcesWith(text, lang, groups)).toEqual(want);
  });

  it('cue tables and speech verbs start and end with a letter (the matcher relies on it)', () => {
    const bad: string[] = [];
    for (const l of LANGS) {
      for (const t of [BEFORE_CUES, AFTER_CUES, PRONOUN_CUES, AS_WORDS, CITED_BY]) {
        for (const cue of t[l]) if (!/^\p{L}/u.test(cue) || !/\p{L}$/u.test(cue)) bad.push(cue);
      }
    }
    for (const l of [...LANGS, 'und']) for (const v of speechTable(l).verbs) if (!/^\p{L}/u.test(v) || !/\p{L}$/u.test(v)) bad.push(v);
    expect(bad).toEqual([]);
  });

  it('never throws', () => {
    expect(extractSources('', 'und')).toEqual([]);
  });
});
