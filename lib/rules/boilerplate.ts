/**
 * Boilerplate cue tables for the cleaning stage, keyed by ISO 639-1 language code.
 *
 * Every entry is the SOURCE of a regular expression (compiled once by lib/core/clean with the
 * flags `iu`), so a cue may use alternation or optional parts. A new language is a new table.
 * Categories (how the cleaner uses them):
 * - `readAlso`: cue at the START of a line, followed by an optional separator and the related
 *   headline ("Lire aussi : X" -> related headline X). A line made of the cue alone is dropped.
 * - `readMore`: a "more on this / more in the article by X" line or trailing sentence, no headline.
 * - `follow`: follow / subscribe-to-channel calls, anywhere in a short line.
 * - `followOutlet`: like `follow` but with a named group `o` capturing the outlet name.
 * - `noticeOutlet`: site notices naming the outlet in group `o` ("RT en français utilise des cookies").
 * - `share`: share-button words (a line made only of these and network names is a share bar).
 * - `buttons`: exact labels of buttons and form fields (whole line or glued run of them).
 * - `cookie`: cookie / consent banner cues, anywhere in a line.
 * - `newsletter`, `donation`, `comment`, `poll`, `siteNotice`, `copyright`: cues anywhere in a short line.
 * - `ad`: exact ad labels (whole line).
 * - `commentHeading`: exact comment-section headings (whole line, optional count).
 * - `credit`: photo-credit cues ("Photo:", "Foto:", "Фото:", "Source:"); the credit holder follows.
 * - `byline`: byline cue at line start followed by a name ("Par", "By", "Автор:").
 * - `aboutAuthor`: headings introducing an author bio.
 * - `bioRole`: journalist role nouns used in author bios ("X is a reporter ...").
 * - `tags`: tag-list cue at line start.
 * - `bioVerb`: the copula that links a name to its bio ("es", "is", "—").
 */
export interface BoilerplateCues {
  readAlso: string[];
  readMore: string[];
  follow: string[];
  followOutlet: string[];
  noticeOutlet: string[];
  share: string[];
  buttons: string[];
  cookie: string[];
  newsletter: string[];
  donation: string[];
  comment: string[];
  commentHeading: string[];
  poll: string[];
  siteNotice: string[];
  copyright: string[];
  ad: string[];
  credit: string[];
  byline: string[];
  aboutAuthor: string[];
  bioRole: string[];
  bioVerb: string[];
  tags: string[];
}

/** Social networks and messengers (language independent); camel-cased brands are kept whole. */
export const NETWORKS: string[] = [
  'Facebook', 'Twitter', 'X', 'WhatsApp', 'Telegram', 'Viber', 'Instagram', 'YouTube', 'TikTok',
  'LinkedIn', 'Reddit', 'Pinterest', 'Messenger', 'Threads', 'Bluesky', 'Mastodon', 'Flipboard',
  'VK', 'VKontakte', 'ВКонтакте', 'Одноклассники', 'OK', 'Дзен', 'Google News', 'Google Actualités',
  'Email', 'E-mail', 'Mail', 'RSS', 'Rumble', 'Gab', 'Truth Social', 'Odysee', 'Skype', 'Signal',
];

/** Camel-cased brand names that must never be split at their inner capital. */
export const CAMEL_BRANDS: string[] = [
  'WhatsApp', 'YouTube', 'TikTok', 'LinkedIn', 'PayPal', 'iPhone', 'iPad', 'JavaScript', 'PowerPoint',
  'BlackRock', 'SoundCloud', 'PlayStation', 'WikiLeaks', 'FedEx', 'GlaxoSmithKline', 'ExxonMobil',
  'SharePoint', 'FaceTime', 'DuckDuckGo', 'CrowdStrike', 'SpaceX', 'OpenAI', 'DeepMind', 'BioNTech',
  'AstraZeneca', 'PricewaterhouseCoopers', 'MasterCard', 'GoPro', 'DreamWorks', 'HarperCollins',
  'BuzzFeed', 'HuffPost', 'FactCheck', 'PolitiFact', 'StopFake', 'InfoWars', 'ZeroHedge', 'MoveOn',
  'McDonald', 'McCain', 'McConnell', 'MacArthur', 'DeSantis', 'DiCaprio', 'LaGuardia', 'ВКонтакте',
  'МегаФон', 'АнтиРоссия',
];

