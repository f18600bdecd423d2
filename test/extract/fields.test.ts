import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { normaliseDate, parseVisibleDate } from '../../src/extract/dates.js';
import { cleanTitle, looksCut, preferHeading, uncut } from '../../src/extract/title.js';

describe('cleanAuthors', () => {
  const cases: [string[], string[], string?][] = [
    [['By Jane Doe'], ['Jane Doe']],
    [['BY JANE DOE'], ['JANE DOE']],
    [['Sarah E. Needleman'], ['Sarah E. Needleman']],
    [['By Jane Doe and John Roe, Staff Writers | Updated 3 hours ago'], ['Jane Doe', 'John Roe']],
    // A German news system's "Erstellt: <date>" beside the byline, in the same line.
    [['Von Jana Kröger und Malte Wiesner Erstellt: 07.03.2025, 05:12 Uhr · Aktualisiert: 07.03.2025'], ['Jana Kröger', 'Malte Wiesner']],
    // A date's label glued to the names as the byline's elements join them ("First published", "Publiziert").
    [['Daniel Okafor First published 20 May 2025'], ['Daniel Okafor']],
    [['Von Anna Beispiel Zuletzt aktualisiert am 05.03.2025'], ['Anna Beispiel']],
    [['Lea Hofer Publiziert: 05.03.2025, 16.58 Uhr'], ['Lea Hofer']],
    [['di Marco Zanella Pubblicata il 3 marzo'], ['Marco Zanella']],
    // A preposition left at the end where the line's link was ("Posted by Jane Doe on <a>date</a>"), not a family name ("Thanh Le").
    [['Posted by Jane Doe on'], ['Jane Doe']],
    [['Thanh Le'], ['Thanh Le']],
    [['Audiophile On'], ['Audiophile On']],
    // A job with its beat after the name, in an element of its own, not a family name that is a beat word.
    [['Siobhán Nic Aodha Western Correspondent'], ['Siobhán Nic Aodha']],
    [['Jane Doe Senior Reporter'], ['Jane Doe']],
    [['Jane Western Correspondent'], ['Jane Western']],
    // ... run into the name, each in an element of its own; a name's own capitals inside stay.
    [['By Ciarán Ó BriainEnvironment Correspondent'], ['Ciarán Ó Briain']],
    [['Jane McDonaldSenior Reporter'], ['Jane McDonald']],
    [['By Sarah MacLeod'], ['Sarah MacLeod']],
    [['Jane McCarthy Reporter'], ['Jane McCarthy']],
    [['Kevin LeBlanc Correspondent'], ['Kevin LeBlanc']],
    // A forum post's screen-reader label glued to the preposition before the name.
    [['Beitragvon Bergziege72 » 04.03.2025'], ['Bergziege72']],
    [['Postby Greg Hall » Sat Feb 08, 2025'], ['Greg Hall']],
    // The agency a writer files for, in brackets after the name; not another bracket.
    [['Por Carmen Solís (EFE)'], ['Carmen Solís']],
    [['Jean Doe (CNXSoft)'], ['Jean Doe (CNXSoft)']],
    [['Jane Doe, John Roe & Mary Major'], ['Jane Doe', 'John Roe', 'Mary Major']],
    // A group signing with "&" in its name is one signature.
    [['Marsh & Meadow Team'], ['Marsh & Meadow Team']],
    [['Jane Doe', 'jane doe', 'By Jane Doe'], ['Jane Doe']],
    [['Tom Krisher, AP Auto Writer'], ['Tom Krisher']],
    // A newsroom's head or trainee after the comma is the job, not a second writer.
    // Several writers' job, in the plural, is no third name.
    [['By Ifeoma Nwachukwu and Tunde Bakare, Campus Reporters'], ['Ifeoma Nwachukwu', 'Tunde Bakare']],
    [['Thomas Reindl, Redaktionsleiter Sonthofen'], ['Thomas Reindl']],
    [['Lena Vogt, Ressortleiterin Kultur'], ['Lena Vogt']],
    [['Jan Ott, Volontär Sonthofen'], ['Jan Ott']],
    // Credentials stay with the name, as the byline prints them.
    [['Rachael Link, MS, RD'], ['Rachael Link, MS, RD']],
    [['By, Ada Allen, Ph.D., Updated on July 9, 2025'], ['Ada Allen, Ph.D.']],
    [['Ada B. Allen CPP, PSP'], ['Ada B. Allen CPP, PSP']],
    [['Ada Allen, M.D. FACLM'], ['Ada Allen, M.D. FACLM']],
    [['Jane Doe, AP'], ['Jane Doe']],
    // The arrow or mark a link sets beside the name.
    [['Priya Raman →'], ['Priya Raman']],
    [['Meaghan Weeden ●'], ['Meaghan Weeden']],
    // Credits for other work end the byline.
    [['By Jane Doe, DVM. Reviewed by John Roe, DVM, Updated Feb. 27, 2025'], ['Jane Doe, DVM']],
    [['Jane Doe, CFP – Updated Mar 5 | Fact-checked by John Roe'], ['Jane Doe, CFP']],
    [['Reviewed by John Roe'], []],
    [['Von Anna Müller, Fotos von Max Muster'], ['Anna Müller']],
    // A group signing is kept as an organisation; a date is not a name.
    [['By The Harbour editors'], ['The Harbour editors']],
    [['written by Our Editors'], ['Our Editors']],
    [['by Marketing Team, 31 May, 2023'], ['Marketing Team']],
    [['Staff Writer'], []],
    [['Luxury Travel Expert'], ['Luxury Travel Expert']],
    [['Jane Doe, Shipping Expert'], ['Jane Doe']],
    [['Jane Doe, Expert Reviewer'], ['Jane Doe']],
    // Labels that credit other work; one word in capitals is an acronym.
    [['text: Jane Doe, design: John Roe, code: Mary Major'], ['Jane Doe']],
    [['HARBOURCO'], ['HARBOURCO']],
    // A date before the name is dropped; "on behalf of" ends the names; placeholders are no names.
    [['Dec 17, 2025Jane Doe'], ['Jane Doe']],
    [['Dec. 19, 2025 · Jane Doe on behalf of the Harbour group'], ['Jane Doe']],
    [['2025-12-17 · Jane Doe'], ['Jane Doe']],
    [['page.head.extra.author'], []],
    [['{{ author }}'], []],
    [['jane.r.doe'], ['jane.r.doe']],
    [['HARBOURCO', 'Jane Doe'], ['Jane Doe']],
    [['Jane Doe, MD, harbour physician'], ['Jane Doe, MD']],
    [['Jane Doe, Staff Writer'], ['Jane Doe']],
    [['Martin Luther King, Jr.'], ['Martin Luther King, Jr.']],
    [['Associated Press November 19'], ['Associated Press']],
    [['Reuters'], ['Reuters']],
    [['Jane Doe, Associated Press'], ['Jane Doe']],
    [['Jane Doe, cleveland.com'], ['Jane Doe']],
    [['Victor Tangermann, Futurism'], ['Victor Tangermann']],
    [['Jill Disis, CNN Business'], ['Jill Disis']],
    [['Analysis by Chris Cillizza'], ['Chris Cillizza']],
    [['Text: Jane Doe'], ['Jane Doe']],
    [['Carrie ArnoldNovember 15, 2019'], ['Carrie Arnold']],
    [['Jeff FoustMonday, November 18, 2019'], ['Jeff Foust']],
    [['ERIC TUCKERAssociated Press'], ['ERIC TUCKER']],
    [['Nishant Kumar'], ['Nishant Kumar']],
    [['Jamie McDonald', 'Sandee LaMotte'], ['Jamie McDonald', 'Sandee LaMotte']],
    [['Ursula von der Leyen'], ['Ursula von der Leyen']],
    [['Von Anna Müller'], ['Anna Müller']],
    [['Par Marie Le Goff (Brest, correspondante)'], ['Marie Le Goff']],
    [['By Jane Doe (Washington, staff writer) and John Roe'], ['Jane Doe', 'John Roe']],
    [['Finian Cunningham. Sputnik International'], ['Finian Cunningham']],
    [['By Dr. Ada Allen'], ['Dr. Ada Allen']],
    [['Dr. Allen'], ['Dr. Allen']],
    [['https://www.facebook.com/someone'], []],
    [['jane@example.com'], []],
    [['admin'], []],
    [['Jane Doe in London'], ['Jane Doe']],
    [['Jane Doe, Coast Gazette'], ['Jane Doe'], 'Coast Gazette'],
    [['Coast Gazette Staff'], ['Coast Gazette Staff'], 'Coast Gazette'],
    // The labels of an author box's links, in the cleaning's languages.
    [['Lisa Hartmann', 'Alle Artikel der Autorin'], ['Lisa Hartmann']],
    [['Alle Artikel der Autorin'], []],
    [['Voir le profil'], []],
    [['Todos los artículos'], []],
    // The site's name whole, though it reads as two names joined by "&".
    [['Dock & i'], ['Dock & i'], 'Dock & i'],
    [['Dock & i', 'Jane Doe'], ['Jane Doe'], 'Dock & i'],
    [['Jane Doe & John Roe'], ['Jane Doe', 'John Roe'], 'Dock & i'],
    // Leads and labels of the other languages bylines are read in; capitalised, "Di" leads
    // only before a first name and a surname ("Luigi Di Maio" keeps his).
    [['Door Jan de Vries'], ['Jan de Vries']],
    [['Af Mette Hansen'], ['Mette Hansen']],
    [['Di Mario Rossi'], ['Mario Rossi']],
    [['Luigi Di Maio'], ['Luigi Di Maio']],
    [['Yazar: Ayşe Yılmaz'], ['Ayşe Yılmaz']],
    [['Mehmet Demir - Rize'], ['Mehmet Demir']],
    [['Geschreven door Pieter van den Berg op 6 februari 2024'], ['Pieter van den Berg']],
    [['記者 山田太郎'], ['山田太郎']],
    [['文／王小明'], ['王小明']],
    // A place after "aus" and a date in any language dates are read in end the byline.
    [['Stefanie Haas aus Innsbruck, 12. Jänner 2024'], ['Stefanie Haas']],
    [['Von Anna Schmidt 12. März 2024'], ['Anna Schmidt']],
    // A wire byline: names in capitals, then the agency in ordinary case with no comma.
    [['By JANE HOLLOWAY and TOMÁS REYES Associated Press'], ['JANE HOLLOWAY', 'TOMÁS REYES']],
    [['Frank DiMarco'], ['Frank DiMarco']],
    [['A. J. Neal'], ['A. J. Neal']],
    // A serial comma before the last of three names; an update's label is no name.
    [['Written by Jane Doe, John Roe, and Mary Major'], ['Jane Doe', 'John Roe', 'Mary Major']],
    [['Last Updated: 2025-02-22'], []],
    [['Fact Checked'], []],
    [['Learn More'], []],
    // Labels and links glued to the name by textContent; a handle or an affiliation mark after it.
    [['Jane DoeView More Articles'], ['Jane Doe']],
    [['AuthorJane Doe'], ['Jane Doe']],
    [['Jane Doe @janedoe / 2 days'], ['Jane Doe']],
    [['Jane Doe Author @janedoe • Jan 26, 2026'], ['Jane Doe']],
    [['Jane Doe1, John Roe1,2'], ['Jane Doe', 'John Roe']],
    [['Jane Doe*'], ['Jane Doe']],
    [['Studio54'], ['Studio54']],
    // An agency and the place it filed from.
    [['Reuters, Washington'], ['Reuters']],
    [['PTI, Washington, Nov 20 2019, 10:18am ist'], ['PTI']],
    [['Max Muster, dpa'], ['Max Muster']],
    // An agency beside the writer, an update's or a job's word in the languages the cleaning reads.
    [['Von Jonas Albrecht mit dpa'], ['Jonas Albrecht']],
    [['Par Julien Garnier avec AFP'], ['Julien Garnier']],
    [['Door Pieter van Dijk en Femke Jansen Gepubliceerd: 14 november 2023 10:32'], ['Pieter van Dijk', 'Femke Jansen']],
    [['Mario Rossi, pubblicato il 4 marzo 2024'], ['Mario Rossi']],
    [['Diego Castillo Periodista'], ['Diego Castillo']],
    // Korean, Japanese and Chinese set the job after the name, two names after a comma too.
    [['김민준 기자'], ['김민준']],
    [['김민준 기자, 이수진 기자'], ['김민준', '이수진']],
    [['山田太郎記者'], ['山田太郎']],
    [['王伟 记者'], ['王伟']],
    [['Reporter'], []],
    [[' / by Lena Park'], ['Lena Park']],
    [['· Von Anna Schmidt'], ['Anna Schmidt']],
    [['jane@example.com'], []],
  ];
  for (const [input, expected, site] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(cleanAuthors(input, { siteName: site ?? null })).toEqual(expected);
    });
  }
});

