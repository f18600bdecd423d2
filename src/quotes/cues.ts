/**
 * Cue words: the verbs and phrases that attribute a quotation to a speaker, as data.
 * English verbs are listed once as lemmas; every tense form (says, said, saying, has said)
 * and the British and American spellings (emphasise / emphasize, signalled / signaled)
 * are generated below, so the list stays readable. French, German, Spanish and Portuguese forms are
 * listed as written, since their conjugations do not follow one rule.
 */

/**
 * English speech verbs. `base` or `base:past` or `base:past:participle` for irregular
 * verbs; a trailing `+` doubles the last consonant (admit → admitted, quip → quipped).
 * Verbs spelt -ise also get their -ize spelling, and -l verbs both -lled and -led.
 */
const EN_VERBS = [
  // Plain saying and writing.
  'say:said', 'tell:told', 'write:wrote:written', 'add', 'state', 'note', 'explain', 'remark', 'comment',
  'mention', 'observe', 'declare', 'announce', 'proclaim', 'pronounce', 'speak:spoke:spoken',
  // Questions and answers.
  'ask', 'reply', 'respond', 'answer', 'inquire', 'enquire', 'query', 'question', 'retort', 'counter', 'rejoin',
  // Claiming, arguing, stressing.
  'claim', 'insist', 'argue', 'assert', 'maintain', 'contend', 'allege', 'charge', 'stress', 'emphasise',
  'underline', 'underscore', 'highlight', 'reiterate', 'repeat', 'affirm', 'reaffirm', 'confirm', 'deny',
  'reason', 'posit', 'opine', 'suggest', 'propose', 'theorise', 'hypothesise', 'surmise', 'speculate',
  'clarify', 'elaborate', 'specify', 'summarise', 'characterise', 'describe', 'conclude', 'estimate',
  'predict', 'forecast:forecast', 'indicate', 'signal', 'testify', 'report', 'reveal', 'disclose',
  'recount', 'recall', 'recollect', 'acknowledge', 'admit+', 'concede', 'confess', 'agree', 'disagree', 'concur',
  'accuse', 'object', 'protest', 'complain', 'lament', 'bemoan', 'grumble', 'boast', 'brag+', 'gush', 'enthuse',
  'rave', 'marvel', 'tout',
  // Warning, urging, promising.
  'lecture', 'warn', 'caution', 'advise', 'urge', 'plead', 'beg+', 'implore', 'demand', 'request', 'instruct', 'remind',
  'order', 'command', 'assure', 'reassure', 'promise', 'pledge', 'vow', 'swear:swore:sworn', 'threaten',
  // Manner of speaking.
  'shout', 'scream', 'yell', 'cry', 'exclaim', 'whisper', 'mutter', 'murmur', 'mumble', 'sigh', 'laugh',
  'joke', 'quip+', 'snap+', 'fume', 'bellow', 'roar', 'hiss', 'growl', 'groan', 'stammer', 'stutter', 'blurt',
  'chuckle', 'muse', 'interject', 'continue', 'conclude', 'recall',
  // Writing on networks and by mail.
  'tweet', 'post', 'text', 'email', 'e-mail', 'blog+',
  // Documents speak too: "the statement reads", "the letter read".
  'read:read',
] as const;

/** Multi-word English cues, all forms written out. */
const EN_PHRASES = [
  'point out', 'points out', 'pointed out', 'pointing out', 'go on', 'goes on', 'went on', 'going on',
  'chime in', 'chimes in', 'chimed in', 'shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back',
  'quoted as saying', 'quoted as telling', 'went on to say', 'goes on to say', 'added that', 'put it',
  'spoke of', 'weighed in', 'weighs in', 'summed up', 'sums up', 'wrote in', 'writes in',
  // Reports and studies speak through their findings: "the report found that …".
  'found that', 'finds that',
] as const;

/** Thinking, not saying: a quotation after these is imagined speech and is left out. */
export const IMAGINED = [
  'think', 'thinks', 'thought', 'thinking', 'wonder', 'wonders', 'wondered', 'wondering', 'imagine', 'imagines',
  'imagined', 'imagining', 'dream', 'dreams', 'dreamed', 'dreamt', 'dreaming', 'picture', 'pictured', 'fantasised',
  'fantasized', 'told himself', 'told herself', 'told myself', 'told themselves', 'asked himself', 'asked herself',
  'asked myself', 'said to himself', 'said to herself', 'thought to himself', 'thought to herself',
  'pensa', 'pense', 'pensait', 'dachte', 'denkt', 'pensó', 'piensa', 'pensò', 'pensato',
] as const;