/** Words that may follow a lowercase letter without a space at an element join ("surTelegram"). */
export const GLUE_RIGHT_WORDS: string[] = [
  'Telegram', 'Facebook', 'Twitter', 'Instagram', 'WhatsApp', 'Viber', 'YouTube', 'TikTok', 'VK',
  'Foto', 'Photo', 'Fotos', 'Photos', 'Фото', 'Source', 'Sources', 'Quelle', 'Fonte', 'Fuente', 'Источник', 'Джерело',
  'Crédit', 'Credit', 'Bild', 'Video', 'Vidéo', 'Видео', 'Відео',
];

const en: Partial<BoilerplateCues> = {
  readAlso: ['read (?:also|more)', 'also read', 'see also', 'related(?: articles?| stories| news| coverage)?', 'recommended(?: for you)?', 'more on this(?: story)?', 'read next', 'don[’\']?t miss', 'must read', 'you may also like', 'you might also like'],
  readMore: ['^read more$', '^watch:?$', '^video:?$', '…\\s*read more$', '\\.\\.\\.\\s*read more$', '^continue reading', '^read the full (?:story|article)', 'read all the latest news'],
  follow: ['follow us on', '^follow on (?:twitter|facebook|x|telegram|instagram)', '^follow @\\w+', 'follow (?:the )?[\\p{L}\\p{N} \'’.&-]{2,40} on (?:telegram|twitter|facebook|instagram|x|whatsapp|google news)', 'join (?:us|our channel) on', 'subscribe to (?:our|the) (?:channel|telegram|youtube)', '(?:is )?now on telegram', 'like us on facebook'],
  followOutlet: ['^follow (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) on (?:telegram|twitter|facebook|instagram|x|whatsapp|google news)', '^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) is now on telegram'],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) uses cookies', '^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) respects your privacy'],
  share: ['share(?: on [\\p{L} ]{1,20}| this(?: article| story)?)?', 'tweet', 'copy link', 'print', 'email this'],
  buttons: ['ok', 'okay', 'accept', 'accept all', 'accept cookies', 'reject all', 'reject', 'decline', 'manage (?:preferences|settings|options)', 'cookie settings', 'settings', 'i agree', 'agree', 'got it', 'continue', 'close', 'subscribe', 'sign up', 'sign in', 'log in', 'your email(?: address)?', 'email(?: address)? ?\\*?', 'enter your email', 'privacy policy', 'terms of (?:use|service)', 'submit', 'more options'],
  cookie: ['\\bcookies?\\b', 'by clicking', 'you consent to', 'we use cookies', 'this (?:site|website) uses cookies', 'personal data', 'we value your privacy', 'respects your privacy'],
  newsletter: ['newsletter', 'in your inbox', 'sign up for our', 'subscribe to our', 'get the latest .{0,40} delivered'],
  donation: ['please (?:help )?support us', 'donate (?:now|today|here)', '^donate$', 'support us with (?:a )?(?:donation|cryptocurrency|bitcoin)', 'become a (?:patron|member|supporter)', 'support (?:our|independent) journalism', 'make a donation'],
  comment: ['leave a comment', 'post a comment', 'comments are closed', 'this field is for validation purposes', 'join the (?:discussion|conversation)', 'you must be logged in to', 'to comment,? (?:please )?(?:log|sign) in', 'comments? policy'],
  commentHeading: ['comments?', 'discussion', '\\d+ comments?'],
  poll: ['take our poll', 'story continues below', 'article continues below', 'continue reading below', 'completing this poll'],
  siteNotice: ['article posted with permission from', 'this article (?:was )?(?:originally )?(?:appeared|published|posted)', 'originally published (?:at|on|by)', 'republished with permission', 'with inputs from', 'can be reached at', 'contributed to this report', 'contributing to this report', 'the views expressed (?:in this article )?are', 'our website', 'our accounts', 'our articles'],
  copyright: ['all rights reserved', '^copyright\\b', 'this material may not be published', '^\\(c\\)\\s*\\d{4}'],
  ad: ['advertisement', 'advertising', 'sponsored(?: content)?', 'ad', 'promoted', 'paid content', 'scroll to continue'],
  credit: ['photo(?:graph)?s?(?: credit)?\\s*:', 'image(?: credit)?\\s*:', 'credit\\s*:', 'source\\s*:', 'picture\\s*:', 'video\\s*:', 'illustration\\s*:', 'photo by', 'pictured by', 'image by'],
  byline: ['by', 'author\\s*:', 'words by', 'written by', 'reporting by'],
  aboutAuthor: ['about the (?:author|writer)', 'author bio'],
  bioRole: ['reporter', 'journalist', 'correspondent', 'editor', 'writer', 'columnist', 'contributor', 'analyst', 'producer'],
  bioVerb: ['is', 'was'],
  tags: ['tags?', 'topics', 'filed under'],
};

