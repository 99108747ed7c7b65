import { describe, expect, it } from 'vitest';
import type { EntityGroup } from '../lib/core/extract/entities.ts';
import { nominativeName, speakerName, tidyPersons, withoutLeadingNoun } from '../lib/core/extract/names.ts';

describe('nominativeName: a person named only in an oblique case', () => {
  it.each([
    ['ru', 'Бориса Джонсона', 'Борис Джонсон'],
    ['ru', 'Владимира Зеленского', 'Владимир Зеленский'],
    ['ru', 'Владимиром Путиным', 'Владимир Путин'],
    ['ru', 'Олафом Шольцем', 'Олаф Шольц'],
    ['ru', 'Ивану Попову', 'Иван Попов'],
    ['ru', 'Ангелу Меркель', 'Ангела Меркель'],
    ['ru', 'Марии Захаровой', 'Мария Захарова'],
    ['ru', 'Ярослава Мудрого', 'Ярослав Мудрый'],
    ['uk', 'Ірини Вакуленко', 'Ірина Вакуленко'],
    ['uk', 'Володимира Зеленського', 'Володимир Зеленський'],
    ['uk', 'Олени Зеленської', 'Олена Зеленська'],
    ['pl', 'Tobiasem Leenaertem', 'Tobias Leenaert'],
    ['pl', 'Sylwii Spurek', 'Sylwia Spurek'],
    ['pl', 'Wołodymyra Zełenskiego', 'Wołodymyr Zełenski'],
    ['pl', 'Andrzeja Dudy', 'Andrzej Duda'],
  ])('%s %s -> %s', (lang, name, want) => {
    expect(nominativeName(name, lang)).toBe(want);
  });

  it.each([
    ['ru', 'Анна Каренина'], // nominative: the given name is known as written
    ['ru', 'Александра Коваленко'], // a nominative feminine name that is also a masculine genitive
    ['pl', 'Wielki Dzień'], // no given name at all
    ['en', 'Boris Johnson'], // no case table
    ['ru', 'Путина'], // one word: nothing tells the case
  ])('%s %s stays', (lang, name) => {
    expect(nominativeName(name, lang)).toBe(name);
  });
});

describe('withoutLeadingNoun', () => {
  it('drops a capitalised common noun before a full name', () => {
    expect(withoutLeadingNoun('Заявление Владимира Зеленского', 'ru')).toBe('Владимира Зеленского');
    expect(withoutLeadingNoun('Friedensnobelpreisträger Dmitrij Muratow', 'de')).toBe('Dmitrij Muratow');
  });
  it('keeps initials, given names and two-word names', () => {
    expect(withoutLeadingNoun('J. Edgar Hoover', 'en')).toBe('J. Edgar Hoover');
    expect(withoutLeadingNoun('Anna Maria Rossi', 'it')).toBe('Anna Maria Rossi');
    expect(withoutLeadingNoun('Jens Stoltenberg', 'de')).toBe('Jens Stoltenberg');
  });
  it('takes the last of two names run together', () => {
    expect(withoutLeadingNoun('Михаила Горбачева Виктор Мироненко', 'ru')).toBe('Виктор Мироненко');
  });
});

describe('tidyPersons and speakerName', () => {
  const groups: EntityGroup[] = [
    { kind: 'person', name: 'Заявление Владимира Зеленского', forms: ['Заявление Владимира Зеленского'] },
    { kind: 'person', name: 'Владимир Зеленский', forms: ['Владимир Зеленский', 'Зеленский'] },
    { kind: 'organization', name: 'CNN', forms: ['CNN'] },
    { kind: 'location', name: 'Киев', forms: ['Киев', 'Киеве'] },
  ];
  const tidy = tidyPersons(groups, 'ru');

  it('merges a group whose tidied name equals another', () => {
    expect(tidy.map((g) => g.name)).toEqual(['Владимир Зеленский', 'CNN', 'Киев']);
    expect(tidy[0]?.forms).toEqual(['Заявление Владимира Зеленского', 'Владимир Зеленский', 'Зеленский']);
  });

  it('maps a speaker to the entity name', () => {
    expect(speakerName('Заявление Владимира Зеленского', tidy, 'ru')).toBe('Владимир Зеленский');
    expect(speakerName('Зеленского', tidy, 'ru')).toBe('Владимир Зеленский');
    expect(speakerName('CNN', tidy, 'ru')).toBe('CNN');
    expect(speakerName(null, tidy, 'ru')).toBeNull();
    expect(speakerName('Сергея Лаврова', tidy, 'ru')).toBe('Сергей Лавров');
  });
});

