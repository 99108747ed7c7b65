/**
 * Function words for the first, fast pass of language identification
 * (`detectLanguage` in `lib/core/extract/meta.ts`), after Grefenstette (1995), "Comparing two
 * language identification schemes": in running text the most frequent short words (articles,
 * prepositions, conjunctions, auxiliaries, pronouns) tell the language apart as well as trigram
 * statistics do, at a fraction of the cost.
 *
 * Keyed by ISO 639-1 code. Words are lower case, NFC, as they appear between non-letters (an
 * apostrophe splits: "l'armée" gives "l" and "armée", "dell'anno" gives "dell").
 *
 * - `DECIDED` languages are the ones the fast pass may return (the nine the corpus is built for).
 * - The other entries are *watch* lists of the close neighbours and of the other Latin and
 *   Cyrillic languages the trigram fallback knows (Dutch, Catalan, Galician, Romanian, Czech,
 *   Nordic, Bulgarian, Belarusian, ...). Only their words absent from every decided list count:
 *   when a text holds enough of those, the fast pass steps aside and the trigram identifier
 *   decides, as before. Add a language by adding an entry (and to `DECIDED` when the fast pass
 *   may answer it).
 */

export type Script = 'latin' | 'cyrillic';

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Languages the function-word pass may return on its own. */
export const DECIDED = ['en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'ru', 'uk'] as const;

/** Function words per language, with the script they are written in. */
export const FUNCTION_WORDS: Record<string, { script: Script; words: string[] }> = {
  en: {
    script: 'latin',
    // not "will", "was", "also", "us" (German words, "US"), "i" (the pronoun is Polish "and")
    words: w(`the of and to a in is that for on it with as at by he from his be are have has had not this but an
      they which or were been their its who said would there more after we than about over into up out if
      her she them what when only two other all can one could no some so our him these those most may
      says while where how because against between during before under such just being should did do does`),
  },
  fr: {
    script: 'latin',
    words: w(`le la les de des du et à un une en est que qui dans pour pas sur au aux par plus ne se ce il elle ils
      elles ont a été sont son sa ses leur leurs avec mais ou comme cette tout aussi nous vous on y l d qu n
      avait était entre après sans selon lors contre ces cet dont où être fait sous déjà très même autres
      depuis avant encore alors fut puis lui eux`),
  },
  de: {
    script: 'latin',
    words: w(`der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus
      er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor
      zur bis mehr durch man sein wurde sei hatte ihr ihre seine können kann unter gegen schon wenn wurden
      diese dieser dieses wir ich seit zwischen sowie wieder keine kein ab`),
  },
  es: {
    script: 'latin',
    words: w(`de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este fue
      ha porque esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos
      uno les ni contra otros ese eso ante ellos e esto antes algunos unos otro otras otra él tanto esa estos
      es son han fueron según tras cual sido está están será había`),
  },
  it: {
    script: 'latin',
    // not "i", "come", "ad", "alle" (English and German words)
    words: w(`di e il la che in a per un del non è una sono da le si con al dei della delle nel alla anche gli
      ma più ha lo dal se o cui degli sul questo nella essere ci ne tra fra suo sua loro hanno stato stata
      era dopo già quando però quello questa dall sulla negli agli nei sui tutti solo dell all nell
      sull l c ed questi anni sia ancora molto`),
  },
  pt: {
    script: 'latin',
    words: w(`de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à
      seu sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo
      aos ter seus quem nas esse eles estão foram essa num nem suas às têm numa pelos elas havia seja qual será
      lhe deles essas esses pelas este dele disse sobre ainda após`),
  },
  pl: {
    script: 'latin',
    words: w(`i w nie na z się do to że jest o jak a po co tak za od ale przez dla już jego jej są czy ich być może tym
      który która które było był była tylko także oraz lub przy pod przed ze we jako jednak bardzo tego tej ten
      też gdy aby między został została będzie mu sobie których którzy były roku ponad wśród`),
  },
  ru: {
    script: 'cyrillic',
    words: w(`и в не на что с по это как он к из о у за от же для то но она так бы мы все его ее её они был была было
      были который которые которая которых только уже или при до после также чтобы ещё еще будет может если
      этого этом этой года более со об того является во их им ли без этот эти время когда где можно очень
      заявил сказал россии`),
  },
  uk: {
    script: 'cyrillic',
    words: w(`і й в у не на що з із до та це як він за від про для але же то вона так би ми все його її вони був була
      було були який які яка яких тільки вже або при після також щоб ще буде може якщо цього цьому цій року
      більш зі через між є має їх ним них без цей ці час коли де можна дуже заявив україни`),
  },
  // --- watch lists (never returned by the fast pass) ---
  nl: {
    script: 'latin',
    words: w(`de het een en van in is dat op te zijn met voor niet aan er die als ook door bij om maar uit naar dan
      wordt worden nog wel heeft hebben werd deze over ze hij zij al of tot geen zich hun`),
  },
  ca: {
    script: 'latin',
    words: w(`el la els les de del dels i que a en amb per un una és als no però més va seu seva ha han aquest
      aquesta també com quan són hi ho seus seves pel pels fins molt`),
  },
  gl: {
    script: 'latin',
    words: w(`o a os as de do da dos das e que en no na nos nas un unha con por para non se como máis pero foi ao é
      polo pola cando tamén entre súa seu coa co dun dunha nun nunha xa ata moi iso`),
  },
  ro: {
    script: 'latin',
    words: w(`și şi în de la cu a pe nu că o un este să din care pentru mai au se fost sunt ale al lui ei ce sau după
      fi acest această către până ca dar avea`),
  },
  cs: {
    script: 'latin',
    words: w(`a v se na je že z do o to i k ve jako by pro ale jsou byl bylo byla není jeho jejich také už když podle
      který která které nebo jen po za od až již tak při než bude mezi`),
  },
  sk: {
    script: 'latin',
    words: w(`a v sa na je že z do o to i k vo ako by pre ale sú bol bolo bola nie jeho ich aj už keď podľa ktorý
      ktorá ktoré alebo len po za od až tak pri než bude medzi`),
  },
  hr: {
    script: 'latin',
    words: w(`i je na da se za od su ne što kao to koji koja koje bio bila a ali iz o po do ili će sa još nije
      samo biti bilo kako jer već prema te`),
  },
  sl: {
    script: 'latin',
    words: w(`in je v na da se za so z ne ki kot to pa bil bila tudi od po do ali še bo ter pri sem smo lahko bilo`),
  },
  sv: {
    script: 'latin',
    words: w(`och i att det som en på är av för med till den har de inte om ett men var sig från vid när kan så efter
      också eller hade han hon`),
  },
  da: {
    script: 'latin',
    words: w(`og i at det som en på er af for med til den har de ikke om et men var sig fra ved når kan så efter også
      eller havde han hun`),
  },
  no: {
    script: 'latin',
    words: w(`og i at det som en på er av for med til den har de ikke om et men var seg fra ved når kan så etter også
      eller hadde han hun ble blir`),
  },
  fi: {
    script: 'latin',
    words: w(`ja on ei se että oli hän kun mutta myös tai ovat jo ole kuin vain nyt sen joka mukaan sitä hänen`),
  },
  et: {
    script: 'latin',
    words: w(`ja on ei et see oli ka kui mis ta ning aga või nii veel siis oma seda mida kes pärast`),
  },
  hu: {
    script: 'latin',
    words: w(`a az és hogy nem is egy meg van de el ez mint csak után már volt azt ami aki vagy szerint még pedig`),
  },
  lt: {
    script: 'latin',
    words: w(`ir kad su į yra iš buvo bet jis tai apie ar per kaip dar jau nuo tik taip jo nes`),
  },
  lv: {
    script: 'latin',
    words: w(`un ir ka par ar uz bija kas lai arī tā no to pēc vai tas bet jau kā savu tika`),
  },
  tr: {
    script: 'latin',
    words: w(`bir ve bu da de için ile olarak çok daha olan gibi ama ancak sonra kadar en her göre değil dedi`),
  },
  az: {
    script: 'latin',
    words: w(`və bu ilə üçün bir da də olan kimi isə sonra daha çox olaraq onun edib`),
  },
  id: {
    script: 'latin',
    words: w(`yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena telah bisa atau
      kami mereka saat sudah`),
  },
  sq: {
    script: 'latin',
    words: w(`të në dhe për një që nga është ka janë ishte kjo ky pas por me se edhe si`),
  },
  eu: {
    script: 'latin',
    words: w(`eta da ez du ere bat zen dute baina dira izan egin behar bere hori horren gero baino`),
  },
  sw: {
    script: 'latin',
    words: w(`na ya wa kwa la za katika ni kuwa hiyo huo pia kama lakini hata baada alisema wake yake`),
  },
  vi: {
    script: 'latin',
    words: w(`và của là các có được trong một cho không người những với đã này để khi từ cũng đến theo`),
  },
  bg: {
    script: 'cyrillic',
    words: w(`и в на за да се от не е че с по са това като той до но тя към при ще който която които беше бяха след
      още ако този тази със във ги има`),
  },
  mk: {
    script: 'cyrillic',
    words: w(`и во на за да се од не е дека со по тоа како тој до но таа кон при ќе кој која кои беше уште ако овој
      оваа ги ја има`),
  },
  sr: {
    script: 'cyrillic',
    words: w(`и у на за да се од не је су по то као он до али она при ће који која које био била било још ако овај
      ова их`),
  },
  be: {
    script: 'cyrillic',
    words: w(`і ў на за не што з па гэта як ён але яна пры будзе які якая якія быў была было яшчэ калі гэты гэтая
      вельмі яго іх таксама`),
  },
  kk: {
    script: 'cyrillic',
    words: w(`және мен бұл үшін деп бойынша ол осы болып бар жоқ да де екенін туралы оның`),
  },
};

/**
 * Agency tags that close a lead's dateline ("MOSCOW, July 8 (Reuters) -"): the part of the lead
 * before one (or before a dash) may carry the publication date.
 */
export const DATELINE_AGENCIES: string[] = ['Reuters', 'AFP', 'AP', 'dpa', 'ANSA', 'EFE', 'PAP', 'TASS', 'ТАСС', 'РИА Новости', 'Sputnik'];

/**
 * A publication notice: a short sentence at the end of an article (or removed from it) that
 * says when the article itself appeared ("Der Artikel erschien in gekürzter Fassung am 1. Juli
 * 2022 in der Zeitung …", "This article was first published on 3 May 2024"). It needs a word
 * for the article and a verb of appearing (lower-case stems, any language); its date is the
 * publication date. A date in other body sentences is an event.
 */
export const PUBLICATION_NOTICE = {
  nouns: [
    'article',
    'story',
    'artikel',
    'beitrag',
    'text',
    'texte',
    'artículo',
    'articulo',
    'articolo',
    'artigo',
    'matéria',
    'статья',
    'материал',
    'стаття',
    'матеріал',
    'artykuł',
    'tekst',
  ],
  verbs: [
    'published',
    'appeared',
    'erschien',
    'veröffentlicht',
    'publié',
    'paru',
    'publicado',
    'pubblicato',
    'apparso',
    'опубликован',
    'вышла',
    'вышел',
    'опубліковано',
    'опублікован',
    'вийшла',
    'opublikowan',
    'ukazał',
  ],
};
