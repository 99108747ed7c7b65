/**
 * Speech-attribution cue tables for quotation extraction (`lib/core/extract/quotes.ts`),
 * keyed by ISO 639-1 code. A new language is a new entry in `SPEECH`.
 *
 * All strings are lowercase; matching is case-insensitive on word boundaries.
 * - `verbs`: speech verbs as written (finite forms, participles, gerunds). Multi-word forms allowed.
 * - `aux`: auxiliaries / inverted forms that may precede a participle ("a", "a-t-il", "ha", "has").
 *   The matched verb phrase then includes the auxiliary ("a déclaré").
 * - `cues`: non-verbal attribution cues whose object is the speaker ("selon", "according to", "по словам").
 * - `impersonal`: verbs that name no speaker ("говорится", "hieß es") — attribution stays null.
 * - `pronouns`: subject/possessive pronouns resolved to the last person mentioned (m/f/n).
 * - `roles`: role-noun stems ("spokes", "porte-parole", "министр") resolved to a person.
 * - `orgRoles`: noun stems standing for an organisation ("organisation", "відомств").
 * - `dashQuotes`: the language writes quotations after a dash (ru, uk, pl, bg, es).
 */
export interface SpeechTable {
  verbs: string[];
  aux: string[];
  cues: string[];
  impersonal: string[];
  pronouns: Record<string, 'm' | 'f' | 'n'>;
  roles: string[];
  orgRoles: string[];
  dashQuotes: boolean;
}

/** Expand Slavic past-tense stems: stem + endings ("сказа" + ["л","ла","ли"]). */
function forms(stems: string[], endings: string[]): string[] {
  const out: string[] = [];
  for (const s of stems) for (const e of endings) out.push(s + e);
  return out;
}

const en: SpeechTable = {
  verbs: [
    'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'stated', 'states', 'stating',
    'tweeted', 'tweets', 'tweeting', 'wrote', 'writes', 'writing', 'explained', 'explains', 'explaining', 'noted', 'notes',
    'noting', 'asked', 'asks', 'asking', 'replied', 'replies', 'responded', 'responds', 'answered', 'argued', 'argues',
    'arguing', 'claimed', 'claims', 'claiming', 'insisted', 'insists', 'warned', 'warns', 'warning', 'declared', 'declares',
    'announced', 'announces', 'confirmed', 'confirms', 'acknowledged', 'admitted', 'admits', 'recalled', 'recalls',
    'remarked', 'observed', 'commented', 'suggested', 'suggests', 'stressed', 'stresses', 'emphasized', 'emphasised',
    'urged', 'urges', 'thanked', 'thanking', 'praised', 'described', 'describes', 'continued', 'concluded', 'posted',
    'testified', 'pointed out', 'went on', 'told reporters', 'mused', 'quipped', 'conceded', 'contended', 'maintained',
    'alleged', 'accused', 'blasted', 'slammed', 'criticized', 'criticised', 'denied', 'vowed', 'promised', 'predicted',
    'lamented', 'complained', 'pleaded', 'demanded', 'called on', 'appealed', 'reiterated', 'affirmed', 'notes',
    'reportedly said', 'is quoted as saying', 'was quoted as saying',
  ],
  aux: ['has', 'have', 'had', 'was', 'were', 'is', 'would', 'will', 'also', 'then', 'later', 'previously', 'once'],
  cues: ['according to', 'in the words of', 'quoted by', 'cited by', 'as quoted by'],
  impersonal: ['it is said', 'it was said'],
  pronouns: { he: 'm', she: 'f', they: 'n', his: 'm', her: 'f' },
  roles: [
    'spokes', 'president', 'minister', 'secretary', 'director', 'official', 'ambassador', 'diplomat', 'chief', 'leader',
    'head', 'premier', 'chancellor', 'general', 'commander', 'expert', 'analyst', 'professor', 'lawyer', 'senator',
    'governor', 'mayor', 'author', 'journalist', 'columnist', 'lawmaker', 'deputy', 'officer', 'envoy', 'prime minister',
    'politician', 'activist', 'researcher', 'scientist', 'economist', 'colonel', 'captain', 'whistleblower', 'founder',
    'ceo', 'chairman', 'chairwoman', 'representative', 'candidate', 'mp', 'congressman', 'congresswoman', 'witness', 'resident',
  ],
  orgRoles: ['organization', 'organisation', 'ministry', 'agency', 'department', 'group', 'company', 'office', 'government', 'army', 'statement', 'council', 'committee', 'commission', 'union', 'party', 'alliance'],
  dashQuotes: false,
};