describe('a one-word person that heads an organisation name', () => {
  it('is dropped ("Przewodniczący Dumy" beside "Dumy Państwowej")', () => {
    const groups: EntityGroup[] = [
      { kind: 'person', name: 'Dumy', forms: ['Dumy'] },
      { kind: 'person', name: 'Wiaczesław Wołodin', forms: ['Wiaczesław Wołodin', 'Wołodin'] },
      { kind: 'organization', name: 'Dumy Państwowej', forms: ['Dumy Państwowej'] },
    ];
    expect(tidyPersons(groups, 'pl').map((g) => g.name)).toEqual(['Wiaczesław Wołodin', 'Dumy Państwowej']);
  });
});

describe('transliterations of one surname', () => {
  it('share a spelling key', async () => {
    const { spellingKey } = await import('../lib/core/extract/names.ts');
    expect(spellingKey('Konaschenkow')).toBe(spellingKey('Konashenkov'));
    expect(spellingKey('Lawrow')).toBe(spellingKey('Lavrov'));
    expect(spellingKey('Schoigu')).toBe(spellingKey('Shoigu'));
    expect(spellingKey('Lavrov')).not.toBe(spellingKey('Lavrin'));
  });
  it('a lone surname in another spelling joins the full name, and quotes follow', () => {
    const groups: EntityGroup[] = [
      { kind: 'person', name: 'Igor Konaschenkow', forms: ['Igor Konaschenkow'] },
      { kind: 'person', name: 'Konashenkov', forms: ['Konashenkov'] },
    ];
    const tidy = tidyPersons(groups, 'de');
    expect(tidy.map((g) => g.name)).toEqual(['Igor Konaschenkow']);
    expect(speakerName('Konashenkov', tidy, 'de')).toBe('Igor Konaschenkow');
  });
});

describe('speakerName and places; names with a given name inside', () => {
  it('a place of the gazetteer is no speaker; a person the extractor took for a place still is', () => {
    const groups: EntityGroup[] = [
      { kind: 'location', name: 'Америка', forms: ['Америка', 'Америки'] },
      { kind: 'location', name: 'Damien Rieu', forms: ['Damien Rieu'] },
    ];
    expect(speakerName('Америка', groups, 'ru')).toBeNull();
    expect(speakerName('Damien Rieu', groups, 'fr')).toBe('Damien Rieu');
  });
  it('keeps a full name with a second given name', () => {
    expect(withoutLeadingNoun('Luiz Inacio Lula da Silva', 'pt')).toBe('Luiz Inacio Lula da Silva');
  });
});

describe('a one-word speaker inside one full name', () => {
  it('maps to that name, not when two names hold it', () => {
    const groups: EntityGroup[] = [
      { kind: 'person', name: 'Luiz Inacio Lula da Silva', forms: ['Luiz Inacio Lula da Silva'] },
      { kind: 'person', name: 'Anna Maria Rossi', forms: ['Anna Maria Rossi'] },
      { kind: 'person', name: 'Maria Bianchi', forms: ['Maria Bianchi'] },
    ];
    expect(speakerName('Lula', groups, 'en')).toBe('Luiz Inacio Lula da Silva');
    expect(speakerName('Maria', groups, 'it')).toBe('Maria');
  });
});

describe('places written in capitals', () => {
  it('get the gazetteer form or capitalised words; acronyms stay', () => {
    const groups: EntityGroup[] = [
      { kind: 'location', name: 'ТАЛЛИН', forms: ['ТАЛЛИН'] },
      { kind: 'location', name: 'PORT ELMSLEY', forms: ['PORT ELMSLEY'] },
      { kind: 'location', name: 'USA', forms: ['USA'] },
    ];
    expect(tidyPersons(groups, 'ru').map((g) => g.name)).toEqual(['Таллин', 'Port Elmsley', 'USA']);
  });
});

describe('a quantity and a plural noun', () => {
  it('is no person ("Hunderte Menschen", "Тысячи жителей")', () => {
    const groups: EntityGroup[] = [
      { kind: 'person', name: 'Hunderte Menschen', forms: ['Hunderte Menschen'] },
      { kind: 'person', name: 'Тысячи жителей', forms: ['Тысячи жителей'] },
      { kind: 'person', name: 'Karin Vogt', forms: ['Karin Vogt'] },
    ];
    expect(tidyPersons(groups, 'de').map((g) => g.name)).toEqual(['Karin Vogt']);
  });
});
