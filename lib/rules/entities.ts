/**
 * Rule tables for named-entity extraction (`lib/core/extract/entities.ts`), keyed by ISO 639-1
 * language code. A new language is a new entry in each table; `und` falls back to the union.
 *
 * All words are lower case; matching is done on lower-cased tokens. Entries are generic
 * vocabulary (function words, role titles, organisation nouns), never names from particular
 * articles, except the small curated list of major news agencies and media in `MEDIA`.
 */

export type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'ru' | 'pl' | 'pt' | 'uk' | 'bg';
export const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es', 'it', 'ru', 'pl', 'pt', 'uk', 'bg'];

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Function words and other common words that are capitalised only because they open a
 * sentence (or a headline). A capitalised-span candidate loses a leading token found here.
 */
export const STOPWORDS: Record<Lang, string[]> = {
  en: w(`a an the this that these those there here it its he she they we you i his her their our my your
    and or but if when while as at by for from in into of on onto to with without after before since until
    about above across against among around because between during except through under over upon
    also although however meanwhile moreover nevertheless still yet then thus so not no nor only even
    what which who whom whose where why how all any both each every few many more most other some such
    is are was were be been being has have had do does did will would shall should can could may might must
    watch read breaking update exclusive live video photos opinion analysis according said says
    mr mrs ms dr sir monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    today yesterday tomorrow last next first one two three four five six seven eight nine ten
    despite once instead while whether unlike like just now later earlier meanwhile amid`),
  fr: w(`le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu
    son sa ses leur leurs notre nos votre vos mon ma mes et ou mais donc or ni car si que qui quoi dont
    où quand comme lorsque puisque parce pour par sur sous dans avec sans entre vers chez depuis pendant
    selon malgré contre après avant lors dès hors selon ainsi alors aussi cependant pourtant toutefois
    enfin puis ensuite déjà encore même seulement non oui plus moins très tout tous toute toutes
    est sont était été être a ont avait avoir fait peut doit
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre aujourd hier demain lire aussi voir vidéo photo
    un deux trois quatre cinq six sept huit neuf dix cela ceci celui celle ceux selon face`),
  de: w(`der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn
    wenn als ob weil dass damit während nachdem bevor seit bis für von mit nach bei aus zu zum zur
    im in am an auf über unter vor hinter neben zwischen durch gegen ohne um laut trotz wegen
    er sie es wir ihr ich du man sein seine ihre ihr unser euer mein dein dies diese dieser dieses
    jener jene welche welcher was wer wie wo warum auch noch schon nur sehr so dann doch nun jetzt
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll sollen muss
    nicht kein keine keiner alle alles viele mehr einige andere beide jeder jede jedes
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni
    juli august september oktober november dezember heute gestern morgen lesen sie mehr zum thema
    herr frau dr prof ein zwei drei vier fünf sechs sieben acht neun zehn dabei daher deshalb zudem
    außerdem allerdings jedoch trotzdem bereits damals hier dort da`),
  es: w(`el la los las lo un una unos unas del al de y e o u pero sino ni que quien quienes cual cuales
    cuando donde como porque pues si no ya más menos muy también tampoco sin con contra desde hasta
    hacia para por según sobre tras entre durante ante bajo mediante este esta estos estas ese esa esos
    esas aquel aquella su sus nuestro nuestra mi mis tu tus él ella ellos ellas nosotros usted ustedes
    es son era fue fueron ha han había ser estar está están hay lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre hoy ayer mañana además sin embargo mientras aunque así entonces luego todo todos toda todas
    uno dos tres cuatro cinco seis siete ocho nueve diez leer también al menos otro otra otros otras`),
  it: w(`il lo la i gli le un uno una del dello della dei degli delle al allo alla ai agli alle dal dallo
    dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle di a da in con
    su per tra fra e ed o ma però che chi cui quale quali quando dove come perché se non già più meno
    molto anche neanche senza contro secondo dopo prima durante verso questo questa questi queste quello
    quella quelli quelle suo sua suoi sue nostro nostra mio mia tuo lui lei loro noi voi io tu è sono era
    erano stato stata ha hanno aveva essere avere lunedì martedì mercoledì giovedì venerdì sabato
    domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre oggi ieri domani inoltre mentre anche così poi ecco ancora tutto tutti tutta tutte
    uno due tre quattro cinque sei sette otto nove dieci leggi anche quell quel`),
  pt: w(`o a os as um uma uns umas do da dos das no na nos nas ao aos à às de em por para com sem sobre
    entre até desde contra segundo após durante perante e ou mas nem que quem qual quais quando onde
    como porque se não já mais menos muito também este esta estes estas esse essa esses essas aquele
    aquela seu sua seus suas nosso nossa meu minha ele ela eles elas nós você vocês é são era foi foram
    tem têm tinha ser estar está estão há segunda terça quarta quinta sexta sábado domingo janeiro
    fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro hoje ontem amanhã
    além enquanto embora assim então depois antes todo todos toda todas um dois três quatro cinco seis
    sete oito nove dez leia também pelo pela pelos pelas num numa`),
  ru: w(`и а но или да же ли не ни что чтобы как так когда где куда откуда почему зачем если хотя
    в во на с со к ко о об от до по за из из-за под над при про без для через между после перед
    он она оно они мы вы я ты его ее её их наш ваш мой твой свой этот эта это эти тот та те то
    который которая которые весь вся все всё каждый также тоже уже еще ещё только даже именно
    был была было были быть есть будет будут может можно нужно надо очень более менее самый
    понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель май
    июнь июль август сентябрь октябрь ноябрь декабрь сегодня вчера завтра читайте также
    один два три четыре пять шесть семь восемь девять десять однако поэтому кроме причем при этом
    между тем впрочем вместе напомним ранее позже кстати`),
  uk: w(`і й та а але або чи не ні що щоб як так коли де куди звідки чому якщо хоча
    в у на з із зі до по за від під над при про без для через між після перед
    він вона воно вони ми ви я ти його її їх наш ваш мій твій свій цей ця це ці той та ті те
    який яка які весь вся всі все кожен також теж вже ще тільки навіть саме
    був була було були бути є буде будуть може можна треба дуже більш менш
    понеділок вівторок середа четвер пʼятниця субота неділя січень лютий березень квітень травень
    червень липень серпень вересень жовтень листопад грудень сьогодні вчора завтра читайте також
    один два три чотири пʼять шість сім вісім девʼять десять однак тому крім нагадаємо раніше пізніше`),
  pl: w(`i a ale lub albo czy nie ani że żeby jak tak gdy kiedy gdzie dokąd skąd dlaczego jeśli choć chociaż
    w we na z ze do po za od pod nad przy o bez dla przez między po przed u ku
    on ona ono oni one my wy ja ty jego jej ich nasz wasz mój twój swój ten ta to te tamten który która
    które cały wszyscy wszystko każdy także też już jeszcze tylko nawet właśnie
    był była było byli były być jest są będzie będą może można trzeba bardzo bardziej mniej
    poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec
    lipiec sierpień wrzesień październik listopad grudzień dziś dzisiaj wczoraj jutro czytaj także
    jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jednak dlatego oprócz ponadto
    natomiast zaś więc im tym jako według`),
  bg: w(`и а но или да не ни че как така когато където защо ако макар в във на с със към до по за от
    под над при без за през между след преди той тя то те ние вие аз ти неговия нейния техния този тази
    това тези който която които всички също вече още само дори беше бяха бъде е са може много`),
};

/**
 * Lower-case connectors allowed inside a name ("Bachar el-Assad", "Ludwig van Beethoven",
 * "Prawo i Sprawiedliwość", "Conseil des droits de l'Homme") when a capitalised token follows.
 */
export const CONNECTORS: Record<Lang, string[]> = {
  en: w(`of the and for on de van von da di al el bin ibn la le du del`),
  fr: w(`de du des la le l d et pour al el ben bin von van`),
  de: w(`von van der die des für und zu vom de al el bin`),
  es: w(`de del la las los y e el al para`),
  it: w(`di del della dei degli delle e per de da al el`),
  pt: w(`de do da dos das e para os as al el`),
  ru: w(`и де ван фон аль эль бен бин`),
  uk: w(`і та де ван фон аль ель бен`),
  pl: w(`i de van von al el bin`),
  bg: w(`и де ван фон`),
};

/**
 * Role and title cues (lower case, may be multi-word). A capitalised span right after one
 * (optionally after an adjective or a comma) is a person; the cue itself is not part of the name.
 */