describe('cleanTitle', () => {
  it("drops the site's name with the sections written after it, and after a '›'", () => {
    expect(cleanTitle('Hafen wird ausgebaut | NDR.de - Nachrichten - NDR Info', { url: 'https://www.ndr.de/nachrichten/hafen100.html' })).toBe('Hafen wird ausgebaut');
    expect(cleanTitle('Harbour reopens › Coast Gazette', { siteName: 'Coast Gazette' })).toBe('Harbour reopens');
    // Past a tagline's length, what follows the name may be the headline's.
    expect(cleanTitle('Harbour reopens - Coast Gazette - after a winter of repairs the quay and its cranes are back', { siteName: 'Coast Gazette' })).not.toBe('Harbour reopens');
  });
  it('drops marks around the headline that are not part of it', () => {
    expect(cleanTitle('## Harbour plan approved')).toBe('Harbour plan approved');
    expect(cleanTitle('*A Treatise on Ferries* (1792)')).toBe('*A Treatise on Ferries* (1792)');
    expect(cleanTitle('"What is a harbour plan?"')).toBe('What is a harbour plan?');
    expect(cleanTitle('Title: Harbour plan approved')).toBe('Harbour plan approved');
    expect(cleanTitle('Harbour plan approved ⋆')).toBe('Harbour plan approved');
    expect(cleanTitle('"Yes" says the council')).toBe('"Yes" says the council');
  });
  it("takes the heading's spelling of the same headline, unless the heading is set in capitals", () => {
    expect(cleanTitle('*A Treatise on Ferries* (1792)', { headings: ['A Treatise on Ferries (1792)'] })).toBe('A Treatise on Ferries (1792)');
    expect(cleanTitle('What the harbour plan costs', { headings: ['What the harbour plan costs?'] })).toBe('What the harbour plan costs?');
    expect(preferHeading('Ferries - a first guide', { headings: ['Ferries: a first guide'] })).toBe('Ferries: a first guide');
    expect(cleanTitle('Harbour plan approved', { headings: ['HARBOUR PLAN APPROVED'] })).toBe('Harbour plan approved');
  });
  it('keeps the spelling that kept more of the marks, as a heading set in parts loses the one between them', () => {
    expect(preferHeading('Ferries are not buses. - Choosing a good crossing', { headings: ['Ferries are not buses. Choosing a good crossing'] })).toBe(
      'Ferries are not buses. - Choosing a good crossing',
    );
    expect(preferHeading('Ferries run again--and the harbour is open', { headings: ['Ferries run again—and the harbour is open'] })).toBe('Ferries run again--and the harbour is open');
    // Symbols and an empty field's brackets are no punctuation the heading lost.
    expect(preferHeading('⛴ Harbour ferry, 40 seats ()', { headings: ['Harbour ferry, 40 seats'] })).toBe('Harbour ferry, 40 seats');
  });
  it('reads entities a JSON-LD headline was escaped with twice', () => {
    expect(cleanTitle('And finally&#8230; trouble brewing')).toBe('And finally… trouble brewing');
  });
  it('drops a site name known by name or host', () => {
    expect(cleanTitle('Harbour reopens - Coast Gazette', { siteName: 'Coast Gazette' })).toBe('Harbour reopens');
    expect(cleanTitle('Harbour reopens | Coast Gazette', { siteName: 'coastgazette' })).toBe('Harbour reopens');
    expect(cleanTitle('Coast Gazette » Harbour reopens', { siteName: 'Coast Gazette' })).toBe('Harbour reopens');
    expect(cleanTitle('Harbour reopens — CoastGazette.com', { url: 'https://www.coastgazette.com/x' })).toBe('Harbour reopens');
    expect(cleanTitle('The Space Review: Seeking a bigger role', { url: 'https://www.thespacereview.com/a' })).toBe('Seeking a bigger role');
  });

  it('drops a site name after a full-width bar, or after an underscore in a Chinese or Japanese title', () => {
    expect(cleanTitle('城东老旧小区加装电梯提速_江南日报', { siteName: '江南日报' })).toBe('城东老旧小区加装电梯提速');
    expect(cleanTitle('干し柿づくりの季節｜くらしのノート', { siteName: 'くらしのノート' })).toBe('干し柿づくりの季節');
    // Between Latin letters an underscore is part of a word.
    expect(cleanTitle('Why snake_case wins - Coast Gazette', { siteName: 'Coast Gazette' })).toBe('Why snake_case wins');
  });

  it('drops a site name however long, or given with its tagline, and a tagline after it', () => {
    const school = 'Harbour School of Public Health and Tropical Medicine';
    expect(cleanTitle(`Why ferries matter | ${school}`, { siteName: school })).toBe('Why ferries matter');
    expect(cleanTitle('Why ferries matter - Coast Gazette | News for the coast and the islands', { siteName: 'Coast Gazette | News for the coast and the islands' })).toBe(
      'Why ferries matter',
    );
    expect(cleanTitle('Why ferries matter - Coast Gazette', { siteName: 'Coast Gazette - News for the coast' })).toBe('Why ferries matter');
    expect(cleanTitle('Why ferries matter – Coast Gazette – Your coast, every day.', { siteName: 'Coast Gazette' })).toBe('Why ferries matter');
  });

  it('drops a site name its address abbreviates or runs together', () => {
    expect(cleanTitle('Ferry Timetables | Economic Research Service', { url: 'https://www.ers.example.gov/x' })).toBe('Ferry Timetables');
    expect(cleanTitle('Learn More: Ferries | The Partnership for Harbour Schools', { url: 'https://www.partnershipharbourschools.org/a' })).toBe('Learn More: Ferries');
    // Initials or words that spell nothing of the address stay.
    expect(cleanTitle('Ferry Timetables | Economic Research Service', { url: 'https://www.harbour.example/x' })).toBe('Ferry Timetables | Economic Research Service');
  });

  it('drops the site named in brackets after the headline', () => {
    expect(cleanTitle('Ferries return to the harbour (via Coast Gazette)', { siteName: 'Coast Gazette' })).toBe('Ferries return to the harbour');
    expect(cleanTitle('The fold-and-cut problem (Jane Doe)', { url: 'https://harbour.example/x' })).toBe('The fold-and-cut problem (Jane Doe)');
  });

  it('drops several trailing sections and the site', () => {
    expect(cleanTitle('Harbour reopens after a long storm | Local | News | Coast Gazette', { siteName: 'Coast Gazette' })).toBe('Harbour reopens after a long storm');
  });

  it('drops a short capitalised tail after one dash when nothing is known', () => {
    expect(cleanTitle('Harbour reopens after the storm - Coast Gazette')).toBe('Harbour reopens after the storm');
    expect(cleanTitle('Harbour reopens after the storm - for now')).toBe('Harbour reopens after the storm - for now');
  });

  it('keeps a headline with two parts of similar weight', () => {
    expect(cleanTitle('Milan Design Week 2018 | A light installation for a showroom')).toBe('Milan Design Week 2018 | A light installation for a showroom');
  });

  it('recognises the registered name under a subdomain', () => {
    expect(cleanTitle('Ferry timetables | CoastGazette.com', { url: 'https://travel.coastgazette.com/x' })).toBe('Ferry timetables');
    expect(cleanTitle('Ferry timetables | Coast Gazette', { url: 'https://travel.coastgazette.co.uk/x' })).toBe('Ferry timetables');
  });

  it('drops the site name from a heading that repeats the title', () => {
    const ctx = { url: 'https://www.coastgazette.com/x', headings: ['Harbour reopens – Coast Gazette'] };
    expect(cleanTitle('Harbour reopens – Coast Gazette', ctx)).toBe('Harbour reopens');
  });

  it('never returns the site name as the headline', () => {
    expect(cleanTitle('Harbour reopens - Coast Gazette', { siteName: 'Coast Gazette', headings: ['Coast Gazette'] })).toBe('Harbour reopens');
  });

  it('after a colon, drops only the exact site name', () => {
    expect(cleanTitle('Harbour Watch: ferries run again', { url: 'https://harbour.example/a' })).toBe('Harbour Watch: ferries run again');
    expect(cleanTitle('Harbour: ferries run again', { url: 'https://harbour.example/a' })).toBe('ferries run again');
  });

  it('returns null for empty input', () => {
    expect(cleanTitle('   ')).toBeNull();
    expect(cleanTitle(null)).toBeNull();
  });
});