const fr: SpeechTable = {
  verbs: [
    'déclaré', 'affirmé', 'ajouté', 'expliqué', 'indiqué', 'précisé', 'souligné', 'estimé', 'assuré', 'rappelé', 'poursuivi',
    'pointé', 'plaidé', 'salué', 'dénoncé', 'déploré', 'confié', 'martelé', 'lancé', 'insisté', 'noté', 'observé', 'relevé',
    'répondu', 'répliqué', 'réagi', 'commenté', 'annoncé', 'confirmé', 'reconnu', 'admis', 'avoué', 'écrit', 'tweeté', 'dit',
    'raconté', 'témoigné', 'fustigé', 'regretté', 'jugé', 'considéré', 'prévenu', 'averti', 'accusé', 'critiqué', 'demandé',
    'appelé', 'exhorté', 'conclu', 'résumé', 'tranché', 'glissé', 'lâché', 'félicité', 'réjoui', 'inquiété', 'interrogé',
    'détaillé', 'argumenté', 'fait savoir', 'fait valoir', 'mis en garde', 'prévenu', 'promis', 'protesté', 'nié', 'démenti',
    'signalé', 'mentionné', 'qualifié', 'insisté', 'exprimé', 'publié', 'rapporté', 'soutenu', 'tempêté', 'ironisé', 'reconnu',
    'déclare', 'affirme', 'ajoute', 'explique', 'indique', 'précise', 'souligne', 'estime', 'assure', 'rappelle', 'poursuit',
    'dit', 'écrit', 'raconte', 'note', 'observe', 'relève', 'répond', 'réplique', 'commente', 'annonce', 'confirme',
    'reconnaît', 'avoue', 'témoigne', 'fustige', 'regrette', 'juge', 'considère', 'prévient', 'avertit', 'dénonce', 'déplore',
    'martèle', 'insiste', 'lance', 'confie', 'conclut', 'résume', 'tranche', 'glisse', 'lâche', 'plaide', 'salue', 'tweete',
    'déclarant', 'affirmant', 'ajoutant', 'expliquant', 'indiquant', 'précisant', 'soulignant', 'estimant', 'assurant',
    'rappelant', 'disant', 'écrivant', 'fustigeant', 'dénonçant', 'déplorant', 'insistant', 'jugeant', 'qualifiant',
    'avertissant', 'prévenant', 'martelant', 'notant', 'répondant', 'confiant', 'lançant', 'saluant', 'regrettant',
    'déclarait', 'affirmait', 'expliquait', 'disait', 'ajoutait', 'estimait', 'assurait', 'écrivait', 'racontait',
    'déclarent', 'affirment', 'expliquent', 'disent', 'estiment', 'assurent', 'écrivent', 'dénoncent',
    'déclara', 'affirma', 'ajouta', 'expliqua', 'dit-il', 'dit-elle',
  ],
  aux: [
    'a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'avait-il',
    'avait-elle', "s'est", 's’est', 'se sont', 'est', 'sont', "l'a", 'l’a', 'a également', 'a encore', 'a notamment', 'a aussi',
    'a ainsi', 'a-t-il encore', 'a-t-il également', 'a-t-elle encore',
  ],
  cues: ['selon', "d'après", 'd’après', 'de l’avis de', "de l'avis de", 'aux yeux de', 'cité par', 'citée par'],
  impersonal: ['peut-on lire', 'lit-on', 'dit-on', 'apprend-on'],
  pronouns: { il: 'm', elle: 'f', ils: 'n', elles: 'n', lui: 'm', sa: 'n', son: 'n' },
  roles: [
    'porte-parole', 'président', 'présidente', 'ministre', 'secrétaire', 'directeur', 'directrice', 'responsable',
    'ambassadeur', 'ambassadrice', 'diplomate', 'chef', 'militaire', 'général', 'commandant', 'expert', 'experte',
    'analyste', 'professeur', 'avocat', 'avocate', 'sénateur', 'député', 'députée', 'maire', 'auteur', 'journaliste',
    'défenseur', 'dirigeant', 'dirigeante', 'premier ministre', 'chancelier', 'élu', 'élue', 'officier', 'émissaire',
    'envoyé', 'politicien', 'militant', 'militante', 'chercheur', 'chercheuse', 'candidat', 'candidate', 'leader',
    'patron', 'patronne', 'fondateur', 'témoin', 'habitant', 'habitante', 'eurodéputé', 'commissaire', 'procureur',
  ],
  orgRoles: ['organisation', 'ministère', 'agence', 'gouvernement', 'armée', 'communiqué', 'institution', 'ong', 'parti', 'conseil', 'comité', 'commission', 'groupe', 'entreprise', 'société', 'alliance', 'union'],
  dashQuotes: false,
};

