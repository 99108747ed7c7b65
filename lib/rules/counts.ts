/**
 * Rule tables for casualty / arrest counts (`lib/core/extract/counts.ts`), keyed by ISO 639-1.
 * Cues are lower-case word stems (a token matches when it starts with one); accents folded.
 */
import type { Lang } from './entities.ts';

export type CountKind = 'killed' | 'wounded' | 'arrested' | 'displaced' | 'missing' | 'affected';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Kind cue stems per language (checked in order: the first kind whose cue is nearest wins). */
export const KIND_CUES: Record<Lang, Record<CountKind, string[]>> = {
  en: {
    killed: w('killed kill dead death deaths died die dying fatalit lives slain murdered massacred executed bodies'),
    wounded: w('wounded injur hurt hospitali'),
    arrested: w('arrest detain detention custody jailed imprisoned'),
    displaced: w('displaced refugee evacuat homeless fled flee relocated'),
    missing: w('missing disappeared disappearance unaccounted'),
    affected: w('affected'),
  },
  fr: {
    killed: w('tué tue tués morts mort mortes décès décéd périr péri victimes tuées massacré assassiné'),
    wounded: w('bless hospitalis'),
    arrested: w('arrêt arret interpell intercept détenu detenu garde'),
    displaced: w('déplac deplac réfugi refugi évacu evacu sinistr sans-abri'),
    missing: w('disparu dispari'),
    affected: w('touché affect'),
  },
  de: {
    killed: w('tote toten getötet getoetet gestorben starben ums leben umgekommen todesopfer opfer massakriert ermordet'),
    wounded: w('verletz verwundet'),
    arrested: w('festgenommen verhaftet festnahme inhaftiert'),
    displaced: w('vertrieben flüchtling fluchtling geflüchtet evakuiert obdachlos'),
    missing: w('vermisst verschütt'),
    affected: w('betroffen'),
  },
  es: {
    killed: w('muert fallec asesinad víctimas victimas mató mato matad masacrad'),
    wounded: w('herid lesionad hospitaliz'),
    arrested: w('detenid arrestad captur aprehendid'),
    displaced: w('desplazad refugiad evacuad damnificad'),
    missing: w('desaparec'),
    affected: w('afectad'),
  },
  it: {
    killed: w('mort uccis vittime decess decedut massacrat assassinat'),
    wounded: w('ferit'),
    arrested: w('arrestat fermat detenut'),
    displaced: w('sfollat profugh rifugiat evacuat'),
    missing: w('dispers scompars'),
    affected: w('colpit'),
  },
  pt: {
    killed: w('mort morreram morreu vítimas vitimas mataram matou assassinad falecid massacrad'),
    wounded: w('ferid'),
    arrested: w('presos pres detid'),
    displaced: w('desalojad desabrigad deslocad refugiad evacuad'),
    missing: w('desaparec'),
    affected: w('afetad atingid'),
  },
  ru: {
    killed: w('погиб убит убиты убито жертв смерт скончал расстрелян'),
    wounded: w('ранен пострадав госпитализ'),
    arrested: w('задерж арестова'),
    displaced: w('беженц переселен эвакуир отселен выселен'),
    missing: w('пропал пропавш завал'),
    affected: w('затронут'),
  },
  uk: {
    killed: w('загину загибл вбит вбил убит жертв смерт'),
    wounded: w('поранен травмова постражда госпіталіз'),
    arrested: w('затрима заарешт'),
    displaced: w('біженц переселен евакуйова евакуюва відсел виселен'),
    missing: w('зникл безвісти завал'),
    affected: w('постражда'),
  },
  pl: {
    killed: w('zabit zginęł zginel zmarł zmarl ofiar śmierć smierc nie żyje zamordowan'),
    wounded: w('rann poszkodowan'),
    arrested: w('zatrzyma aresztowa'),
    displaced: w('uchodźc uchodzc przesiedl ewakuowa wysiedl'),
    missing: w('zaginion'),
    affected: w('dotknięt'),
  },
  bg: {
    killed: w('загина убит жертв'),
    wounded: w('ранен пострада'),
    arrested: w('задържа арестува'),
    displaced: w('бежан евакуира'),
    missing: w('изчезна'),
    affected: w('засегна'),
  },
};

