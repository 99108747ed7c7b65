/**
 * Words around an outlet name that are not part of it, per language (lower-case). Leading
 * cues are cut from the start of a hint ("Provided by CBS Interactive" -> "CBS Interactive").
 * A new language is a new entry.
 */
export const OUTLET_LEADING_CUES: Record<string, readonly string[]> = {
  en: ['provided by', 'source:', 'courtesy of', 'via', 'by', 'copyright', 'visit'],
  fr: ['source :', 'source:', 'fourni par', 'avec', 'par'],
  de: ['quelle:', 'bereitgestellt von', 'mit material von', 'von'],
  es: ['fuente:', 'proporcionado por', 'con', 'por'],
  it: ['fonte:', 'fornito da', 'con', 'di'],
  pt: ['fonte:', 'fornecido por', 'com', 'por'],
  ru: ['источник:', 'по материалам'],
  uk: ['джерело:', 'за матеріалами'],
  pl: ['źródło:', 'za'],
};

/** Longest plausible outlet name, in words. */
export const OUTLET_MAX_WORDS = 6;

/**
 * Cues in a removed line (author bio, "more in our article" promo) that name the outlet in
 * guillemets: "журналістка «Лабораторії фактів»", "в материале «Газеты.Ru»". Lower-case stems.
 */
export const OUTLET_QUOTED_CUES: Record<string, readonly string[]> = {
  ru: ['материал', 'журналист', 'корреспондент', 'редакци', 'издани', 'обозревател'],
  uk: ['матеріал', 'журналіст', 'кореспондент', 'редакці', 'видання', 'оглядач'],
  pl: ['dziennikar', 'redakcj', 'korespondent'],
  fr: ['journaliste', 'rédaction', 'correspondant'],
};

/**
 * Genitive endings of the first word of a Slavic outlet name and their nominative (first match
 * wins): «Газеты.Ru» -> «Газета.Ru», «Лабораторії фактів» -> «Лабораторія фактів».
 */
export const GENITIVE_TO_NOMINATIVE: readonly [RegExp, string][] = [
  [/ії$/u, 'ія'],
  [/і$/u, 'я'],
  [/ии$/u, 'ия'],
  [/ої$/u, 'а'],
  [/ой$/u, 'ая'],
  [/ы$/u, 'а'],
  [/и$/u, 'а'],
];

/**
 * A cue by which an outlet names itself in its own boilerplate (site notice, poll or newsletter
 * widget, donation appeal, copyright line, team sign-off). `re` is a case-insensitive regex
 * source with one `{O}` where the name stands (bare capitalised words, or a name in
 * guillemets/quotes). `own`: the notice must also speak of "our website / our accounts"
 * (OUTLET_OWN_SITE of the same language) in the same or a neighbouring removed piece, as a ban
 * notice does ("Durch die Sperrung von RT ... Der Zugang zu unserer Website wurde erschwert");
 * without it the words could be news about someone else's ban. `gen`: the name follows in the
 * genitive (Slavic), so its Cyrillic words go through GENITIVE_TO_NOMINATIVE; a Polish genitive
 * is taken as written (no table yet).
 */
export interface OutletSelfCue {
  re: string;
  own?: boolean;
  gen?: boolean;
  /**
   * the name may be an original publisher's rather than the outlet's: void when the piece or a
   * neighbouring one says the text is republished (OUTLET_REPUBLISHED), as with a copyright line
   * after "Republished with permission from …"
   */
  original?: boolean;
  /** the name follows in the accusative (Slavic): its words go through ACCUSATIVE_TO_NOMINATIVE */
  acc?: boolean;
}

/** Ban/blocking objects, shared by the ban cues of a language: "Sperrung von {O}". */
const BAN = {
  en: '(?:ban(?:ning)?|block(?:ing|ade)?|censor(?:ing|ship)?|suspension)(?: (?:on|of|against))?',
  de: '(?:sperrung|sperre|verbot|verbots|blockade|blockierung|zensur|abschaltung)(?: (?:von|gegen))?',
  fr: "(?:interdiction|blocage|censure|suspension|bannissement)(?: (?:de la |du |des |de |d[’']))",
  es: '(?:prohibición|bloqueo|censura|veto|suspensión|cierre)(?: (?:de la |del |de |a ))',
  it: "(?:divieto|blocco|censura|oscuramento|chiusura|messa al bando)(?: (?:di |del |della |dello |dell[’']))",
  pt: '(?:proibição|bloqueio|censura|suspensão|banimento)(?: (?:d[oa]s? |de ))',
  pl: '(?:zakaz(?:u|em)?|blokad(?:a|y|ę|zie)|zablokowani(?:e|a)|cenzur(?:a|y|ę))',
  ru: '(?:блокировк(?:а|и|у|е|ой)|запрет(?:а|у|ом|е)?|цензур(?:а|ы|у))',
  uk: '(?:блокуванн(?:я|ю|ям)|заборон(?:а|и|у|ою|і)|цензур(?:а|и|у))',
};