export const ROLES: Record<Lang, string[]> = {
  en: w(`president vice-president prime minister chancellor secretary spokesman spokeswoman spokesperson
    senator congressman congresswoman representative governor mayor general colonel lieutenant major
    captain admiral ambassador envoy director chief head leader king queen prince princess pope
    mr mrs ms dr prof professor judge justice commissioner chairman chairwoman chair ceo founder
    analyst journalist reporter correspondent author writer researcher expert activist lawyer attorney
    official officer commander minister deputy adviser advisor sergeant rep sen gov gen col lt`),
  fr: w(`président présidente premier première ministre chancelier chancelière secrétaire porte-parole
    sénateur sénatrice député députée gouverneur maire général colonel lieutenant capitaine amiral
    ambassadeur ambassadrice envoyé directeur directrice chef dirigeant roi reine prince princesse pape
    m mme mlle dr pr professeur juge commissaire patron fondateur analyste journaliste reporter
    correspondant auteur écrivain chercheur chercheuse expert experte militant militante avocat avocate
    responsable commandant conseiller conseillère rapporteur représentant représentante émissaire
    vice-président homologue leader opposant opposante`),
  de: w(`präsident präsidentin premierminister premierministerin kanzler kanzlerin bundeskanzler
    bundeskanzlerin minister ministerin außenminister außenministerin verteidigungsminister
    verteidigungsministerin sprecher sprecherin senator abgeordnete abgeordneter gouverneur
    bürgermeister bürgermeisterin general generalstabschef oberst leutnant hauptmann admiral botschafter
    botschafterin gesandter direktor direktorin chef chefin leiter leiterin könig königin prinz papst
    herr frau dr prof professor professorin richter richterin kommissar kommissarin vorsitzende
    vorsitzender gründer analyst journalist journalistin korrespondent korrespondentin autor autorin
    experte expertin aktivist aktivistin anwalt anwältin berater beraterin kommandeur
    europaabgeordnete europaabgeordneter parteichef parteichefin staatschef kremlchef`),
  es: w(`presidente presidenta primer primera ministro ministra canciller secretario secretaria portavoz
    vocero vocera senador senadora diputado diputada gobernador gobernadora alcalde alcaldesa general
    coronel teniente capitán almirante embajador embajadora enviado director directora jefe jefa líder
    rey reina príncipe princesa papa sr sra dr dra profesor profesora juez jueza comisario comisaria
    fundador analista periodista corresponsal autor autora investigador investigadora experto experta
    activista abogado abogada responsable comandante asesor asesora fiscal defensor defensora
    vicepresidente vicepresidenta`),
  it: w(`presidente premier primo ministro ministra cancelliere segretario segretaria portavoce senatore
    senatrice deputato deputata governatore sindaco sindaca generale colonnello tenente capitano
    ammiraglio ambasciatore ambasciatrice inviato direttore direttrice capo leader re regina principe
    principessa papa sig dott dr prof professore professoressa giudice commissario fondatore analista
    giornalista corrispondente autore autrice ricercatore ricercatrice esperto esperta attivista
    avvocato avvocata responsabile comandante consigliere conduttore conduttrice vicepresidente
    sottosegretario`),
  pt: w(`presidente presidenta primeiro primeira ministro ministra chanceler secretário secretária
    porta-voz senador senadora deputado deputada governador governadora prefeito prefeita general
    coronel tenente capitão almirante embaixador embaixadora enviado diretor diretora chefe líder rei
    rainha príncipe princesa papa sr sra dr dra professor professora juiz juíza comissário fundador
    analista jornalista correspondente autor autora investigador investigadora especialista ativista
    advogado advogada responsável comandante assessor assessora coordenador coordenadora
    vice-presidente porta-voz`),
  ru: w(`президент премьер премьер-министр министр канцлер секретарь госсекретарь пресс-секретарь
    представитель сенатор депутат губернатор мэр глава генерал полковник лейтенант капитан адмирал
    посол посланник директор руководитель лидер король королева принц папа господин госпожа доктор
    профессор судья комиссар основатель аналитик журналист корреспондент автор писатель исследователь
    эксперт активист адвокат юрист командующий советник вице-президент вице-премьер спикер председатель
    замминистра политолог экс-премьер экс-президент`),
  uk: w(`президент прем'єр прем'єр-міністр прем’єр-міністр міністр канцлер секретар речник речниця
    представник представниця сенатор депутат губернатор мер голова генерал полковник лейтенант капітан
    адмірал посол директор директорка керівник керівниця лідер король королева принц папа пан пані
    доктор професор суддя комісар засновник аналітик журналіст журналістка кореспондент автор
    дослідник дослідниця експерт експертка активіст адвокат командувач радник радниця віце-президент
    віце-прем'єр спікер очільник очільниця начальник начальниця`),
  pl: w(`prezydent premier minister kanclerz sekretarz rzecznik rzeczniczka przedstawiciel senator poseł
    posłanka gubernator burmistrz prezydent generał pułkownik porucznik kapitan admirał ambasador
    wysłannik dyrektor dyrektorka szef szefowa lider król królowa książę papież pan pani dr prof
    profesor sędzia komisarz założyciel analityk dziennikarz dziennikarka korespondent autor pisarz
    badacz ekspert ekspertka aktywista adwokat dowódca doradca wicepremier wiceminister marszałek
    przewodniczący przewodnicząca`),
  bg: w(`президент премиер министър канцлер секретар говорител представител депутат кмет генерал посол съветник
    директор ръководител лидер крал кралица принц папа доктор професор съдия председател`),
};

/**
 * Organisation keywords (lower case; a token matches when it starts with the keyword stem, so
 * "minist" covers ministère/ministerio/Ministerium/ministry). A span holding one is an organisation.
 */
export const ORG_KEYWORDS: Record<Lang, string[]> = {
  en: w(`ministry department agency office council committee commission union party parliament
    congress senate assembly court bureau service services force forces army navy police guard
    corporation company group bank fund institute institution university college foundation
    association organization organisation alliance federation league coalition front movement
    command house network news times post press journal telegraph tribune herald gazette radio tv
    television broadcasting channel club center centre authority administration government board
    mission program programme inc ltd llc corp co reuters agency nations logistics holdings holding
    industries technologies systems airlines airways motors energy capital partners labs pharmaceuticals
    solutions enterprises consulting ventures plc gmbh nato otan trust`),
  fr: w(`ministère ministere agence conseil comité commission union parti parlement assemblée sénat
    cour tribunal bureau service services force forces armée police gendarmerie garde société groupe
    banque fonds institut université fondation association organisation alliance fédération ligue
    coalition front mouvement rassemblement commandement défense casques croix nations journal radio télévision
    chaîne centre autorité administration gouvernement mission observatoire office nations syndicat`),
  de: w(`ministerium bundesministerium verteidigungsministerium außenministerium amt behörde rat
    ausschuss kommission union partei parlament bundestag bundesrat landtag versammlung gericht
    bundesamt dienst streitkräfte armee bundeswehr polizei wache gesellschaft konzern gruppe bank fonds
    institut universität hochschule stiftung verband verein organisation bündnis allianz föderation
    liga koalition front bewegung kommando zeitung rundschau rundfunk fernsehen sender zentrum
    regierung verwaltung mission welle nachrichten agentur sicherheitsrat gmbh ag konzern werke
    bundesbahn`),
  es: w(`ministerio agencia consejo comité comisión unión partido parlamento congreso senado asamblea
    tribunal corte oficina servicio fuerza fuerzas ejército armada policía guardia sociedad empresa
    grupo banco fondo instituto universidad fundación asociación organización alianza federación liga
    coalición frente movimiento comando periódico diario radio televisión cadena centro autoridad
    administración gobierno misión defensoría fiscalía junta juntas federación observatorio naciones
    comunidad sindicato consorcio confederación`),
  it: w(`ministero agenzia consiglio comitato commissione unione partito parlamento congresso senato
    assemblea tribunale corte ufficio servizio forza forze esercito marina polizia guardia società
    azienda gruppo banca fondo istituto università fondazione associazione organizzazione alleanza
    federazione lega coalizione fronte movimento comando giornale quotidiano radio televisione rete
    centro autorità amministrazione governo missione procura nazioni spa consorzio sindacato`),
  pt: w(`ministério agência conselho comitê comité comissão união partido parlamento congresso senado
    assembleia tribunal corte escritório serviço força forças exército marinha polícia guarda
    sociedade empresa grupo banco fundo instituto universidade fundação associação organização
    aliança federação liga coalizão frente movimento comando jornal rádio televisão rede centro
    autoridade administração governo missão defesa corpo companhia alto comissariado nações sindicato
    consórcio confederação`),
  ru: w(`министерство минобороны мид министерств ведомство агентство совет комитет комиссия союз партия
    парламент дума госдума конгресс сенат собрание суд бюро служба силы армия полиция гвардия
    корпорация компания группа банк фонд институт университет фонд ассоциация организация альянс
    федерация лига коалиция фронт движение командование газета радио телевидение канал центр
    администрация правительство миссия новости штаб прокуратура`),
  uk: w(`міністерство міноборони мзс відомство агентство рада комітет комісія союз партія парламент
    верховна конгрес сенат збори суд бюро служба сили армія поліція гвардія корпорація компанія
    група банк фонд інститут університет асоціація організація альянс федерація ліга коаліція фронт
    рух командування газета радіо телебачення канал центр адміністрація уряд місія новини штаб
    прокуратура дснс`),
  pl: w(`ministerstwo ministerstwa agencja agencji rada komitet komisja unia partia parlament sejm senat
    zgromadzenie sąd biuro urząd służba siły armia wojsko policja straż gwardia korporacja spółka
    firma grupa bank fundusz instytut uniwersytet fundacja stowarzyszenie organizacja sojusz
    federacja liga koalicja front ruch dowództwo gazeta dziennik radio telewizja kanał centrum
    administracja rząd misja zjednoczenie prawo ośrodek ośrodk`),
  bg: w(`министерство агенция съвет комитет комисия съюз партия парламент събрание съд бюро служба
    сили армия полиция компания група банка фонд институт университет организация движение център
    правителство`),
};