/** Indirect cues: the speaker follows ("according to the ministry"). */
export const ACCORDING = [
  'according to', 'According to', 'as quoted by', 'selon', 'Selon', "d'après", "D'après", 'd’après', 'D’après',
  'laut', 'Laut', 'secondo', 'Secondo', 'según', 'Según', 'de acuerdo con', 'De acuerdo con', 'segundo', 'Segundo', 'de acordo com', 'De acordo com',
] as const;

/** French cue forms (present, passé composé, imperfect); "a déclaré" is caught as auxiliary + participle. */
const FR = [
  'dit', 'dis', 'disait', 'déclare', 'déclaré', 'déclarait', 'affirme', 'affirmé', 'affirmait', 'explique',
  'expliqué', 'expliquait', 'ajoute', 'ajouté', 'souligne', 'souligné', 'estime', 'estimé', 'indique', 'indiqué',
  'précise', 'précisé', 'assure', 'assuré', 'confie', 'confié', 'lance', 'lancé', 'répond', 'répondu', 'poursuit',
  'poursuivi', 'insiste', 'insisté', 'rappelle', 'rappelé', 'annonce', 'annoncé', 'raconte', 'raconté', 'martèle',
  'martelé', 'commente', 'commenté', 'juge', 'jugé', 'prévient', 'prévenu', 'reconnaît', 'reconnu', 'écrit',
  'avertit', 'averti', 'regrette', 'regretté', 'conclut', 'conclu', 'confirme', 'confirmé', 'admet', 'admis',
  'tweeté', 's’exclame', "s'exclame", 'ironise', 'ironisé', 'glisse', 'glissé', 'témoigne', 'témoigné',
  // Verbs of tone, as French news sets them after a quotation (« … », déplore le maire).
  'soupire', 'soupiré', 'justifie', 'justifié', 'résume', 'déplore', 'déploré', 'dénonce', 'dénoncé', 'fulmine',
  'nuance', 'nuancé', 'plaide', 'plaidé', 'défend', 'détaille', 'détaillé', 'renchérit', 'abonde', 'sourit',
  's’agace', "s'agace", 's’insurge', "s'insurge", 's’amuse', "s'amuse", 'se félicite', 'se réjouit', 'relève', 'tranche',
] as const;

/** German cue forms. Separable verbs ("fügte … hinzu") are caught by their first part. */
const DE = [
  'sagte', 'sagt', 'sagten', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte', 'meint',
  'fügte', 'ergänzte', 'ergänzt', 'schrieb', 'schreibt', 'warnte', 'warnt', 'forderte', 'fordert', 'teilte',
  'bekräftigte', 'unterstrich', 'räumte', 'versicherte', 'berichtete', 'antwortete', 'fragte', 'rief', 'sprach',
  'kritisierte', 'kommentierte', 'bestätigte', 'mahnte', 'argumentierte', 'sagen', 'erzählte', 'erzählt',
  // The present tense, in which German reports speech as often as in the past.
  'fügt', 'teilt', 'bekräftigt', 'unterstreicht', 'räumt', 'versichert', 'berichtet', 'antwortet', 'fragt', 'ruft',
  'kritisiert', 'kommentiert', 'bestätigt', 'mahnt', 'argumentiert', 'schildert', 'schilderte', 'erinnert', 'erinnerte',
  // Verbs of feeling and belief that journalists use as cues: „…“, befürchtet Ott.
  'befürchtet', 'befürchtete', 'hofft', 'hoffte', 'glaubt', 'glaubte', 'bemängelt', 'bemängelte', 'beklagt', 'beklagte',
  'verspricht', 'versprach', 'freut', 'freute', 'ärgert', 'ärgerte',
] as const;