/**
 * Self-reference cues per language (see OutletSelfCue). Only removed pieces whose reason is in
 * OUTLET_SELF_REASONS are searched: a name in the story text is not the outlet.
 */
export const OUTLET_SELF_CUES: Record<string, readonly OutletSelfCue[]> = {
  '*': [
    {
      re: '(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)\\d{2})?\\s*,?\\s*)?{O}',
      original: true,
    },
  ],
  en: [
    { re: `\\b${BAN.en} {O}`, own: true },
    // No article before the name: "the Fast Forward newsletter" is a product, "RT newsletter" the outlet.
    {
      re: "\\b(?:access to|receive|get|sign up for|subscribe to|to) (?!the |a |an ){O}(?:’s|'s)? (?:updates|alerts|newsletters?|e-?mails?|mailing list)\\b",
    },
    { re: '\\b(?:support|donate to|help keep) {O}(?=[.!,]|$| (?:today|now|free|independent|alive|going|online)\\b)' },
    { re: '\\b(?:thank you for (?:reading|supporting)|welcome to|you are reading) {O}(?=[.!,]|$)' },
    { re: '\\bthe {O} team\\b' },
  ],
  de: [
    { re: `\\b${BAN.de} {O}`, own: true },
    { re: '\\b(?:abonnieren sie|abonniere|abonnieren|bestellen sie) (?:den |unseren )?{O}-?newsletter\\b' },
    { re: '\\b(?:newsletter|updates|nachrichten) (?:von|der|des) {O}(?=[.!,]|$| (?:kostenlos|gratis|abonnieren))' },
    { re: '\\b(?:unterstützen sie|unterstütze|spenden sie (?:an|für)|spende (?:an|für)) {O}(?=[.!,]|$| (?:jetzt|mit|heute))' },
    { re: '\\b(?:ihr|euer|dein|das) {O}-?team\\b' },
  ],
  fr: [
    { re: `\\b${BAN.fr}{O}`, own: true },
    { re: "\\b(?:newsletter|lettre d[’']information|infolettre) (?:de la |du |de |d[’']){O}(?=[.!,]|$| (?:gratuitement|chaque))" },
    { re: "\\b(?:abonnez-vous|inscrivez-vous) (?:à la newsletter )?(?:à |au |de |d[’']){O}(?=[.!,]|$)" },
    { re: '\\b(?:soutenez|soutenir|faites un don à|faire un don à) {O}(?=[.!,]|$| (?:dès|aujourd|en ))' },
    { re: "\\bl[’']équipe (?:de la |du |de |d[’']){O}(?=[.!,]|$)" },
  ],
  es: [
    { re: `\\b${BAN.es}{O}`, own: true },
    { re: '\\b(?:boletín|newsletter) (?:de la |del |de ){O}(?=[.!,]|$| (?:gratis|cada))' },
    { re: '\\b(?:suscríbete|suscríbase|apoya|apoye|dona|done) (?:a la |al |a ){O}(?=[.!,]|$| (?:hoy|ahora|con))' },
    { re: '\\b(?:hazte|hágase) (?:socio|socia|miembro|suscriptor|suscriptora) (?:de la |del |de ){O}(?=[.!,]|$)' },
    { re: '\\bel equipo (?:de la |del |de ){O}(?=[.!,]|$)' },
  ],
  it: [
    { re: `\\b${BAN.it}{O}`, own: true },
    { re: "\\b(?:newsletter|aggiornamenti) (?:di |del |della |dello |dell[’']){O}(?=[.!,]|$| (?:gratis|ogni))" },
    { re: "\\b(?:iscriviti|abbonati|sostieni|dona) (?:a |al |alla |allo |all[’']){O}(?=[.!,]|$| (?:oggi|ora|con))" },
    { re: '\\bsostieni {O}(?=[.!,]|$| (?:oggi|ora|con))' },
    { re: "\\b(?:la redazione|il team|lo staff) (?:di |del |della |dello |dell[’']){O}(?=[.!,]|$)" },
  ],
  pt: [
    { re: `\\b${BAN.pt}{O}`, own: true },
    { re: '\\b(?:newsletter|boletim) d[oa] {O}(?=[.!,]|$| (?:gratuitamente|toda|todas|todos))' },
    { re: '\\b(?:apoie|assine|contribua com|faça uma doação (?:a|à|ao)) {O}(?=[.!,]|$| (?:hoje|agora|com))' },
    { re: '\\b(?:a )?equip[ea] d[oa] {O}(?=[.!,]|$)' },
  ],
  pl: [
    { re: `\\b${BAN.pl} {O}`, own: true },
    { re: '\\b(?:newslett?era?|biuletyn(?:u)?) {O}(?=[.!,]|$)' },
    { re: '\\b(?:wesprzyj|wspieraj|wspomóż) {O}(?=[.!,]|$| (?:już|dziś|teraz))', acc: true },
    { re: '\\b(?:zespół|redakcja) {O}(?=[.!,]|$)' },
  ],
  ru: [
    { re: `(?<![\\p{L}])${BAN.ru} {O}`, own: true, gen: true },
    { re: '(?<![\\p{L}])(?:рассылк(?:а|у|и)|новости) {O}(?=[.!,]|$)', gen: true },
    { re: '(?<![\\p{L}])(?:поддержите|поддержать) {O}(?=[.!,]|$| (?:сейчас|рублём|донатом))', acc: true },
    { re: '(?<![\\p{L}])(?:ваша |с уважением, )?(?:команда|редакция) {O}(?=[.!,]|$)', gen: true },
  ],
  uk: [
    { re: `(?<![\\p{L}])${BAN.uk} {O}`, own: true, gen: true },
    { re: '(?<![\\p{L}])(?:розсилк(?:а|у|и)|новини) {O}(?=[.!,]|$)', gen: true },
    { re: '(?<![\\p{L}])(?:підтримайте|підтримати) {O}(?=[.!,]|$| (?:зараз|донатом))', acc: true },
    { re: '(?<![\\p{L}])(?:ваша |з повагою, )?(?:команда|редакція) {O}(?=[.!,]|$)', gen: true },
  ],
};