const de: SpeechTable = {
  verbs: [
    'sagte', 'sagt', 'sagten', 'sagen', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'fügte hinzu',
    'meinte', 'meint', 'schrieb', 'schreibt', 'twitterte', 'twittert', 'erläuterte', 'kritisierte', 'kritisiert', 'warnte',
    'warnt', 'forderte', 'fordert', 'bekräftigte', 'unterstrich', 'teilte mit', 'berichtete', 'berichtet', 'erzählte',
    'erzählt', 'sprach', 'spricht', 'räumte ein', 'argumentierte', 'argumentiert', 'appellierte', 'appelliert',
    'bezweifelte', 'bezweifelt', 'zitiert', 'fragte', 'fragt', 'antwortete', 'antwortet', 'entgegnete', 'kommentierte',
    'so', 'ergänzte', 'ergänzt', 'versicherte', 'behauptete', 'behauptet', 'beklagte', 'beklagt', 'mahnte', 'mahnt',
    'kündigte an', 'bestätigte', 'bestätigt', 'sagte er', 'sagte sie', 'schreibt er', 'schreibt sie', 'äußerte',
    'äußert', 'findet', 'verkündete', 'wies darauf hin', 'hob hervor', 'stellte klar', 'plädiert', 'plädierte',
  ],
  aux: ['hat', 'habe', 'hatte', 'hätte', 'haben', 'hatten', 'wird', 'würde'],
  cues: ['laut', 'zufolge', 'nach angaben', 'nach worten'],
  impersonal: ['hieß es', 'heißt es'],
  pronouns: { er: 'm', sie: 'f' },
  roles: [
    'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'minister', 'ministerin', 'direktor', 'direktorin', 'chef',
    'chefin', 'botschafter', 'botschafterin', 'diplomat', 'general', 'kommandeur', 'experte', 'expertin', 'analyst',
    'professor', 'professorin', 'anwalt', 'anwältin', 'abgeordnete', 'abgeordneter', 'bürgermeister', 'autor', 'autorin',
    'journalist', 'journalistin', 'politiker', 'politikerin', 'kanzler', 'kanzlerin', 'kremlchef', 'regierungschef',
    'vorsitzende', 'vorsitzender', 'leiter', 'leiterin',
  ],
  orgRoles: ['organisation', 'ministerium', 'behörde', 'regierung', 'armee', 'agentur', 'partei', 'unternehmen', 'konzern'],
  dashQuotes: false,
};

const es: SpeechTable = {
  verbs: [
    'dijo', 'dice', 'dicen', 'dijeron', 'afirmó', 'afirma', 'aseguró', 'asegura', 'señaló', 'señala', 'explicó', 'explica',
    'añadió', 'añade', 'agregó', 'agrega', 'indicó', 'indica', 'declaró', 'declara', 'manifestó', 'sostuvo', 'sostiene',
    'subrayó', 'subraya', 'destacó', 'destaca', 'advirtió', 'advierte', 'denunció', 'denuncia', 'criticó', 'calificó',
    'califica', 'pidió', 'pide', 'reclamó', 'reclama', 'escribió', 'escribe', 'relató', 'relata', 'contó', 'cuenta',
    'precisó', 'insistió', 'insiste', 'recordó', 'recuerda', 'apuntó', 'apunta', 'comentó', 'comenta', 'respondió',
    'responde', 'acusó', 'acusa', 'anunció', 'anuncia', 'confirmó', 'reconoció', 'reconoce', 'admitió', 'lamentó',
    'lamenta', 'defendió', 'defiende', 'opinó', 'aseveró', 'expresó', 'concluyó', 'atribuyó', 'tuiteó', 'publicó',
    'reiteró', 'remarcó', 'enfatizó', 'aclaró', 'sentenció', 'exigió', 'exige', 'instó', 'alertó', 'prometió',
    'diciendo', 'afirmando', 'asegurando', 'señalando', 'explicando', 'añadiendo', 'indicando', 'declarando', 'advirtiendo',
    'denunciando', 'insistiendo', 'recordando', 'subrayando', 'destacando',
    'dicho', 'afirmado', 'asegurado', 'señalado', 'explicado', 'añadido', 'indicado', 'declarado', 'advertido', 'denunciado',
  ],
  aux: ['ha', 'han', 'había', 'habían', 'habría', 'haber', 'también'],
  cues: ['según', 'de acuerdo con', 'citado por', 'citada por', 'en palabras de', 'a juicio de'],
  impersonal: ['se dice', 'se lee'],
  pronouns: { él: 'm', ella: 'f', ellos: 'n', su: 'n' },
  roles: [
    'portavoz', 'presidente', 'presidenta', 'ministro', 'ministra', 'secretario', 'secretaria', 'director', 'directora',
    'embajador', 'embajadora', 'diplomático', 'jefe', 'jefa', 'canciller', 'general', 'comandante', 'experto', 'experta',
    'analista', 'profesor', 'profesora', 'abogado', 'abogada', 'senador', 'diputado', 'diputada', 'alcalde', 'alcaldesa',
    'autor', 'autora', 'periodista', 'dirigente', 'líder', 'coronel', 'responsable', 'vecina', 'vecino', 'candidato',
    'candidata', 'fiscal', 'gobernador', 'gobernadora', 'titular', 'comisionado',
  ],
  orgRoles: ['organización', 'ministerio', 'agencia', 'gobierno', 'ejército', 'comunicado', 'tribunal', 'alianza', 'partido', 'organismo', 'institución'],
  dashQuotes: true,
};

