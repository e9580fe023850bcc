/**
 * Synonym rules (pure). A rule is a list of phrases: an equivalent group makes each phrase find all the
 * others ("tv" ↔ "television"); a one-way rule makes only the first phrase also find the rest
 * ("atta" → "wheat flour"). Phrases are normalised like queries and may have several words.
 */
import { normalizeQuery, tokenize } from "./query-normalize";

export interface SynonymRule {
  id: string;
  /** Normalised phrases, at least two. */
  terms: string[];
  oneWay: boolean;
}

export const MAX_SYNONYM_TERMS = 20;
export const MAX_PHRASE_WORDS = 4;

/** "TV, Télévision ,tv" → ["tv", "television"]: normalised, de-duplicated, in the order given. */
export function parseSynonymTerms(text: string): string[] {
  const phrases = text
    .split(/[,\n;]/)
    .map((p) => tokenize(normalizeQuery(p)).slice(0, MAX_PHRASE_WORDS).join(" "))
    .filter(Boolean);
  return [...new Set(phrases)];
}

/** Phrase → the phrases it also finds. */
export type SynonymIndex = Map<string, string[]>;

export function buildSynonymIndex(rules: readonly SynonymRule[]): SynonymIndex {
  const out = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    let set = out.get(from);
    if (!set) out.set(from, (set = new Set()));
    set.add(to);
  };
  for (const rule of rules) {
    const [head, ...rest] = rule.terms;
    if (!head || rest.length === 0) continue;
    if (rule.oneWay) for (const t of rest) add(head, t);
    else for (const a of rule.terms) for (const b of rule.terms) add(a, b);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/** A run of query words and what else it may match (each alternative a phrase). */
export interface QuerySegment {
  words: string[];
  synonyms: string[];
}

/**
 * Splits the words into segments, taking at each position the longest phrase that has synonyms
 * ("wheat flour 5 kg" with "wheat flour" ↔ "atta" → ["wheat flour" + "atta"], ["5"], ["kg"]).
 */
export function segmentWithSynonyms(words: readonly string[], index: SynonymIndex): QuerySegment[] {
  const out: QuerySegment[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && !taken; n--) {
      const synonyms = index.get(words.slice(i, i + n).join(" "));
      if (synonyms) {
        out.push({ words: words.slice(i, i + n), synonyms });
        taken = n;
      }
    }
    if (!taken) {
      out.push({ words: [words[i]], synonyms: [] });
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/** Every word that appears in some rule (such words are never "corrected" as typos). */
export function synonymVocabulary(index: SynonymIndex): Set<string> {
  const words = new Set<string>();
  for (const [k, v] of index) for (const phrase of [k, ...v]) for (const w of phrase.split(" ")) words.add(w);
  return words;
}
