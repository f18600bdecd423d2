/**
 * Old forum software and the lines every board prints: phpBB 2's table layout (its messages in
 * `<span class="postbody">`, its "View topic" label in the title, its "Posté le:" dates and its
 * register link), the count of a thread's readers, the board's clock, the thanks under a post
 * and the invitation to guests, in the languages the cleaning knows.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

const url = 'https://www.coindesbricoleurs.example/forum/viewtopic.php?t=8811';

const QUESTION = "Il y a un an et demi, j'ai refait l'enduit de la façade nord de notre longère, le tout à la chaux aérienne avec du sable de Loire, trois couches en respectant les temps de séchage.";
const ANSWER = 'Rassure-toi, le faïençage fin est très fréquent sur un enduit à la chaux aérienne et il est rarement grave : il vient presque toujours d’un séchage trop rapide de la finition.';
const THANKS = 'Le badigeon a tout arrangé chez nous, on ne voit plus rien depuis deux hivers, et la façade respire enfin comme avant les travaux de mon grand-père.';

function post(name: string, date: string, text: string, extra = ''): string {
  return `<tr><td width="150" class="row1"><span class="name"><b>${name}</b></span><br /><span class="postdetails">Inscrit le: 28 Aoû 2008</span></td>
    <td class="row1" width="100%"><table width="100%"><tr><td><span class="postdetails">Posté le: ${date}</span></td></tr>
    <tr><td colspan="2"><span class="postbody">${text}</span>${extra}</td></tr></table></td></tr>
    <tr><td class="row1"><span class="nav"><a href="#top" class="nav">Revenir en haut</a></span></td>
    <td class="row1"><a href="profile.php?mode=viewprofile&amp;u=1802"><img src="icon_profile.gif" alt="Voir le profil de l'utilisateur" /></a></td></tr>`;
}

function phpbb2(footer = ''): string {
  return `<html><head><title>Le Coin des Bricoleurs :: Voir le sujet - Fissures dans un enduit à la chaux : reprendre ou laisser ?</title></head>
  <body><table width="100%"><tr><td><a href="index.php?sid=9e1f"><img src="logo.gif" alt="Index du Forum Le Coin des Bricoleurs" /></a><span class="maintitle">Le Coin des Bricoleurs</span>
  <a href="profile.php?mode=register&amp;sid=9e1f" class="mainmenu">S'enregistrer</a>
  <a href="profile.php?mode=editprofile&amp;sid=9e1f" class="mainmenu">Profil</a></td></tr></table>
  <table width="100%"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=8811">Fissures dans un enduit à la chaux : reprendre ou laisser ?</a><br />
  <span class="gensmall"><b>Aller à la page <b>1</b>, <a href="viewtopic.php?t=8811&amp;start=15">2</a></b></span></td></tr></table>
  <table class="forumline" width="100%">
  ${post('Gégé44', 'Sam 15 Nov 2008 14:22', `Bonjour à tous,<br /><br />${QUESTION}<br /><br />Merci d'avance à ceux qui prendront le temps de répondre.`)}
  ${post('Le Compagnon', 'Sam 15 Nov 2008 16:05', `Bonjour Gégé,<br /><br />${ANSWER}<br /><br />Pour les fissures en diagonale, il faut les surveiller avec un petit témoin en plâtre.`)}
  ${post('maison_de_bourg', 'Dim 16 Nov 2008 09:41', `Peut-être rien du tout ! Chez nous, même enduit fait par un artisan reconnu, même faïençage au bout d'un an.<br /><br />${THANKS}`)}
  ${footer}</table></body></html>`;
}

describe('a phpBB 2 thread', () => {
  it('is every message, titled without the board and its "View topic" label, dated by its first post', () => {
    const record = extractArticle(phpbb2(), { url });
    expect(record.body).toContain(QUESTION);
    expect(record.body).toContain(ANSWER);
    expect(record.body).toContain(THANKS);
    expect(record.title).toBe('Fissures dans un enduit à la chaux : reprendre ou laisser ?');
    expect(record.publishedAt?.slice(0, 10)).toBe('2008-11-15');
  });

  it("takes no writer from the board's register and profile links", () => {
    const record = extractArticle(phpbb2(), { url });
    expect(record.authors).not.toContain("S'enregistrer");
    expect(record.authors).not.toContain('Profil');
  });

  it("drops the board's lines under the thread", () => {
    const footer = [
      'Folgende Benutzer haben sich bei Gégé44 für diesen Beitrag bedankt:',
      '0 Membres et 1 Invité sont en train de regarder ce sujet.',
      'Derzeit sind 1 Benutzer in diesem Thema.',
      'Husos horarios GMT +1. La hora es 22:40.',
      'All times are GMT +1. The time now is 10:32 PM.',
      'Du hast noch kein Benutzerkonto auf unserer Seite? <a href="/register/">Registriere dich kostenlos</a> und nimm an unserer Community teil!',
    ].map((line) => `<tr><td class="catBottom" colspan="2"><span class="gensmall">${line}</span></td></tr>`).join('');
    const body = extractArticle(phpbb2(footer), { url }).body;
    expect(body).toContain(THANKS);
    for (const gone of ['für diesen Beitrag bedankt', 'Invité sont en train', 'in diesem Thema', 'Husos horarios', 'All times are', 'noch kein Benutzerkonto']) expect(body).not.toContain(gone);
  });
});

describe('spans of one class', () => {
  it('are no thread when each holds a label, not a message', () => {
    const story = 'The harbour board voted on Tuesday to rebuild the north pier, after two winters of storms left its timber piles split and its deck closed to the public for most of the season.';
    const more = 'Work starts in March and should take eighteen months, the board said, with the pier reopening to anglers and walkers before the summer of the following year.';
    const menu = Array.from({ length: 12 }, (_, i) => `<span class="menu-label">Section ${i + 1} of the harbour site</span>`).join(' ');
    const html = `<html><head><title>North pier to be rebuilt</title></head><body><nav>${menu}</nav>
      <article><h1>North pier to be rebuilt</h1><p>${story}</p><p>${more}</p></article></body></html>`;
    const body = extractArticle(html, { url: 'https://news.example/pier' }).body;
    expect(body).toContain(story);
    expect(body).not.toContain('Section 3 of the harbour site');
  });
});
