/**
 * Gazetteers of well-known entities for `lib/core/extract/entities.ts`: international
 * organisations, agencies, alliances, churches, large companies and media with their local
 * forms and acronyms in the covered languages (en fr de es it ru pl pt uk bg), well-known
 * persons' surnames as they stand alone in news text, and vocabulary that is never an entity
 * (date words, common non-organisation acronyms).
 *
 * Matching: multi-word and mixed-case names are compared by `nameKey` (lower case, accents
 * dropped, ru/uk/bg/pl endings stemmed), so "Евросоюза" hits "Евросоюз"; exact-case entries
 * starting with a lower-case letter ("n-tv") are matched as written.
 */

const w = (s: string): string[] => s.split(/\s*\|\s*/).filter(Boolean);

/**
 * Well-known organisations (one name per entry, any language). A span equal to one of them
 * (by `nameKey`) is an organisation, whatever its other cues say, and is never a place.
 */
export const KNOWN_ORGS: string[] = w(`
  United Nations | UN | U.N. | Nations unies | Organisation des Nations unies | ONU | Onu | Vereinte Nationen | UNO | Naciones Unidas |
  Nazioni Unite | Nações Unidas | ООН | Организация Объединённых Наций | ONZ | Organizacja Narodów Zjednoczonych | ООН | ОНН |
  NATO | Nato | OTAN | Otan | НАТО | North Atlantic Treaty Organization | Organisation du traité de l'Atlantique nord | Sojusz Północnoatlantycki |
  European Union | EU | E.U. | Union européenne | UE | Ue | Europäische Union | Unión Europea | Unione europea | Unione Europea |
  União Europeia | Евросоюз | Европейский союз | ЕС | Євросоюз | Європейський союз | ЄС | Unia Europejska | Европейски съюз |
  European Commission | Commission européenne | EU-Kommission | Europäische Kommission | Comisión Europea | Commissione europea |
  Comissão Europeia | Еврокомиссия | Європейська комісія | Єврокомісія | Komisja Europejska | Европейска комисия |
  European Parliament | Parlement européen | Europäisches Parlament | EU-Parlament | Europaparlament | Europarlament | Parlamento Europeo | Parlamento europeo |
  Parlamento Europeu | Европарламент | Європарламент | Parlament Europejski | Европейски парламент |
  Council of Europe | Conseil de l'Europe | Europarat | Consejo de Europa | Consiglio d'Europa | Conselho da Europa | Совет Европы | Рада Європи | Rada Europy |
  European Central Bank | ECB | BCE | EZB | ЕЦБ | EBC | Europäische Zentralbank | Banque centrale européenne |
  Kremlin | Kreml | Kremlín | Cremlino | Кремль | Кремль | Kreml | Кремъл |
  White House | Maison Blanche | Maison-Blanche | Weißes Haus | Casa Blanca | Casa Bianca | Casa Branca | Белый дом | Білий дім | Biały Dom | Белият дом |
  Pentagon | Pentágono | Pentagono | Пентагон |
  Vatican | Vatikan | Vaticano | Ватикан | Watykan | Holy See | Saint-Siège | Heiliger Stuhl | Santa Sede | Святой престол | Stolica Apostolska |
  Catholic Church | Église catholique | Katholische Kirche | Iglesia católica | Chiesa cattolica | Igreja Católica | Католическая церковь | Kościół katolicki |
  Orthodox Church | Russian Orthodox Church | Русская православная церковь | РПЦ | ПЦУ |
  G7 | G8 | G20 | Г7 | G-7 | G-20 | Г20 | Г-7 | Г-20 | BRICS | БРИКС | ASEAN | OPEC | OPEP | ОПЕК | OSCE | OSZE | ОБСЕ | ОБСЄ | OBWE |
  WHO | OMS | WHO | ВОЗ | ВООЗ | World Health Organization | Organisation mondiale de la santé | Weltgesundheitsorganisation | Organización Mundial de la Salud |
  Organizzazione mondiale della sanità | Organização Mundial da Saúde | Всемирная организация здравоохранения | Światowa Organizacja Zdrowia |
  IMF | FMI | IWF | МВФ | MFW | International Monetary Fund | Fonds monétaire international | Internationaler Währungsfonds | Fondo Monetario Internacional |
  Fondo monetario internazionale | Fundo Monetário Internacional | Международный валютный фонд | Międzynarodowy Fundusz Walutowy |
  World Bank | Banque mondiale | Weltbank | Banco Mundial | Banca mondiale | Всемирный банк | Світовий банк | Bank Światowy |
  WTO | OMC | Всемирная торговая организация | ВТО | SOT |
  IAEA | AIEA | IAEO | OIEA | МАГАТЭ | МАГАТЕ | MAEA |
  UNICEF | ЮНИСЕФ | UNESCO | ЮНЕСКО | UNHCR | HCR | УВКБ | ICC | CPI | IStGH | МУС | MTK | ICRC | CICR | IKRK | МККК |
  Red Cross | Croix-Rouge | Rotes Kreuz | Cruz Roja | Croce Rossa | Cruz Vermelha | Красный Крест | Червоний Хрест | Czerwony Krzyż |
  Amnesty International | Human Rights Watch | Médecins sans frontières | MSF | Ärzte ohne Grenzen | Médicos Sin Fronteras | Врачи без границ |
  Greenpeace | Interpol | Europol | Frontex | Eurostat | Euronews | Euractiv |
  FBI | CIA | NSA | KGB | FSB | ФСБ | СБУ | ГУР | СВР | ГРУ | КГБ | МИД | MI6 | MI5 | Mossad | Моссад | Hamas | Хамас | Hezbollah | Hizbollah | Hisbollah | Хезболла |
  M23 | Taliban | Талибан | Duma Państwowa | Государственная дума | Госдума | Державна дума | Bundesrat | Bundestag | Wagner | Вагнер | Gruppe Wagner | Groupe Wagner | Grupo Wagner | ЧВК Вагнер | Wagnera |
  Al-Qaeda | al-Qaeda | al-Qaïda | Al-Qaida | Al Qaeda | Аль-Каида | Islamic State | État islamique | Islamischer Staat | Estado Islámico | Stato islamico | ИГИЛ | Daech | Daesh |
  Gazprom | Газпром | Rosneft | Роснефть | Lukoil | Лукойл | Rosatom | Росатом | Roskosmos | Роскосмос | Naftogaz | Нафтогаз | Energoatom | Энергоатом | Енергоатом |
  Saudi Aramco | Aramco | Сауди Арамко | Саудитска Арамко | Арамко | Equinor | Shell | BP | ExxonMobil | Exxon | Chevron | TotalEnergies | Eni | ENI | Repsol |
  Petrobras | Orlen | PKN Orlen | Uniper | RWE | Siemens | Volkswagen | Mercedes-Benz | BMW | Airbus | Boeing | Lockheed Martin | Raytheon | Rheinmetall |
  Tetra Pak | Nestlé | Unilever | McDonald's | Starbucks | Coca-Cola | Pfizer | BioNTech | Moderna | AstraZeneca | Apple | Google | Microsoft |
  Netflix | SpaceX | Starlink | Tesla | OpenAI | Huawei | Samsung | Alibaba | Tencent | Sberbank | Сбербанк | Сбер | Gazprombank | Газпромбанк | VTB | ВТБ |
  Reuters | Ройтерс | Рейтер | Рейтерс | Рейтерз | Agence France-Presse | Франс Прес | Associated Press | Асошиейтед прес | Bloomberg | Блумбърг | Блумберг |
  Sky News | CNews | n-tv | ntv | RTL | Funke | Funke Mediengruppe | Zeitungen der Funke Mediengruppe | Bild | Tagesspiegel | Der Tagesspiegel | taz |
  Rossija 24 | Россия 24 | Россия-24 | Россия 1 | НТВ | RBC | Ria Novosti | ТАСС | CNN | BBC | Би-би-си | Би Би Си | Radio Svoboda |
  Le Figaro | LCI | BFM | BFMTV | France Télévisions | France 2 | France Inter | Ouest-France | Le Journal du dimanche | JDD | L'Obs |
  Il Sole 24 Ore | Il Messaggero | Il Giornale | Avvenire | Adnkronos | TG1 | Tg1 | RaiNews | SkyTg24 |
  El Confidencial | eldiario.es | Europa Press | Antena 3 | Telecinco | La Sexta | Cadena SER | COPE |
  SIC | TVI | CNN Portugal | Observador | Diário de Notícias | Correio da Manhã | Jornal de Notícias | Estadão | G1 |
  Polskie Radio | TVP | TVP Info | Interia | Wirtualna Polska | WP | Onet | Gazeta Prawna | Dziennik Gazeta Prawna | Newsweek Polska |
  Ukrainska Pravda | Укрправда | Громадське | Hromadske | Интерфакс-Украина | Інтерфакс-Україна | ТСН | РИА | Коммерсантъ | Известия |
  GroupM | WPP | Publicis | Nielsen |
  Fitch | Fitch Ratings | Moody's | Moody’s | Standard & Poor's | Standard & Poor’s | S&P | S&P Global | Scope Ratings |
  European Council | Conseil européen | Europäischer Rat | Consejo Europeo | Consiglio europeo | Consiglio Europeo | Conselho Europeu |
  Европейский совет | Європейська рада | Rada Europejska | Европейски съвет |
  European Ombudsman | Médiateur européen | Europäische Bürgerbeauftragte | Europäischer Bürgerbeauftragter | Defensor del Pueblo Europeo |
  Mediatore europeo | Provedor de Justiça Europeu | Europejski Rzecznik Praw Obywatelskich | Европейский омбудсмен |
  Sbierbank |
  The National Interest | National Interest | Foreign Policy | Foreign Affairs | The Sun | Daily Mail | The Independent | Daily Mirror |
  The Hill | Breitbart | Fox News | Sky News | Daily Telegraph | New York Post | Los Angeles Times | Der Standard | Neue Zürcher Zeitung | NZZ |
  Corriere | Il Foglio | Il Post | La Verità | Libero | Secolo d'Italia | Il Secolo d'Italia | Le Monde diplomatique | Marianne | Valeurs actuelles |
  Air France | Air India | Air China | Air Canada | British Airways | Lufthansa | Aeroflot | Аэрофлот | LOT | Polskie Linie Lotnicze LOT |
  ITA Airways | Alitalia | Iberia | TAP Air Portugal | Turkish Airlines | Ryanair | easyJet | KLM | Air France-KLM | Wizz Air | Brussels Airlines |
  SNCF | Deutsche Bahn | Deutsche Bank | Deutsche Telekom | Deutsche Post | Royal Mail | Radio France | EDF | Électricité de France | Engie |
  Banque de France | Bank of England | Banca d'Italia | Banco de España | Banco de Portugal | Narodowy Bank Polski | NBP | Bundesbank | Deutsche Bundesbank |
  Банк России | ЦБ РФ | Центробанк | Национальный банк Украины | НБУ | Національний банк України |
  Deutscher Wetterdienst | Deutsche Wetterdienst | Deutschen Wetterdienst | Deutschen Wetterdienstes | DWD | Met Office | Météo-France | Meteo France | AEMET | MeteoSchweiz | Aeronautica Militare | IMGW | IPMA | Росгидромет | Гидрометцентр | Укргідрометцентр | National Weather Service | NOAA |
  Komsomolskaja Prawda | Комсомольская правда | Российская газета | Rossijskaja Gaseta | Московский комсомолец | Eurasia Review
`);

