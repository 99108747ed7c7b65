import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/core/extract/quotes.ts';

/** Invented sentences (people, places and organisations are fictitious), one per attribution rule kind. */
const speakers = (text: string, lang: string, opts?: { persons?: string[]; organizations?: string[] }) =>
  extractQuotes(text, lang, opts).map((q) => [q.text, q.speaker]);

describe('speaker attribution rule kinds', () => {
  it('a role synonym resolves to the person bound to the role earlier (Polish chairman / marshal)', () => {
    const text = [
      'Tadeusz Wróblewicz, marszałek sejmiku, skomentował w poniedziałek nowe przepisy.',
      'Z tą oceną nie zgadza się radna Anna Kędzior z opozycji.',
      'Przewodniczący stwierdził, że „te przepisy nie zmienią niczego w naszym regionie” i zapowiedział kontrolę.',
    ].join('\n\n');
    expect(speakers(text, 'pl', { persons: ['Tadeusz Wróblewicz', 'Anna Kędzior'] })).toEqual([
      ['te przepisy nie zmienią niczego w naszym regionie', 'Tadeusz Wróblewicz'],
    ]);
  });

  it('a Polish prepositional pronoun after a cue ("Według niego") is the last speaker', () => {
    const text = [
      '„Nie damy się zastraszyć przez nikogo z zewnątrz” – napisał Tadeusz Wróblewicz na swoim blogu.',
      'Według niego region będzie „przepłacać co roku miliony złotych za energię z importu”.',
    ].join('\n\n');
    expect(speakers(text, 'pl', { persons: ['Tadeusz Wróblewicz'] })).toEqual([
      ['Nie damy się zastraszyć przez nikogo z zewnątrz', 'Tadeusz Wróblewicz'],
      ['przepłacać co roku miliony złotych za energię z importu', 'Tadeusz Wróblewicz'],
    ]);
  });

  it('an indefinite common-noun subject names nobody ("said a protester")', () => {
    const text = [
      'Mayor Ellen Torvik defended the new parking rules on Tuesday.',
      '“We were never asked what we think about any of this,” said a protester outside the town hall.',
    ].join('\n\n');
    expect(speakers(text, 'en', { persons: ['Ellen Torvik'] })).toEqual([['We were never asked what we think about any of this', null]]);
  });

  it('an unnamed spokesperson of a named organisation gives the organisation', () => {
    const text = [
      'The airline Nordavia cancelled forty flights on Friday.',
      '“The safety of our passengers comes first, always and everywhere,” said a Nordavia spokesman.',
    ].join('\n\n');
    expect(speakers(text, 'en', { organizations: ['Nordavia'] })).toEqual([
      ['The safety of our passengers comes first, always and everywhere', 'Nordavia'],
    ]);
  });

  it('an impersonal document cue attributes to the organisation named as the author before', () => {
    const text = [
      'La stima arriva dall’agenzia di rating Moreno Ratings. «Il debito della regione – si legge in una nota – resterà alto anche nei prossimi anni».',
    ].join('\n\n');
    expect(speakers(text, 'it', { organizations: ['Moreno Ratings'] })).toEqual([
      ['Il debito della regione – si legge in una nota – resterà alto anche nei prossimi anni', 'Moreno Ratings'],
    ]);
  });

  it('an impersonal cue without a document names nobody', () => {
    const text = 'Виктор Саблин выступил на форуме. «Этот проект уже никому не нужен в нашем городе», — говорится в комментариях к записи.';
    expect(speakers(text, 'ru', { persons: ['Виктор Саблин'] })).toEqual([['Этот проект уже никому не нужен в нашем городе', null]]);
  });

  it('an organisation right after a citing cue speaks, not the role noun of the reported clause', () => {
    const text = [
      'L’ancien ministre Paul Derville a été entendu mardi par les juges.',
      'Selon Transparency International, l’ex-ministre doit « rembourser la totalité des sommes perçues » avant la fin de l’année.',
    ].join('\n\n');
    expect(speakers(text, 'fr', { persons: ['Paul Derville'], organizations: ['Transparency International'] })).toEqual([
      ['rembourser la totalité des sommes perçues', 'Transparency International'],
    ]);
  });

  it("an interview's answers after question paragraphs are the interviewee's (named in the introduction)", () => {
    const text = [
      'La crisi idrica non è finita, secondo Marta Ricciardelli, idrologa del politecnico, che parla di una stagione difficile.',
      'Quindi le piogge di maggio non sono bastate?',
      '“No, le falde sono ancora basse e serviranno mesi di precipitazioni regolari per tornare alla normalità”.',
      'Che cosa devono fare i comuni?',
      '“Riparare le reti prima di tutto, perché un terzo dell’acqua si perde ancora nei tubi vecchi”.',
    ].join('\n\n');
    expect(speakers(text, 'it', { persons: ['Marta Ricciardelli'] })).toEqual([
      ['No, le falde sono ancora basse e serviranno mesi di precipitazioni regolari per tornare alla normalità', 'Marta Ricciardelli'],
      ['Riparare le reti prima di tutto, perché un terzo dell’acqua si perde ancora nei tubi vecchi', 'Marta Ricciardelli'],
    ]);
  });

  it('a sentence opening with an anaphoric attribution ("Lo ha detto X", "Об этом заявил X") names the speaker of the quotes around it', () => {
    const it =
      'Alcuni consiglieri stanno “cercando in ogni modo di bloccare il bilancio comunale” da settimane. Lo ha detto il presidente della commissione Finanze, Carlo Benvenuti, in conferenza stampa. Ma se il voto salterà, “la città resterà senza fondi per le scuole”.';
    expect(speakers(it, 'it', { persons: ['Carlo Benvenuti'] })).toEqual([
      ['cercando in ogni modo di bloccare il bilancio comunale', 'Carlo Benvenuti'],
      ['la città resterà senza fondi per le scuole', 'Carlo Benvenuti'],
    ]);
    const ru = 'Поставки «будут возобновлены не раньше весны следующего года». Об этом заявил глава компании Олег Пахомов.';
    expect(speakers(ru, 'ru', { persons: ['Олег Пахомов'] })).toEqual([
      ['будут возобновлены не раньше весны следующего года', 'Олег Пахомов'],
    ]);
  });

  it('a known organisation keeps its leading article as the subject after the verb ("пишет издание Le Figaro")', () => {
    const text =
      'Президент Турции Реджеп Эрдоган твердо стоит на своей позиции.\n\n"Граница закрыта, и никто не пройдет через нее без разрешения", – пишет французское издание Le Figaro.';
    expect(speakers(text, 'ru', { persons: ['Реджеп Эрдоган'], organizations: ['Le Figaro'] })).toEqual([
      ['Граница закрыта, и никто не пройдет через нее без разрешения', 'Le Figaro'],
    ]);
  });
});