const fr: Partial<BoilerplateCues> = {
  readAlso: ['(?:à|a) lire (?:aussi|également|egalement)', 'lire (?:aussi|également|egalement|la suite)', 'voir aussi', 'sur le même sujet', 'sur le meme sujet', 'à voir aussi', 'a voir aussi', 'lisez aussi'],
  readMore: ['^lire la suite$', '^en savoir plus$'],
  follow: ['suivez[- ](?:nous|[\\p{L}\\p{N} \'’.&-]{2,40}) sur', 'rejoignez[- ]nous sur', 'abonnez[- ]vous à notre (?:chaîne|compte)', 'retrouvez[- ]nous sur'],
  followOutlet: ['^suivez (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) sur'],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) utilise des cookies', '^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) respecte votre vie privée'],
  share: ['partager(?: sur [\\p{L} ]{1,20})?', 'imprimer', 'envoyer par (?:e-?mail|courriel)', 'copier le lien'],
  buttons: ['tout accepter', 'tout refuser', 'accepter', 'refuser', 'continuer sans accepter', 'paramétrer(?: vos choix| les cookies)?', 'personnaliser', 'j\'accepte', 'fermer', 'valider', 's\'inscrire', 'je m\'abonne', 'votre (?:adresse )?e-?mail', 'politique de confidentialité', 'en savoir plus'],
  cookie: ['\\bcookies?\\b', 'en cliquant sur', 'vous consentez', 'données personnelles', 'politique de confidentialité', 'paramétrer vos choix', 'traceurs'],
  newsletter: ['newsletter', 'lettre d\'information', 'inscrivez[- ]vous', 'dans votre boîte (?:mail|aux lettres|e-?mail)'],
  donation: ['faire un don', 'faites un don', 'soutenez[- ]nous', 'soutenir (?:notre|le) (?:journal|média|rédaction)'],
  comment: ['laisser un commentaire', 'réagir à cet article', 'pour commenter', 'connectez[- ]vous pour'],
  commentHeading: ['commentaires?', 'réactions?', '\\d+ commentaires?'],
  poll: ['la suite (?:de l\'article )?(?:ci-dessous|après la publicité)'],
  siteNotice: ['cet article (?:a été|est paru|a d\'abord été) (?:publié|initialement)', 'notre site', 'nos articles'],
  copyright: ['tous droits réservés', 'droits de reproduction'],
  ad: ['publicité', 'pub', 'annonce', 'contenu sponsorisé', 'sponsorisé'],
  credit: ['crédits? photo\\s*:?', 'photo\\s*:', 'source\\s*:', 'illustration\\s*:'],
  byline: ['par', 'auteur\\s*:'],
  aboutAuthor: ['(?:à|a) propos de l\'auteur', 'l\'auteur'],
  bioRole: ['journaliste', 'correspondante?', 'rédact(?:eur|rice)', 'chroniqueu(?:r|se)', 'reporter', 'éditorialiste'],
  bioVerb: ['est'],
  tags: ['mots[- ]clés', 'tags?', 'thèmes?'],
};