/** People nouns (stems) that a count can be about, without a kind cue. */
export const PEOPLE_NOUNS: Record<Lang, string[]> = {
  en: w(
    'people persons civilians soldiers children women men residents protesters troops officers police policemen colonels contractors migrants refugees workers suspects',
  ),
  fr: w('personnes civils soldats enfants femmes hommes habitants manifestants militaires policiers migrants réfugiés gens suspects'),
  de: w('menschen personen zivilisten soldaten kinder frauen männer einwohner demonstranten polizisten migranten flüchtlinge verdächtige'),
  es: w('personas civiles soldados niños mujeres hombres vecinos habitantes manifestantes policías militares migrantes sospechosos'),
  it: w('persone civili soldati bambini donne uomini abitanti manifestanti poliziotti militari migranti sospettati'),
  pt: w('pessoas civis soldados crianças mulheres homens moradores habitantes manifestantes policiais militares migrantes suspeitos'),
  ru: w('человек людей жителей мирных граждан военных солдат детей женщин мужчин протестующих полицейских подозреваемых'),
  uk: w('людей осіб людини мешканців жителів цивільних військових солдатів дітей жінок чоловіків адміністраторів підозрюваних'),
  pl: w('osób osoby ludzi cywilów żołnierzy dzieci kobiet mężczyzn mieszkańców uchodźców policjantów podejrzanych'),
  bg: w('души хора цивилни войници деца жени мъже жители'),
};

/**
 * "Others" words: a people noun when a count goes on a list ("two dead and three others
 * hospitalized"). Added to the people nouns of each language.
 */
export const OTHERS_WORDS: Record<Lang, string[]> = {
  en: w('others'),
  fr: w('autres'),
  de: w('andere weitere'),
  es: w('otros otras'),
  it: w('altri altre'),
  pt: w('outros outras'),
  ru: w('других другие'),
  uk: w('інших інші'),
  pl: w('innych inni'),
  bg: w('други'),
};

/** Conjunctions that join two counts of one kind ("killing three colonels and three contractors"). */
export const AND_WORDS: Record<Lang, string[]> = {
  en: w('and'),
  fr: w('et'),
  de: w('und'),
  es: w('y e'),
  it: w('e ed'),
  pt: w('e'),
  ru: w('и'),
  uk: w('і й та'),
  pl: w('i oraz'),
  bg: w('и'),
};

/**
 * Rate words: a power of ten after one of these is a denominator, not a count ("pro 100.000
 * Einwohner", "per 100,000 people", "на 100 тысяч населения").
 */
export const RATE_WORDS: Record<Lang, string[]> = {
  en: w('per every'),
  fr: w('par pour'),
  de: w('pro je'),
  es: w('por cada'),
  it: w('per ogni'),
  pt: w('por cada'),
  ru: w('на'),
  uk: w('на'),
  pl: w('na'),
  bg: w('на'),
};

/** Small number words (value = index + 1 for one..twelve / 1..12) and scale words. */
export const NUMBER_WORDS: Record<Lang, string[]> = {
  en: w('one two three four five six seven eight nine ten eleven twelve'),
  fr: w('un deux trois quatre cinq six sept huit neuf dix onze douze'),
  de: w('ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'),
  es: w('uno dos tres cuatro cinco seis siete ocho nueve diez once doce'),
  it: w('uno due tre quattro cinque sei sette otto nove dieci undici dodici'),
  pt: w('um dois três quatro cinco seis sete oito nove dez onze doze'),
  ru: w('один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать'),
  uk: w('один два три чотири пʼять шість сім вісім девʼять десять одинадцять дванадцять'),
  pl: w('jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście'),
  bg: w('един два три четири пет шест седем осем девет десет единадесет дванадесет'),
};

/** Scale words: stem -> multiplier. */
export const SCALES: Record<string, number> = {
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mio: 1e6,
  millones: 1e6,
  milioni: 1e6,
  milhões: 1e6,
  milhao: 1e6,
  milhão: 1e6,
  millionen: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млн: 1e6,
  мільйон: 1e6,
  мільйона: 1e6,
  мільйонів: 1e6,
  milion: 1e6,
  miliony: 1e6,
  milionów: 1e6,
  milionow: 1e6,
  thousand: 1e3,
  mille: 1e3,
  mil: 1e3,
  tausend: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  тыс: 1e3,
  тисяч: 1e3,
  тисячі: 1e3,
  тис: 1e3,
  tysięcy: 1e3,
  tysiące: 1e3,
  tys: 1e3,
  миліон: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  md: 1e9,
  mrd: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
  mld: 1e9,
  mlrd: 1e9,
  miliard: 1e9,
  miliardy: 1e9,
  miliardów: 1e9,
  bilhão: 1e9,
  bilhões: 1e9,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  млрд: 1e9,
  мільярд: 1e9,
  мільярда: 1e9,
  мільярдів: 1e9,
};

