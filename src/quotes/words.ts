/**
 * Word lists for finding speakers, as data: pronouns, determiners, titles stripped from
 * names, words that end a noun phrase, and nouns that mark a quotation as a title or a
 * name rather than speech.
 */
import { NAME_TITLES, ORGANISATION_WORDS } from '../names.js';

/** Personal pronouns that can stand for a speaker, by what they may refer to. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'él', 'ella', 'ele', 'ela', 'lui', 'lei']);
/**
 * Pronouns that are an article in another language: French "il" (he) is Italian "il" (the),
 * English "I" is the Italian plural "i". Opening a speaker phrase of several words they are the
 * article ("ha detto il ministro", "hanno detto i sindacati").
 */
export const ARTICLE_PRONOUNS: ReadonlySet<string> = new Set(['il', 'i']);
export const GROUP_PRONOUNS = new Set(['they', 'it', 'ils', 'elles', 'ellos', 'ellas', 'eles', 'elas']);
/**
 * German "sie": "she" beside a verb in the singular ("sagte sie", "Sie erklärte:"), "they"
 * beside one in the plural ("sagten sie"). Read as a pronoun, and given its number by the cue
 * it stands with (attribute.ts).
 */
export const SHE_OR_THEY = 'sie';
/** First person: the writer or an unnamed voice; kept as the mention, resolved to nothing. */
export const SELF_PRONOUNS = new Set(['i', 'we', 'je', 'nous', 'ich', 'wir', 'yo', 'nosotros', 'eu', 'nós']);

/** Articles and possessives that open a noun phrase ("the minister", "his lawyer"). */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one',
  'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'el', 'los', 'las', 'una',
  'o', 'os', 'um', 'uma', 'lo', 'gli',
]);

/** Small words allowed inside a name or a noun phrase ("Secretary of State", "Ursula von der Leyen"). */
export const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'alla', 'allo', 'agli', 'van', 'von', 'der', 'den', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'dos', 'das', 'do', 'y', 'ter', "d'", 'd’']);

/** Words that cannot belong to the speaker's noun phrase: clause openers, prepositions, verbs of being. */
export const STOP_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'and', 'but', 'or', 'nor', 'so', 'because',
  'if', 'as', 'than', 'though', 'although', 'after', 'before', 'since', 'until', 'unless', 'whether', 'then', 'in', 'on',
  'at', 'to', 'with', 'by', 'from', 'into', 'during', 'about', 'over', 'under', 'through', 'between', 'against', 'without',
  'not', 'no', 'yes', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'do', 'does', 'did', 'there', 'here', 'what', 'how', 'why', 'also', 'however',
  'meanwhile', 'instead', 'still', 'yet', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'later', 'earlier', 'once',
  'again', 'even', 'just', 'only', 'very', 'too', 'all', 'both', 'each', 'every', 'some', 'any', 'many', 'much', 'more',
  'most', 'such', 'like', 'per', 'via', 'upon', 'toward', 'towards', 'among', 'amid', 'while', 'it’s', "it's", 'let',
  'et', 'mais', 'ou', 'que', 'qui', 'dans', 'sur', 'avec', 'pour', 'par', 'und', 'oder', 'aber', 'dass', 'mit', 'im',
  'für', 'y', 'o', 'pero', 'con', 'en', 'por', 'para', 'como', 'est', 'ist', 'es', 'fue', 'a', 'au', 'aux', 'zu',
  'am', 'beim', 'vom', 'zum', 'zur', 'auf', 'bei', 'nach', 'vor', 'seit', 'lors', 'après', 'avant', 'pendant', 'durante',
  'tras', 'ante', 'desde', 'sobre',
  // Prepositions and finite verbs of French, German and Spanish: a speaker phrase ends before them
  // ("laut einem Bericht des Ministeriums sind die Reserven …").
  'devant', 'contre', 'entre', 'sous', 'chez', 'vers', 'sans', 'gegen', 'ohne', 'unter', 'über', 'hacia', 'contra', 'sin',
  'sont', 'était', 'étaient', 'sind', 'seien', 'wird', 'werden', 'wurde', 'wurden', 'haben', 'hatte', 'está', 'están', 'eran', 'fueron',
  // German prepositions after a name: whom the words were said to ("gegenüber heise online").
  'gegenüber',
  // Words that open a clause of time in the other languages: what follows is another verb's
  // subject or object ("…», cuenta mientras sirve el primer café").
  'mientras', 'cuando', 'enquanto', 'quando', 'tandis', 'lorsque', 'quand', 'während', 'wenn', 'mentre',
]);