const de: Partial<BoilerplateCues> = {
  readAlso: ['mehr zum thema', 'lesen sie auch', 'lesen sie (?:mehr|weiter)', 'auch interessant', 'das könnte sie auch interessieren', 'siehe auch', 'weiterlesen', 'zum thema'],
  readMore: ['^mehr dazu$', '^weiterlesen$'],
  follow: ['folgen sie uns', 'folge uns', 'abonnieren sie unseren (?:kanal|telegram)', 'jetzt (?:auch )?(?:auf|bei) telegram', 'ist jetzt auf telegram'],
  followOutlet: ['^folgen sie (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) (?:auf|bei)'],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) (?:verwendet|nutzt) cookies'],
  share: ['teilen(?: auf [\\p{L} ]{1,20})?', 'drucken', 'link kopieren', 'per e-?mail (?:versenden|teilen)'],
  buttons: ['alle akzeptieren', 'akzeptieren', 'ablehnen', 'alle ablehnen', 'einstellungen', 'zustimmen', 'einverstanden', 'schließen', 'abonnieren', 'anmelden', 'ihre e-?mail(?:-adresse)?', 'datenschutzerklärung'],
  cookie: ['\\bcookies?\\b', 'indem sie auf', 'datenschutzerklärung', 'personenbezogene(?:n)? daten', 'einwilligung'],
  newsletter: ['newsletter', 'in ihr postfach', 'melden sie sich (?:jetzt )?an'],
  donation: ['unterstützen sie uns', 'jetzt spenden', 'spenden sie', 'unterstützen sie (?:unabhängigen|unseren) journalismus'],
  comment: ['kommentar schreiben', 'zum kommentieren', 'kommentare sind geschlossen'],
  commentHeading: ['kommentare?', '\\d+ kommentare?'],
  poll: ['weiterlesen nach der anzeige', 'artikel wird unter der anzeige fortgesetzt'],
  siteNotice: ['unserer website', 'unsere accounts', 'unsere webseite', 'unsere (?:artikel|beiträge)', 'unserer artikel', 'dieser artikel erschien (?:zuerst|ursprünglich)'],
  copyright: ['alle rechte vorbehalten'],
  ad: ['anzeige', 'werbung', 'gesponsert', 'sponsored'],
  credit: ['foto\\s*:', 'bild\\s*:', 'quelle\\s*:', 'bildquelle\\s*:', 'fotos?\\s*:'],
  byline: ['von', 'autor(?:in)?\\s*:'],
  aboutAuthor: ['über (?:den|die) autor(?:in)?', 'zur person'],
  bioRole: ['journalist(?:in)?', 'korrespondent(?:in)?', 'redakteur(?:in)?', 'autor(?:in)?', 'kolumnist(?:in)?'],
  bioVerb: ['ist'],
  tags: ['schlagwörter', 'schlagworte', 'themen', 'tags?'],
};