/**
 * Locative cues: a lone capitalised token right after one, not otherwise known, is a place
 * ("in Odesa", "à Genève", "в Киеве", "w Kijowie").
 */
export const LOC_CUES: Record<Lang, string[]> = {
  en: w(`in near from to across outside inside around`),
  fr: w(`à en près vers depuis`),
  de: w(`in nach bei aus nahe`),
  es: w(`en cerca desde hacia a`),
  it: w(`a in verso presso da vicino`),
  pt: w(`em no na perto desde para`),
  ru: w(`в во под из около возле близ`),
  uk: w(`в у під з із біля поблизу`),
  pl: w(`w we pod z ze koło obok do`),
  bg: w(`в във под от край`),
};

/** Demonyms and nationality adjectives that are capitalised in the language (not entities). */
export const DEMONYMS: Record<Lang, string[]> = {
  en: w(`american americans british briton britons english french german germans russian russians
    ukrainian ukrainians chinese japanese korean iranian iranians iraqi iraqis syrian syrians israeli
    israelis palestinian palestinians turkish turk turks italian italians spanish spaniard polish pole
    poles european europeans african asian arab arabs saudi afghan afghans pakistani indian canadian
    mexican brazilian cuban venezuelan egyptian libyan lebanese sudanese somali kurdish kurds
    belarusian georgian armenian greek dutch swedish norwegian danish finnish hungarian romanian
    bulgarian serbian czech slovak austrian swiss belgian portuguese irish scottish welsh western
    eastern northern southern soviet islamic muslim muslims christian christians jewish catholic
    sunni shia shiite democrat democrats republican republicans western`),
  fr: w(``),
  de: w(`russen deutsche deutschen amerikaner briten franzosen ukrainer chinesen europäer
    russische russischen russischer russisches deutscher deutsches amerikanische amerikanischen
    britische britischen französische französischen ukrainische ukrainischen europäische
    europäischen westliche westlichen sowjetische sowjetischen`),
  es: w(``),
  it: w(``),
  pt: w(``),
  ru: w(``),
  uk: w(``),
  pl: w(`rosjanie rosjan rosjanom ukraińcy ukraińców polacy polaków amerykanie amerykanów brytyjczycy francuzi
    chińczycy europejczycy białorusini`),
  bg: w(``),
};

/**
 * Places not in the country gazetteer: continents, large regions, seas, the states of the US
 * (lower case, nominative and common short forms). Stemming covers inflected forms in ru/uk/pl.
 */
export const EXTRA_PLACES: Record<Lang, string[]> = {
  en: w(`alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia west_virginia wisconsin wyoming
    united_states united_states_of_america united_kingdom soviet_union ussr russian_federation latin_america central_america north_america south_america middle_east far_east new_york new_york_city
    los_angeles san_francisco hong_kong la_paz buenos_aires rio_de_janeiro são_paulo cape_town tel_aviv
    europe asia africa america americas oceania antarctica arctic middle-east balkans baltics
    britain great_britain caucasus crimea donbas donbass gaza kashmir siberia scandinavia mediterranean atlantic pacific
    washington moscow kyiv kiev london paris berlin beijing tehran damascus jerusalem brussels geneva
    rome madrid warsaw vienna ankara istanbul cairo baghdad kabul tokyo delhi`),
  fr: w(`royaume-uni union_soviétique urss fédération_de_russie états-unis grande-bretagne amérique_latine proche-orient moyen-orient extrême-orient golfe_persique afrique_du_nord
    europe asie afrique amérique amériques océanie arctique balkans caucase crimée donbass gaza
    méditerranée atlantique pacifique moscou kiev londres paris berlin pékin téhéran damas jérusalem
    bruxelles genève rome madrid varsovie vienne ankara istanbul caire bagdad kaboul washington`),
  de: w(`baden-württemberg bayern berlin brandenburg bremen hamburg hessen mecklenburg-vorpommern niedersachsen nordrhein-westfalen rheinland-pfalz saarland sachsen sachsen-anhalt schleswig-holstein thüringen tirol kärnten steiermark vorarlberg niederösterreich oberösterreich burgenland
    großbritannien vereinigtes_königreich sowjetunion udssr russische_föderation vereinigte_staaten lateinamerika nahost naher_osten mittlerer_osten
    europa asien afrika amerika ozeanien arktis baltikum balkan kaukasus krim donbass gaza
    mittelmeer atlantik pazifik moskau kiew london paris berlin peking teheran damaskus jerusalem
    brüssel genf rom madrid warschau wien ankara istanbul kairo bagdad kabul washington`),
  es: w(`gran_bretaña reino_unido unión_soviética urss federación_rusa federación_de_rusia estados_unidos américa_latina latinoamérica oriente_medio oriente_próximo mar_negro
    europa asia áfrica américa oceanía ártico balcanes cáucaso crimea donbás gaza mediterráneo
    atlántico pacífico moscú kiev londres parís berlín pekín teherán damasco jerusalén bruselas ginebra
    roma madrid varsovia viena ankara estambul cairo bagdad kabul washington`),
  it: w(`gran_bretagna regno_unito unione_sovietica urss federazione_russa stati_uniti america_latina america_centrale medio_oriente mar_nero
    europa asia africa america oceania artico balcani caucaso crimea donbass gaza mediterraneo
    atlantico pacifico mosca kiev londra parigi berlino pechino teheran damasco gerusalemme bruxelles
    ginevra roma madrid varsavia vienna ankara istanbul cairo baghdad kabul washington`),
  pt: w(`grã-bretanha reino_unido união_soviética urss federação_russa estados_unidos américa_latina oriente_médio mar_negro
    europa ásia áfrica américa oceania ártico bálcãs cáucaso crimeia donbass gaza mediterrâneo
    atlântico pacífico moscou moscovo kiev londres paris berlim pequim teerã damasco jerusalém
    bruxelas genebra roma madri madrid varsóvia viena ancara istambul cairo bagdá cabul washington`),
  ru: w(`соединенные_штаты соединенные_штаты_америки соединённые_штаты великобритания соединенное_королевство советский_союз ссср российская_федерация латинская_америка ближний_восток черное_море британия
    европа азия африка америка океания арктика балканы прибалтика кавказ крым донбасс газа
    средиземноморье атлантика москва киев лондон париж берлин пекин тегеран дамаск иерусалим
    брюссель женева рим мадрид варшава вена анкара стамбул каир багдад кабул вашингтон минск
    вильнюс рига таллин будапешт прага`),
  uk: w(`сполучені_штати сполучені_штати_америки велика_британія сполучене_королівство радянський_союз срср російська_федерація європа азія африка америка океанія арктика балкани прибалтика кавказ крим донбас газа
    москва київ лондон париж берлін пекін тегеран дамаск єрусалим брюссель женева рим мадрид
    варшава відень анкара стамбул каїр багдад кабул вашингтон мінськ вільнюс рига таллінн будапешт
    прага`),
  pl: w(`wielka_brytania zjednoczone_królestwo związek_radziecki związek_sowiecki zsrr federacja_rosyjska stany_zjednoczone ameryka_łacińska bliski_wschód morze_czarne
    europa azja afryka ameryka oceania arktyka bałkany bałtyk kaukaz krym donbas gaza
    atlantyk pacyfik moskwa kijów londyn paryż berlin pekin teheran damaszek
    jerozolima bruksela genewa rzym madryt warszawa wiedeń ankara stambuł kair bagdad kabul waszyngton niemiec`),
  bg: w(
    `съединените_щати съединени_щати великобритания обединеното_кралство съветски_съюз ссср руска_федерация европа азия африка америка москва киев лондон париж берлин пекин вашингтон софия`,
  ),
};