/**
 * German compound titles end in these ("Umweltministerin", "Bundespräsident", "Bürgermeisterin",
 * "Parteivorsitzender", "Abteilungsleiterin"). "-meister" alone is a common surname
 * (Hofmeister), so only the mayor's title and feminine forms count.
 */
export const TITLE_SUFFIX = /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|direktor|direktorin|chef|chefin|führer|führerin|bürgermeister|meisterin|leiter|leiterin|vorsitzende|vorsitzender|trainer|trainerin)$/u;

/**
 * German compounds that name an organisation by their last part ("Stiftung", "Landesamt",
 * "Stadtwerke", "Bundesministerium"), where English writes the organisation's word apart.
 */
export const ORG_SUFFIX = /(?:stiftung|verein|verband|ministerium|amt|werke|gesellschaft|partei|gewerkschaft|klinik|klinikum|universität|hochschule|institut|behörde|gericht|kirche|bank)$/u;

/** Words that make a capitalised name an organisation ("Norwind Motors", "Bank of Ghana"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...ORGANISATION_WORDS,
  'motors', 'inc.', 'corp.', 'co', 'co.', 'ltd.', 'plc', 'ag', 'gmbh', 'sa', 'bank',
  'ministry', 'council', 'party', 'university', 'college', 'school', 'association', 'company', 'airlines',
  'airways', 'systems', 'technologies', 'labs', 'institute', 'foundation',
  'commission', 'committee', 'department', 'office', 'police', 'authority', 'union', 'court',
  'government', 'army', 'navy', 'club', 'fc', 'league', 'partners', 'capital', 'holdings', 'energy',
  'pharmaceuticals', 'studios', 'federation', 'organisation', 'organization', 'board', 'bureau', 'center',
  'centre', 'hospital', 'fund', 'trust', 'society', 'alliance', 'coalition', 'church', 'kremlin', 'pentagon',
  'parliament', 'congress', 'senate', 'assembly', 'house', 'administration', 'embassy', 'force', 'forces',
  'productions', 'records', 'entertainment', 'music', 'pictures', 'films', 'label', 'games', 'software', 'foods',
  'brands', 'stores', 'airport', 'railway', 'railways', 'institute', 'laboratory', 'lab', 'observatory', 'museum',
  // Clubs named by a town and a word of their own ("Castleford Athletic boss …", "Leeds United").
  'united', 'athletic', 'rovers', 'wanderers', 'albion', 'city', 'town', 'county', 'afc',
]);

/** Titles and descriptors dropped from the front of a person's name ("President Vladimir Putin"). */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'congressman', 'congresswoman', 'gov', 'gov.', 'governor', 'mayor', 'judge', 'justice', 'chief',
  'general', 'gen', 'gen.', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieutenant', 'capt', 'capt.', 'captain', 'sgt',
  'sgt.', 'sergeant', 'adm', 'adm.', 'admiral', 'major', 'maj.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope',
  'rev', 'rev.', 'reverend', 'father', 'sheikh', 'emir', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair',
  'director', 'commissioner', 'ambassador', 'envoy', 'consul', 'inspector', 'detective', 'officer', 'coach', 'councillor', 'councilman',
  'councilwoman', 'deputy', 'speaker', 'leader', 'attorney', 'state', 'foreign', 'defence', 'defense', 'home', 'health',
  'finance', 'interior', 'trade', 'treasury', 'labor', 'labour', 'education', 'energy', 'transport', 'environment',
  'agriculture', 'economy', 'acting', 'interim', 'former', 'senior', 'executive', 'founder', 'co-founder', 'manager',
  'herr', 'frau', 'monsieur', 'madame', 'm.', 'mme', 'mme.', 'señor', 'señora', 'sr.', 'sra.', 'don', 'doña',
  'président', 'présidente', 'ministre', 'bundeskanzler', 'bundeskanzlerin', 'presidente', 'ministro', 'ministra',
  'premier', 'administrator', 'vp', 'svp', 'evp', 'mp', 'mep', 'assemblyman', 'assemblywoman', 'alderman', 'sheriff', 'marshal', 'superintendent', 'pastor',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'duke', 'duchess', 'baron', 'baroness', 'dean',
  'provost', 'spokesman', 'spokeswoman', 'spokesperson', 'chairperson', 'president-elect', 'nominee', 'candidate',
  'st', 'st.', 'saint', 'brig', 'brig.', 'cpl', 'cpl.', 'pvt', 'pvt.', 'supt', 'supt.', 'det', 'det.',
  // Occupations written before a name, capitalised when they open a sentence ("Guitarist Ben
  // Hale", "Defenseman Jonas Brodin"); none of them is a common first name.
  'guitarist', 'drummer', 'bassist', 'keyboardist', 'pianist', 'violinist', 'rapper', 'actor', 'actress', 'novelist',
  'economist', 'analyst', 'researcher', 'scientist', 'astronaut', 'lawmaker', 'entrepreneur', 'filmmaker', 'comedian',
  'journalist', 'columnist', 'defenseman', 'defender', 'goalie', 'goaltender', 'winger', 'striker', 'midfielder',
  'quarterback', 'pitcher', 'outfielder', 'infielder', 'centre-back', 'playmaker',
]);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NAME_TITLES,
  'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'est', 'approx', 'fig', 'vol',
  'm', 'nr', 'bzw', 'ca', 'vgl', 'ref', 'op', 'al', 'e.g', 'i.e', 'u.s', 'u.k',
]);

