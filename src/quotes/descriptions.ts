/**
 * Definite descriptions: "the company said", "the ministry said" name an organisation the
 * article gave by name earlier. The description resolves to the last organisation named
 * before it whose kind fits the head noun, when no other organisation of that kind was named
 * in the same sentence (then the writer's words are ambiguous and stay as written).
 */
import { firstIndex } from './tokens.js';
import { ORG_WORDS } from './words.js';

/** Words in a company's name that say it is a business. */
const BUSINESS_WORDS = [
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'group', 'motors',
  'airlines', 'airways', 'systems', 'technologies', 'labs', 'media', 'holdings', 'energy', 'pharmaceuticals',
  'productions', 'records', 'entertainment', 'music', 'pictures', 'films', 'label', 'games', 'software', 'foods',
  'brands', 'stores', 'studios', 'partners', 'capital', 'bank', 'network', 'company', 'corporation', 'industries',
];

/**
 * Head nouns of a description, and the words an organisation's name must hold to fit it. A
 * head noun missing here fits only names that hold the noun itself ("the ministry" → "Ministry
 * of Health", "the commission" → "European Commission").
 */
const HEAD_FITS: Readonly<Record<string, readonly string[]>> = {
  company: BUSINESS_WORDS,
  firm: BUSINESS_WORDS,
  business: BUSINESS_WORDS,
  corporation: BUSINESS_WORDS,
  conglomerate: BUSINESS_WORDS,
  group: BUSINESS_WORDS,
  label: ['records', 'label', 'music', 'group', 'entertainment'],
  studio: ['studios', 'pictures', 'films', 'productions', 'entertainment'],
  carmaker: ['motors', 'group', 'ag', 'co.', 'corp.', 'inc.'],
  automaker: ['motors', 'group', 'ag', 'co.', 'corp.', 'inc.'],
  airline: ['airlines', 'airways', 'air'],
  lender: ['bank', 'capital'],
  bank: ['bank'],
  broadcaster: ['media', 'network', 'news', 'broadcasting'],
  network: ['network', 'media', 'news', 'broadcasting'],
  police: ['police', 'constabulary'],
  force: ['police', 'force', 'forces', 'army'],
  department: ['department'],
  ministry: ['ministry'],
  agency: ['agency', 'administration', 'bureau', 'service'],
  government: ['government', 'administration'],
  office: ['office'],
  university: ['university', 'college'],
  school: ['school', 'college', 'university'],
  team: ['club', 'fc'],
  club: ['club', 'fc'],
  party: ['party'],
  union: ['union'],
  court: ['court'],
};

/** Determiner, then at most one modifier, then the head: "the company", "the production company". */
const DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;

// Runs of capitalised words holding an organisation word ("Big Machine Label Group").
const ORG_RUN = /\p{Lu}[\p{L}\p{M}&'’.-]*(?:[ \u00a0]+(?:(?:of|for|de)[ \u00a0]+)?\p{Lu}[\p{L}\p{M}&'’.-]*)+/gu;

interface OrgMention {
  /** The organisation's full name, as first written. */
  name: string;
  /** Lower-case words of the full name. */
  words: Set<string>;
  pos: number;
}

/** Sentence ends in the writer's text, to tell whether two mentions share a sentence. */
const SENTENCE_END = /[.!?]\s/gu;

/** The mentions that fit one head noun, in text order. */
interface Fitting {
  mentions: OrgMention[];
  /** For each of them, the index of the last one before it under another name, or -1. */
  otherBefore: number[];
}

/**
 * Reads the text once; each description is then answered from sorted lists (binary searches),
 * not by reading every mention and sentence end from the text's start again: a long page with
 * many organisations and "the company said" in many sentences was quadratic.
 */
export class Descriptions {
  private readonly mentions: OrgMention[] = [];
  private readonly sentenceEnds: number[] = [];
  /** The mentions that fit each head noun asked about so far. */
  private readonly fitting = new Map<string, Fitting>();

  constructor(masked: string) {
    const orgs: OrgMention[] = [];
    const orgAt = new Set<number>();
    ORG_RUN.lastIndex = 0;
    for (let m = ORG_RUN.exec(masked); m; m = ORG_RUN.exec(masked)) {
      const name = m[0].replace(/^(?:The|A|An)\s+/u, '').replace(/['’]s?$/u, '');
      const words = name.toLowerCase().split(/\s+/u);
      if (words.length < 2 || !words.some((w) => ORG_WORDS.has(w))) continue;
      orgs.push({ name, words: new Set(words), pos: m.index });
      orgAt.add(m.index);
    }
    // A long name's first two words stand for it later ("Big Machine" for Big Machine Label Group).
    const short = new Map<string, OrgMention>();
    for (const o of orgs) {
      const w = o.name.split(/\s+/u);
      if (w.length >= 3 && !ORG_WORDS.has((w[0] as string).toLowerCase()) && !ORG_WORDS.has((w[1] as string).toLowerCase())) short.set(`${w[0]} ${w[1]}`, o);
    }
    const all = [...orgs];
    for (const [alias, o] of short) {
      for (let i = masked.indexOf(alias); i >= 0; i = masked.indexOf(alias, i + alias.length)) {
        if (!orgAt.has(i)) all.push({ name: o.name, words: o.words, pos: i });
      }
    }
    this.mentions = all.sort((a, b) => a.pos - b.pos);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(masked); m; m = SENTENCE_END.exec(masked)) this.sentenceEnds.push(m.index);
  }

  /** The organisation a description ("the company") found at `pos` stands for, or null. */
  resolve(description: string, pos: number): string | null {
    const head = DESCRIPTION.exec(description)?.[1];
    if (!head) return null;
    // No organisation named before it: nothing to stand for.
    const first = this.mentions[0];
    if (!first || first.pos >= pos) return null;
    const { mentions: fit, otherBefore } = this.fittingFor(head);
    // The last organisation of that kind named before the description.
    const k = firstIndex(fit.length, (i) => (fit[i] as OrgMention).pos >= pos) - 1;
    if (k < 0) return null;
    const chosen = fit[k] as OrgMention;
    // Another organisation of that kind in the same sentence: the writer's words are ambiguous.
    const other = otherBefore[k] as number;
    if (other >= 0 && (fit[other] as OrgMention).pos >= this.sentenceStart(chosen.pos)) return null;
    return chosen.name;
  }

  private fittingFor(head: string): Fitting {
    const known = this.fitting.get(head);
    if (known) return known;
    // Own keys only: "the constructor said" must not find Object.prototype.constructor.
    const fits = Object.hasOwn(HEAD_FITS, head) ? (HEAD_FITS[head] ?? [head]) : [head];
    const mentions = this.mentions.filter((o) => fits.some((w) => o.words.has(w)));
    const otherBefore: number[] = [];
    mentions.forEach((o, k) => {
      const prev = mentions[k - 1];
      otherBefore.push(!prev ? -1 : prev.name !== o.name ? k - 1 : (otherBefore[k - 1] as number));
    });
    const made = { mentions, otherBefore };
    this.fitting.set(head, made);
    return made;
  }

  /** Where the sentence holding `pos` starts: the last sentence end before it, else 0. */
  private sentenceStart(pos: number): number {
    const k = firstIndex(this.sentenceEnds.length, (i) => (this.sentenceEnds[i] as number) >= pos);
    return k > 0 ? (this.sentenceEnds[k - 1] as number) : 0;
  }
}