/**
 * "Our website / our accounts / our channels / our readers" per language: the self-reference a
 * ban notice must carry (OutletSelfCue.own). Case-insensitive regex sources.
 */
export const OUTLET_OWN_SITE: Record<string, string> = {
  en: '\\bour (?:website|web ?site|site|accounts?|channels?|pages?|journalism|articles|readers|content)\\b',
  de: '\\bunsere[rnms]? (?:website|webseite|internetseite|seite|accounts?|kanäle|kanal|artikel|beiträge|arbeit|leser)',
  fr: '\\b(?:notre (?:site|chaîne|compte|page|travail)|nos (?:comptes|chaînes|articles|lecteurs|contenus))\\b',
  es: '\\bnuestr[oa]s? (?:web|sitio|página|cuentas?|canales|artículos|lectores|contenidos?)\\b',
  it: '\\b(?:il |i |le |la )?nostr[oaie] (?:sito|pagin[ae]|account|canali|articoli|lettori|contenuti)\\b',
  pt: '\\bnoss[oa]s? (?:site|portal|página|contas?|canais|canal|artigos|leitores|conteúdos?)\\b',
  pl: '(?<![\\p{L}])nasz(?:a|ej|ą|ych|e|ego)? (?:stron[aęy]|serwis|kont[ao]?|kanał(?:y|ów)?|artykuł(?:y|ów)|czytelni)',
  ru: '(?<![\\p{L}])наш(?:его|ему|им|ем|и|их|у|а)? (?:сайт|аккаунт|канал|стать|читател|страниц)',
  uk: '(?<![\\p{L}])наш(?:ого|ому|им|ім|і|их|у|а)? (?:сайт|акаунт|канал|статт|читач|сторінк)',
};

/**
 * Removal reasons (lib/core/clean) of pieces that are the outlet's own boilerplate, where a
 * self-reference cue may name the outlet. Story text removed as a duplicate, related headlines
 * (read-also), captions, credits and bylines are not searched: names there are other people's.
 * Nor are an HTML page's side blocks ('not-main-content': other stories' headlines) and stray
 * trailing fragments.
 */
export const OUTLET_SELF_REASONS: readonly string[] = [
  'site-notice',
  'poll',
  'newsletter',
  'donation-call',
  'copyright',
  'cookie-banner',
  'follow-call',
  'comment-prompt',
];

/**
 * Words that make no outlet name on their own (lower-case, all languages): a captured run made
 * only of these ("All rights reserved", "Breaking News", "Daily") is dropped.
 */
export const OUTLET_GENERIC_WORDS: readonly string[] = [
  'all',
  'rights',
  'reserved',
  'the',
  'our',
  'your',
  'this',
  'news',
  'breaking',
  'daily',
  'weekly',
  'morning',
  'evening',
  'latest',
  'top',
  'free',
  'email',
  'e-mail',
  'updates',
  'newsletter',
  'site',
  'website',
  'home',
  'privacy',
  'policy',
  'terms',
  'copyright',
  'premium',
  'exclusive',
  'eu',
  'us',
  'uk',
  'un',
  'nato',
  'google',
  'facebook',
  'twitter',
  'x',
  'youtube',
  'telegram',
  'instagram',
  'tiktok',
  'whatsapp',
  'apple',
  'tous',
  'droits',
  'todos',
  'derechos',
  'alle',
  'rechte',
  'tutti',
  'diritti',
  'все',
  'права',
  'усі',
  'всі',
  'wszelkie',
  'prawa',
  'nós',
  'nous',
  'wir',
  'we',
  'ми',
  'мы',
];