/** Spanish cue forms. */
const ES = [
  'dijo', 'dice', 'dicho', 'decía', 'afirmó', 'afirma', 'declaró', 'declara', 'explicó', 'explica', 'señaló',
  'señala', 'aseguró', 'asegura', 'añadió', 'añade', 'agregó', 'agrega', 'indicó', 'indica', 'sostuvo', 'sostiene',
  'manifestó', 'subrayó', 'destacó', 'advirtió', 'comentó', 'expresó', 'respondió', 'insistió', 'apuntó',
  'precisó', 'recalcó', 'reconoció', 'escribió', 'preguntó', 'concluyó', 'denunció', 'admitió',
  'defendió', 'criticó', 'lamentó', 'recordó', 'insiste', 'dijeron', 'afirmaron', 'explicaron',
  // Participles of the perfect tense, in which Spanish news reports the day's words ("ha defendido la ministra").
  'afirmado', 'declarado', 'explicado', 'señalado', 'asegurado', 'añadido', 'agregado', 'indicado', 'sostenido',
  'manifestado', 'subrayado', 'destacado', 'advertido', 'comentado', 'expresado', 'respondido', 'insistido',
  'apuntado', 'precisado', 'recalcado', 'reconocido', 'escrito', 'preguntado', 'concluido', 'admitido',
  'defendido', 'criticado', 'lamentado', 'recordado',
  'cuenta', 'contó', 'relató', 'resumió', 'acusó', 'celebró', 'zanjó', 'sentenció', 'apostilló', 'remarcó', 'detalló',
  'aseveró', 'puntualizó', 'matizó', 'enfatizó', 'confesó', 'relata', 'detalla', 'lamenta', 'recuerda',
] as const;

/** Portuguese cue forms (preterite and present, as news writes them). */
const PT = [
  'disse', 'diz', 'dizia', 'afirmou', 'afirma', 'declarou', 'declara', 'explicou', 'explica', 'acrescentou',
  'acrescenta', 'destacou', 'ressaltou', 'salientou', 'garantiu', 'assegurou', 'comentou', 'respondeu', 'perguntou',
  'escreveu', 'alertou', 'advertiu', 'admitiu', 'reconheceu', 'concluiu', 'contou', 'relatou', 'defendeu',
  'criticou', 'avaliou', 'completou', 'frisou', 'observou', 'afirmaram', 'disseram',
  // The everyday verbs of Portugal's papers ("referiu o autarca", "sublinhou a ministra").
  'referiu', 'refere', 'sublinhou', 'sublinha', 'adiantou', 'realçou', 'sustentou', 'ponderou', 'pontuou',
  'argumentou', 'lembrou', 'lembra', 'considerou', 'reforçou', 'avisou', 'confessou',
] as const;

/**
 * Italian cue forms: participles of the perfect tense, in which Italian news reports the day's
 * words ("ha spiegato l'assessora"), the present and the simple past.
 */
const IT = [
  'detto', 'dichiarato', 'spiegato', 'aggiunto', 'sottolineato', 'affermato', 'commentato', 'precisato', 'ribadito',
  'osservato', 'risposto', 'scritto', 'raccontato', 'ammesso', 'assicurato', 'avvertito', 'concluso', 'denunciato',
  'dice', 'dichiara', 'spiega', 'aggiunge', 'sottolinea', 'afferma', 'commenta', 'precisa', 'ribadisce', 'osserva',
  'risponde', 'racconta', 'ammette', 'assicura', 'avverte', 'conclude', 'denuncia',
  'disse', 'dichiarò', 'spiegò', 'aggiunse', 'sottolineò', 'affermò', 'commentò', 'precisò', 'rispose', 'raccontò',
  // Replies, announcements and reminders, as common in Italian copy as "said".
  'replicato', 'replica', 'replicò', 'annunciato', 'annuncia', 'annunciò', 'ricordato', 'ricorda', 'ricordò',
  'evidenziato', 'evidenzia', 'chiarito', 'chiarisce', 'confermato', 'conferma', 'confermò', 'insistito', 'insiste',
  'rilevato', 'rileva', 'attaccato', 'attacca', 'incalzato', 'incalza', 'proseguito', 'prosegue', 'ammonito', 'ammonisce',
  'sostenuto', 'sostiene', 'sostenne', 'riferito', 'riferisce', 'lamentato', 'lamenta', 'scrive', 'scrisse', 'spiegano',
  'dicono', 'confida', 'confidato', 'esordito', 'esordisce', 'tuonato', 'tuona', 'auspicato', 'auspica',
] as const;

/**
 * Cues that govern a quotation inside their own clause, where even one or two quoted words are
 * the speaker's ("Christie called Clinton a “disgrace”", "he warned of “fanatic
 * recklessness”"): the verb, its object, then the quotation. `verb|link` asks for a link word
 * between the verb and the quotation ("described the vote as a “…”", « qualifié … de »); with
 * no link the verb needs an object, so "what he called “relief”" stays a term. English verbs
 * use the EN_VERBS notation and get every tense.
 */
