/**
 * Quoted words inside the writer's own clauses: after a relative clause ("a task order that
 * should be released “sometime soon”") they qualify the writer's noun, and in a clause under a
 * sentence about someone else no earlier speaker's words go on. The controls keep what the
 * rules must not touch.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

const texts = (body: string): string[] => extractQuotes(body).map((q) => q.text);

describe('short quotations after a relative clause', () => {
  it('are not the speaker’s when the relative clause stands between the cue and them', () => {
    expect(texts('Ana Ruiz said the agency is drafting a new order that should be released “sometime soon” for bidders.')).toEqual([]);
  });

  it('still are after a reporting "that"', () => {
    const quotes = extractQuotes('Ana Ruiz said that the risk was “extremely low” for travellers.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['extremely low', 'Ana Ruiz']]);
  });
});

describe('quotations without a cue in a clause of the writer’s', () => {
  const before = 'Fifty-one percent say that “the plan was wrong and should be dropped.” And 70 percent of voters say the plan was wrong. ';

  it('do not continue an earlier speaker under a sentence about someone else', () => {
    const body = `${before}A second Harbour Institute survey shows that most voters want the council to act if the mayor “broke the rules during the tender for the ferry contract.”`;
    expect(texts(body)).toEqual(['the plan was wrong and should be dropped.']);
  });

  it('still continue when the sentence’s subject is the speaker', () => {
    const body = 'Ana Ruiz said the council was wrong. Ruiz, by her own account, has given “plenty of statements that were truthful and accurate.”';
    expect(extractQuotes(body).map((q) => [q.text, q.speaker])).toEqual([['plenty of statements that were truthful and accurate.', 'Ana Ruiz']]);
  });
});
