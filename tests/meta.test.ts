import { describe, expect, it } from 'vitest';
import { countWords, detectLanguage, domainOf, findPublished, normalizePublished } from '../lib/core/extract/meta.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The council approved the new budget on Tuesday after a long debate about schools and roads in the district.'],
    ['fr', 'Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles et les routes.'],
    ['de', 'Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen und Straßen den neuen Haushalt beschlossen.'],
    ['es', 'El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las escuelas y las carreteras.'],
    ['it', 'Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulle scuole e sulle strade.'],
    ['pt', 'A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas e as estradas.'],
    ['ru', 'Городской совет во вторник утвердил новый бюджет после долгих споров о школах и дорогах района.'],
    ['uk', 'Міська рада у вівторок затвердила новий бюджет після тривалої дискусії про школи та дороги району.'],
    ['pl', 'Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie o szkołach i drogach w dzielnicy.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('gives a confidence between 0 and 1, high for a clear text', () => {
    const g = detectLanguage('The council approved the new budget on Tuesday after a long debate about schools and roads.');
    expect(g.language).toBe('en');
    expect(g.confidence).toBeGreaterThan(0.5);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  // Close neighbours of the nine languages are not taken by the function-word pass: the
  // trigram identifier names them.
  it.each([
    [
      'nl',
      'De gemeenteraad heeft dinsdag na een lang debat over de scholen en de wegen in het district de nieuwe begroting goedgekeurd. Het was niet eenvoudig, maar de meerderheid heeft voor gestemd en de oppositie ook.',
    ],
    [
      'ca',
      "L'ajuntament va aprovar dimarts el nou pressupost després d'un llarg debat sobre les escoles i les carreteres del districte. També es van aprovar els comptes, però amb molts vots en contra dels grups.",
    ],
    [
      'gl',
      'O concello aprobou o martes o novo orzamento despois dun longo debate sobre as escolas e as estradas do distrito. Tamén se aprobaron as contas, pero non houbo acordo coa oposición nin cos veciños.',
    ],
    [
      'bg',
      'Общинският съвет одобри във вторник новия бюджет след дълъг дебат за училищата и пътищата в района. Кметът каза, че това е добър резултат, но опозицията не е доволна и ще обжалва решението.',
    ],
  ])('%s is left to the trigram identifier', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('a stated language breaks a near-tie', () => {
    const pt =
      'A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas e as estradas do distrito, e o presidente disse que foi um bom resultado.';
    expect(detectLanguage(pt).language).toBe('pt');
    expect(detectLanguage(pt, 'pt-BR').language).toBe('pt');
    expect(detectLanguage(pt, 'gl').language).toBe('gl');
  });

  it('says und when the text is too short to tell', () => {
    expect(detectLanguage('Oui.').language).toBe('und');
    expect(detectLanguage('12 345 678').language).toBe('und');
  });
});

describe('normalizePublished', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it.each([
    ['2017-09-28', 'fr', '2017-09-28'],
    ['2019-11-19T13:03:00.000Z', 'en', '2019-11-19T13:03:00.000Z'],
    ['28 septembre 2017', 'fr', '2017-09-28'],
    ['Kiev, 12 mar 2025 - 09:47 CET', 'es', '2025-03-12'],
    ['Por Ramiro | 17/11/2025 08:12', 'es', '2025-11-17'],
    ['03.03.2025 08:55', 'uk', '2025-03-03'],
    ['05/04/2025', 'fr', '2025-04-05'],
    ['12 березня 2025, 16:40', 'uk', '2025-03-12'],
    ['14 de abril de 2025, 19:26', 'pt', '2025-04-14'],
    ['March 13, 2018', 'en', '2018-03-13'],
  ])('%s (%s) -> %s', (raw, lang, expected) => {
    expect(normalizePublished(raw, lang, now)).toBe(expected);
  });

  it.each([
    ['ВИЛЬНЮС, 8 июл – Sputnik.', 'ru'],
    ['le 28 septembre', 'fr'],
    ['05/04/2025', 'en'],
    ['2031-01-01', 'en'],
    ['yesterday', 'en'],
  ])('refuses partial, ambiguous or future date %j', (raw, lang) => {
    expect(normalizePublished(raw, lang, now)).toBeNull();
  });

  it('findPublished takes the first candidate that parses fully', () => {
    expect(findPublished(['Politique', 'Por Ana | 17/11/2025 08:12'], 'es', now)).toBe('2025-11-17');
    expect(findPublished(['Prix Nobel 2016'], 'fr', now)).toBeNull();
  });
});

describe('domainOf and countWords', () => {
  it('takes the host without www', () => {
    expect(domainOf('https://www.Example.org/a?b=c')).toBe('example.org');
    expect(domainOf('not a url')).toBeNull();
  });
  it('counts words with apostrophes and hyphens inside', () => {
    expect(countWords("L'armée de Bachar el-Assad — 150 civils.")).toBe(6);
  });
  it('counts astral letters, combining marks and broken surrogates as the Unicode regex does', () => {
    // "a𝐀b" (mathematical bold A is a letter), "x\u0301y" (a mark inside a word), "z"; an emoji and a lone surrogate are not words
    expect(countWords('a𝐀b 😀 x\u0301y \ud800z')).toBe(3);
    expect(countWords('e\u0301cole l’été -x')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