/** Company-form words that end an outlet name in a copyright line ("© Meridiano 24 Ediciones S.L."). */
export const OUTLET_COMPANY_TAIL =
  /\s+(?:Ediciones|Editions|Éditions|Edições|Media Group|GmbH|S\.?L\.?|S\.?A\.?|S\.?p\.?A\.?|Ltd\.?|Inc\.?|LLC|LLP|SAS|AG|Sp\. z o\.o\.|ООО|ТОВ)(?:\s.*)?$/u;

/**
 * Lower-case articles before a name that are not part of it ("support the Coastal Ledger",
 * "apoie o Jornal", "soutenez l’Humanité"); a capitalised one ("The Virginian-Pilot", "O Globo")
 * stays.
 */
export const OUTLET_SKIPPED_ARTICLES: readonly string[] = [
  'the',
  'a',
  'an',
  'o',
  'el',
  'la',
  'le',
  'les',
  'lo',
  'il',
  'der',
  'die',
  'das',
  'den',
  'dem',
];

/** Lower-case words that may join the capitalised words of one name ("Jornal do Capibaribe"). */
export const OUTLET_NAME_JOINERS: readonly string[] = [
  'of',
  'the',
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'di',
  'du',
  'des',
  'la',
  'le',
  'and',
  '&',
  'y',
  'e',
  'i',
  'und',
  'am',
  'im',
];

/**
 * Accusative endings of the Cyrillic words of an outlet name and their nominative (first match
 * wins): «Дніпровську хвилю» -> «Дніпровська хвиля», «Новую газету» -> «Новая газета»,
 * "Krytykę Polityczną" -> "Krytyka Polityczna". Masculine names keep their form.
 */
export const ACCUSATIVE_TO_NOMINATIVE: readonly [RegExp, string][] = [
  [/ую$/u, 'ая'],
  [/юю$/u, 'яя'],
  [/у$/u, 'а'],
  [/ю$/u, 'я'],
  [/ę$/u, 'a'],
  [/ą$/u, 'a'],
];

/**
 * Republication notices per language (case-insensitive regex sources): a copyright line next to
 * one names the original publisher, not the outlet ("Republished with permission from Bill
 * Marler and Marler Clark. Copyright (c) Marler Clark LLP").
 */
export const OUTLET_REPUBLISHED: Record<string, string> = {
  en: '\\b(?:republished|reprinted|reposted|(?:posted|used|shared) with permission|originally (?:published|appeared|posted)|first (?:published|appeared)|syndicated)\\b',
  de: '\\b(?:ursprünglich (?:veröffentlicht|erschienen)|zuerst erschienen|erstveröffentlichung|mit (?:freundlicher )?genehmigung|nachdruck)',
  fr: "\\b(?:publié initialement|initialement publié|republié|paru initialement|avec l[’']aimable autorisation|reproduit avec)",
  es: '\\b(?:publicado originalmente|originalmente publicado|republicado|reproducido con (?:permiso|autorización)|con permiso de)',
  it: '\\b(?:pubblicato originariamente|originariamente pubblicato|ripubblicato|(?:su|per) gentile concessione)',
  pt: '\\b(?:publicado originalmente|originalmente publicado|republicado|reproduzido com (?:permissão|autorização)|com permissão d)',
  pl: '(?<![\\p{L}])(?:pierwotnie opublikowan|pierwodruk|przedruk|(?:publikujemy )?za zgodą)',
  ru: '(?<![\\p{L}])(?:впервые опубликован|первоначально опубликован|перепечатк|публикуется с разрешения|с разрешения)',
  uk: '(?<![\\p{L}])(?:вперше опублікован|передрук|публікується з дозволу|з дозволу)',
};

/**
 * Well-known agency and outlet tags printed in a dateline ("Nusa Dua (dpo) -", "MOSCOW, March 5
 * (Reuters) -") or at the very end of a dispatch ("... gesagt. (dpa)"), lower-case. A lead tag
 * without a date is taken when it is in this list or shaped like an agency code (2-6 capitals or
 * 2-5 lower-case letters); an end tag only when it is in this list, since "(jk)" or "(mab)" at
 * the end are an author's initials.
 */
export const OUTLET_AGENCY_TAGS: readonly string[] = [
  'afp',
  'ap',
  'dpa',
  'dpo',
  'reuters',
  'efe',
  'europa press',
  'ansa',
  'adnkronos',
  'agi',
  'lusa',
  'agência brasil',
  'pap',
  'kna',
  'epd',
  'apa',
  'sda',
  'ats',
  'belga',
  'anp',
  'ukrinform',
  'unian',
  'укрінформ',
  'уніан',
  'interfax',
  'інтерфакс-україна',
  'интерфакс',
  'тасс',
  'tass',
  'риа новости',
  'sputnik',
  'xinhua',
  'rt',
];

