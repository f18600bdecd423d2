/**
 * Old forum software and the lines every board prints: phpBB 2's table layout (its messages in
 * `<span class="postbody">`, its "View topic" label in the title, its "Posté le:" dates and its
 * register link), the count of a thread's readers, the board's clock, the thanks under a post
 * and the invitation to guests, in the languages the cleaning knows.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { postSeries, seriesContainer } from '../../src/clean/posts.js';
import { parseHtml } from '../../src/extract/dom.js';

const url = 'https://www.coindesbricoleurs.example/forum/viewtopic.php?t=8811';

const QUESTION = "Il y a un an et demi, j'ai refait l'enduit de la façade nord de notre longère, le tout à la chaux aérienne avec du sable de Loire, trois couches en respectant les temps de séchage.";
const ANSWER = 'Rassure-toi, le faïençage fin est très fréquent sur un enduit à la chaux aérienne et il est rarement grave : il vient presque toujours d’un séchage trop rapide de la finition.';
const THANKS = 'Le badigeon a tout arrangé chez nous, on ne voit plus rien depuis deux hivers, et la façade respire enfin comme avant les travaux de mon grand-père.';

function post(name: string, date: string, text: string, extra = '', row = 'row1'): string {
  return `<tr><td width="150" class="${row}"><span class="name"><b>${name}</b></span><br /><span class="postdetails">Inscrit le: 28 Aoû 2008</span></td>
    <td class="${row}" width="100%"><table width="100%"><tr><td><span class="postdetails">Posté le: ${date}</span></td></tr>
    <tr><td colspan="2"><span class="postbody">${text}</span>${extra}</td></tr></table></td></tr>
    <tr><td class="${row}"><span class="nav"><a href="#top" class="nav">Revenir en haut</a></span></td>
    <td class="${row}"><a href="profile.php?mode=viewprofile&amp;u=1802"><img src="icon_profile.gif" alt="Voir le profil de l'utilisateur" /></a></td></tr>`;
}

function phpbb2(footer = ''): string {
  return `<html><head><title>Le Coin des Bricoleurs :: Voir le sujet - Fissures dans un enduit à la chaux : reprendre ou laisser ?</title></head>
  <body><table width="100%"><tr><td><a href="index.php?sid=9e1f"><img src="logo.gif" alt="Index du Forum Le Coin des Bricoleurs" /></a><span class="maintitle">Le Coin des Bricoleurs</span>
  <a href="profile.php?mode=register&amp;sid=9e1f" class="mainmenu">S'enregistrer</a>
  <a href="profile.php?mode=editprofile&amp;sid=9e1f" class="mainmenu">Profil</a></td></tr></table>
  <table width="100%"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=8811">Fissures dans un enduit à la chaux : reprendre ou laisser ?</a><br />
  <span class="gensmall"><b>Aller à la page <b>1</b>, <a href="viewtopic.php?t=8811&amp;start=15">2</a></b></span></td></tr></table>
  <table class="forumline" width="100%">
  ${post('Gégé44', 'Sam 15 Nov 2008 14:22', `Bonjour à tous,<br /><br />${QUESTION}<br /><br />Merci d'avance à ceux qui prendront le temps de répondre.`, '<span class="postbody"><br />_________________<br />Longère de 1870, doucement mais sûrement.</span>')}
  ${post('Le Compagnon', 'Sam 15 Nov 2008 16:05', `Bonjour Gégé,<br /><br />${ANSWER}<br /><br />Pour les fissures en diagonale, il faut les surveiller avec un petit témoin en plâtre.`, '', 'row2')}
  ${post('maison_de_bourg', 'Dim 16 Nov 2008 09:41', `Peut-être rien du tout ! Chez nous, même enduit fait par un artisan reconnu, même faïençage au bout d'un an.<br /><br />${THANKS}`)}
  ${footer}</table></body></html>`;
}

describe('a phpBB 2 thread', () => {
  it('is every message, titled without the board and its "View topic" label, dated by its first post', () => {
    const record = extractArticle(phpbb2(), { url });
    expect(record.body).toContain(QUESTION);
    expect(record.body).toContain(ANSWER);
    expect(record.body).toContain(THANKS);
    // The signature under its rule goes; the next message opens a line of its own.
    expect(record.body).not.toContain('doucement mais sûrement');
    expect(record.body).toMatch(/^Bonjour Gégé,$/m);
    expect(record.title).toBe('Fissures dans un enduit à la chaux : reprendre ou laisser ?');
    expect(record.publishedAt?.slice(0, 10)).toBe('2008-11-15');
  });

  it("takes no writer from the board's register and profile links", () => {
    const record = extractArticle(phpbb2(), { url });
    expect(record.authors).not.toContain("S'enregistrer");
    expect(record.authors).not.toContain('Profil');
  });

  it("drops the board's rules over the thread", () => {
    const rules = `<div class="message unspecific" id="forum_rules"><h3>Forenregeln</h3><p>Bitte nennt bei Fragen immer Hersteller, Modell und Baujahr. Eingriffe in die Hausinstallation gehören in die Hand eines eingetragenen Fachbetriebs.</p></div>`;
    const body = extractArticle(phpbb2().replace(/(<table class="forumline" width="100%">)/, `$1<tr><td colspan="2">${rules}</td></tr>`), { url }).body;
    expect(body).toContain(ANSWER);
    expect(body).not.toContain('eingetragenen Fachbetriebs');
  });

  it("drops the board's lines under the thread", () => {
    const footer = [
      'Folgende Benutzer haben sich bei Gégé44 für diesen Beitrag bedankt:',
      '0 Membres et 1 Invité sont en train de regarder ce sujet.',
      'Derzeit sind 1 Benutzer in diesem Thema.',
      '0 Mitglieder, 1 Gäste, 0 unsichtbare Mitglieder',
      'Husos horarios GMT +1. La hora es 22:40.',
      'All times are GMT +1. The time now is 10:32 PM.',
      'Du hast noch kein Benutzerkonto auf unserer Seite? <a href="/register/">Registriere dich kostenlos</a> und nimm an unserer Community teil!',
    ].map((line) => `<tr><td class="catBottom" colspan="2"><span class="gensmall">${line}</span></td></tr>`).join('');
    const body = extractArticle(phpbb2(footer), { url }).body;
    expect(body).toContain(THANKS);
    for (const gone of ['für diesen Beitrag bedankt', 'Invité sont en train', 'in diesem Thema', 'unsichtbare Mitglieder', 'Husos horarios', 'All times are', 'noch kein Benutzerkonto']) expect(body).not.toContain(gone);
  });
});

describe('spans of one class', () => {
  it('are no thread when each holds a label, not a message', () => {
    // Labels enough to pass a thread's length and share of the page, a few dozen characters each.
    const labels = Array.from({ length: 12 }, (_, i) => `<span class="card-label">Section ${i + 1} of the harbour site</span>`).join(' ');
    const html = `<html><body><div class="grid">${labels}</div><p>The harbour board voted on Tuesday to rebuild the north pier.</p></body></html>`;
    const doc = parseHtml(html, 'https://news.example/pier').document;
    expect(postSeries(doc).some((s) => s.members.some((el) => el.localName === 'span'))).toBe(false);
  });
});

describe("a member's signature and a Simple Machines thread's day", () => {
  const posts = [
    "Ich habe zwischen dem 33er und dem 56er geschwankt und mich nach langem Hin und Her für das 33er entschieden, weil es drinnen einfach vielseitiger ist.",
    'Das 56er ist für Porträts draußen unschlagbar, aber in der Wohnung steht man damit ständig mit dem Rücken an der Wand und bekommt nur Köpfe aufs Bild.',
    'Danke euch beiden, dann wird es das 33er, und das 56er leihe ich mir für das Familienfest im Sommer einfach beim Fotohändler um die Ecke aus.',
  ];
  const thread = (post: (text: string, i: number) => string): string => `<html><head><title>Objektiv für Porträts - Fotoforum</title></head><body>
    <h1>Objektiv für Porträts</h1><div id="posts">${posts.map(post).join('')}</div></body></html>`;

  it('drops the line under the underscores that set a signature apart', () => {
    const html = thread((text, i) => `<div class="post" id="post_${i}"><div class="postbody">${text}</div>
      <div>__________________<br />X-H2 · XF 16-55 · XF 33 f/1.4 · Meine Galerie</div></div>`);
    const body = extractArticle(html, { url: 'https://www.fotoforum.example/showthread.php?t=4411' }).body;
    expect(body).toContain(posts[2]);
    expect(body).not.toContain('XF 16-55');
  });

  it("dates the thread by its first post's line in guillemets", () => {
    const html = `<html><head><title>Objektiv für Porträts</title></head><body><div id="forumposts">
      <div class="cat_bar"><h3 class="catbg">Thema: Objektiv für Porträts (Gelesen 3847 mal)</h3></div>
      <p id="whoisviewing" class="smalltext">0 Mitglieder und 1 Gast betrachten dieses Thema.</p>
      ${posts.map((text, i) => `<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a href="index.php?action=profile;u=${i + 7}">Mitglied${i}</a></h4>
        <ul class="reset smalltext"><li class="postgroup">Junior Member</li><li class="postcount">Beiträge: ${64 + i}</li></ul></div>
        <div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5 id="subject_${i}"><a href="index.php?topic=24117.msg${i}#msg${i}">${i ? 'Re: ' : ''}Objektiv für Porträts</a></h5>
        <div class="smalltext">« <strong>${i ? `Antwort #${i} am:` : 'am:'}</strong> ${14 + i}. Juni 2024, 08:32:11 »</div></div></div>
        <div class="post"><div class="inner" id="msg_${i}">${text}</div></div></div></div></div>`).join('')}
      </div></body></html>`;
    const record = extractArticle(html, { url: 'https://www.fotoforum.example/index.php?topic=24117.0' });
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-06-14');
  });
});

describe("a thread of inline boxes", () => {
  it('sets each message apart as a block when the series is gathered', () => {
    const messages = [QUESTION, ANSWER, THANKS];
    const html = `<html><body><table>${messages.map((m) => `<tr><td><span class="postbody">${m}</span></td></tr>`).join('')}</table></body></html>`;
    const doc = parseHtml(html, url).document;
    const index = postSeries(doc).findIndex((s) => s.members.every((el) => el.localName === 'span'));
    expect(index).toBeGreaterThanOrEqual(0);
    const box = seriesContainer(doc, index);
    expect(Array.from(box?.children ?? [], (c) => c.localName)).toEqual(['div', 'div', 'div']);
    expect(box?.children[1]?.textContent).toBe(ANSWER);
  });
});

describe("a member's rank under the name", () => {
  it('is no writer, and the name linked to the member profile is', () => {
    const post = (name: string, text: string): string => `<div class="post"><div class="post_author"><div class="author_information"><strong><span class="largetext"><a href="https://forums.tuxgarage.example/user-14022.html">${name}</a></span></strong><br /><span class="smalltext">Junior Member<br /></span></div></div>
      <div class="post_content"><div class="post_body">${text}</div></div></div>`;
    const html = `<html><head><title>Wi-Fi drops on the AX210</title></head><body><h1>Wi-Fi drops on the AX210</h1><div id="posts">
      ${post('penguin_wrangler', QUESTION)}${post('kernel_kate', ANSWER)}${post('penguin_wrangler', THANKS)}</div></body></html>`;
    const record = extractArticle(html, { url: 'https://forums.tuxgarage.example/thread-19204.html' });
    expect(record.authors).not.toContain('Junior Member');
    expect(record.authors).toEqual(['penguin_wrangler']);
  });
});

describe('a vBulletin 5 thread', () => {
  it("takes the starter declared a forum post's author, not a similar topic's, nor the member's join date", () => {
    const post = (id: number, name: string, slug: string, day: string, text: string): string => `<li class="b-post js-post js-comment-entry__parent" itemscope itemtype="https://schema.org/DiscussionForumPosting">
      <meta itemprop="datePublished" content="${day}" />
      <div class="b-userinfo" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="https://www.gartenfreunde.example/member/${id}-${slug}" class="b-avatar"><img src="/avatar.png" alt="${name}" /></a>
        <div class="b-userinfo__details"><div class="author"><strong><a href="https://www.gartenfreunde.example/member/${id}-${slug}" itemprop="url"><span itemprop="name">${name}</span></a></strong></div>
        <ul><li class="b-userinfo__additional-info"><label>Registriert seit:</label> <span>14.04.2016</span></li><li><label>Beiträge:</label> <span>412</span></li></ul></div></div>
      <div class="b-post__body"><div class="b-post__timestamp"><time itemprop="dateCreated">${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}</time></div><div class="js-post__content-text" itemprop="text">${text}</div></div></li>`;
    const html = `<html><head><title>Tomaten: Braunfäule trotz Regendach - Gartenfreunde Forum</title></head><body>
      <h1>Tomaten: Braunfäule trotz Regendach</h1><ul class="conversation-list">
      ${post(6210, 'Jana_im_Garten', 'jana_im_garten', '2021-07-26T20:14:00+02:00', QUESTION)}${post(118, 'Ernst_gruen', 'ernst_gruen', '2021-07-27T07:02:00+02:00', ANSWER)}</ul>
      <div class="b-similar-topics"><ul><li><a href="/forum/28790-bluetenendfaeule">Blütenendfäule bei Paprika und Tomaten</a> <span class="b-similar-topics__meta">von Balkonbauer · 7 Antworten</span></li></ul></div></body></html>`;
    const record = extractArticle(html, { url: 'https://www.gartenfreunde.example/forum/28841-tomaten-braunfaeule' });
    expect(record.authors).toEqual(['Jana_im_Garten']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2021-07-26');
  });
});
