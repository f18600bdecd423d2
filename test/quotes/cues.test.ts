import { describe, expect, it } from 'vitest';
import { ALL_CUES, EN_CUES } from '../../src/quotes/cues.js';
import { extractQuotes } from '../../src/quotes/index.js';

describe('cue data', () => {
  it('has every tense of the English verbs', () => {
    for (const form of ['say', 'says', 'said', 'saying', 'tell', 'told', 'telling', 'write', 'wrote', 'written', 'add', 'added', 'adds', 'reply', 'replied', 'replies']) {
      expect(EN_CUES).toContain(form);
    }
  });

  it('has British and American spellings', () => {
    for (const form of ['emphasised', 'emphasized', 'emphasising', 'emphasizing', 'summarised', 'summarized', 'signalled', 'signaled', 'signalling', 'signaling']) {
      expect(EN_CUES).toContain(form);
    }
    expect(EN_CUES).not.toContain('signallled');
    expect(EN_CUES).toContain('admitted');
    expect(EN_CUES).toContain('quipped');
  });

  it('has French, German and Spanish cues', () => {
    for (const form of ['dit', 'déclaré', 'sagte', 'erklärte', 'dijo', 'afirmó']) expect(ALL_CUES).toContain(form);
  });
});

describe('German cues in the present tense, Spanish and Italian perfect tenses, and roles before a name', () => {
  const speakers = (text: string): [string | null, string | null][] => extractQuotes(text).map((q) => [q.speaker, q.cue]);

  const cases: [string, string, [string | null, string | null]][] = [
    ['a verb of fear after the quote', '„Ohne Parkplätze kommen weniger Kunden“, befürchtet Einzelhändlerin Sabine Ott.', ['Sabine Ott', 'befürchtet']],
    ['a verb of criticism in the present', '„Das Projekt ist zu teuer“, kritisiert Stadtrat Paul Lenz.', ['Paul Lenz', 'kritisiert']],
    ['a separable verb in the present', '„Wir rechnen mit Verzögerungen“, räumt Bauleiter Tim Gross ein.', ['Tim Gross', 'räumt']],
    ['a role before a given name with an accent', '„Wir holen nach“, sagte Baudezernent Jörg Keller.', ['Jörg Keller', 'sagte']],
    ['a two-word role in English', '"We will rebuild", said Harbour Master John Smith.', ['John Smith', 'said']],
    // German sets the article before the role: the role no title list holds goes with it.
    ['an article and a role before a name', '„Das Projekt ist zu teuer“, sagte der Stadtrat Paul Lenz.', ['Paul Lenz', 'sagte']],
    ['a party and a role before a name, in Swiss quotation marks', '«Das ist schlicht zu teuer», sagte der FDP-Kantonsrat Marc Bourgeois in der Debatte.', ['Marc Bourgeois', 'sagte']],
    ['an article and an organisation', '„Wir prüfen das Angebot“, sagte die Deutsche Bank am Montag.', ['die Deutsche Bank', 'sagte']],
    // An indirect cue governs the phrase right after it, not the subject of the clause that follows.
    ['an indirect cue before the clause, no comma', 'According to the police the driver was "going far too fast" on the bridge.', ['the police', 'according to']],
    ['an indirect cue before a German verb-second clause', 'Laut Polizei war der Fahrer „deutlich zu schnell unterwegs“ auf der Brücke.', ['Polizei', 'laut']],
    ['an indirect cue before a name with a particle and an article', 'Laut von der Leyen ist die Lage „ernst, aber beherrschbar“.', ['der Leyen', 'laut']],
    // Neither a place nor an organisation before a given name is a role.
    ['a place before a given name', '"We are done with this season," said the San Francisco Giants.', ['the San Francisco Giants', 'said']],
    ['an organisation before a given name', '„Wir helfen, wo wir können“, sagte die Stiftung Maria Hilf.', ['die Stiftung Maria Hilf', 'sagte']],
    // Given names one after another are the name.
    ['given names one after another', '"It works", said Mary Ann Smith.', ['Mary Ann Smith', 'said']],
    // Spanish news reports the day's words in the perfect tense.
    ['a Spanish perfect tense', '“Es una reforma justa y necesaria”, ha defendido la ministra de Seguridad Social, Elma Saiz.', ['Elma Saiz', 'defendido']],
    ['a Spanish perfect tense with a role', '“No habrá recortes”, ha asegurado el portavoz Luis Pérez.', ['Luis Pérez', 'asegurado']],
    // Whom the words were said to is no speaker: "gegenüber …", and "dem …" after a name.
    ['an addressee after "gegenüber"', '„Wir waren selbst überrascht“, sagte Projektleiterin Miriam Albers gegenüber heise online.', ['Miriam Albers', 'sagte']],
    ['an addressee in the dative after a name', '„Das reicht nicht“, sagte Bürgermeisterin Petra Hollmann dem NDR.', ['Petra Hollmann', 'sagte']],
    ['an addressee in the dative after a role', '„Wir prüfen das“, sagte der Sprecher des Ministeriums dem Spiegel.', ['der Sprecher des Ministeriums', 'sagte']],
    // Italian news too, the role joined to its office by "alla", "della".
    ['an Italian perfect tense with a role and an office', '«I cantieri sono più lunghi del previsto», ha spiegato l’assessora alla Mobilità, Giulia Ferrante.', ['Giulia Ferrante', 'spiegato']],
    ['an Italian perfect tense with a surname', '«Servono risposte», ha dichiarato Toschi.', ['Toschi', 'dichiarato']],
    // Verbs of tone in French, Spanish and Portuguese news.
    ['a French verb of regret', '« On ne trouve plus personne », soupire Claire Bonnet.', ['Claire Bonnet', 'soupire']],
    ['a French verb of complaint', '« C’est une décision brutale », déplore Julien Marcadal.', ['Julien Marcadal', 'déplore']],
    ['a Spanish verb of summing up', '“Es un paso atrás”, resumió Nerea Ugalde.', ['Nerea Ugalde', 'resumió']],
    ['a Portuguese verb of Portugal', '«Não há médicos suficientes», referiu Henrique Valadas.', ['Henrique Valadas', 'referiu']],
    ['a Portuguese verb of stress', '«É um problema antigo», sublinhou Conceição Furtado.', ['Conceição Furtado', 'sublinhou']],
    // A club named by its town is no person: the pronoun goes to its manager.
    ['a club before its manager', 'Castleford Athletic boss Alan Drummond-Reyes was furious. "We gave it away," he said.', ['Alan Drummond-Reyes', 'said']],
    ['a club with "United"', 'Leeds United manager Tom Harlow praised his side. "That was our best game," he said.', ['Tom Harlow', 'said']],
    // A clause of time after the cue has no speaker in it: none rather than its object.
    ['no speaker in a clause of time after a Spanish cue', 'El bar abre a las seis. "Antes era así todo el día", cuenta mientras sirve el primer café.', [null, null]],
    // A capitalised word in -ly is a surname, not an adverb.
    ['a surname in -ly', '"My sales roughly doubled," Easterly said.', ['Easterly', 'said']],
  ];
  for (const [what, text, speaker] of cases) it(`reads ${what}`, () => expect(speakers(text)).toEqual([speaker]));

  it('reads German "sie" as "she" beside a verb in the singular and as "they" beside one in the plural', () => {
    const she = 'Landrätin Petra Vogel besuchte die Helfer. „Wir lassen niemanden allein“, sagte sie.';
    expect(extractQuotes(she).map((q) => [q.speaker, q.speakerMention])).toEqual([['Petra Vogel', 'sie']]);
    const first = 'Die Ministerin Anna Berg war zufrieden. Sie sagte: „Das ist ein guter Tag für die ganze Region.“';
    expect(extractQuotes(first).map((q) => [q.speaker, q.speakerMention])).toEqual([['Anna Berg', 'Sie']]);
    // "sagten sie": not a woman, and never the name "Sie".
    const they = 'Ministerin Anna Berg kam spät. Die Eltern warten. „Wir haben seit Tagen keine Nachricht bekommen“, sagten sie.';
    expect(extractQuotes(they).map((q) => q.speaker)).toEqual([null]);
  });

  it("reads a woman's gender past a standfirst with no full stop and her late husband", () => {
    const text = [
      "Brenda Wallis was having her living room redecorated when builders found a letter in her late husband's handwriting",
      'A grandmother was left in tears after builders found a love letter from her late husband, decades after he wrote it.',
      'Builder Gary Lomas, who found the tin, said: “We find all sorts behind old fireplaces.”',
      'Brenda, who has three grandchildren, plans to have the letter framed.',
      '“It is like he is still looking after me,” she added.',
    ].join('\n\n');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Gary Lomas', 'Brenda Wallis']);
  });

  it('keeps a governing cue whose object an indirect cue interrupts', () => {
    expect(extractQuotes('Der Minister nannte laut Bericht die Reform „überfällig“.').map((q) => q.speaker)).toEqual(['der Minister']);
  });
});