const it: Partial<BoilerplateCues> = {
  readAlso: ['leggi anche', 'potrebbe interessarti(?: anche)?', 'vedi anche', 'guarda anche', 'articoli correlati', 'approfondisci'],
  readMore: ['^continua a leggere'],
  follow: ['seguici su', 'segui(?:teci)? [\\p{L}\\p{N} \'’.&-]{2,40} su (?:telegram|facebook|twitter|instagram)', 'iscriviti al (?:nostro )?canale'],
  followOutlet: ['^segui (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) su'],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) utilizza (?:i )?cookie'],
  share: ['condividi(?: su [\\p{L} ]{1,20})?', 'stampa', 'copia link'],
  buttons: ['accetta(?: tutto| tutti)?', 'rifiuta(?: tutto| tutti)?', 'impostazioni', 'chiudi', 'iscriviti', 'la tua e-?mail'],
  cookie: ['\\bcookies?\\b', 'cliccando su', 'dati personali', 'informativa (?:sulla )?privacy'],
  newsletter: ['newsletter', 'nella tua casella'],
  donation: ['sostienici', 'fai una donazione', 'sostieni (?:il nostro|l\'informazione)'],
  comment: ['lascia un commento', 'per commentare'],
  commentHeading: ['commenti', '\\d+ commenti'],
  poll: ['l\'articolo continua (?:sotto|dopo la pubblicità)'],
  siteNotice: ['il nostro sito'],
  copyright: ['tutti i diritti riservati', 'riproduzione riservata'],
  ad: ['pubblicità', 'annuncio', 'contenuto sponsorizzato'],
  credit: ['foto\\s*:', 'fonte\\s*:', 'credit\\s*:'],
  byline: ['di', 'autore\\s*:'],
  aboutAuthor: ['sull\'autore', 'l\'autore'],
  bioRole: ['giornalista', 'corrispondente', 'redattore', 'redattrice', 'inviat[oa]'],
  bioVerb: ['è'],
  tags: ['tag', 'argomenti'],
};

const es: Partial<BoilerplateCues> = {
  readAlso: ['lea (?:además|también)', 'leer (?:además|también)', 'lee (?:además|también)', 'le puede interesar', 'te puede interesar', 'puede interesarte', 'ver también', 'vea también', 'mira también', 'noticia relacionada', 'relacionad[oa]s?', 'más información'],
  readMore: ['^seguir leyendo$'],
  follow: ['síguenos en', 'siguenos en', 'sigue a [\\p{L}\\p{N} \'’.&-]{2,40} en', 'únete a nuestro canal', 'suscríbete a nuestro canal'],
  followOutlet: ['^sigue a (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) en'],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) utiliza cookies'],
  share: ['compartir(?: en [\\p{L} ]{1,20})?', 'tuitear', 'enviar por (?:correo|e-?mail)', 'imprimir', 'copiar enlace'],
  buttons: ['aceptar(?: todo| todas| y cerrar)?', 'rechazar(?: todo| todas)?', 'configurar', 'configuración', 'cerrar', 'suscribirme', 'suscríbete', 'tu (?:correo|e-?mail)(?: electrónico)?', 'política de privacidad'],
  cookie: ['\\bcookies?\\b', 'al hacer clic', 'pulsando', 'datos personales', 'política de privacidad'],
  newsletter: ['newsletter', 'boletín', 'recibe cada', 'en tu correo'],
  donation: ['haz una donación', 'apóyanos', 'hazte socio', 'colabora con'],
  comment: ['para comentar', 'inicie sesión', 'inicia sesión', 'deja (?:un|tu) comentario', 'los comentarios (?:son|están)'],
  commentHeading: ['comentarios?', '\\d+ comentarios?'],
  poll: ['la noticia continúa (?:abajo|debajo)'],
  siteNotice: ['nuestro sitio', 'nuestra web'],
  copyright: ['todos los derechos reservados', 'derechos reservados'],
  ad: ['publicidad', 'anuncio', 'contenido patrocinado', 'patrocinado'],
  credit: ['foto(?:grafía)?\\s*:', 'fuente\\s*:', 'imagen\\s*:', 'crédito\\s*:'],
  byline: ['por', 'autor(?:a)?\\s*:'],
  aboutAuthor: ['sobre (?:el|la) autor(?:a)?'],
  bioRole: ['periodista', 'corresponsal', 'redactor(?:a)?', 'editor(?:a)?', 'columnista', 'reporter[oa]'],
  bioVerb: ['es', 'fue'],
  tags: ['etiquetas', 'temas', 'tags?'],
};

