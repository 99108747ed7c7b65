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