/**
 * Nouns and verbs that, just before a quotation, make it a title, a name or a slogan rather
 * than speech: "the film “Dune”", "the motto “hope for the best”", "the word “We”".
 */
export const TITLE_WORDS = new Set([
  'film', 'movie', 'book', 'novel', 'memoir', 'song', 'album', 'single', 'track', 'show', 'series', 'sitcom', 'play',
  'musical', 'opera', 'article', 'essay', 'column', 'poem', 'documentary', 'podcast', 'episode', 'programme', 'program',
  'exhibition', 'exhibit', 'painting', 'game', 'video', 'magazine', 'headline', 'hashtag', 'slogan', 'motto', 'tagline',
  'catchphrase', 'chant', 'chants', 'chanting', 'banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'phrase',
  'term', 'terms', 'word', 'words', 'expression', 'label', 'name', 'names', 'brand', 'campaign', 'operation', 'nickname',
  'moniker', 'titled', 'entitled', 'headlined', 'named', 'nicknamed', 'renamed', 'branded', 'captioned', 'caption',
  'reading', 'emblazoned', 'hashtags', 'category', 'section', 'feature', 'app', 'project', 'initiative',
  'film’s', 'titre', 'livre', 'chanson', 'Titel', 'Buch', 'Film', 'Lied', 'libro', 'canción', 'película', 'lema',
]);