/**
 * Tags in a dateline's parentheses that are not an outlet: country and bloc codes ("Kiew (UA) -")
 * and media words. Lower-case.
 */
export const OUTLET_TAG_NOT_OUTLET: readonly string[] = [
  'us',
  'usa',
  'uk',
  'eu',
  'un',
  'ua',
  'ru',
  'rus',
  'de',
  'fr',
  'pl',
  'it',
  'es',
  'pt',
  'nato',
  'video',
  'foto',
  'photo',
  'photos',
  'live',
  'update',
  'red',
  'ots',
  'ap photo',
];

/**
 * Editor's notes that sign with the outlet's name, per language: "(uchodźcy - przyp. RMF FM)",
 * "(прим. ред. ИноСМИ)", "(Anm. d. Red. RT DE)". `{O}` is the name; it must close the bracket
 * (checked in code), and a generic signer ("red.", "tłum.", "ред.", "пер.") is no name
 * (OUTLET_NOTE_GENERIC). No colon between cue and name: after a colon comes the note's text.
 * Case-insensitive regex sources.
 */
export const OUTLET_EDITOR_NOTES: Record<string, readonly string[]> = {
  en: ["(?<![\\p{L}])(?:ed\\.|editor['’]s) note,? (?:by |from )?{O}"],
  fr: ['(?<![\\p{L}])(?:NDLR|N\\.d\\.l\\.R\\.|NDT|N\\.d\\.T\\.) {O}'],
  de: ['(?<![\\p{L}])(?:Anm\\.(?: d(?:\\.|er) Red(?:\\.|aktion))?|Anmerkung(?: der Redaktion)?) {O}'],
  es: ['(?<![\\p{L}])(?:N\\. ?de (?:la )?R\\.|N\\. ?del ?E\\.|nota de(?:l| la) (?:redacción|editor)(?: de)?) {O}'],
  it: ["(?<![\\p{L}])(?:N\\.d\\.R\\.|ndr|nota (?:della redazione|dell['’]editore)(?: di)?) {O}"],
  pt: ['(?<![\\p{L}])(?:N\\. ?d[ao] ?R\\.|N\\.R\\.|nota da reda[çc][ãa]o(?: d[oa])?) {O}'],
  pl: ['(?<![\\p{L}])przyp\\.(?: red\\.)? {O}'],
  ru: ['(?<![\\p{L}])(?:прим\\.(?: ред\\.)?|примечание(?: редакции)?) {O}'],
  uk: ['(?<![\\p{L}])(?:прим\\.(?: ред\\.)?|примітка(?: редакції)?) {O}'],
};

/** Signers of an editor's note that are not a name (lower-case, dots stripped). */
export const OUTLET_NOTE_GENERIC: readonly string[] = [
  'red',
  'redakcji',
  'redakcja',
  'tłum',
  'aut',
  'autora',
  'd red',
  'der redaktion',
  'ред',
  'пер',
  'перев',
  'авт',
  'автора',
  'редакции',
  'редакції',
  'перекл',
];

/**
 * Cues at the start of a line that link to another article on the outlet's own site by its
 * domain ("Also on rt.com We must be ready …", "Lesen Sie auch auf rtde.site"), per language.
 * The domain that follows names the outlet (OUTLET_DOMAIN_NAMES, else the domain as written).
 * Case-insensitive regex sources, anchored at the line start in code.
 */
export const OUTLET_OWN_DOMAIN_CUES: Record<string, string> = {
  en: '(?:also|more|read (?:more|also)|see also) on',
  fr: '(?:(?:à )?lire aussi|plus|également|voir aussi) sur',
  de: '(?:(?:lesen sie )?(?:auch|mehr)|mehr zum thema) auf',
  es: '(?:(?:lee|leer|lea) también|más|también|ver también) en',
  it: '(?:(?:leggi|vedi) anche|anche|altro) su',
  pt: '(?:(?:leia|veja) também|mais|também) (?:em|no)',
  pl: '(?:(?:czytaj|zobacz) (?:także|też)|także|więcej) (?:na|w)',
  ru: '(?:(?:читайте )?также|ещё|еще|больше) на',
  uk: '(?:(?:читайте )?також|ще|більше) на',
};

/**
 * Names of well-known outlets by their domain (without "www."), for an own-domain link line. A
 * domain not listed is reported as written.
 */