describe('uncut', () => {
  it('tells a headline cut at a length limit', () => {
    expect(looksCut('Harbour reopens (with new')).toBe(true);
    expect(looksCut('Hunter diagnosed with plague after eating a')).toBe(true);
    expect(looksCut('Harbour reopens…')).toBe(true);
    expect(looksCut('Harbour reopens (again)')).toBe(false);
    expect(looksCut('Harbour reopens after storm')).toBe(false);
  });

  it('takes the longer title that starts the same, when one is given', () => {
    expect(uncut('Harbour reopens (with new', ['Harbour reopens (with new ferries) - Coast Gazette'])).toBe('Harbour reopens (with new ferries) - Coast Gazette');
    expect(uncut('Harbour reopens…', [null, 'Harbour reopens after storm'])).toBe('Harbour reopens after storm');
    expect(uncut('Harbour reopens', ['Harbour reopens after storm'])).toBe('Harbour reopens');
  });
});

describe('preferHeading', () => {
  it('takes the visible headline when the metadata title is a shortened or reworded variant of it', () => {
    expect(preferHeading('HS Roundup: Viera beats Rockledge', { headings: ['High School Roundup: Viera beats Rockledge'] })).toBe('High School Roundup: Viera beats Rockledge');
    expect(preferHeading('Hunter diagnosed with plague after eating a', { headings: ['Hunter diagnosed with plague after eating a rabbit'] })).toBe(
      'Hunter diagnosed with plague after eating a rabbit',
    );
  });

  it('drops a short section or site segment after a bar in the heading too', () => {
    expect(preferHeading('Why the harbour matters | Opinion', { headings: ['Why the harbour matters | Opinion'] })).toBe('Why the harbour matters');
  });

  it('does not take an introduction ending in a colon, or a long sentence, for the headline', () => {
    expect(preferHeading('Harbour reopens after storm repairs', { soleHeading: 'A message from the founder of our newspaper:' })).toBe('Harbour reopens after storm repairs');
    const standfirst = 'A step-by-step guide to everything the harbour will need to do before the ferries can finally run again.';
    expect(preferHeading('Harbour reopens after storm repairs', { headings: [standfirst], soleHeading: standfirst })).toBe('Harbour reopens after storm repairs');
    expect(preferHeading('Harbour reopens', { soleHeading: 'Things to know before visiting the harbour.' })).toBe('Things to know before visiting the harbour.');
  });

  it('keeps the title when the heading lost characters to question marks', () => {
    expect(preferHeading("Harbour Planning: A Beginner's Guide", { headings: ['Harbour Planning? A Beginner? Guide'] })).toBe("Harbour Planning: A Beginner's Guide");
    expect(preferHeading('Is the harbour open again', { headings: ['Is the harbour open again? Yes'] })).toBe('Is the harbour open again? Yes');
  });

  it('takes the part of a title that an <h2> spells exactly, on a page with no <h1>', () => {
    expect(cleanTitle('Sommerfest abgesagt - TSV Musterdorf 1908 e.V.', { subheadings: ['Sommerfest abgesagt'] })).toBe('Sommerfest abgesagt');
    expect(cleanTitle('Sommerfest abgesagt - TSV Musterdorf 1908 e.V.', {})).toBe('Sommerfest abgesagt - TSV Musterdorf 1908 e.V.');
    // A section spelled otherwise, or in one word, is not the headline.
    expect(cleanTitle('Git - git-commit Documentation', { subheadings: ['GIT', 'NAME'] })).toBe('Git - git-commit Documentation');
    // The longest run an <h2> spells, not a section's name beside it.
    expect(cleanTitle('Premier League | Arsenal beat Chelsea 3-1 to go top | Sports Daily', { subheadings: ['Premier League', 'Arsenal beat Chelsea 3-1 to go top'] })).toBe('Arsenal beat Chelsea 3-1 to go top');
  });

  it("takes the <h2> for the headline when the <h1> spells only the title's last segment, the site's name", () => {
    const title = 'Humedad por condensación: ¿deshumidificador o ventilación? - Foro Reformas y Bricolaje';
    expect(cleanTitle(title, { headings: ['Foro Reformas y Bricolaje'], subheadings: ['Humedad por condensación: ¿deshumidificador o ventilación?'] })).toBe('Humedad por condensación: ¿deshumidificador o ventilación?');
    // The <h1> spelling the title's first part stays the headline.
    expect(cleanTitle('Harbour reopens - After the storm', { headings: ['Harbour reopens'], subheadings: ['After the storm'] })).toBe('Harbour reopens');
    expect(cleanTitle(title, { headings: ['Foro Reformas y Bricolaje'], subheadings: ['Normas del foro'] })).toBe('Foro Reformas y Bricolaje');
  });

  it("keeps the title when the heading sets a label of the page's kind before it", () => {
    expect(preferHeading('Gastherme taktet ständig - was tun?', { headings: ['Thema: Gastherme taktet ständig - was tun?'] })).toBe('Gastherme taktet ständig - was tun?');
    expect(preferHeading('Which harbour ferry is fastest?', { headings: ['Thread: Which harbour ferry is fastest?'] })).toBe('Which harbour ferry is fastest?');
    // A speaker or a kicker before the colon is the headline's own.
    expect(preferHeading('Keine Koalition mit der AfD', { headings: ['Merz: Keine Koalition mit der AfD'] })).toBe('Merz: Keine Koalition mit der AfD');
    // A colon inside the headline itself is no label: the title must be the rest exactly.
    expect(preferHeading('Harbour plan approved', { headings: ['Harbour Planning Committee Report: Harbour plan approved in full'] })).toBe('Harbour Planning Committee Report: Harbour plan approved in full');
  });

  it('keeps the title when the heading runs a kicker or a badge into its front', () => {
    expect(preferHeading('Was aus dem alten Hallenbad am Stadtpark werden soll', { headings: ['Plus Was aus dem alten Hallenbad am Stadtpark werden soll'] })).toBe('Was aus dem alten Hallenbad am Stadtpark werden soll');
    // An article is the headline's own first word; a short title may be the heading's tail.
    expect(preferHeading('Best home security cameras of 2026', { headings: ['The best home security cameras of 2026'] })).toBe('The best home security cameras of 2026');
    expect(preferHeading('Real Estate 101', { headings: ['Real Estate Investing for Beginners Real Estate 101'] })).toBe('Real Estate Investing for Beginners Real Estate 101');
  });

  it('writes full-width punctuation in a Latin-script headline as ASCII', () => {
    expect(cleanTitle('How does the harbour work？')).toBe('How does the harbour work?');
    expect(preferHeading('How does the harbour work?', { headings: ['How does the harbour work？'] })).toBe('How does the harbour work?');
    expect(cleanTitle('港の再開？')).toBe('港の再開？');
  });

  it('keeps the title when the heading is set in capitals', () => {
    expect(preferHeading('Harbour plan approved after long debate', { headings: ['HARBOUR PLAN APPROVED'] })).toBe('Harbour plan approved after long debate');
    expect(preferHeading('Harbour plan approved after long debate', { soleHeading: 'THE COUNCIL SAYS YES TO THE HARBOUR' })).toBe('Harbour plan approved after long debate');
  });

  it("keeps the title when the heading is another story's or the site's", () => {
    expect(preferHeading('Harbour reopens after storm repairs', { headings: ['Why you should visit the lakes this summer'] })).toBe('Harbour reopens after storm repairs');
    expect(preferHeading('Harbour reopens after storm repairs', { siteName: 'Harbour Reopens Weekly', headings: ['Harbour Reopens Weekly'] })).toBe(
      'Harbour reopens after storm repairs',
    );
  });
});