/** Location acronyms (exact case). */
export const LOC_ACRONYMS: string[] = w(
  `USA US U.S. UK U.K. UAE РФ США САЩ СССР СРСР КНР ФРГ ГДР ОАЭ RDC EAU EE.UU. EUA D.C. DC USSR URSS UdSSR ZSRR DDR BRD NRD RFN RDA RFA`,
);

/**
 * Major news agencies and media (curated, international): a span equal to one is an
 * organisation, and a citing cue before it makes it a source. Exact case.
 */
export const MEDIA: string[] = [
  'Reuters',
  'AFP',
  'Agence France-Presse',
  'AP',
  'Associated Press',
  'Bloomberg',
  'dpa',
  'DPA',
  'ANSA',
  'EFE',
  'Agencia EFE',
  'Lusa',
  'Agência Lusa',
  'TASS',
  'ТАСС',
  'RIA Novosti',
  'РИА Новости',
  'Interfax',
  'Интерфакс',
  'Укрінформ',
  'Ukrinform',
  'УНІАН',
  'UNIAN',
  'PAP',
  'Xinhua',
  'Anadolu',
  'Kyodo',
  'Yonhap',
  'IRNA',
  'Al Jazeera',
  'Al-Jazeera',
  'BBC',
  'CNN',
  'CNBC',
  'NBC',
  'NBC News',
  'ABC',
  'ABC News',
  'CBS',
  'CBS News',
  'Fox News',
  'NPR',
  'PBS',
  'The New York Times',
  'New York Times',
  'The Washington Post',
  'Washington Post',
  'The Wall Street Journal',
  'Wall Street Journal',
  'The Guardian',
  'Guardian',
  'The Times',
  'The Telegraph',
  'Telegraph',
  'Financial Times',
  'The Economist',
  'Politico',
  'Axios',
  'The Intercept',
  'The New Yorker',
  'Newsweek',
  'Time',
  'USA Today',
  'Le Monde',
  'Le Figaro',
  'Libération',
  'Le Point',
  "L'Express",
  'Les Echos',
  'Le Parisien',
  'France 24',
  'RFI',
  'RTL',
  'LCI',
  'BFMTV',
  'TF1',
  'France Info',
  'franceinfo',
  'Europe 1',
  'Mediapart',
  'Der Spiegel',
  'Spiegel',
  'Die Welt',
  'Bild',
  'Frankfurter Allgemeine Zeitung',
  'FAZ',
  'Süddeutsche Zeitung',
  'Die Zeit',
  'Frankfurter Rundschau',
  'Handelsblatt',
  'ARD',
  'ZDF',
  'Deutsche Welle',
  'DW',
  'Tagesschau',
  'El País',
  'El Mundo',
  'ABC',
  'La Vanguardia',
  'RTVE',
  'Clarín',
  'Corriere della Sera',
  'La Repubblica',
  'La Stampa',
  'Il Fatto Quotidiano',
  'Rai',
  'RAI',
  'La7',
  'Mediaset',
  'Sky TG24',
  'Público',
  'Expresso',
  'Folha de S.Paulo',
  'O Globo',
  'Globo',
  'Agência Brasil',
  'RTP',
  'Gazeta Wyborcza',
  'Rzeczpospolita',
  'TVN24',
  'Polsat',
  'Onet',
  'Коммерсант',
  'Ведомости',
  'Известия',
  'РБК',
  'Газета.Ru',
  'Лента.ру',
  'RT',
  'Russia Today',
  'Sputnik',
  'Первый канал',
  'Украинская правда',
  'Українська правда',
  'Суспільне',
  'Kyiv Independent',
  'Meduza',
  'Медуза',
  'Новая газета',
  'Radio Free Europe',
  'Radio Liberty',
  'Радио Свобода',
  'Радіо Свобода',
  'Telegram',
  'Twitter',
  'Facebook',
  'YouTube',
  'Instagram',
  'TikTok',
  'WhatsApp',
  'Viber',
];

/** Articles and determiners: a capitalised word that follows one is a common noun or a title (German nouns). */
export const ARTICLES: Partial<Record<Lang, string[]>> = {
  de: w(`der die das den dem des ein eine einer eines einem einen kein keine keinen dieser diese dieses diesen
    jeder jede jedes jeden seine seiner seinen ihre ihrer ihren unser unsere zum zur im am vom beim ins`),
};

/** Endings of common nouns (any language): a multi-word span with such a word is not a person. */
export const NOUN_SUFFIXES: string[] = w(`ung ungen heit heiten keit keiten schaft schaften tion tionen ismus
  ität itäten nisse tum tümer ment ments ance ence ship ness ité ités isme ción ciones zione zioni ção ções
  dade dades idad idades ità ość ości ство ция ции ість`);

/**
 * Adjectival endings of inflecting languages: a Slavic multi-word span whose non-final word
 * ends so is an organisation or place ("Zjednoczonej Prawicy"), not a person.
 */
export const ADJ_ENDINGS: Partial<Record<Lang, string[]>> = {
  pl: w(`ej ych ego owa owe owy skiej skie ich nej cka ckie`),
  ru: w(`ая ой ого ые ых ый ское ская ской ского ное ная`),
  uk: w(`ої ого ький ська ської зька зької ний`),
  bg: w(`ата ия ски ска`),
};

/**
 * Common given names (lower case) that the bundled Latin-script list
 * (`gender-detection-from-name`: German, Italian, Spanish) lacks: Slavic names in Cyrillic and
 * Polish spelling, Portuguese, French and English forms, and given names frequent in
 * international news. A multi-word capitalised span opening with one is a person.
 * Generic vocabulary of the languages, not names taken from particular articles.
 */