/**
 * Lone surnames (and one-name forms) of persons so prominent in international news that they
 * stand alone in articles ("Poutine a dit", "Staline", "Зеленский"), in the local spellings of
 * the covered languages. A lone capitalised word equal to one (by `nameKey`) is a person.
 */
export const KNOWN_PERSONS: string[] = w(`
  Putin | Poutine | Putín | Путин | Путін | Путина | Путіна | Путинa | Putina | Putinem | Putinowi |
  Zelensky | Zelenskyy | Zelenski | Zelenskij | Selenskyj | Selenskij | Zełenski | Zełenskiego | Зеленский | Зеленський | Зеленски |
  Biden | Байден | Байдън | Trump | Трамп | Obama | Обама | Bush | Буш | Clinton | Клинтон | Клінтон |
  Macron | Макрон | Scholz | Шольц | Шолц | Merkel | Меркель | Меркел | Draghi | Драги | Meloni | Мелони | Johnson | Sunak | Starmer |
  Orbán | Orban | Орбан | Erdoğan | Erdogan | Эрдоган | Ердоган | Ердоган | Xi | Си Цзиньпин | Сі Цзіньпін |
  Lukashenko | Loukachenko | Lukaschenko | Lukaszenka | Лукашенко | Lavrov | Lawrow | Ławrow | Лавров | Peskov | Peskow | Pieskow | Песков |
  Shoigu | Choïgou | Schoigu | Szojgu | Шойгу | Medvedev | Medwedew | Miedwiediew | Медведев | Navalny | Navalni | Nawalny | Nawalnyj | Навальный | Навальний |
  Prigozhin | Prigojine | Prigoschin | Prigożyn | Пригожин | Stoltenberg | Столтенберг | Guterres | Гутерреш | von der Leyen |
  Stalin | Staline | Stalina | Сталин | Сталін | Lenin | Lénine | Lenina | Ленин | Ленін | Hitler | Гитлер | Гітлер | Napoleon | Napoléon | Napoleão | Наполеон |
  Gorbachev | Gorbatchev | Gorbatschow | Gorbaczow | Горбачев | Горбачов | Yeltsin | Eltsine | Jelzin | Jelcyn | Ельцин | Єльцин |
  Netanyahu | Netanyahou | Netanjahu | Netaniahu | Нетаньяху | Нетаньягу | Khamenei | Khamenei | Chamenei | Хаменеи | Assad | Асад |
  Kadyrov | Kadyrow | Кадыров | Кадиров | Poroshenko | Porochenko | Poroschenko | Poroszenko | Порошенко | Yanukovych | Ianoukovitch | Janukowytsch | Janukowycz | Янукович |
  Kuleba | Кулеба | Yermak | Iermak | Jermak | Єрмак | Ермак | Zaluzhny | Zaloujny | Saluschnyj | Załużny | Залужный | Залужний | Budanov | Budanow | Буданов |
  Blinken | Блинкен | Блінкен | Baerbock | Бербок | Modi | Моди | Lula | Лула | Bolsonaro | Болсонару | Milei | Милей | Tusk | Туск | Duda | Дуда | Kaczyński | Kaczyński | Качиньский |
  Borrell | Боррель | Kim Jong Un | Ким Чен Ын | Kissinger | Киссинджер | Francis | François | Franziskus | Franciszek
`);

