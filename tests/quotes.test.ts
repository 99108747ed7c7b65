import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../lib/core/extract/quotes.ts';

/** Invented articles (people and events are fictitious), one per language, with the expected quotes. */
interface Case {
  lang: string;
  text: string;
  expected: { text: string; speaker: string | null; verb: string | null }[];
}

const CASES: Case[] = [
  {
    lang: 'en',
    text: [
      'The harbour authority of Port Elling confirmed on Monday that the northern pier will stay closed.',
      '“We cannot reopen the pier until the divers have finished their inspection,” said harbour master Linda Okafor. “It could take another two weeks.”',
      'Okafor added that the ferry company had been told to use the southern terminal. The company’s spokesman, Tom Barraclough, told reporters the change would cost “tens of thousands of pounds every week.”',
      'Local residents called the closure a “necessary evil”.',
    ].join('\n\n'),
    expected: [
      { text: 'We cannot reopen the pier until the divers have finished their inspection', speaker: 'Linda Okafor', verb: 'said' },
      { text: 'It could take another two weeks.', speaker: 'Linda Okafor', verb: null },
      { text: 'tens of thousands of pounds every week.', speaker: 'Tom Barraclough', verb: 'told' },
    ],
  },
  {
    lang: 'fr',
    text: [
      'Le ministère de l’Agriculture a annoncé mardi un plan d’aide pour les éleveurs touchés par la sécheresse.',
      '«Nous débloquerons vingt millions d’euros dès la semaine prochaine», a déclaré le porte-parole du ministère Julien Marchetti. «Les dossiers seront traités en priorité», a-t-il ajouté.',
      'Selon le porte-parole, l’aide concernera «plus de trois mille exploitations» dans douze départements. Les syndicats jugent le plan «insuffisant».',
      'La présidente de la chambre d’agriculture, Hélène Vasseur, a estimé pour sa part : « Ce plan arrive trop tard pour beaucoup d’entre nous. »',
    ].join('\n\n'),
    expected: [
      { text: 'Nous débloquerons vingt millions d’euros dès la semaine prochaine', speaker: 'Julien Marchetti', verb: 'a déclaré' },
      { text: 'Les dossiers seront traités en priorité', speaker: 'Julien Marchetti', verb: 'a-t-il ajouté' },
      { text: 'plus de trois mille exploitations', speaker: 'Julien Marchetti', verb: 'Selon' },
      { text: 'Ce plan arrive trop tard pour beaucoup d’entre nous.', speaker: 'Hélène Vasseur', verb: 'a estimé' },
    ],
  },
  {
    lang: 'de',
    text: [
      'Die Stadtwerke von Lindenau haben am Dienstag die Preise für Fernwärme erhöht.',
      '„Wir mussten die gestiegenen Einkaufskosten leider weitergeben“, sagte Geschäftsführer Markus Feldhaus. Die Verbraucherzentrale kritisierte die Entscheidung scharf.',
      'Feldhaus betonte, man werde „alle Haushalte rechtzeitig informieren“. Ein Sprecher der Stadt erklärte, der Rat werde sich im Mai mit dem Thema befassen.',
    ].join('\n\n'),
    expected: [
      { text: 'Wir mussten die gestiegenen Einkaufskosten leider weitergeben', speaker: 'Markus Feldhaus', verb: 'sagte' },
      { text: 'alle Haushalte rechtzeitig informieren', speaker: 'Markus Feldhaus', verb: 'betonte' },
    ],
  },
  {
    lang: 'es',
    text: [
      'Las autoridades de Valdemora evacuaron este jueves a 300 vecinos por el avance de un incendio forestal.',
      '«El fuego avanza muy rápido y el viento no nos ayuda —explicó el jefe de bomberos, Ramiro Esquivel—. Esperamos controlarlo esta noche».',
      'La alcaldesa, Carmen Olmedo, pidió a los vecinos «mantener la calma y seguir las indicaciones de los agentes».',
    ].join('\n\n'),
    expected: [
      {
        text: 'El fuego avanza muy rápido y el viento no nos ayuda —explicó el jefe de bomberos, Ramiro Esquivel—. Esperamos controlarlo esta noche',
        speaker: 'Ramiro Esquivel',
        verb: 'explicó',
      },
      { text: 'mantener la calma y seguir las indicaciones de los agentes', speaker: 'Carmen Olmedo', verb: 'pidió' },
    ],
  },
  {
    lang: 'it',
    text: [
      'Il consiglio comunale di Borgofranco ha approvato ieri il nuovo piano per il traffico.',
      '“Da lunedì il centro storico sarà chiuso alle auto nei fine settimana”, ha spiegato l’assessore Paolo Ferretti. “Abbiamo ascoltato i commercianti – ha aggiunto – e ci saranno più parcheggi”.',
    ].join('\n\n'),
    expected: [
      { text: 'Da lunedì il centro storico sarà chiuso alle auto nei fine settimana', speaker: 'Paolo Ferretti', verb: 'ha spiegato' },
      {
        text: 'Abbiamo ascoltato i commercianti – ha aggiunto – e ci saranno più parcheggi',
        speaker: 'Paolo Ferretti',
        verb: 'ha aggiunto',
      },
    ],
  },
  {
    lang: 'ru',
    text: [
      'В городе Северозерск открылся новый мост через реку.',
      '«Мост позволит сократить время в пути почти вдвое», — заявил мэр города Олег Воронцов. По его словам, движение по старому мосту будет «ограничено для грузовиков».',
      '«Работы завершены на месяц раньше срока», — сказала директор подрядчика Анна Белова.',
    ].join('\n\n'),
    expected: [
      { text: 'Мост позволит сократить время в пути почти вдвое', speaker: 'Олег Воронцов', verb: 'заявил' },
      { text: 'ограничено для грузовиков', speaker: 'Олег Воронцов', verb: 'По его словам' },
      { text: 'Работы завершены на месяц раньше срока', speaker: 'Анна Белова', verb: 'сказала' },
    ],
  },
  {
    lang: 'pl',
    text: [
      'Rada miasta Zielonogród przyjęła w środę budżet na przyszły rok.',
      'Prezydent miasta Tomasz Wilczek był zadowolony z wyniku głosowania. – To budżet rozwoju, a nie przetrwania – powiedział Wilczek. – Zbudujemy dwie nowe szkoły i basen – dodał.',
      'Opozycja oceniła, że plan jest „zbyt optymistyczny i oparty na niepewnych dotacjach”.',
    ].join('\n\n'),
    expected: [
      { text: 'To budżet rozwoju, a nie przetrwania', speaker: 'Tomasz Wilczek', verb: 'powiedział' },
      { text: 'Zbudujemy dwie nowe szkoły i basen', speaker: 'Tomasz Wilczek', verb: 'dodał' },
      { text: 'zbyt optymistyczny i oparty na niepewnych dotacjach', speaker: null, verb: 'oceniła' },
    ],
  },
  {
    lang: 'pt',
    text: [
      'A prefeitura de Serra Alta decretou estado de alerta após três dias de chuvas intensas.',
      '“Pedimos aos moradores das encostas que deixem as suas casas ainda hoje”, afirmou o coordenador da Defesa Civil municipal, Márcio Antunes.',
      'Segundo Antunes, há “risco elevado de novos deslizamentos” em cinco bairros.',
    ].join('\n\n'),
    expected: [
      { text: 'Pedimos aos moradores das encostas que deixem as suas casas ainda hoje', speaker: 'Márcio Antunes', verb: 'afirmou' },
      { text: 'risco elevado de novos deslizamentos', speaker: 'Márcio Antunes', verb: 'Segundo' },
    ],
  },
  {
    lang: 'uk',
    text: [
      'У місті Озерне відкрили відремонтовану лікарню.',
      '«Лікарня прийматиме пацієнтів уже з понеділка», — повідомив головний лікар Сергій Мельник.',
      'Мешканка міста Оксана Ткач розповіла, що чекала цього два роки. „Тепер не треба їздити до обласного центру“, — сказала вона.',
    ].join('\n\n'),
    expected: [
      { text: 'Лікарня прийматиме пацієнтів уже з понеділка', speaker: 'Сергій Мельник', verb: 'повідомив' },
      { text: 'Тепер не треба їздити до обласного центру', speaker: 'Оксана Ткач', verb: 'сказала' },
    ],
  },
];