const pt: SpeechTable = {
  verbs: [
    'disse', 'diz', 'dizem', 'disseram', 'afirmou', 'afirma', 'declarou', 'declara', 'contou', 'conta', 'acrescentou',
    'acrescenta', 'explicou', 'explica', 'garantiu', 'garante', 'admitiu', 'admite', 'sublinhou', 'sublinha', 'salientou',
    'salienta', 'destacou', 'destaca', 'referiu', 'refere', 'frisou', 'adiantou', 'indicou', 'indica', 'considerou',
    'considera', 'defendeu', 'defende', 'alertou', 'alerta', 'avisou', 'pediu', 'pede', 'apelou', 'apela', 'rejeitou',
    'escreveu', 'escreve', 'relatou', 'relata', 'reiterou', 'lamentou', 'lamenta', 'criticou', 'critica', 'denunciou',
    'denuncia', 'acusou', 'acusa', 'respondeu', 'responde', 'concluiu', 'assegurou', 'assegura', 'sustentou', 'observou',
    'ressaltou', 'informou', 'anunciou', 'confirmou', 'reconheceu', 'reconhece', 'comentou', 'comenta', 'insistiu',
    'publicou', 'advertiu', 'prometeu', 'questionou', 'desabafou', 'lembrou', 'recordou', 'enfatizou', 'avaliou', 'avalia',
    'dizendo', 'afirmando', 'declarando', 'acrescentando', 'explicando', 'garantindo', 'sublinhando', 'alertando',
    'dito', 'afirmado', 'declarado',
  ],
  aux: ['tem', 'têm', 'havia', 'tinha', 'teria', 'também', 'ainda'],
  cues: ['segundo', 'de acordo com', 'citado por', 'citada por', 'nas palavras de'],
  impersonal: ['lê-se', 'diz-se'],
  pronouns: { ele: 'm', ela: 'f', eles: 'n', elas: 'n' },
  roles: [
    'porta-voz', 'presidente', 'ministro', 'ministra', 'secretário', 'secretária', 'diretor', 'diretora', 'embaixador',
    'embaixadora', 'diplomata', 'chefe', 'general', 'comandante', 'especialista', 'analista', 'professor', 'professora',
    'advogado', 'advogada', 'senador', 'deputado', 'deputada', 'prefeito', 'prefeita', 'autor', 'autora', 'jornalista',
    'dirigente', 'líder', 'coronel', 'responsável', 'vice-ministro', 'morador', 'moradora', 'governador', 'governadora',
  ],
  orgRoles: ['organização', 'ministério', 'agência', 'governo', 'exército', 'comunicado', 'união', 'partido', 'órgão', 'instituição'],
  dashQuotes: false,
};

