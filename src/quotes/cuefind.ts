/**
 * Finding cue words in tokens. The cue lists (cues.ts) are compiled once, at load, into
 * sets and a phrase table keyed by first word, so each look-up is a hash probe.
 */
import { ACCORDING, ALL_CUES, IMAGINED, INVERTED_ONLY } from './cues.js';
import type { Token } from './tokens.js';
import { NAMING_WORDS } from './words.js';

export type CueType = 'speech' | 'imagined' | 'according' | 'naming' | 'inverted';

export interface CueHit {
  /** The cue as written ("said", "pointed out", "according to"). */
  text: string;
  type: CueType;
  /** Token index of the first and last word. */
  first: number;
  last: number;
  /** French inversion carries its pronoun: "dit-il", "a-t-elle déclaré". */
  pronoun?: string;
}

interface Entry {
  words: string[];
  type: CueType;
  /** The cue as reported: its words, the first in lower case ("According to" → "according to"). */
  text: string;
}

const RANK: Record<CueType, number> = { imagined: 0, naming: 1, according: 2, speech: 3, inverted: 4 };
const PHRASES = new Map<string, Entry[]>();
function add(phrase: string, type: CueType): void {
  const words = phrase.split(' ');
  const key = words[0] as string;
  const list = PHRASES.get(key) ?? [];
  list.push({ words, type, text: phrase.replace(/^./u, (c) => c.toLowerCase()) });
  // Longest phrase first; for the same words imagined and naming readings win over speech
  // ("described" names more often than it reports).
  list.sort((x, y) => y.words.length - x.words.length || RANK[x.type] - RANK[y.type]);
  PHRASES.set(key, list);
}
for (const c of ALL_CUES) add(c, 'speech');
for (const c of IMAGINED) add(c, 'imagined');
for (const c of ACCORDING) add(c, 'according');
for (const c of NAMING_WORDS) add(c, 'naming');
for (const c of INVERTED_ONLY) add(c, 'inverted');

const SINGLE_SPEECH = new Set(ALL_CUES.filter((c) => !c.includes(' ')));

/** Is this word a speech cue on its own? (Used to stop noun phrases at the verb.) */
export function isCueWord(text: string): boolean {
  return SINGLE_SPEECH.has(text) || IMAGINED_SET.has(text);
}
const IMAGINED_SET = new Set<string>(IMAGINED.filter((c) => !c.includes(' ')));

// French inversion: "dit-il", "explique-t-elle", "a-t-il" (before a participle).
const FR_INVERSION = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;

/** The cue starting at token i, if any. */
export function cueAt(tokens: readonly Token[], i: number): CueHit | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const inv = t.text.includes('-') ? FR_INVERSION.exec(t.text) : null;
  if (inv) {
    const verb = inv[1] as string;
    const pronoun = inv[2] as string;
    if (SINGLE_SPEECH.has(verb)) return { text: verb, type: 'speech', first: i, last: i, pronoun };
    const next = tokens[i + 1];
    if ((verb === 'a' || verb === 'avait') && next && SINGLE_SPEECH.has(next.text)) return { text: next.text, type: 'speech', first: i, last: i + 1, pronoun };
    return null;
  }
  const list = PHRASES.get(t.text);
  if (!list) return null;
  for (const e of list) {
    let ok = true;
    for (let k = 1; k < e.words.length; k++) {
      if (tokens[i + k]?.text !== e.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { text: e.text, type: e.type, first: i, last: i + e.words.length - 1 };
  }
  return null;
}

/** All cues in tokens[from..to), left to right. */
export function cuesIn(tokens: readonly Token[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let i = from; i < to; i++) {
    const hit = cueAt(tokens, i);
    if (hit && hit.last < to) {
      out.push(hit);
      i = hit.last;
    }
  }
  return out;
}