const pt: Partial<BoilerplateCues> = {
  readAlso: ['leia (?:também|mais)', 'veja (?:também|mais)', 'saiba mais', 'leia a seguir', 'relacionad[oa]s?', 'recomendad[oa]s?'],
  readMore: ['^continuar lendo$', '^continue a ler$'],
  follow: ['siga[- ]nos', 'siga (?:o canal d[oa]|a|o) [\\p{L} ]{2,40} (?:no|na|em) ', 'acompanhe[- ]nos', 'inscreva[- ]se no (?:nosso )?canal'],
  followOutlet: ['^siga o canal d[oa] (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) n[oa] ', '^siga (?:a|o) (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) n[oa] '],
  noticeOutlet: ['^(?:a |o )?(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) respeita a sua privacidade', '^(?:a |o )?(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) (?:usa|utiliza) cookies'],
  share: ['partilhar(?: n[oa] [\\p{L} ]{1,20})?', 'compartilhar(?: n[oa] [\\p{L} ]{1,20})?', 'enviar por e-?mail', 'copiar link', 'imprimir'],
  buttons: ['aceitar(?: e fechar| todos| tudo)?', 'rejeitar(?: todos| tudo)?', 'gerir preferências', 'gerenciar preferências', 'configurações', 'fechar', 'cadastrar', 'subscrever', 'assinar', 'digite (?:o )?seu e-?mail', 'seu e-?mail', 'política de privacidade'],
  cookie: ['\\bcookies?\\b', 'ao clicar', 'ao continuar navegando', 'dados pessoais', 'política de privacidade', 'respeita a sua privacidade'],
  newsletter: ['newsletter', 'no seu e-?mail', 'receba (?:a|as|o|todas|gratuitamente)'],
  donation: ['faça uma doação', 'apoie o', 'contribua com'],
  comment: ['para comentar', 'inicie sessão', 'faça login para', 'os comentários (?:são|não)', 'deixe (?:um|seu) comentário'],
  commentHeading: ['comentários?', '\\d+ comentários?'],
  poll: ['continua (?:depois|após) da publicidade'],
  siteNotice: ['nosso site', 'nosso portal'],
  copyright: ['todos os direitos reservados', 'direitos reservados'],
  ad: ['publicidade', 'anúncio', 'conteúdo patrocinado', 'patrocinado'],
  credit: ['foto\\s*:', 'fonte\\s*:', 'imagem\\s*:', 'crédito\\s*:'],
  byline: ['por', 'autor(?:a)?\\s*:'],
  aboutAuthor: ['sobre (?:o|a) autor(?:a)?'],
  bioRole: ['jornalista', 'correspondente', 'repórter', 'editor(?:a)?', 'colunista', 'redator(?:a)?'],
  bioVerb: ['é', 'foi'],
  tags: ['tags?', 'temas', 'tópicos', 'etiquetas'],
};