export const OUTLET_DOMAIN_NAMES: Record<string, string> = {
  'rt.com': 'RT',
  'de.rt.com': 'RT DE',
  'rtde.site': 'RT DE',
  'rtde.tech': 'RT DE',
  'francais.rt.com': 'RT en français',
  'actualidad.rt.com': 'RT en Español',
  'russian.rt.com': 'RT на русском',
  'sputniknews.com': 'Sputnik',
  'ria.ru': 'РИА Новости',
  'tass.ru': 'ТАСС',
  'tass.com': 'TASS',
  'gazeta.ru': 'Газета.Ru',
  'lenta.ru': 'Lenta.ru',
  'newsweek.com': 'Newsweek',
  'breitbart.com': 'Breitbart',
  'zerohedge.com': 'ZeroHedge',
  'pravda.com.ua': 'Українська правда',
  'unian.ua': 'УНІАН',
  'unian.net': 'УНІАН',
  'ukrinform.ua': 'Укрінформ',
  'rmf24.pl': 'RMF24',
  'tvn24.pl': 'TVN24',
  'lemonde.fr': 'Le Monde',
  'lefigaro.fr': 'Le Figaro',
  'spiegel.de': 'Der Spiegel',
  'welt.de': 'Die Welt',
  'bild.de': 'Bild',
  'ansa.it': 'ANSA',
  'repubblica.it': 'la Repubblica',
  'corriere.it': 'Corriere della Sera',
  'elpais.com': 'El País',
  'elmundo.es': 'El Mundo',
  'publico.pt': 'Público',
  'scenarieconomici.it': 'Scenari Economici',
};

/** Domains that are platforms, not an outlet's own site ("More on x.com …"). */
export const OUTLET_PLATFORM_DOMAINS: readonly string[] = [
  'x.com',
  'twitter.com',
  't.co',
  't.me',
  'telegram.org',
  'facebook.com',
  'fb.com',
  'youtube.com',
  'youtu.be',
  'instagram.com',
  'tiktok.com',
  'vk.com',
  'ok.ru',
  'dzen.ru',
  'rumble.com',
  'google.com',
  'news.google.com',
];

/**
 * Social platforms and messengers a follow call names (lower-case, matched as whole words): a
 * line must name one to be read as a follow call.
 */
export const OUTLET_PLATFORMS: readonly string[] = [
  'telegram',
  'whatsapp',
  'viber',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'tiktok',
  'rumble',
  'odysee',
  'truth social',
  'vkontakte',
  'вконтакте',
  'вк',
  'одноклассники',
  'дзен',
  'google news',
  'bluesky',
  'mastodon',
];

/**
 * "Our channel / our page" in a follow call, per language (case-insensitive regex sources): a
 * follow cue marked `own` needs it in the same line.
 */
export const OUTLET_OWN_CHANNEL: Record<string, string> = {
  en: '\\bour (?:[\\p{L}-]+ )?(?:channel|page|account|group|feed)\\b',
  fr: '\\bnotre (?:chaîne|page|compte|groupe|canal)\\b',
  de: '\\bunser(?:e[nmr]?)? (?:[\\p{L}-]+[ -])?(?:kanal|seite|account|gruppe)',
  es: '\\bnuestr[oa] (?:canal|página|cuenta|grupo)\\b',
  it: '\\b(?:il |la )?nostr[oa] (?:canale|pagina|account|gruppo)\\b',
  pt: '\\bnoss[oa] (?:canal|página|conta|grupo)\\b',
  pl: '(?<![\\p{L}])nasz(?:ego|ym|ej|ą|a)? (?:kanał|kanale|kanału|profil|stron)',
  ru: '(?<![\\p{L}])наш(?:ем|его|ей|у|а)? (?:канал|групп|страниц|аккаунт)',
  uk: '(?<![\\p{L}])наш(?:ому|ого|ій|у|а)? (?:канал|груп|сторінк|акаунт)',
};

/**
 * Follow calls that name the outlet, per language (see OutletSelfCue for `{O}`, `gen`): "Segui
 * Scenari Economici su Telegram", "… nuovi articoli di Scenari Economici". A line must name a
 * platform (OUTLET_PLATFORMS); a cue with `own` must also say "our channel" (OUTLET_OWN_CHANNEL).
 * Searched in the text's lines and in every removed piece.
 */