describe('dates', () => {
  it('keeps the offset when given and adds none when not', () => {
    expect(normaliseDate('2024-03-04T09:30:00+01:00')).toBe('2024-03-04T09:30:00+01:00');
    expect(normaliseDate('2024-03-04T09:30:00.000Z')).toBe('2024-03-04T09:30:00Z');
    expect(normaliseDate('2024-03-04T09:30:00+0530')).toBe('2024-03-04T09:30:00+05:30');
    expect(normaliseDate('2024-03-04 09:30')).toBe('2024-03-04T09:30:00');
    expect(normaliseDate('2024-03-04')).toBe('2024-03-04');
    expect(normaliseDate('Tue, 05 Nov 2024 10:00:00 +0100')).toBe('2024-11-05T10:00:00+01:00');
    expect(normaliseDate('Tue, 05 Nov 2024 10:00:00 GMT')).toBe('2024-11-05T10:00:00Z');
  });

  it("reads an RFC 822 zone name as its offset, whatever the machine's own zone, and a two-digit year", () => {
    expect(normaliseDate('Mon, 02 Nov 2026 10:00:00 EST')).toBe('2026-11-02T10:00:00-05:00');
    expect(normaliseDate('Mon, 02 Nov 2026 10:00:00 PDT')).toBe('2026-11-02T10:00:00-07:00');
    expect(normaliseDate('Mon, 02 Nov 2026 10:00:00 UT')).toBe('2026-11-02T10:00:00Z');
    expect(normaliseDate('02 Nov 26 10:00 EST')).toBe('2026-11-02T10:00:00-05:00');
  });

  it('rejects placeholders and nonsense', () => {
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normaliseDate('2024-13-01')).toBeNull();
    expect(normaliseDate('yesterday')).toBeNull();
    // Date.parse would make these 2001-12-23 and 2001-04-12.
    expect(normaliseDate('Dec 23')).toBeNull();
    expect(normaliseDate('Apr 12 10:00')).toBeNull();
    expect(normaliseDate('')).toBeNull();
  });

  it('reads written-out datelines', () => {
    expect(parseVisibleDate('November 19, 2019, 9:02 AM')).toBe('2019-11-19T09:02:00');
    expect(parseVisibleDate('Published 10:02 PM EST Nov 19, 2019')).toBe('2019-11-19T22:02:00-05:00');
    expect(parseVisibleDate('Mon 18 Nov 2019 18.54 GMT')).toBe('2019-11-18T18:54:00Z');
    expect(parseVisibleDate('18 November 2019')).toBe('2019-11-18');
    expect(parseVisibleDate('17.05.2021')).toBe('2021-05-17');
    expect(parseVisibleDate('17.05.2021 09:30')).toBe('2021-05-17T09:30:00');
    expect(parseVisibleDate('Publié le 1er décembre 2026 à 18h04')).toBe('2026-12-01T18:04:00');
    // Austrian German names January "Jänner", short "Jän.".
    expect(parseVisibleDate('3. Jän. 2026, 14.05 Uhr')).toBe('2026-01-03T14:05:00');
    // A second dotted date is no time: "03.12" of it is not 03:12.
    expect(parseVisibleDate('Veröffentlicht am 02.12.2026 | Aktualisiert am 03.12.2026')).toBe('2026-12-02');
    expect(parseVisibleDate('02.12.2026, 14.30 Uhr | Aktualisiert am 03.12.2026')).toBe('2026-12-02T14:30:00');
    // A two-digit year with the time after it, as a dateline prints it; alone, a version number.
    expect(parseVisibleDate('Stand: 28.11.26, 14:05 Uhr')).toBe('2026-11-28T14:05:00');
    expect(parseVisibleDate('28.11.26 um 14.05 Uhr')).toBe('2026-11-28T14:05:00');
    expect(parseVisibleDate('28.11.26 - 14:05')).toBe('2026-11-28T14:05:00');
    expect(parseVisibleDate('28.11.26 | 14:05 Uhr')).toBe('2026-11-28T14:05:00');
    // The end of a date range is no time.
    expect(parseVisibleDate('13.12.24 – 15.12.24')).toBeNull();
    expect(parseVisibleDate('12.05.98 09:30')).toBe('1998-05-12T09:30:00');
    expect(parseVisibleDate('iOS 17.1.2')).toBeNull();
    expect(parseVisibleDate('28.11.26')).toBeNull();
    expect(parseVisibleDate('November 20 15:23 2019')).toBe('2019-11-20T15:23:00');
    expect(parseVisibleDate('4 mins ago')).toBeNull();
    // Published and updated dates glued together by textContent: the first is read.
    expect(parseVisibleDate('Posted on June 29, 2020November 12, 2021')).toBe('2020-06-29');
  });

  it('reads month names in the other languages datelines are written in, and CJK dates', () => {
    expect(parseVisibleDate('12 marca 2024, 09:15')).toBe('2024-03-12T09:15:00');
    expect(parseVisibleDate('4 мая 2023 г., 14:05')).toBe('2023-05-04T14:05:00');
    expect(parseVisibleDate('3 березня 2024')).toBe('2024-03-03');
    expect(parseVisibleDate('8. dubna 2024')).toBe('2024-04-08');
    expect(parseVisibleDate('3 Nisan 2024 14:30')).toBe('2024-04-03T14:30:00');
    expect(parseVisibleDate('12 augusti 2023 kl. 09.14')).toBe('2023-08-12T09:14:00');
    expect(parseVisibleDate('5. desember 2023')).toBe('2023-12-05');
    expect(parseVisibleDate('di 12 mrt 2024')).toBe('2024-03-12');
    // Czech and Slovak set a space after each dot.
    expect(parseVisibleDate('8. 4. 2024')).toBe('2024-04-08');
    expect(parseVisibleDate('2023年5月4日 10:30')).toBe('2023-05-04T10:30:00');
    expect(parseVisibleDate('2023년 5월 4일')).toBe('2023-05-04');
    // A month name alone, with no day and year beside it, is no date.
    expect(parseVisibleDate('Maja i Piotr')).toBeNull();
  });

  it('reads a dotted date in metadata day first', () => {
    expect(normaliseDate('08.04.2024 06:00')).toBe('2024-04-08T06:00:00');
    expect(normaliseDate('08.04.2024')).toBe('2024-04-08');
  });
});