const it: SpeechTable = {
  verbs: [
    'detto', 'dice', 'dicono', 'disse', 'dichiarato', 'dichiara', 'dichiarò', 'spiegato', 'spiega', 'spiegò', 'aggiunto',
    'aggiunge', 'aggiunse', 'sottolineato', 'sottolinea', 'sottolineò', 'affermato', 'afferma', 'affermò', 'ribadito',
    'ribadisce', 'commentato', 'commenta', 'osservato', 'osserva', 'precisato', 'precisa', 'evidenziato', 'evidenzia',
    'denunciato', 'denuncia', 'attaccato', 'attacca', 'scritto', 'scrive', 'twittato', 'raccontato', 'racconta', 'risposto',
    'risponde', 'replicato', 'replica', 'lanciato', 'chiesto', 'chiede', 'avvertito', 'avverte', 'ammesso', 'ammette',
    'annunciato', 'annuncia', 'confermato', 'conferma', 'concluso', 'conclude', 'sostenuto', 'sostiene', 'fatto notare',
    'fa notare', 'fatto sapere', 'fa sapere', 'prosegue', 'proseguito', 'incalza', 'attacca ancora', 'tuona', 'insiste',
    'insistito', 'rimarcato', 'accusato', 'accusa', 'criticato', 'critica', 'ricordato', 'ricorda', 'dicendo', 'spiegando',
    'aggiungendo', 'sottolineando', 'affermando', 'denunciando', 'ribadendo', 'osservando', 'secondo lui', 'secondo lei',
  ],
  aux: ['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'avrebbero', 'è', 'ha poi', 'ha anche', 'ha inoltre'],
  cues: ['secondo', 'a suo giudizio', 'a suo dire', 'stando a', 'a detta di'],
  impersonal: ['si legge'],
  pronouns: { lui: 'm', lei: 'f', egli: 'm', ella: 'f', suo: 'n', sua: 'n', sue: 'n', suoi: 'n' },
  roles: [
    'portavoce', 'presidente', 'ministro', 'ministra', 'segretario', 'segretaria', 'direttore', 'direttrice', 'ambasciatore',
    'ambasciatrice', 'diplomatico', 'capo', 'generale', 'comandante', 'esperto', 'esperta', 'analista', 'professore',
    'professoressa', 'docente', 'avvocato', 'senatore', 'deputato', 'deputata', 'sindaco', 'autore', 'autrice',
    'giornalista', 'leader', 'premier', 'cancelliere', 'politico', 'dirigente',
  ],
  orgRoles: ['organizzazione', 'ministero', 'agenzia', 'governo', 'esercito', 'comunicato', 'partito', 'sito'],
  dashQuotes: false,
};

const RU_PAST = ['л', 'ла', 'ли'];
const ru: SpeechTable = {
  verbs: [
    ...forms(
      [
        'сказа', 'заяви', 'отмети', 'подчеркну', 'добави', 'сообщи', 'рассказа', 'поясни', 'указа', 'написа', 'уточни',
        'призна', 'констатирова', 'заключи', 'утвержда', 'ответи', 'призва', 'предупреди', 'вырази', 'назва', 'вспомни',
        'говори', 'заверя', 'завери', 'процитирова', 'напомни', 'объясни', 'резюмирова', 'прокомментирова', 'высказа',
        'обрати', 'пообеща', 'потребова', 'посетова', 'пожалова', 'отвеча', 'подытожи', 'возмути', 'рассужда', 'признава',
        'подчеркива', 'отмеча', 'заявля', 'сообща', 'добавля', 'цитирова', 'пояснял', 'поделил',
      ],
      RU_PAST,
    ),
    'поделился', 'поделилась', 'утверждает', 'утверждают', 'считает', 'полагает', 'говорит', 'говорят', 'подчеркивает',
    'подчёркивает', 'отмечает', 'заявляет', 'сообщает', 'пишет', 'пишут', 'добавляет', 'уверен', 'уверена', 'убежден',
    'цитирует', 'объясняет', 'рассказывает', 'признает', 'признаёт', 'напоминает', 'предупреждает', 'уточняет',
  ],
  aux: ['также', 'тогда', 'ещё', 'еще', 'позже', 'затем'],
  cues: ['по словам', 'по мнению', 'как отметил', 'со ссылкой на', 'по данным', 'по его словам', 'по ее словам', 'по её словам'],
  impersonal: ['говорится', 'отмечается', 'сообщается', 'подчеркивается', 'указывается'],
  pronouns: { он: 'm', она: 'f', они: 'n', его: 'm', ее: 'f', её: 'f' },
  roles: [
    'представител', 'президент', 'министр', 'секретар', 'директор', 'глава', 'главы', 'посол', 'дипломат', 'руководител',
    'лидер', 'премьер', 'канцлер', 'генерал', 'командир', 'эксперт', 'аналитик', 'профессор', 'адвокат', 'сенатор',
    'депутат', 'мэр', 'автор', 'журналист', 'политик', 'председател', 'пресс-секретар', 'экс-глава', 'экс-премьер',
    'спикер', 'политолог', 'губернатор', 'начальник', 'командующ',
  ],
  orgRoles: ['ведомств', 'министерств', 'организаци', 'агентств', 'правительств', 'пресс-служб', 'кремл', 'штаб'],
  dashQuotes: true,
};

const UK_PAST = ['в', 'ла', 'ли'];
const uk: SpeechTable = {
  verbs: [
    ...forms(
      [
        'сказа', 'заяви', 'зазначи', 'наголоси', 'дода', 'повідоми', 'розпові', 'поясни', 'написа', 'заклика', 'підкресли',
        'уточни', 'визна', 'попереди', 'відпові', 'констатува', 'закликав', 'стверджува', 'нагада', 'запевни', 'висловив',
        'прокоментува', 'резюмува', 'говори', 'оголоси', 'звернув', 'процитува', 'розповіда', 'зазнача', 'наголошува',
        'пообіця', 'вимага', 'обурю', 'розкритикува', 'назва',
      ],
      UK_PAST,
    ),
    'закликав', 'каже', 'кажуть', 'говорить', 'заявляє', 'зазначає', 'наголошує', 'пише', 'пишуть', 'додає',
    'стверджує', 'стверджують', 'вважає', 'вважають', 'переконаний', 'переконана', 'пояснює', 'розповідає', 'нагадує',
    'попереджає', 'закликають', 'закликали',
  ],
  aux: ['також', 'тоді', 'ще', 'згодом', 'потім'],
  cues: ['за словами', 'на думку', 'з посиланням на', 'за даними', 'за його словами', 'за її словами', 'як зазначив', 'як повідомив'],
  impersonal: ['йдеться', 'говориться', 'зазначається', 'повідомляється'],
  pronouns: { він: 'm', вона: 'f', вони: 'n', його: 'm', її: 'f' },
  roles: [
    'представник', 'президент', 'міністр', 'секретар', 'директор', 'голова', 'голови', 'посол', 'дипломат', 'керівни',
    'лідер', 'прем', 'канцлер', 'генерал', 'командир', 'експерт', 'аналітик', 'професор', 'адвокат', 'депутат', 'мер',
    'автор', 'журналіст', 'політик', 'речни', 'речниц', 'прессекретар', 'прес-секретар', 'начальни', 'мешкан',
    'губернатор', 'очільни', 'командувач',
  ],
  orgRoles: ['відомств', 'міністерств', 'організаці', 'агентств', 'уряд', 'пресслужб', 'прес-служб', 'штаб'],
  dashQuotes: true,
};

const PL_PAST = ['ł', 'ła', 'li'];
const pl: SpeechTable = {
  verbs: [
    ...forms(
      [
        'powiedzia', 'stwierdzi', 'doda', 'oceni', 'podkreśli', 'zaznaczy', 'wyjaśni', 'przekaza', 'napisa', 'oświadczy',
        'poinformowa', 'zauważy', 'skomentowa', 'tłumaczy', 'przyzna', 'ostrzeg', 'przypomnia', 'zapowiedzia', 'uzna',
        'zapewni', 'odpowiedzia', 'zaapelowa', 'mówi', 'pyta', 'apelowa', 'przekonywa', 'argumentowa', 'dodawa', 'zwróci',
        'wskaza', 'opowiedzia', 'zacytowa', 'skrytykowa', 'podsumowa', 'relacjonowa', 'uważa',
      ],
      PL_PAST,
    ),
    'ostrzegł', 'ostrzegła', 'powiedzieli', 'uważa', 'ocenia', 'mówi', 'twierdzi', 'podkreśla', 'zaznacza', 'dodaje', 'wyjaśnia',
    'pisze', 'komentuje', 'zauważa', 'przekonuje', 'zwraca uwagę', 'apeluje', 'ostrzega', 'cytuje', 'deklaruje', 'tłumaczy',
    'przyznaje', 'argumentuje', 'wskazuje', 'podsumowuje', 'informuje', 'relacjonuje', 'stwierdza', 'odpowiada', 'pyta',
    'mówiąc', 'dodając', 'podkreślając', 'twierdząc', 'zaznaczając',
  ],
  aux: ['też', 'także', 'również', 'następnie', 'potem', 'tak', 'jak'],
  cues: ['według', 'zdaniem', 'jak podaje', 'cytowany przez', 'cytowana przez', 'powołując się na'],
  impersonal: ['czytamy', 'podkreślono', 'napisano', 'stwierdzono'],
  pronouns: { on: 'm', ona: 'f', oni: 'n', one: 'n', jego: 'm', jej: 'f' },
  roles: [
    'rzeczni', 'prezydent', 'minist', 'sekretar', 'dyrektor', 'szef', 'ambasador', 'dyplomat', 'lider', 'premier',
    'kanclerz', 'generał', 'dowódc', 'ekspert', 'analityk', 'profesor', 'prawni', 'adwokat', 'senator', 'poseł', 'posłank',
    'burmistrz', 'autor', 'dziennikar', 'publicyst', 'polityk', 'prezes', 'przewodnicząc', 'politolog', 'komentator',
  ],
  orgRoles: ['organizacj', 'ministerstw', 'agencj', 'rząd', 'armi', 'resort', 'urząd', 'partia', 'instytut', 'dziennik', 'gazet'],
  dashQuotes: true,
};

const bg: SpeechTable = {
  verbs: [
    ...forms(['каза', 'заяви', 'отбеляза', 'подчерта', 'добави', 'съобщи', 'разказа', 'обясни', 'посочи', 'написа', 'уточни', 'призна', 'коментира', 'предупреди'], ['', 'ха']),
    'казва', 'твърди', 'смята', 'пише', 'добавя', 'заявява', 'посочва',
  ],
  aux: ['също', 'още'],
  cues: ['според', 'по думите на', 'цитиран от'],
  impersonal: ['се казва', 'се посочва'],
  pronouns: { той: 'm', тя: 'f', те: 'n' },
  roles: ['говорител', 'президент', 'министър', 'секретар', 'директор', 'посланик', 'лидер', 'премиер', 'генерал', 'експерт', 'анализатор', 'професор', 'депутат', 'кмет', 'автор', 'журналист', 'политик', 'председател', 'ръководител'],
  orgRoles: ['организация', 'министерство', 'агенция', 'правителство', 'ведомство'],
  dashQuotes: true,
};

/** Per-language speech tables. */
export const SPEECH: Record<string, SpeechTable> = { en, fr, de, es, pt, it, ru, uk, pl, bg };

/** Union of all tables, used for `und` or unknown languages. */
export const SPEECH_ANY: SpeechTable = (() => {
  const all = Object.values(SPEECH);
  const u = <T>(f: (t: SpeechTable) => T[]): T[] => [...new Set(all.flatMap(f))];
  return {
    verbs: u((t) => t.verbs).filter((v) => v !== 'so' && v !== 'pour' && v !== 'para' && v !== 'per' && v !== 'za' && v !== 'wie'),
    aux: u((t) => t.aux).filter((a) => a.length > 2),
    cues: u((t) => t.cues).filter((c) => c.length > 4),
    impersonal: u((t) => t.impersonal),
    pronouns: Object.assign({}, ...all.map((t) => t.pronouns)) as Record<string, 'm' | 'f' | 'n'>,
    roles: u((t) => t.roles),
    orgRoles: u((t) => t.orgRoles),
    dashQuotes: true,
  };
})();

/** Speech table of `lang` (ISO 639-1), falling back to the union of all tables. */
export function speechTable(lang: string): SpeechTable {
  return SPEECH[lang.toLowerCase()] ?? SPEECH_ANY;
}

/**
 * Lowercase words that may start a capitalised span but are not names (articles, pronouns,
 * prepositions, conjunctions, sentence adverbs, months, weekdays), all languages together.
 */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those he she it they we i you his her their our its in on at for but and or if when while after ' +
    'before as by with from to of so yet then there here what who why how mr mrs ms dr sir also still however meanwhile now ' +
    'le la les l un une des du de ce cet cette ces il elle ils elles nous vous on je en dans pour par sur avec sans mais et ou ' +
    'si quand selon malgré pourtant après avant depuis lors ainsi donc car puis enfin cependant aussi dès évoquant pour ' +
    'der die das den dem des ein eine einer eines er sie es wir ihr man im am zum zur und oder aber wenn als auch noch ' +
    'nach vor bei mit von zu für über unter laut doch so dies diese dieser mithilfe während seit ' +
    'el los las lo una unos unas él ella ellos ellas su sus en por para con sin pero y o si cuando según tras desde entre ' +
    'o os um uma uns umas ele ela eles elas seu sua em no na nos nas do da dos das pelo pela com mas e ou se segundo ' +
    'il lo gli i uno una lui lei loro suo sua nel nella negli nei dal dalla con ma e o se secondo però anche ecco ' +
    'в во на по с со к ко у о об от из за для и а но или если когда он она они его ее её их это этот эта эти как так также ' +
    'після під час та й і але або якщо коли він вона вони його її їх це цей ця ці як також від до з із у в на по за для ' +
    'w we na po z ze do od dla i a ale lub jeśli gdy on ona oni jego jej ich to ten ta te jak tak także również oraz czy ' +
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche januar februar märz juni juli oktober dezember montag dienstag ' +
    'mittwoch donnerstag freitag samstag sonntag enero febrero marzo abril mayo junio julio agosto septiembre octubre ' +
    'noviembre diciembre lunes martes miércoles jueves viernes sábado domingo'
  ).split(/\s+/),
);