export const GIVEN_NAMES: Record<Lang, string[]> = {
  en: w(`john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
    carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan
    wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer
    linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
    emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia
    kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
    rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
    lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann
    sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    barack hillary kamala rishi keir boris theresa tony gordon nigel liz jeremy mitch chuck nancy ted
    elon jeff tim steve bill warren bernie ron rex mike kevin lindsey marco tucker sean jake
    antony lloyd jens ursula kaja josep charles william harry meghan`),
  fr: w(`jean pierre michel andré philippe alain jacques bernard françois francois christophe nicolas daniel
    patrick thierry éric eric laurent frédéric stéphane olivier sébastien julien david pascal christian
    didier gérard marcel rené claude yves guy serge dominique bruno vincent emmanuel édouard gabriel
    lucas hugo louis arthur jules raphaël mathieu benoît benoit xavier fabien romain antoine maxime
    alexandre guillaume thomas matthieu yann cédric jérôme arnaud marine ségolène anne-marie jean-luc
    jean-marc jean-pierre jean-claude jean-yves jean-louis jean-paul jean-michel jean-françois
    jean-baptiste jean-marie marie-france marie-christine marie jeanne françoise monique catherine
    nathalie isabelle sylvie martine christine valérie sandrine sophie céline véronique nicole
    chantal élisabeth elisabeth brigitte hélène anne claire aurélie émilie camille léa manon chloé
    agnès delphine karine laure pauline ségolène rachida najat ségolène édith amélie clémence`),
  de: w(`wladimir dmitrij sergej jewgeni jewgenij michail alexej alexei juri jurij wassili nikolai wolodymyr
    olaf angela annalena robert friedrich markus karl-heinz hans-peter hans-jürgen franz-walter
    frank-walter ursula sahra christian christoph norbert jens hubertus svenja nancy boris cem lars
    kevin ricarda saskia katrin janine`),
  es: w(`josé jose juan luis carlos jorge pedro manuel francisco antonio javier miguel rafael alejandro
    fernando sergio pablo andrés diego raúl enrique alberto ricardo eduardo gonzalo hugo óscar
    mauricio nicolás gustavo álvaro iván rodrigo ignacio santiago emilio evo alvaro maría carmen ana
    isabel laura lucía marta elena pilar rosa cristina patricia mercedes dolores teresa beatriz
    gabriela verónica claudia mónica luisa adriana silvia sonia yolanda jeanine dina xiomara`),
  it: w(`giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco
    domenico bruno paolo michele giorgio aldo sergio luciano stefano andrea marco matteo alessandro
    lorenzo davide simone federico riccardo roberto enrico silvio romano massimo gianni giancarlo
    pier piero pierluigi sandro dario fabio claudio maurizio gennaro nicola emanuele alberto giulio
    giorgia elly maria anna giuseppina rosa angela giovanna teresa lucia carmela caterina francesca
    paola laura chiara sara giulia elena federica valentina silvia alessandra elisabetta daniela
    marta emma sofia aurora ginevra`),
  pt: w(`joão joao josé jose antónio antonio francisco carlos paulo pedro luís luis manuel marcos rafael
    lucas gabriel miguel tiago thiago rodrigo bruno fernando ricardo eduardo sérgio sergio jorge
    alexandre andré andre marcelo rogério rogerio flávio flavio fábio fabio márcio marcio gustavo
    vinícius vinicius leonardo henrique ronaldo jair geraldo sebastião luiz inácio inacio aécio
    ciro fernando augusto otávio octávio anderson edson nelson
    maria ana francisca antónia adriana juliana márcia marcia fernanda patrícia patricia aline
    sandra camila amanda bruna jéssica jessica letícia leticia júlia julia luciana vanessa mariana
    gabriela tatiana beatriz raquel rita inês ines marta catarina sofia dilma marina simone tereza
    teresa gleisi michelle janja rosângela damares`),
  ru: w(`марк жан пьер франсуа мишель филипп николя джон джеймс дэвид майкл ричард роберт уильям томас питер пол стивен кристофер даниэль мартин карл ганс хельмут герхард йоахим жозеп антонио марио джузеппе франческо хосе луис карлос педро мануэль кейр риши лиз тереза энтони ллойд джейк линдси марко александр алексей анатолий андрей антон аркадий арсений артем артём борис вадим валентин валерий
    василий виктор виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил денис
    дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим марат матвей михаил
    никита николай олег павел петр пётр роман руслан рамзан сергей станислав степан тимур федор фёдор
    эдуард юрий яков ярослав эммануэль джо джозеф дональд барак хиллари камала ангела олаф урсула
    реджеп нарендра антониу йенс жозеп андрес кая
    александра алена алёна алина алла анастасия анна валентина валерия вера виктория галина дарья
    евгения екатерина елена елизавета жанна зоя ирина карина кира ксения лариса лидия любовь людмила
    маргарита марина мария надежда наталья наталия нина оксана ольга полина светлана софья софия
    тамара татьяна юлия яна эльвира элла`),
  uk: w(`марк жан п'єр франсуа мішель філіп ніколя джон джеймс девід майкл річард роберт вільям томас пітер пол стівен крістофер даніель мартін карл ганс гельмут герхард йоахім антоніо маріо джузеппе франческо хосе луїс карлос педро мануель кір ліз тереза ентоні ллойд джейк лінсі марко олександр олексій анатолій андрій антон арсеній артем богдан борис вадим валентин валерій василь
    віктор віталій володимир владислав в'ячеслав вʼячеслав геннадій георгій григорій данило денис
    дмитро євген єгор іван ігор ілля кирило костянтин левко леонід максим микола михайло назар
    олег остап павло петро роман руслан сергій станіслав степан тарас тимур федір юрій ярослав
    віталій валерій кирило ярема джо дональд емманюель емануель олаф ангела урсула йенс
    олександра алла анастасія анна валентина валерія віра вікторія галина дарина дар'я євгенія
    катерина олена єлизавета ірина карина ксенія лариса лідія любов людмила маргарита марина марія
    надія наталія ніна оксана ольга поліна світлана софія тамара тетяна юлія яна христина уляна
    соломія ганна інна зоряна іванна`),
  pl: w(`adam andrzej antoni bartosz bogdan bolesław czesław damian daniel dariusz dawid dominik edward
    grzegorz henryk hubert jacek jakub jan janusz jarosław jerzy józef kacper kamil karol kazimierz
    konrad krzysztof leszek łukasz maciej marcin marek mariusz mateusz michał mirosław paweł piotr
    przemysław radosław rafał robert roman ryszard sebastian stanisław stefan szymon tadeusz tomasz
    waldemar wiesław witold władysław włodzimierz wojciech zbigniew zdzisław zygmunt władimir wołodymyr
    siergiej dmitrij aleksander aleksandr donald joe emmanuel olaf angela
    agnieszka aleksandra alicja anna barbara beata danuta dorota elżbieta ewa grażyna halina irena
    iwona jadwiga janina joanna jolanta justyna katarzyna krystyna magdalena małgorzata maria marta
    monika natalia patrycja renata stanisława teresa urszula wanda zofia beata kinga`),
  bg: w(`александър алексей андрей борис валентин васил георги димитър иван йордан константин любомир
    мартин николай огнян петър румен симеон стефан тодор христо анна валентина виктория галина
    елена ирина йорданка мария надежда цветанка`),
};

/**
 * Connectors (lower case, elided forms apart) that carry a capitalised organisation keyword on to
 * a lower-case noun in the Romance languages: "Organisation mondiale de la santé", "Cour des
 * comptes", "Corte dei conti", "Tribunal de contas" (keyword, its adjectives, these connectors,
 * one noun, its adjectives).
 */
export const ORG_TAIL_CONNECTORS: Partial<Record<Lang, string[]>> = {
  fr: w(`de du des d l la`),
  es: w(`de del la las los`),
  it: w(`di del della dello dei degli delle dell d`),
  pt: w(`de do da dos das`),
};

/**
 * Lower-case adjectives that end an organisation's name in the Romance languages ("Casques
 * blancs", "Nations unies", "ministère des Affaires étrangères", "Ministerio de Defensa ruso",
 * "Rassemblement national"): nationality adjectives and the usual institutional adjectives.
 * Empty where adjectives are capitalised or precede the noun.
 */
export const ORG_ADJECTIVES: Partial<Record<Lang, string[]>> = {
  fr: w(`étrangères étranger extérieures intérieur unies unis blancs blanches rouge rouges national nationale
    nationaux fédéral fédérale populaire populaires démocratique républicain républicaine islamique
    armées armé armés civile civil européen européenne internationale international mondiale mondial
    russe russes français française ukrainien ukrainienne américain américaine britannique allemand
    allemande syrien syrienne iranien iranienne israélien israélienne turc turque chinois chinoise
    italien italienne espagnol espagnole polonais polonaise portugais portugaise belge suisse`),
  es: w(`exteriores extranjeras unidas unidos blancos nacional nacionales federal popular democrático
    democrática armadas armada civil europeo europea internacional mundial ruso rusa ucraniano
    ucraniana estadounidense americano americana británico británica alemán alemana francés francesa
    sirio siria iraní israelí turco turca chino china italiano italiana español española polaco polaca
    portugués portuguesa mexicano mexicana argentino argentina boliviano boliviana venezolano venezolana
    colombiano colombiana peruano peruana chileno chilena brasileño brasileña`),
  it: w(`esteri unite uniti bianchi nazionale nazionali federale popolare democratico democratica
    armate civile europeo europea internazionale mondiale russo russa ucraino ucraina americano americana
    statunitense britannico britannica tedesco tedesca francese siriano siriana iraniano iraniana
    israeliano israeliana turco turca cinese italiano italiana spagnolo spagnola polacco polacca
    portoghese`),
  pt: w(`exteriores estrangeiros unidas unidos brancos nacional nacionais federal popular democrático
    democrática armadas civil europeu europeia internacional mundial russo russa ucraniano ucraniana
    americano americana britânico britânica alemão alemã francês francesa sírio síria iraniano iraniana
    israelense israelita turco turca chinês chinesa italiano italiana espanhol espanhola polaco polaca
    polonês polonesa português portuguesa brasileiro brasileira angolano angolana moçambicano moçambicana
    congolês congolesa`),
};

/**
 * German compound heads naming an organisation at the END of a compound ("Fahrgastverband",
 * "Verkehrsbetriebe", "Sportverein"). Lower case; a token ending in one, inside a name of two or
 * more words ("Fahrgastverband Oberland"), makes the name an organisation.
 */
export const ORG_COMPOUND_HEADS: Partial<Record<Lang, string[]>> = {
  de: w(`verband verbands verbandes betriebe betrieben verein vereins gewerkschaft genossenschaft
    stiftung gesellschaft werke kammer staatsanwaltschaft`),
};

/**
 * Heads of compounds that name an institution even standing alone ("Finanzministerium",
 * "Korruptionsstaatsanwaltschaft", "Weltärztebund", "Bundesamt", "Landgericht"): three letters
 * at least before the head. `ORG_COMPOUND_NOT` lists compounds with these heads that are common
 * nouns.
 */