const ru: Partial<BoilerplateCues> = {
  readAlso: ['читайте (?:также|еще|ещё)', 'смотрите также', 'см\\. также', 'по теме', 'новости по теме', 'материалы по теме', 'рекомендуем', 'это интересно'],
  readMore: ['^подробнее\\s*[—–-]\\s*в (?:материале|статье)', '^подробнее читайте', '^подробнее\\s*:?$', '^все новости'],
  follow: ['подписывайтесь на', 'подпишитесь на', 'теперь в telegram', 'читайте нас в', 'следите за (?:нами|новостями)', 'наш (?:канал|telegram)'],
  followOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) теперь в telegram', '^подписывайтесь на (?:канал )?«(?<o>[^»]{2,40})»', '^читайте (?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) в telegram'],
  noticeOutlet: [],
  share: ['поделиться', 'поделитесь', 'копировать ссылку', 'печать', 'отправить'],
  buttons: ['принять(?: все)?', 'отклонить(?: все)?', 'настройки', 'согласен', 'закрыть', 'подписаться', 'ваш e-?mail', 'ок'],
  cookie: ['\\bcookies?\\b', 'файл(?:ы|ов) cookie', 'куки', 'нажимая', 'персональных данных', 'политик(?:а|ой|и) конфиденциальности'],
  newsletter: ['рассылк', 'на вашу почту'],
  donation: ['поддержите (?:нас|редакцию|проект)', 'пожертвовани'],
  comment: ['чтобы оставить комментарий', 'оставить комментарий', 'для комментирования', 'войдите,? чтобы'],
  commentHeading: ['комментарии', '\\d+ комментари(?:й|я|ев)'],
  poll: ['продолжение (?:ниже|после рекламы)'],
  siteNotice: ['нашего сайта', 'наш сайт'],
  copyright: ['все права защищены', 'при (?:полном или частичном )?(?:использовании|перепечатке)'],
  ad: ['реклама', 'на правах рекламы', 'партнерский материал', 'партнёрский материал'],
  credit: ['фото\\s*:', 'источник\\s*:', 'фото', 'видео\\s*:'],
  byline: ['автор\\s*:', 'текст\\s*:'],
  aboutAuthor: ['об авторе'],
  bioRole: ['журналист(?:ка)?', 'корреспондент(?:ка)?', 'редактор', 'обозреватель', 'колумнист'],
  bioVerb: ['[—–-]'],
  tags: ['теги', 'тэги', 'метки'],
};

const uk: Partial<BoilerplateCues> = {
  readAlso: ['читайте також', 'дивіться також', 'читайте ще', 'по темі', 'на цю тему', 'рекомендуємо'],
  readMore: ['^детальніше\\s*[—–-]\\s*в (?:матеріалі|статті)', '^усі новини'],
  follow: ['підписуйтес[ья] на', 'підпишіться на', 'стежте за нами', 'читайте нас (?:у|в)', 'тепер (?:у|в) telegram', 'наш (?:канал|telegram)'],
  followOutlet: ['^підписуйтес[ья] на «(?<o>[^»]{2,40})»', '^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) тепер (?:у|в) telegram'],
  noticeOutlet: [],
  share: ['поділитися', 'поширити', 'копіювати посилання', 'друк'],
  buttons: ['прийняти(?: все)?', 'відхилити(?: все)?', 'налаштування', 'погоджуюсь', 'закрити', 'підписатися', 'ваш e-?mail'],
  cookie: ['\\bcookies?\\b', 'файл(?:и|ів) cookie', 'натискаючи', 'персональних даних', 'політик(?:а|ою|и) конфіденційності'],
  newsletter: ['розсилк', 'на вашу пошту'],
  donation: ['підтримайте (?:нас|редакцію|проєкт)', 'задонатити'],
  comment: ['щоб залишити коментар', 'залишити коментар', 'увійдіть,? щоб'],
  commentHeading: ['коментарі', '\\d+ коментар(?:ів|і)'],
  poll: [],
  siteNotice: ['нашого сайту', 'наш сайт'],
  copyright: ['усі права захищено', 'всі права захищені', 'при (?:використанні|передруку)'],
  ad: ['реклама', 'на правах реклами', 'партнерський матеріал'],
  credit: ['фото\\s*:', 'джерело\\s*:', 'фото', 'відео\\s*:'],
  byline: ['автор(?:ка)?\\s*:', 'текст\\s*:'],
  aboutAuthor: ['про автора'],
  bioRole: ['журналіст(?:ка)?', 'кореспондент(?:ка)?', 'редактор(?:ка)?', 'оглядач(?:ка)?', '[\\p{L}-]*фактчекер(?:ка)?'],
  bioVerb: ['[—–-]'],
  tags: ['теги', 'мітки', 'теґи'],
};