describe('extractQuotes', () => {
  for (const c of CASES) {
    it(`finds quotes, speakers, verbs and offsets (${c.lang})`, () => {
      const got = extractQuotes(c.text, c.lang);
      expect(got.map((q) => ({ text: q.text, speaker: q.speaker, verb: q.verb }))).toEqual(c.expected);
      for (const q of got) {
        expect(c.text.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBe(c.text.indexOf(q.text));
      }
    });
  }

  it('drops scare quotes, titles and short quotes', () => {
    const text = 'The so-called “moderate” rebels appeared in the film “The Long Night Road” last year.';
    expect(extractQuotes(text, 'en')).toEqual([]);
  });

  it('keeps apostrophes out of quote pairing', () => {
    const text = "L'armée n'a pas confirmé l'information, a déclaré l'officier. Don't worry.";
    expect(extractQuotes(text, 'fr')).toEqual([]);
  });

  it('joins a quote running over two paragraphs when the closing mark comes in the second', () => {
    const text = '«Первая часть цитаты продолжается.\n\nВторая часть заканчивается здесь», — сказал эксперт Игорь Ланской.';
    const [q] = extractQuotes(text, 'ru');
    expect(q?.text).toBe('Первая часть цитаты продолжается.\n\nВторая часть заканчивается здесь');
    expect(q?.speaker).toBe('Игорь Ланской');
  });

  it('splits a multi-paragraph quote opened again in each paragraph', () => {
    const text =
      'A vizinha Rosa Lima estava em casa. «Ouvi um barulho enorme e saí a correr.\n\n«Quando voltei, já não havia telhado», contou Rosa Lima.';
    const got = extractQuotes(text, 'pt');
    expect(got.map((q) => q.text)).toEqual(['Ouvi um barulho enorme e saí a correr.', 'Quando voltei, já não havia telhado']);
    expect(got.map((q) => q.speaker)).toEqual(['Rosa Lima', 'Rosa Lima']);
  });

  it('resolves a surname to the full name given earlier and handles und', () => {
    const text = 'Minister Karen Holloway visited the site. "The repairs will start in June," Holloway said.';
    const got = extractQuotes(text, 'und');
    expect(got).toHaveLength(1);
    expect(got[0]?.speaker).toBe('Karen Holloway');
  });

  it('takes a paragraph closed by a dash attribution as a quotation (pl), leaving out an indirect first sentence', () => {
    const text = [
      'Wiosną w Gdyni otwarto nowy terminal promowy – poinformował port.',
      'Dyrektorka portu Anna Wiśniewska mówiła o planach. Ruch pasażerski wzrośnie w przyszłym roku o jedną trzecią - dodała Wiśniewska.',
      'Nowe połączenia ze Szwecją ruszą w maju, a bilety będą tańsze niż dotąd - podkreśliła dyrektorka.',
    ].join('\n\n');
    const got = extractQuotes(text, 'pl').map((q) => [q.text, q.speaker]);
    expect(got).toContainEqual(['Ruch pasażerski wzrośnie w przyszłym roku o jedną trzecią', 'Anna Wiśniewska']);
    expect(got).toContainEqual(['Nowe połączenia ze Szwecją ruszą w maju, a bilety będą tańsze niż dotąd', 'Anna Wiśniewska']);
  });

  it('carries the speaker to unattributed quotes that continue it (same or next paragraph)', () => {
    const text = [
      'Der Bürgermeister Jonas Feldmann stellte am Montag den Haushalt vor.',
      '"Wir müssen sparen", so Feldmann ernst, während er die Zahlen der letzten zehn Jahre an die Wand warf und sie mit den Plänen der Nachbarstädte verglich. "Die Schulen bleiben aber ausgenommen, das verspreche ich."',
      'Die Schulden seien zu hoch. "Ohne neue Einnahmen wird es nicht gehen, auch wenn das keiner hören will."',
    ].join('\n\n');
    const got = extractQuotes(text, 'de');
    expect(got.map((q) => q.speaker)).toEqual(['Jonas Feldmann', 'Jonas Feldmann', 'Jonas Feldmann']);
  });

  it('attributes a quote after a complementiser to the subject of the sentence (no table verb)', () => {
    const de = extractQuotes(
      'Bundesverkehrsminister Paul Hensel wusste bereits im Mai zu berichten, dass "gerade die alten Brücken besonders gefährdet" seien.',
      'de',
    );
    expect(de.map((q) => [q.text, q.speaker])).toEqual([['gerade die alten Brücken besonders gefährdet', 'Paul Hensel']]);
    const ru = extractQuotes(
      'Посол Игорь Сомов выступил в Берлине.\n\nКроме того, посол высказался о сроках переговоров, подчеркнув, что на это "могут уйти долгие годы".',
      'ru',
    );
    expect(ru.map((q) => q.speaker)).toEqual(['Игорь Сомов']);
  });

  it('resolves "so der <role>" to the person introduced with that role', () => {
    const text = [
      'Der Virologe Martin Kessler hält die Lage für beherrschbar.',
      '"Die Zahl der schweren Fälle sinkt seit Wochen deutlich", so der renommierte Virologe.',
    ].join('\n\n');
    expect(extractQuotes(text, 'de').map((q) => q.speaker)).toEqual(['Martin Kessler']);
  });

  it('keeps a short partial quote in reported speech of the active speaker', () => {
    const text = [
      'Der Epidemiologe Lukas Brandt sagte: "Die Lage auf den Stationen ist stabil, wir sehen keine Überlastung."',
      'Trotz steigender Inzidenzen bleibe der "Druck auf die Kliniken" somit gleich.',
    ].join('\n\n');
    const got = extractQuotes(text, 'de').map((q) => [q.text, q.speaker]);
    expect(got).toContainEqual(['Druck auf die Kliniken', 'Lukas Brandt']);
  });

  it('gives a described subject ("the Democrat said") the person just introduced, not the salient one', () => {
    const text = [
      'Special counsel Walter Grimes delivered his report. Walter Grimes said little. Grimes left.',
      'For Mark Olsen, a 64-year-old teacher from Dayton, it was a frustrating day.',
      '“The most disturbing thing for me is that we don’t know the details,” the Democrat said.',
    ].join('\n\n');
    expect(extractQuotes(text, 'en').map((q) => q.speaker)).toEqual(['Mark Olsen']);
  });

  it('drops titles and completes given names from the known persons', () => {
    const text = 'Cardinal Ruben Castel leads the panel.\n\nCastel said: “The panel will meet every month from now on.”';
    const got = extractQuotes(text, 'en', { persons: ['Cardinal Castel', 'Ruben Castel'] });
    expect(got.map((q) => q.speaker)).toEqual(['Ruben Castel']);
    const pt = extractQuotes('"Esta é uma guerra que vocês não vão ganhar facilmente", disse Trump.', 'pt', {
      persons: ['Presidência de Trump', 'Donald Trump'],
    });
    expect(pt.map((q) => q.speaker)).toEqual(['Donald Trump']);
  });

  it('resumes a dash quotation after its closed attribution (Spanish raya, Russian comma-dash)', () => {
    const es = extractQuotes(
      'El agricultor Joan Ferrer habló ayer.\n\n—Llevamos tres años sin una cosecha normal —lamentó Ferrer—. Si nos cortan también el riego, muchas familias tendrán que marcharse.',
      'es',
      { persons: ['Joan Ferrer'] },
    );
    expect(es.map((q) => [q.text, q.speaker])).toEqual([
      ['Llevamos tres años sin una cosecha normal', 'Joan Ferrer'],
      ['Si nos cortan también el riego, muchas familias tendrán que marcharse.', 'Joan Ferrer'],
    ]);
    const ru = extractQuotes(
      'Министр Антон Силуанов выступил.\n\n— Бюджет полностью сбалансирован в этом году, — сказал он журналистам, — и дефицита не будет до конца года.',
      'ru',
      { persons: ['Антон Силуанов'] },
    );
    expect(ru.map((q) => [q.text, q.speaker])).toEqual([
      ['Бюджет полностью сбалансирован в этом году', 'Антон Силуанов'],
      ['и дефицита не будет до конца года.', 'Антон Силуанов'],
    ]);
  });

  it('attributes a pronoun followed by an object after a dash to the person named before (2-word quotes stay dropped)', () => {
    const pre = 'Министр финансов Антон Силуанов выступил во вторник.\n\n';
    expect(extractQuotes(`${pre}«Бюджет сбалансирован», — сказал он журналистам.`, 'ru')).toEqual([]);
    const ru = extractQuotes(`${pre}«Бюджет полностью сбалансирован в этом году», — сказал он журналистам.`, 'ru', {
      persons: ['Антон Силуанов'],
    });
    expect(ru.map((q) => q.speaker)).toEqual(['Антон Силуанов']);
    const uk = extractQuotes(
      'Міністр фінансів Сергій Марченко виступив у вівторок.\n\n«Бюджет повністю збалансований цього року», — сказав він журналістам.',
      'uk',
      { persons: ['Сергій Марченко'] },
    );
    expect(uk.map((q) => q.speaker)).toEqual(['Сергій Марченко']);
    // a feminine role noun is no part of the name
    const ukF = extractQuotes(
      'Міністерка Оксана Петренко виступила у вівторок.\n\n«Бюджет повністю збалансований цього року», — сказала вона журналістам.',
      'uk',
    );
    expect(ukF.map((q) => q.speaker)).toEqual(['Оксана Петренко']);
    const pl = extractQuotes(
      'Minister finansów Andrzej Domański przemawiał we wtorek.\n\n„Budżet jest w pełni zrównoważony w tym roku” — powiedział on dziennikarzom.',
      'pl',
      { persons: ['Andrzej Domański'] },
    );
    expect(pl.map((q) => q.speaker)).toEqual(['Andrzej Domański']);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '«', '»»»', '" " "', '— — —', 'a'.repeat(10000), `${'«'.repeat(500)}x`])
      expect(() => extractQuotes(t, 'xx')).not.toThrow();
  });
});