export const OUTLET_FOLLOW_CUES: Record<string, readonly OutletSelfCue[]> = {
  en: [
    { re: '\\b(?:follow|subscribe to|join) (?!us\\b){O} on\\b' },
    { re: '\\b(?:articles|news|stories|updates|posts|content|reports) (?:from|of|by) {O}(?=[.!,]|$)', own: true },
  ],
  fr: [
    { re: '\\b(?:suivez|abonnez-vous à|rejoignez) (?!nous\\b){O} sur\\b' },
    { re: "\\b(?:articles|actualités|informations|publications|contenus) (?:de la |du |de |d[’']){O}(?=[.!,]|$)", own: true },
  ],
  de: [
    { re: '\\b(?:folgen sie|folgt|folge|abonnieren sie) (?!uns\\b)(?:dem |der |den )?{O} (?:auf|bei)\\b' },
    { re: '\\b(?:artikel|nachrichten|beiträge|neuigkeiten|inhalte|berichte) (?:von|der|des) {O}(?=[.!,]|$)', own: true },
  ],
  es: [
    { re: '\\b(?:sigue|siga|seguid) a (?:la |el )?{O} en\\b' },
    { re: '\\b(?:artículos|noticias|publicaciones|contenidos|informaciones) (?:de la |del |de ){O}(?=[.!,]|$)', own: true },
  ],
  it: [
    { re: '\\b(?:segui|seguite|seguici su) (?!ci\\b){O} su\\b' },
    { re: "\\b(?:articoli|notizie|aggiornamenti|post|contenuti) (?:di |del |della |dello |dell[’']){O}(?=[.!,]|$)", own: true },
  ],
  pt: [
    { re: '\\b(?:siga|sigam|acompanhe) (?:o |a )?{O} n[oa]\\b' },
    { re: '\\b(?:artigos|notícias|publicações|conteúdos|matérias) d[oa]s? {O}(?=[.!,]|$)', own: true },
  ],
  pl: [
    { re: '(?<![\\p{L}])(?:obserwuj|obserwujcie|subskrybuj) {O} na(?![\\p{L}])' },
    { re: '(?<![\\p{L}])(?:artykuły|artykułów|wiadomości|publikacje|publikacji|materiały|materiałów) {O}(?=[.!,]|$)', own: true },
  ],
  ru: [
    { re: '(?<![\\p{L}])(?:подписывайтесь на|следите за) {O} в(?![\\p{L}])', acc: true },
    {
      re: '(?<![\\p{L}])(?:статьи|статей|новости|новостей|материалы|материалов|публикации|публикаций) {O}(?=[.!,]|$)',
      own: true,
      gen: true,
    },
  ],
  uk: [
    { re: '(?<![\\p{L}])(?:підписуйтесь на|підписуйтеся на|стежте за) {O} (?:в|у)(?![\\p{L}])', acc: true },
    { re: '(?<![\\p{L}])(?:статті|статей|новини|новин|матеріали|матеріалів|публікації|публікацій) {O}(?=[.!,]|$)', own: true, gen: true },
  ],
};

/**
 * A closing line that links to the outlet's own earlier story ("Ранее радио Sputnik рассказало,
 * украинский посол пристыдил Германию …"), per language: a medium word (group `m`: "радио",
 * "agency") before the name, or the name in quotes, then a reporting verb, then a comma or colon
 * and a headline. Not a "that" or "citing" clause, which reports another outlet's story, nor a
 * bare name ("Ранее Песков рассказал, …" is a person). Only the last line of the text is
 * searched. Case-insensitive regex sources, anchored at the line start in code.
 */
export const OUTLET_EARLIER_LINK: Record<string, string> = {
  en: '(?:earlier|previously),? (?:the )?(?:(?<m>radio|agency|channel|newspaper|outlet|site) )?{O} (?:reported|wrote|told|covered|explained)(?: on)?: (?!that\\b|citing\\b)',
  fr: "(?:auparavant|précédemment|plus tôt),? (?:(?<m>la radio|l[’']agence|la chaîne|le site|le journal) )?{O} (?:a (?:rapporté|raconté|écrit|expliqué)|rapportait|racontait|écrivait)(?: sur)?(?:,|:) (?!que\\b|qu[’']|citant\\b|selon\\b)",
  de: '(?:zuvor|vorher|früher) (?:hatte|berichtete|schrieb|erklärte) (?:(?<m>das radio|die agentur|der sender|das portal|die zeitung) )?{O}(?: berichtet| geschrieben| erklärt)?(?:,|:) (?!dass\\b|unter berufung\\b)',
  es: '(?:anteriormente|antes|previamente),? (?:(?<m>la radio|la agencia|el canal|el portal|el diario) )?{O} (?:informó|contó|escribió|explicó|relató)(?: sobre)?(?:,|:) (?!que\\b|citando\\b|según\\b)',
  it: "(?:in precedenza|precedentemente|prima),? (?:(?<m>la radio|l['’]agenzia|il canale|il portale|il giornale) )?{O} (?:ha (?:raccontato|riferito|scritto|spiegato)|raccontava|riferiva|scriveva)(?:,|:) (?!che\\b|citando\\b|secondo\\b)",
  pt: '(?:anteriormente|antes|previamente),? (?:(?<m>a rádio|a agência|o canal|o portal|o jornal) )?{O} (?:informou|contou|escreveu|explicou|relatou)(?: sobre)?(?:,|:) (?!que\\b|citando\\b|segundo\\b)',
  pl: '(?:wcześniej|uprzednio) (?:(?<m>radio|agencja|kanał|portal|gazeta) )?{O} (?:informował[oa]?|pisał[oa]?|opowiadał[oa]?|donosił[oa]?|relacjonował[oa]?)(?:,|:) (?!że(?![\\p{L}])|powołując)',
  ru: '(?:ранее|прежде) (?:(?<m>радио|агентство|телеканал|издание|газета|портал|сайт|журнал) )?{O} (?:рассказал[оаи]?|сообщал[оаи]?|писал[оаи]?|информировал[оаи]?|публиковал[оаи]?)(?:,|:) (?!что(?![\\p{L}])|о том(?![\\p{L}])|ссылаясь|со ссылкой|цитируя)',
  uk: '(?:раніше|перед тим) (?:(?<m>радіо|агентство|телеканал|видання|газета|портал|сайт|журнал) )?{O} (?:розповів|розповіл[аои]|повідомляв|повідомлял[аои]|писав|писал[аои]|інформував|інформувал[аои])(?:,|:) (?!що(?![\\p{L}])|про те(?![\\p{L}])|посилаючись|з посиланням|цитуючи)',
};