export const ORG_COMPOUND_HEADS_LONE: Partial<Record<Lang, string[]>> = {
  de: w(`ministerium ministeriums staatsanwaltschaft bund bundes behörde gericht gerichts gerichtshof
    amt amts amtes bundesbahnen bundesbahn verband verbands verbandes`),
};
export const ORG_COMPOUND_NOT: Partial<Record<Lang, string[]>> = {
  de: w(`insgesamt gesamt ehrenamt ehrenamts hauptgericht schlüsselbund hosenbund verbund staatenbund`),
};

/**
 * Generic company words that open a name in running text but are not part of it: "Spółka Bałtyk
 * Wiatr chce..." names "Bałtyk Wiatr". Lower case, all inflections written out.
 */
export const ORG_PREFIX_DROP: Partial<Record<Lang, string[]>> = {
  pl: w(`spółka spółki spółce spółkę spółką firma firmy firmie firmę firmą`),
};

/**
 * Organisation-type words (lower case) after which a capitalised name in quotation marks is the
 * organisation's name: компания «Теплосеть-Север», ООО «Ромашка», ТОВ «Будпроект-Захід», движение
 * «Наш двор». Organisation keywords (ORG_KEYWORDS) count too.
 */
export const ORG_QUOTE_HEADS: Partial<Record<Lang, string[]>> = {
  ru: w(`ооо оао зао пао ао нко ано компания компании компанию компанией фирма фирмы предприятие
    предприятия движение движения фонд фонда организация организации объединение объединения
    общество общества холдинг холдинга концерн концерна`),
  uk: w(`тов пат прат ат кп компанія компанії компанію компанією фірма фірми підприємство
    підприємства рух руху фонд фонду організація організації об'єднання товариство товариства
    холдинг холдингу концерн концерну`),
  bg: w(`еоод оод ад еад компания фирма движение фондация сдружение`),
};

/**
 * Common nouns (lower case) that introduce an organisation's name right after them, possibly with
 * one adjective and a comma between: "l'usine Verlaine Emballages", "la empresa concesionaria,
 * Aguas del Sureste", "the company Acme Widgets".
 */
export const ORG_CUE_NOUNS: Partial<Record<Lang, string[]>> = {
  en: w(`company firm`),
  fr: w(`usine entreprise société firme enseigne`),
  es: w(`empresa compañía firma`),
  it: w(`azienda società ditta impresa`),
  pt: w(`empresa companhia firma`),
};

/**
 * Common nouns (lower case, inflected forms written out) that introduce a place name right after
 * them: "wsiami Olszanka i Dębnica", "gminy Brzozów Mały", "село Іванівка".
 */
export const PLACE_CUE_NOUNS: Partial<Record<Lang, string[]>> = {
  pl: w(`wieś wsi wsią wsiami wsie wsiach gmina gminy gminie gminę miasto miasta mieście miejscowość
    miejscowości osiedle osiedla`),
  ru: w(`город города городе село села селе деревня деревни поселок посёлок поселка посёлка`),
  uk: w(`місто міста місті село села селі селище селища`),
  bg: w(`град село`),
};

/**
 * Organisation keywords that are also common verbs or nouns in lower case ("trust in the Lord"):
 * they name an organisation only when capitalised inside a name, never as a lower-case head
 * extended forward to a capitalised word.
 */
export const ORG_KEYWORDS_CAP_ONLY: Partial<Record<Lang, string[]>> = {
  en: w(`trust`),
};

/**
 * Place-type head words (lower case) that open a place name of two or more words: "River
 * Wendle", "Borgo San Teodoro", "Ribeirão das Garças".
 */
export const PLACE_HEADS: Partial<Record<Lang, string[]>> = {
  en: w(`river lake mount mountains loch glen cape port fort`),
  fr: w(`lac mont rivière`),
  de: w(`bad`),
  es: w(`río lago monte sierra puerto villa villanueva`),
  it: w(`borgo lago monte fiume porto castel castello villa valle`),
  pt: w(`ribeirão rio lago monte serra porto vila vale`),
  pl: w(`jezioro góra`),
};

/**
 * Organisation keywords that name one institution even when they stand alone ("the Bundestag",
 * "le Sénat", "Сейм"). Any other keyword alone ("Sender", "Organisation", "Consiglio") is a
 * common noun, not an entity.
 */
export const PROPER_KEYWORDS: string[] = w(`bundestag bundesrat bundeswehr landtag sejm senat senate sénat senado
  senato congress congrès congreso congresso kongres parlament parliament parlement parlamento госдума дума
  рада сейм сенат конгресс конгрес reuters pentagon kremlin nato otan`);

/**
 * Words that make a lone capitalised neighbour a person's surname, like speech verbs do:
 * "the Trump administration", "l'amministrazione Biden", "администрация Байдена".
 */
export const ADMIN_WORDS: Partial<Record<Lang, string[]>> = {
  en: w(`administration`),
  fr: w(`administration`),
  de: w(`regierung`),
  es: w(`administración gobierno`),
  it: w(`amministrazione governo`),
  pt: w(`administração governo`),
  ru: w(`администрация администрации администрацией`),
  uk: w(`адміністрація адміністрації адміністрацією`),
  pl: w(`administracja administracji administracją rząd rządu`),
};

/**
 * Major cities and regions often in the news, in the spellings of each language (lower case,
 * `_` for a space; inflected ru/uk/pl forms come from the stemmer). Names that are also common
 * words of a covered language ("Nice", "Natal", "Split") are left out.
 */
