/**
 * A byline that goes on past the writer's name: the publication the writer signs for ("for The
 * Guardian") and contributors credited with "with additional reporting by". Neither is part of
 * the name.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { extractArticle } from '../../src/pipeline.js';

const STORY = `<h1>Council approves new budget for schools</h1>${'<p>The council met on Monday to discuss the new budget for the town and its schools, officials said.</p>'.repeat(3)}`;

function pageAuthors(byline: string): string[] {
  const html = `<!doctype html><html lang="en"><head><title>Council approves new budget for schools</title></head><body><article>${STORY.replace('</h1>', `</h1><p class="byline">${byline}</p>`)}</article></body></html>`;
  return extractArticle(html, { url: 'https://news.example/2026/11/30/story.html' }).authors;
}

describe('the publication a writer signs for', () => {
  it('is cut from the name in a page\'s byline', () => {
    expect(pageAuthors('By Jane Roe for The Guardian')).toEqual(['Jane Roe']);
  });

  it('is cut in English, German, French, Spanish and Portuguese', () => {
    expect(cleanAuthors(['By Jane Roe for The Guardian'])).toEqual(['Jane Roe']);
    expect(cleanAuthors(['By Jane Roe for the Guardian'])).toEqual(['Jane Roe']);
    expect(cleanAuthors(['Von Jana Roth für die Zeit'])).toEqual(['Jana Roth']);
    expect(cleanAuthors(['Par Jeanne Roux pour Le Monde'])).toEqual(['Jeanne Roux']);
    expect(cleanAuthors(['Por Juana Ruiz para El País'])).toEqual(['Juana Ruiz']);
    expect(cleanAuthors(['Por Joana Rocha para o Público'])).toEqual(['Joana Rocha']);
  });

  it('leaves every writer before it', () => {
    expect(cleanAuthors(['By Jane Roe and John Smith for The Guardian'])).toEqual(['Jane Roe', 'John Smith']);
    expect(cleanAuthors(['By Jane Roe for The Guardian, John Smith for The Times'])).toEqual(['Jane Roe', 'John Smith']);
  });

  it('is not cut from a body\'s name, where "for" is part of it', () => {
    expect(cleanAuthors(['Institute for Fiscal Studies'])).toEqual(['Institute for Fiscal Studies']);
    expect(cleanAuthors(['Bundesministerium für Gesundheit'])).toEqual(['Bundesministerium für Gesundheit']);
  });
});

describe('contributors credited with "with"', () => {
  it('leave no "with" on the writer\'s name', () => {
    expect(pageAuthors('By Jane Roe with additional reporting by John Smith')).toEqual(['Jane Roe']);
    expect(cleanAuthors(['By Jane Roe with additional reporting by John Smith'])).toEqual(['Jane Roe']);
    expect(cleanAuthors(['By Jane Roe with reporting by John Smith'])).toEqual(['Jane Roe']);
  });

  it('are dropped in German, French, Spanish and Portuguese, as agencies are', () => {
    expect(cleanAuthors(['Von Jana Roth mit Material von dpa'])).toEqual(['Jana Roth']);
    expect(cleanAuthors(['Par Jeanne Roux avec AFP'])).toEqual(['Jeanne Roux']);
    expect(cleanAuthors(['Par Jeanne Roux avec la collaboration de Paul Martin'])).toEqual(['Jeanne Roux']);
    expect(cleanAuthors(['Por Juana Ruiz con información de EFE'])).toEqual(['Juana Ruiz']);
    expect(cleanAuthors(['Por Joana Rocha com informações de agências'])).toEqual(['Joana Rocha']);
  });
});