const pl: Partial<BoilerplateCues> = {
  readAlso: ['czytaj (?:także|też|również|więcej)', 'zobacz (?:także|też|również)', 'przeczytaj (?:także|też|również)', 'polecamy', 'powiązane'],
  readMore: ['^czytaj dalej$'],
  follow: ['obserwuj nas', 'śledź nas', 'dołącz do nas na', 'subskrybuj nasz kanał'],
  followOutlet: [],
  noticeOutlet: ['^(?<o>[\\p{Lu}][\\p{L}\\p{N} .\'’&-]{1,40}?) (?:używa|wykorzystuje) (?:plików )?cookies'],
  share: ['udostępnij', 'podziel się', 'kopiuj link', 'drukuj'],
  buttons: ['akceptuję', 'akceptuj(?: wszystkie)?', 'odrzuć(?: wszystkie)?', 'ustawienia', 'zamknij', 'zapisz się', 'twój e-?mail'],
  cookie: ['\\bcookies?\\b', 'plików cookie', 'klikając', 'danych osobowych', 'polityk(?:a|ą|i) prywatności'],
  newsletter: ['newsletter', 'na twoją skrzynkę'],
  donation: ['wesprzyj nas', 'wspieraj nas', 'przekaż darowiznę', 'wpłać'],
  comment: ['dodaj komentarz', 'aby skomentować', 'zaloguj się,? aby'],
  commentHeading: ['komentarze', '\\d+ komentarz(?:y|e)?'],
  poll: ['dalsza część (?:artykułu )?pod (?:reklamą|materiałem)'],
  siteNotice: ['naszej stron', 'nasz portal'],
  copyright: ['wszelkie prawa zastrzeżone'],
  ad: ['reklama', 'materiał sponsorowany', 'materiał partnera'],
  credit: ['fot\\.', 'foto\\s*:', 'źródło\\s*:', 'zdjęcie\\s*:'],
  byline: ['autor(?:ka)?\\s*:'],
  aboutAuthor: ['o autorze', 'o autorce'],
  bioRole: ['dziennikar(?:z|ka)', 'korespondent(?:ka)?', 'redaktor(?:ka)?', 'publicyst(?:a|ka)'],
  bioVerb: ['jest', '[—–-]'],
  tags: ['tagi', 'tematy'],
};

const bg: Partial<BoilerplateCues> = {
  readAlso: ['прочетете (?:още|също)', 'вижте (?:още|също)', 'още по темата', 'четете (?:още|също)'],
  follow: ['последвайте ни', 'абонирайте се за'],
  share: ['сподели', 'споделяне'],
  buttons: ['приемам', 'приеми(?: всички)?', 'отхвърли', 'настройки'],
  cookie: ['\\bcookies?\\b', 'бисквитки'],
  newsletter: ['бюлетин'],
  comment: ['коментари'],
  commentHeading: ['коментари'],
  copyright: ['всички права запазени'],
  ad: ['реклама'],
  credit: ['снимка\\s*:', 'източник\\s*:'],
  byline: ['автор\\s*:'],
  tags: ['етикети', 'тагове'],
};

/** Cue tables keyed by ISO 639-1 code. */
export const BOILERPLATE_CUES: Record<string, Partial<BoilerplateCues>> = { en, fr, de, it, es, pt, ru, uk, pl, bg };

/** Month names (and common abbreviations), all languages, used to recognise date lines. */
export const MONTHS: string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'april', 'juni', 'juli', 'oktober', 'dezember',
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'dicembre',
  'enero', 'febrero', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'set', 'out', 'dez',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'янв', 'фев', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември',
];

/** News agencies often named in bylines ("X com Lusa", "With AFP"). */
export const AGENCIES: string[] = [
  'AFP', 'AP', 'Reuters', 'Lusa', 'EFE', 'dpa', 'ANSA', 'PAP', 'Europa Press', 'Agência Brasil', 'Bloomberg', 'ТАСС', 'TASS',
  'РИА Новости', 'Интерфакс', 'Укрінформ', 'УНІАН', 'Sputnik', 'Xinhua', 'agencies', 'agences', 'Agenturen', 'agencias', 'agências', 'agenzie',
];