export const CITIES: Record<Lang, string[]> = {
  en: w(`kharkiv kharkov odesa odessa dnipro zaporizhzhia zaporizhia kherson mykolaiv lviv mariupol bakhmut
    avdiivka donetsk luhansk sumy chernihiv poltava vinnytsia zhytomyr berdiansk melitopol sevastopol
    kramatorsk sloviansk pokrovsk izium kupiansk bucha irpin uzhhorod ivano-frankivsk ternopil rivne lutsk
    cherkasy kropyvnytskyi chernivtsi khmelnytskyi kryvyi_rih nikopol enerhodar kursk belgorod bryansk
    rostov voronezh st_petersburg saint_petersburg novosibirsk yekaterinburg kazan samara volgograd
    krasnodar sochi murmansk kaliningrad grozny vladivostok minsk vilnius riga tallinn chisinau tbilisi
    yerevan baku astana almaty tashkent krakow gdansk wroclaw poznan lodz lublin rzeszow szczecin
    katowice munich hamburg cologne frankfurt stuttgart dusseldorf leipzig dresden hanover bremen
    nuremberg marseille lyon toulouse bordeaux lille strasbourg nantes montpellier rennes milan naples
    turin florence venice bologna genoa palermo bari barcelona valencia seville bilbao zaragoza malaga
    lisbon porto amsterdam rotterdam the_hague antwerp zurich prague budapest bucharest sofia belgrade
    zagreb sarajevo athens oslo stockholm copenhagen helsinki dublin edinburgh manchester birmingham
    liverpool glasgow chicago boston houston dallas miami atlanta seattle philadelphia detroit
    new_orleans las_vegas toronto montreal vancouver ottawa mexico_city bogota caracas santiago lima
    quito la_paz el_alto cochabamba santa_cruz montevideo asuncion havana rio são_paulo sao_paulo brasilia
    recife salvador fortaleza belo_horizonte manaus porto_alegre curitiba belem goiania
    luanda maputo kinshasa goma bukavu lagos abuja nairobi addis_ababa khartoum mogadishu johannesburg
    dakar bamako niamey tripoli benghazi tunis algiers casablanca rabat aleppo idlib homs hama raqqa
    deir_ez-zor mosul basra erbil beirut amman riyadh jeddah doha dubai abu_dhabi sanaa aden muscat
    gaza_city rafah khan_younis jenin ramallah hebron haifa isfahan mashhad tabriz karachi lahore
    islamabad mumbai new_delhi kolkata chennai bangalore dhaka kathmandu shanghai hong_kong shenzhen
    guangzhou wuhan taipei seoul pyongyang osaka manila jakarta bangkok hanoi ho_chi_minh_city
    kuala_lumpur singapore sydney melbourne auckland`),
  fr: w(`kharkiv kharkov odessa dnipro zaporijia kherson mykolaïv lviv marioupol bakhmout donetsk louhansk
    soumy tchernihiv poltava sébastopol berdiansk mélitopol kramatorsk sloviansk boutcha
    saint-pétersbourg koursk belgorod rostov-sur-le-don minsk vilnius riga tallinn chisinau tbilissi
    erevan bakou cracovie gdansk varsovie munich hambourg cologne francfort stuttgart leipzig dresde
    marseille lyon toulouse bordeaux lille strasbourg nantes montpellier rennes reims toulon grenoble
    dijon angers brest perpignan ajaccio bastia milan naples turin florence venise bologne gênes palerme
    barcelone valence séville bilbao lisbonne porto amsterdam rotterdam la_haye anvers zurich bâle
    lausanne prague budapest bucarest sofia belgrade zagreb athènes oslo stockholm copenhague helsinki
    dublin édimbourg new_york los_angeles chicago montréal québec ottawa mexico bogota caracas
    santiago lima quito la_paz alger oran tunis rabat casablanca dakar bamako niamey abidjan
    ouagadougou kinshasa goma bangui ndjamena tripoli benghazi le_caire khartoum alep idleb homs hama
    raqqa deir_ez-zor mossoul bassora erbil beyrouth amman riyad djeddah doha dubaï abou_dhabi sanaa
    aden rafah khan_younès jénine ramallah hébron tel-aviv karachi islamabad bombay new_delhi pékin
    shanghai hong_kong séoul pyongyang tokyo manille jakarta bangkok hanoï sydney`),
  de: w(`charkiw odessa dnipro saporischschja cherson mykolajiw lwiw mariupol bachmut donezk luhansk sumy
    tschernihiw poltawa sewastopol berdjansk melitopol kramatorsk slowjansk butscha sankt_petersburg
    kursk belgorod rostow minsk wilna vilnius riga tallinn chisinau tiflis eriwan baku krakau danzig
    breslau posen warschau münchen hamburg köln frankfurt stuttgart düsseldorf leipzig dresden hannover
    bremen nürnberg dortmund essen bonn mainz wiesbaden kiel rostock magdeburg potsdam erfurt freiburg
    mailand neapel turin florenz venedig bologna genua palermo barcelona valencia sevilla lissabon
    amsterdam rotterdam den_haag antwerpen zürich basel bern genf prag budapest bukarest sofia belgrad
    zagreb athen oslo stockholm kopenhagen helsinki dublin new_york chicago mexiko-stadt bogotá caracas
    aleppo idlib homs beirut amman riad doha dubai sanaa rafah tel_aviv neu-delhi peking shanghai
    hongkong seoul pjöngjang tokio`),
  es: w(`járkov jarkov odesa dnipró zaporiyia jersón mikoláiv leópolis lviv mariúpol bajmut donetsk lugansk
    sumy chernígov poltava sebastopol berdiansk melitópol kramatorsk sloviansk bucha san_petersburgo
    kursk bélgorod minsk vilna riga tallin tiflis ereván bakú cracovia varsovia múnich hamburgo colonia
    fráncfort berlín marsella lyon toulouse burdeos milán nápoles turín florencia venecia bolonia génova
    palermo barcelona valencia sevilla bilbao zaragoza málaga murcia palma alicante córdoba valladolid
    vigo gijón granada oviedo pamplona toledo salamanca cádiz lisboa oporto ámsterdam bruselas zúrich
    ginebra praga budapest bucarest sofía belgrado atenas estocolmo copenhague nueva_york los_ángeles
    chicago miami ciudad_de_méxico guadalajara monterrey tijuana bogotá medellín cali caracas maracaibo
    santiago valparaíso lima arequipa quito guayaquil la_paz el_alto cochabamba santa_cruz sucre oruro
    potosí tarija montevideo asunción buenos_aires córdoba rosario mendoza la_habana managua tegucigalpa
    san_salvador guatemala panamá san_josé santo_domingo san_juan río_de_janeiro são_paulo brasilia
    alepo idlib homs beirut ammán riad doha dubái saná gaza rafah jan_yunis tel_aviv teherán
    nueva_delhi pekín shanghái hong_kong seúl pyongyang tokio`),
  it: w(`kharkiv charkiv odessa dnipro zaporizhzhia kherson mykolaiv leopoli mariupol bakhmut donetsk
    lugansk sumy chernihiv poltava sebastopoli berdiansk melitopol kramatorsk sloviansk bucha
    san_pietroburgo kursk belgorod minsk vilnius riga tallinn tbilisi erevan baku cracovia varsavia
    monaco_di_baviera amburgo colonia francoforte berlino marsiglia lione tolosa bordeaux milano napoli
    torino firenze venezia bologna genova palermo bari catania verona trieste padova brescia taranto
    cagliari messina perugia ancona lampedusa barcellona valencia siviglia lisbona oporto amsterdam
    bruxelles zurigo ginevra praga budapest bucarest sofia belgrado zagabria atene stoccolma copenaghen
    helsinki dublino new_york los_angeles chicago città_del_messico bogotà caracas santiago lima
    aleppo idlib homs beirut amman riad doha dubai sana'a rafah tel_aviv teheran nuova_delhi pechino
    shanghai hong_kong seul pyongyang tokyo tripoli bengasi tunisi algeri il_cairo`),
  pt: w(`kharkiv carcóvia odessa dnipro zaporíjia kherson mykolaiv lviv mariupol bakhmut donetsk lugansk
    sumy chernihiv poltava sebastopol berdiansk melitopol kramatorsk bucha são_petersburgo kursk
    minsk vilnius riga tallinn tbilisi cracóvia varsóvia munique hamburgo colónia colônia frankfurt
    berlim marselha lyon toulouse milão nápoles turim florença veneza bolonha génova gênova palermo
    barcelona valência sevilha lisboa porto coimbra braga faro setúbal aveiro funchal ponta_delgada
    amesterdão amsterdã bruxelas zurique genebra praga budapeste bucareste sófia belgrado atenas
    estocolmo copenhaga copenhague nova_iorque nova_york los_angeles chicago cidade_do_méxico bogotá
    caracas santiago lima quito la_paz montevidéu montevideu assunção buenos_aires havana
    rio_de_janeiro são_paulo brasília recife salvador fortaleza belo_horizonte manaus porto_alegre
    curitiba belém goiânia campinas guarulhos niterói florianópolis vitória maceió joão_pessoa teresina
    são_luís aracaju cuiabá campo_grande petrolina caruaru
    luanda benguela lobito huambo maputo beira nampula praia mindelo bissau são_tomé díli dili
    kinshasa goma bukavu alepo idlib homs beirute amã riade doha dubai
    rafah telavive tel_aviv teerã teerão nova_deli pequim xangai hong_kong seul pyongyang tóquio`),
  ru: w(`харьков одесса днепр днепропетровск запорожье херсон николаев львов мариуполь бахмут артемовск
    авдеевка донецк луганск сумы чернигов полтава винница житомир бердянск мелитополь севастополь
    симферополь керчь краматорск славянск покровск изюм купянск буча ирпень ужгород ивано-франковск
    тернополь ровно луцк черкассы кропивницкий черновцы хмельницкий кривой_рог никополь энергодар
    курск белгород брянск ростов-на-дону воронеж санкт-петербург петербург новосибирск екатеринбург
    казань самара волгоград краснодар сочи мурманск калининград грозный владивосток челябинск омск
    пермь уфа красноярск нижний_новгород саратов тюмень иркутск хабаровск ярославль тула рязань
    смоленск псков новгород томск кемерово липецк пенза астрахань махачкала минск гомель брест
    гродно витебск могилев вильнюс рига таллин кишинев тбилиси ереван баку астана алматы ташкент
    бишкек душанбе ашхабад краков гданьск мюнхен гамбург кельн франкфурт марсель лион милан неаполь
    турин барселона лиссабон амстердам цюрих прага будапешт бухарест софия белград загреб афины осло
    стокгольм копенгаген хельсинки дублин нью-йорк лос-анджелес чикаго оттава мехико гавана каракас
    алеппо идлиб хомс хама ракка дейр-эз-зор мосул басра эрбиль бейрут амман эр-рияд доха дубай
    абу-даби сана рафах хайфа тель-авив исфахан карачи исламабад мумбаи нью-дели шанхай гонконг
    сеул пхеньян токио пекин`),
  uk: w(`харків одеса дніпро запоріжжя херсон миколаїв львів маріуполь бахмут авдіївка донецьк луганськ
    суми чернігів полтава вінниця житомир бердянськ мелітополь севастополь сімферополь керч
    краматорськ слов'янськ словʼянськ покровськ ізюм куп'янськ купʼянськ буча ірпінь гостомель
    ужгород івано-франківськ тернопіль рівне луцьк черкаси кропивницький чернівці хмельницький
    кривий_ріг нікополь енергодар павлоград новомосковськ кременчук біла_церква бровари вишгород
    ізмаїл бердичів умань мукачево нова_каховка каховка токмак оріхів гуляйполе вугледар часів_яр
    торецьк костянтинівка дружківка лиман сватове кремінна сіверськодонецьк лисичанськ рубіжне
    щастя мирноград селидове курахове волноваха маріїнка горлівка макіївка єнакієве алчевськ
    курськ бєлгород брянськ ростов-на-дону воронеж санкт-петербург петербург новосибірськ казань
    самара волгоград краснодар сочі мурманськ калінінград мінськ гомель брест гродно вітебськ вільнюс
    рига таллінн кишинів тбілісі єреван баку краків гданськ вроцлав познань люблін жешув перемишль
    мюнхен гамбург кельн франкфурт мілан неаполь барселона лісабон амстердам цюрих прага будапешт
    бухарест софія белград загреб афіни осло стокгольм копенгаген гельсінкі дублін нью-йорк чикаго
    алеппо ідліб бейрут доха дубай тель-авів пекін шанхай сеул пхеньян токіо`),
  pl: w(`charków odessa dniepr dnipro zaporoże chersoń mikołajów lwów mariupol bachmut awdijiwka donieck
    ługańsk sumy czernihów połtawa winnica żytomierz berdiańsk melitopol sewastopol kramatorsk
    słowiańsk pokrowsk buczа bucza irpień użhorod iwano-frankiwsk tarnopol równe łuck czerkasy
    czerniowce chmielnicki krzywy_róg kursk biełgorod briańsk rostów petersburg sankt_petersburg
    nowosybirsk kazań wołgograd krasnodar soczi kaliningrad królewiec mińsk homel brześć grodno
    witebsk wilno ryga tallin kiszyniów tbilisi erywań baku kraków gdańsk wrocław poznań łódź lublin
    rzeszów szczecin katowice białystok bydgoszcz toruń kielce olsztyn opole gdynia sopot przemyśl
    częstochowa radom zielona_góra gorzów monachium hamburg kolonia frankfurt lipsk drezno berlin
    marsylia lyon mediolan neapol turyn florencja wenecja barcelona lizbona amsterdam zurych praga
    budapeszt bukareszt sofia belgrad zagrzeb ateny oslo sztokholm kopenhaga helsinki dublin
    nowy_jork chicago aleppo idlib bejrut doha dubaj tel_awiw pekin szanghaj seul pjongjang tokio
    kilonia`),
  bg: w(`софия пловдив варна бургас русе стара_загора плевен харков одеса днипро херсон`),
};