/**
 * An author bio that names the writer's current outlet, per language (see OutletSelfCue for
 * `{O}`): "Aila Slisco is a Newsweek night reporter", "… est journaliste à L'Humanité". Searched
 * in removed pieces with reason 'author-bio' only. A Slavic name after these cues is in the
 * genitive ("dziennikarka Gazety Wyborczej"), so a cue marked `undeclined` takes only a name that
 * is not declined: acronyms and digits ("RMF FM", "TVN24", "РБК") or, with `latin`, a Latin-script
 * name in a Cyrillic text ("корреспондент Sputnik"). Compiled case-sensitively: write a
 * capitalised noun (German) as it is spelled.
 */
export const OUTLET_BIO_CUES: Record<string, readonly (OutletSelfCue & { undeclined?: boolean; latin?: boolean })[]> = {
  en: [
    {
      re: '\\bis an? (?!former |ex-|retired |onetime |one-time )(?:[\\p{Ll}-]+ )?{O}(?: [\\p{Ll}-]+){0,3} (?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|analyst)\\b',
    },
    { re: '\\b[Bb]efore joining {O} in (?:19|20)\\d{2}\\b' },
  ],
  fr: [
    {
      re: "\\best (?!ancien |ancienne |ex-)(?:[\\p{Ll}-]+ )?(?:journaliste|rédacteur|rédactrice|correspondant|correspondante|reporter|chroniqueur|chroniqueuse)(?: [\\p{Ll}-]+){0,2} (?:à |au |chez |pour |de |du |d[’'])(?:la |le |l[’'])?{O}(?=[.,;]|$| depuis\\b)",
    },
  ],
  de: [
    {
      re: '\\bist (?!ehemalig|früher|ex-)(?:[\\p{Ll}-]+ )?(?:Redakteur|Redakteurin|Korrespondent|Korrespondentin|Reporter|Reporterin|Journalist|Journalistin|Autor|Autorin)(?: [\\p{Ll}-]+){0,2} (?:bei|von|für|der|des|im|beim) (?:der |dem |den )?{O}(?=[.,;]|$| seit\\b)',
    },
  ],
  es: [
    {
      re: '\\bes (?!ex |ex-|antigu)(?:[\\p{Ll}-]+ )?(?:periodista|redactor|redactora|corresponsal|reportero|reportera|editor|editora|columnista)(?: [\\p{Ll}-]+){0,2} (?:de|en|del|para) (?:la |el )?{O}(?=[.,;]|$| desde\\b)',
    },
  ],
  it: [
    {
      re: "(?<![\\p{L}])è (?!ex |ex-|già )(?:[\\p{Ll}-]+ )?(?:giornalista|redattore|redattrice|corrispondente|inviato|inviata|editorialista)(?: [\\p{Ll}-]+){0,2} (?:di |de |del |della |per |a |al |alla |dell[’'])?{O}(?=[.,;]|$| dal\\b)",
    },
  ],
  pt: [
    {
      re: '(?<![\\p{L}])é (?!ex-|ex |antig)(?:[\\p{Ll}-]+ )?(?:jornalista|repórter|redator|redatora|correspondente|editor|editora|colunista)(?: [\\p{Ll}-]+){0,2} (?:d[oa]|de|n[oa]|para) (?:o |a )?{O}(?=[.,;]|$| desde\\b)',
    },
  ],
  pl: [
    {
      re: '(?<![\\p{L}])(?:jest )?(?:dziennikarz(?:em)?|dziennikarką|dziennikarka|reporter(?:em)?|reporterką|reporterka|redaktor(?:em)?|redaktorką|redaktorka|korespondent(?:em)?|korespondentką|korespondentka) {O}(?=[.,;]|$)',
      undeclined: true,
    },
  ],
  ru: [
    {
      re: '(?<![\\p{L}])(?:корреспондент|журналист|обозреватель|редактор)(?:ка)? {O}(?=[.,;]|$)',
      undeclined: true,
      latin: true,
    },
  ],
  uk: [
    {
      re: '(?<![\\p{L}])(?:кореспондент|журналіст|оглядач|редактор)(?:ка)? {O}(?=[.,;]|$)',
      undeclined: true,
      latin: true,
    },
  ],
};