const GOVERNING_EN = [
  'call', 'label', 'dub+', 'term', 'brand', 'rate', 'deem', 'declare', 'pronounce', 'proclaim',
  'describe|as', 'characterise|as', 'denounce|as', 'dismiss|as', 'deride|as', 'decry|as', 'condemn|as',
  'criticise|as', 'slam+|as', 'blast|as', 'hail|as', 'praise|as', 'portray|as', 'depict|as', 'paint|as', 'cast:cast|as',
  'warn|of/against/about', 'speak:spoke:spoken|of', 'accuse|of', 'caution|against',
] as const;

/** French, German and Spanish governing cues, as written (multi-word forms with spaces). */
const GOVERNING_OTHER = [
  // French: qualifier de, traiter de, dénoncer, juger, mettre en garde contre, parler de, alerter sur.
  'qualifie|de/d’/d\'', 'qualifié|de/d’/d\'', 'qualifiait|de/d’/d\'', 'traite|de', 'traité|de', 'dénonce', 'dénoncé', 'dénonçait',
  'juge', 'jugé', 'jugeait', 'mis en garde|contre', 'met en garde|contre', 'parle|de/d’/d\'', 'parlé|de/d’/d\'', 'alerte|sur', 'alerté|sur',
  // German: nennen, bezeichnen als, warnen vor, sprechen von.
  'nannte', 'nennt', 'nannten', 'bezeichnete|als', 'bezeichnet|als', 'bezeichneten|als', 'warnte|vor', 'warnt|vor', 'warnten|vor',
  'sprach|von', 'spricht|von', 'sprachen|von',
  // Spanish: calificar de, tachar de, advertir de, describir como, hablar de, denunciar.
  'calificó|de', 'califica|de', 'calificaba|de', 'tachó|de', 'tacha|de', 'advirtió|de/sobre', 'advierte|de/sobre',
  'describió|como', 'describe|como', 'habló|de', 'habla|de', 'denunció', 'denuncia', 'calificó|como', 'definió|como',
  // Perfect tenses ("ha calificado de") and the plural.
  'calificado|de/como', 'tachado|de', 'advertido|de/sobre', 'descrito|como', 'denunciado', 'hablado|de',
  'calificaron|de/como', 'tacharon|de', 'advirtieron|de/sobre', 'describieron|como', 'denunciaron', 'hablaron|de',
] as const;

/** German participles that close the clause after the quotation: „…“ bezeichnet / genannt. */
const GOVERNING_FINAL = ['bezeichnet|als', 'genannt', 'bezeichnet hat|als', 'kritisiert|als'] as const;

/** Reported speech: after a speech cue with a speaker, a short quotation in the clause it
 * reports counts when the clause opens with one of these ("said that …", « estimé que … »)… */
export const REPORTING_LINKS = new Set(['that', 'que', 'qu’', "qu'", 'dass', 'daß']);
/** …or has its verb: "said the system is “rigged”", "said the chairman had “no interest”". */
export const CLAUSE_VERBS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'had', 'has', 'have', 'remains', 'remained', 'seemed', 'seems', 'became', 'looked',
  'est', 'était', 'sont', 'étaient', 'serait', 'ist', 'war', 'sei', 'sind', 'seien', 'waren', 'wäre', 'es', 'era', 'fue', 'son', 'sería', 'eran',
]);

/** A governing cue: its words, the link words it needs (empty: an object instead), and
 * whether it closes the clause after the quotation. */
export interface GoverningCue {
  words: string[];
  links: ReadonlySet<string>;
  final: boolean;
}

function governing(entry: string, forms: (verb: string) => string[], final: boolean): GoverningCue[] {
  const [verb = '', link = ''] = entry.split('|');
  const links = new Set(link ? link.split('/') : []);
  return forms(verb).map((f) => ({ words: f.split(' '), links, final }));
}

/** Every governing cue, keyed by its first word. */
export const GOVERNING_CUES: ReadonlyMap<string, readonly GoverningCue[]> = (() => {
  const all = [
    ...GOVERNING_EN.flatMap((e) => governing(e, englishForms, false)),
    ...GOVERNING_OTHER.flatMap((e) => governing(e, (v) => [v], false)),
    ...GOVERNING_FINAL.flatMap((e) => governing(e, (v) => [v], true)),
  ];
  const map = new Map<string, GoverningCue[]>();
  for (const g of all) {
    const key = g.words[0] as string;
    map.set(key, [...(map.get(key) ?? []), g].sort((a, b) => b.words.length - a.words.length));
  }
  return map;
})();

/** Cues that only work right after the quotation with the speaker after them: „…“, so der Minister. */
export const INVERTED_ONLY = ['so'] as const;