/** Verbs and phrases of naming: with a short quotation they mark a term, not speech. */
export const NAMING_WORDS = new Set([
  'called', 'calling', 'dubbed', 'dubs', 'termed', 'terms', 'labelled', 'labeled', 'labels',
  'so-called', 'described', 'describes', 'known as', 'coined', 'billed', 'marketed', 'deemed', 'considered', 'sogenannte',
  'sogenannten', 'genannt', 'appelé', 'appelée', 'llamado', 'llamada', 'denominado',
]);

/**
 * Naming a person or a thing by another name: the quotation after these is a nickname or a
 * name, never speech ("known as “La Reina”", "known to fans as “the Magician”", « surnommé
 * « le Professeur » »). KNOWN_AS words take their link word (KNOWN_AS_LINKS) at most
 * KNOWN_AS_GAP words later, right before the mark; NICKNAME_WORDS stand right before it.
 */
export const KNOWN_AS: ReadonlySet<string> = new Set(['known', 'referred', 'conocido', 'conocida', 'conocidos', 'noto', 'nota', 'noti', 'connu', 'connue', 'bekannt']);
export const KNOWN_AS_LINKS: ReadonlySet<string> = new Set(['as', 'como', 'come', 'comme', 'sous', 'als']);
export const KNOWN_AS_GAP = 4;
export const NICKNAME_WORDS: ReadonlySet<string> = new Set([
  'alias', 'aka', 'a.k.a', 'a.k.a.', 'surnommé', 'surnommée', 'apodado', 'apodada', 'soprannominato', 'soprannominata', 'spitzname',
]);

/** Days and months: capitalised, but never a speaker ("On Monday, the ministry said …"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.',
  'nov.', 'dec.',
]);

/** Nouns of time that end a phrase but never name a speaker ("earlier this month stating …"). */
export const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night',
  'weekend', 'today', 'yesterday', 'tonight', 'time', 'season', 'quarter',
]);


/** Verbs by which someone puts out a document that then "says" things: "X issued a statement
 * warning that …" — the speaker is X, not the statement. */
export const ISSUING_VERBS = new Set([
  'issued', 'issues', 'issuing', 'released', 'releases', 'releasing', 'published', 'publishes', 'posted', 'posts',
  'sent', 'sends', 'shared', 'shares', 'circulated', 'put', 'filed', 'files', 'distributed', 'emailed', 'e-mailed',
]);

/** Verbs of believing: speech under them ("X believes that the public will … scream, “…”") is
 * imagined, unless the sentence names who speaks. */
export const BELIEF_WORDS = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'imagine', 'imagines', 'imagined', 'hope', 'hopes',
  'hoped', 'expect', 'expects', 'expected', 'assume', 'assumes', 'assumed', 'suppose', 'supposes', 'pretend', 'pretends',
  'fear', 'fears', 'feared', 'wish', 'wishes', 'wished',
]);

/** Nouns of speech that name their source with "from" ("directives from Xi to “…”", "a warning
 * from the ministry that “…”"): a cue when a name follows. */
export const SPEECH_NOUNS = new Set([
  'directive', 'directives', 'order', 'orders', 'instruction', 'instructions', 'call', 'calls', 'demand', 'demands',
  'warning', 'warnings', 'pledge', 'pledges', 'promise', 'promises', 'message', 'messages', 'remarks', 'comments',
  'statement', 'statements', 'appeal', 'plea', 'vow', 'assurance', 'assurances', 'threat', 'threats', 'response',
]);

/**
 * Party and state tags after a politician's name: "(R-Utah)", "(D-N.Y.)", "(I)", and the
 * agency style ", R-Kan.,". They sit between a name and its cue or apposition, so they are
 * blanked (same length) in the writer's text before it is read for speakers.
 */
export const PARTY_TAG = /\s?\((?:[RDI]|Dem|Rep|Ind)(?:-[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?)?\)|,\s(?:[RDI])-[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?(?=,)/gu;

/** The text with party and state tags replaced by spaces. */
export const blankPartyTags = (text: string): string => text.replace(PARTY_TAG, (tag) => ' '.repeat(tag.length));