/**
 * One case of a person's name in an inflecting language: a given name ending in one of the
 * `given` endings (`[ending, nominative ending]`) whose lemma is a known given name is in this
 * case; the words after it (surnames, patronymics) then take the first `rest` rule whose ending
 * they carry (longest endings first), and stay as written when none matches ("Кличко", "Spurek").
 */
export interface PersonCase {
  given: [string, string][];
  rest: [string, string][];
}

/**
 * Oblique cases of persons' names, by language (lower case endings): "Бориса Джонсона" ->
 * "Борис Джонсон", "Владимиру Зеленскому" -> "Владимир Зеленский", "Tobiasem Leenaertem" ->
 * "Tobias Leenaert", "Sylwii Spurek" -> "Sylwia Spurek", "Олени Зеленської" -> "Олена Зеленська".
 * Used when an article names someone only in an oblique case; a nominative given name is never
 * changed. Grammar of the languages, not names of particular articles.
 */
export const PERSON_CASES: Partial<Record<Lang, PersonCase[]>> = {
  ru: [
    // masculine genitive / accusative, dative, instrumental
    {
      given: [
        ['а', ''],
        ['я', 'й'],
        ['я', 'ь'],
      ],
      rest: [
        ['ского', 'ский'],
        ['цкого', 'цкий'],
        ['кого', 'кий'],
        ['гого', 'гий'],
        ['хого', 'хий'],
        ['его', 'ий'],
        ['ого', 'ый'],
        ['а', ''],
      ],
    },
    {
      given: [
        ['у', ''],
        ['ю', 'й'],
        ['ю', 'ь'],
      ],
      rest: [
        ['скому', 'ский'],
        ['цкому', 'цкий'],
        ['кому', 'кий'],
        ['ему', 'ий'],
        ['ому', 'ый'],
        ['у', ''],
      ],
    },
    {
      given: [
        ['ом', ''],
        ['ем', 'й'],
        ['ем', 'ь'],
      ],
      rest: [
        ['ским', 'ский'],
        ['цким', 'цкий'],
        ['ым', ''],
        ['им', 'ий'],
        ['ом', ''],
        ['ем', ''],
      ],
    },
    // feminine genitive / dative / prepositional / instrumental, accusative
    {
      given: [
        ['ии', 'ия'],
        ['ы', 'а'],
        ['и', 'а'],
        ['ой', 'а'],
        ['ей', 'я'],
      ],
      rest: [
        ['ской', 'ская'],
        ['цкой', 'цкая'],
        ['ой', 'а'],
      ],
    },
    {
      given: [
        ['у', 'а'],
        ['ю', 'я'],
      ],
      rest: [
        ['скую', 'ская'],
        ['цкую', 'цкая'],
        ['у', 'а'],
      ],
    },
  ],
  uk: [
    {
      given: [
        ['а', ''],
        ['ія', 'ій'],
        ['я', 'й'],
      ],
      rest: [
        ['ського', 'ський'],
        ['цького', 'цький'],
        ['ого', 'ий'],
        ['а', ''],
      ],
    },
    {
      given: [
        ['ові', ''],
        ['у', ''],
      ],
      rest: [
        ['ському', 'ський'],
        ['цькому', 'цький'],
        ['ому', 'ий'],
        ['ові', ''],
        ['у', ''],
      ],
    },
    {
      given: [
        ['ом', ''],
        ['ем', 'ь'],
      ],
      rest: [
        ['ським', 'ський'],
        ['цьким', 'цький'],
        ['им', 'ий'],
        ['ом', ''],
        ['ем', ''],
      ],
    },
    {
      given: [
        ['ії', 'ія'],
        ['и', 'а'],
      ],
      rest: [
        ['ської', 'ська'],
        ['цької', 'цька'],
        ['ової', 'ова'],
        ['ої', 'а'],
      ],
    },
    {
      given: [['ою', 'а']],
      rest: [
        ['ською', 'ська'],
        ['цькою', 'цька'],
        ['ою', 'а'],
      ],
    },
    {
      given: [['у', 'а']],
      rest: [
        ['ську', 'ська'],
        ['цьку', 'цька'],
        ['у', 'а'],
      ],
    },
  ],
  pl: [
    // masculine genitive / accusative, instrumental, dative, locative
    {
      given: [['a', '']],
      rest: [
        ['skiego', 'ski'],
        ['ckiego', 'cki'],
        ['a', ''],
        ['y', 'a'],
      ],
    },
    {
      given: [['em', '']],
      rest: [
        ['skim', 'ski'],
        ['ckim', 'cki'],
        ['em', ''],
      ],
    },
    {
      given: [['owi', '']],
      rest: [
        ['skiemu', 'ski'],
        ['ckiemu', 'cki'],
        ['owi', ''],
      ],
    },
    {
      given: [['u', '']],
      rest: [
        ['skim', 'ski'],
        ['ckim', 'cki'],
        ['u', ''],
      ],
    },
    // feminine genitive / dative / locative, accusative, instrumental
    {
      given: [
        ['ii', 'ia'],
        ['y', 'a'],
        ['i', 'a'],
      ],
      rest: [
        ['skiej', 'ska'],
        ['ckiej', 'cka'],
        ['iej', 'a'],
      ],
    },
    {
      given: [['ę', 'a']],
      rest: [
        ['ską', 'ska'],
        ['cką', 'cka'],
        ['ę', 'a'],
      ],
    },
    {
      given: [['ą', 'a']],
      rest: [
        ['ską', 'ska'],
        ['cką', 'cka'],
        ['ą', 'a'],
      ],
    },
  ],
};

/**
 * Capitalised quantity words (lower case) that open a plural noun phrase, not a name: a
 * "person" that starts with one ("Hunderte Menschen", "Тысячи жителей") is none.
 */
export const QUANTIFIERS: string[] = w(`hundreds thousands dozens millions scores
  centaines milliers dizaines millions hunderte tausende dutzende zehntausende hunderttausende millionen etliche zahlreiche
  cientos miles decenas millones centinaia migliaia decine milioni centenas milhares dezenas milhões
  сотни тысячи десятки миллионы сотні тисячі десятки мільйони setki tysiące dziesiątki miliony stotici хиляди десетки милиони`);