/** Title/honorific words stripped from the start of a name span ("President Donald Trump" -> "Donald Trump"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'president presidente président präsident prezydent director directeur secretary secretaire general général ' +
    'professor professore prof dr mr mrs ms sir herr frau monsieur madame don doña senator sénateur governor mayor ' +
    'minister ministre ministro chancellor kanzler premier captain colonel coronel judge juez ambassador ' +
    'deputy chief pope saint st mgr imam rabbi sheikh king queen prince princess lord lady'
  ).split(/\s+/),
);

/**
 * Word stems marking an organisation name (lowercase prefixes), any language: a name span
 * containing one is treated as an organisation, not a person.
 */
export const ORG_STEMS: readonly string[] = (
  'ministr ministère minist ministerio ministério ministero ministerium министерств міністерств ministerstw ' +
  'agency agence agencia agência agenzia agentur агентств агенц agencj ' +
  'department departement département council conseil consejo conselho consiglio rat совет рада rada ' +
  'party parti partido partito partei партия партія partia union unión união unione союз спілк unia ' +
  'organization organisation organización organização organizzazione организац організац organizacj ' +
  'committee comité comitato komitee комитет комітет komitet commission comisión comissão commissione kommission комисс комісі komisj ' +
  'service servicio serviço servizio dienst служб służb army armée ejército exército esercito armee арми армі armi ' +
  'forces force fuerza força forze streitkräfte сил sił ' +
  'office bureau oficina gabinete ufficio amt офис офіс urząd ' +
  'defense defence défense defensa defesa difesa verteidigung оборон obrony ' +
  'news times post press presse prensa journal gazette tribune herald telegraph guardian reuters bloomberg ' +
  'bank banque banco banca bundes national nacional nazionale nations nationen unies unidas unite ' +
  'institute institut instituto istituto институт інститут instytut university université universidad universidade ' +
  'université universität университет університет uniwersytet ' +
  'group groupe grupo gruppo gruppe группа група grupa company compagnie compañía companhia società gesellschaft ' +
  'corporation corp inc ltd gmbh fund fonds fondo fondation foundation fundación fundação stiftung фонд fundacj ' +
  'court cour tribunal tribunale gericht суд sąd police polizei polícia policía polizia полиц поліц policj ' +
  'house maison casa haus white state état estado stato staat états estados stati staaten ' +
  'federation fédération federación federação federazione föderation федерац федерац federacj ' +
  'parliament parlement parlamento parlament парламент sejm senat senate sénat senado senato ' +
  'government gouvernement gobierno governo regierung правительств уряд rząd ' +
  'administration administración administração amministrazione verwaltung администрац адміністрац administracj ' +
  'commission européenne world mondial mundial europe européen european europea europeia europäische ' +
  'alliance alianza aliança alleanza allianz альянс sojusz coalition coalición coalizione koalition ' +
  'network réseau red rede rete netz сеть мереж sieć channel chaîne canal телеканал ' +
  'movement mouvement movimiento movimento bewegung движен рух ruch front frente fronte ' +
  'association asociación associação associazione verband ассоциац асоціац stowarzyszen zjednoczen związ ' +
  'center centre centro zentrum центр centrum energy énergie energía ' +
  'ong ngo nato otan onu un eu ue'
).split(/\s+/);