/** Tokens right after a number that make it not a count of people (units, money, time, age, buildings, vehicles, land). */
export const NOT_PEOPLE: string[] = w(`% percent per pour cent prozent por ciento per cento por cento процент процента процентов
  відсотк procent procentów € $ £ euro euros dollars dollar usd eur rubles roubles рублей гривень złotych zł km kilometers
  kilomètres kilometer kilómetros chilometri квадратных км kg tonnes tons тонн heures hours stunden horas ore часов годин
  jours days tage días giorni dias дней днів dni ans years jahre años anni anos лет років lat years-old mois months monate
  meses mesi місяців месяцев miesięcy semaines weeks wochen semanas settimane semanas недель тижнів tygodni minutes minuten
  minutos minuti минут хвилин minut gw mw twh kwh
  homes houses buildings flats apartments cars vehicles trucks shops hectares acres villages schools
  maisons logements bâtiments immeubles voitures véhicules hectares villages écoles
  häuser wohnungen gebäude autos fahrzeuge hektar dörfer schulen
  casas viviendas edificios coches vehículos hectáreas pueblos escuelas
  case abitazioni edifici auto veicoli ettari villaggi scuole
  residências edifícios carros veículos aldeias escolas
  домов домах зданий квартир автомобилей машин гектаров сел школ
  будинків будівель квартир автомобілів гектарів сіл шкіл
  domów budynków mieszkań samochodów hektarów wsi szkół`);

/**
 * Inflected and collective forms of small numbers (value by form), for the languages whose
 * numerals inflect: "трьох адміністраторів", "четверо дітей", "dziewięciu policjantów".
 */
export const NUMBER_FORMS: Partial<Record<Lang, Record<string, number>>> = {
  ru: {
    двух: 2,
    двое: 2,
    двоих: 2,
    трех: 3,
    трёх: 3,
    трое: 3,
    троих: 3,
    четырех: 4,
    четырёх: 4,
    четверо: 4,
    четверых: 4,
    пяти: 5,
    пятеро: 5,
    пятерых: 5,
    шести: 6,
    шестеро: 6,
    шестерых: 6,
    семи: 7,
    семеро: 7,
    восьми: 8,
    восьмеро: 8,
    девяти: 9,
    девятеро: 9,
    десяти: 10,
    десятеро: 10,
  },
  uk: {
    двох: 2,
    двоє: 2,
    трьох: 3,
    троє: 3,
    чотирьох: 4,
    четверо: 4,
    "п'ятьох": 5,
    "п'ятеро": 5,
    шістьох: 6,
    шестеро: 6,
    сімох: 7,
    семеро: 7,
    вісьмох: 8,
    восьмеро: 8,
    "дев'ятьох": 9,
    "дев'ятеро": 9,
    десятьох: 10,
    десятеро: 10,
    "п'ять": 5,
    "дев'ять": 9,
  },
  pl: {
    dwóch: 2,
    dwoje: 2,
    dwaj: 2,
    trzech: 3,
    troje: 3,
    trzej: 3,
    czterech: 4,
    czworo: 4,
    czterej: 4,
    pięciu: 5,
    pięcioro: 5,
    sześciu: 6,
    sześcioro: 6,
    siedmiu: 7,
    ośmiu: 8,
    dziewięciu: 9,
    dziesięciu: 10,
  },
  bg: { двама: 2, трима: 3, четирима: 4, петима: 5, шестима: 6 },
};

/** Words that mark a subset of the figure just given ("23 wounded, among them nine police officers"). */
export const SUBSET_WORDS: string[] = w(`among including includes incl dont parmi darunter davon entre incluidos incluidas
  incluyendo tra cui fra incluindo inclusive wśród tym среди числе серед числі`);