/**
 * Date words per language (lower case): month and weekday names and the words that qualify
 * them ("Mitte November", "début mars", "early May"). A capitalised span is cut before one.
 */
export const DATE_WORDS: string[] = w(`
  january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|
  janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|
  januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mitte|anfang|ende|
  enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|
  gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|
  janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|
  января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|
  січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|
  stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia
`);

/**
 * Acronyms and short capitalised codes that are not organisations: units, technologies,
 * diseases, chemical formulas, identities, grammatical or economic terms (any language).
 */
export const NON_ORG_ACRONYMS: string[] = w(`
  GW|MW|KW|KWH|GWH|MWH|TWH|TW|KM|CM|MM|KG|PPM|CO|CO2|NOX|VPN|VPNS|GPS|AI|IA|KI|ИИ|IT|PR|TV|GDP|PIB|BIP|ВВП|PKB|VAT|IVA|TVA|MWST|НДС|
  PDF|USB|SMS|DNA|ADN|RNA|ARN|HIV|VIH|AIDS|SIDA|COVID|SARS|MERS|CEO|CFO|PhD|LGBT|LGBTQ|LGBTQI|LGBTQIA|LGBTI|LGBTQ+|ЛГБТ|
  OK|NB|XL|XXL|OZE|LCOE|PEP|BUK|HIMARS|ATACMS|SAM|ICBM|UAV|БПЛА|ЗРК|РСЗО|MLRS|IED|SUV|GMT|UTC|CET|CEST|EST|PST|AM|PM|CV|FAQ|RSS|
  USD|EUR|GBP|JPY|CNY|RMB|CHF|RUB|UAH|PLN|BRL|INR|TRY|BTC|QR|ID|SIM|EV|CPU|GPU|NFT|API|URL|WWW|HTML|PCR|PPE|GMO|OGM|LNG|GNL|LPG|HGV|ATM|PIN|IQ|MRI|ICU|
  ДНК|СМС|ИТ|МРТ|ПЦР
`);

/** Kinship nouns: a lone capitalised name right after one is a person ("a filha Frédérique"). */
export const KIN_WORDS: string[] = w(`
  son|daughter|wife|husband|brother|sister|mother|father|widow|fils|fille|épouse|femme|mari|frère|sœur|soeur|mère|père|veuve|
  sohn|tochter|ehefrau|ehemann|bruder|schwester|mutter|vater|witwe|hijo|hija|esposa|esposo|marido|hermano|hermana|madre|padre|viuda|
  figlio|figlia|moglie|marito|fratello|sorella|vedova|filho|filha|mulher|irmão|irmã|mãe|pai|viúva|
  сын|дочь|жена|муж|брат|сестра|мать|отец|вдова|син|донька|дружина|чоловік|мати|батько|syn|córka|żona|mąż|siostra|matka|ojciec|wdowa
`);