/** Auxiliaries and adverbs that may sit between a speaker and the cue: "has also said". */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', "'s", '’s',
  'also', 'later', 'then', 'previously', 'earlier', 'again', 'further', 'recently', 'once', 'just', 'subsequently',
  'reportedly', 'allegedly', 'repeatedly', 'publicly', 'privately', 'flatly', 'simply', 'quickly', 'often', 'always',
  'never', 'frequently', 'openly', 'angrily', 'firmly', 'bluntly', 'candidly', 'calmly', 'proudly', 'softly',
  'quietly', 'loudly', 'separately', 'initially', 'finally', 'already', 'now', 'still', 'even', 'only', 'not',
  'is', 'was', 'are', 'were', 'been', 'be', 'being', 'jokingly', 'ironically',
  'twice', 'instead', 'meanwhile', 'too', 'personally', 'flat-out', 'outright', 'swiftly', 'immediately', 'later', 'tersely', 'a', 'hat', 'habe', 'ha', 'hanno', 'aveva', 'avevano', 'han', 'había', 'avait', 'ont', 'aussi', 'auch', 'también', 'encore', 'ensuite', 'dann', 'luego',
  'também', 'ainda', 'depois',
]);

/** Forms of "be" that, before a past participle, make a passive ("was told"), not a cue. */
export const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);

// ---------------------------------------------------------------------------------------------

function englishForms(entry: string): string[] {
  const double = entry.endsWith('+');
  const [base = '', past, participle] = entry.replace('+', '').split(':');
  const last = base.slice(-1);
  const stem = double ? base + last : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  const forms = [base, third, past ?? regularPast, participle ?? past ?? regularPast, ing];
  // British -lled / -lling beside American -led / -ling (signalled, signaled).
  if (!past && !double && /[^aeiou][aeiou]l$/.test(base)) forms.push(`${base}led`, `${base}ling`);
  // British -ise beside American -ize (emphasise, emphasize).
  if (base.endsWith('ise') && !['advise', 'promise', 'surmise', 'praise', 'rise'].includes(base)) {
    for (const f of [...forms]) forms.push(f.replace(/is(e|es|ed|ing)$/, 'iz$1'));
  }
  return forms;
}

/**
 * Bare English verb forms ("claim", "comment", "report"): also nouns, so they count as cues
 * only after an auxiliary or a plural subject ("officials say", "they will argue").
 */
export const EN_BASE_FORMS: ReadonlySet<string> = new Set(
  EN_VERBS.map((e) => e.replace('+', '').split(':')).filter(([, past]) => past === undefined || !['read', 'forecast'].includes(past)).map(([b]) => b as string),
);

/** Auxiliaries after which a bare verb form is a verb ("will say", "did not deny", "to argue"). */
export const BARE_VERB_AUX = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does', 'to', 'can', 'cannot', "'ll", '’ll', 'not']);

/**
 * Adverbs ending in -ly are many; these -ly words are nouns and may head a speaker phrase. A
 * capitalised -ly word is a name ("Easterly said", "Kelly said"), not an adverb.
 */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'anomaly', 'monopoly', 'butterfly', 'homily', 'jelly', 'belly', 'bully', 'lily', 'holly', 'rally', 'tally', 'ally', 'italy', 'july', 'reply', 'folly', 'gully', 'doily']);
export const isAdverb = (word: { lower: string; cap: boolean }): boolean =>
  AUXILIARIES.has(word.lower) || (!word.cap && /^\p{Ll}{3,}ly$/u.test(word.lower) && !LY_NOUNS.has(word.lower));

/** Every English cue form, single words and phrases. */
export const EN_CUES: readonly string[] = [...new Set([...EN_VERBS.flatMap(englishForms), ...EN_PHRASES])];

/** Every cue, all languages. */
export const ALL_CUES: readonly string[] = [...new Set([...EN_CUES, ...FR, ...DE, ...ES, ...PT, ...IT])];

/** -ing forms, used after a comma with the subject earlier in the sentence ("…, saying"). */
export const isIngForm = (cue: string): boolean => {
  const space = cue.indexOf(' ');
  return (space < 0 ? cue : cue.slice(0, space)).endsWith('ing') && !/^(bring|sing|ring)$/.test(cue);
};

/** Past participles that, after "be", make a passive ("was told", "was asked"). */
export const isPastForm = (cue: string): boolean => /(ed|told|said|written|spoken|put|read|sworn|forecast)$/.test(cue.split(' ')[0] ?? '');
