import "server-only";
import type { Executor } from "@/lib/platform/db";
import { buildTextPlan, type TextPlan } from "./query-plan";
import { segmentWithSynonyms, synonymVocabulary, type SynonymIndex } from "./synonym-rules";
import { getLexicon } from "./typo-lexicon";
import { findCorrections, lookupWords } from "./typo-queries";
import { editDistance, isCorrectable } from "./typo-rules";

/**
 * The text side of a search: words → synonym segments → lexicon facts (known words, prefix
 * completions, typo corrections) → the tsquery plan. Two small lexicon statements at most.
 */
export interface TextAnalysis {
  plan: TextPlan;
  words: string[];
  known: Set<string>;
  docCounts: Map<string, number>;
  /** The words that mean something to the catalogue (known, completions, synonyms, or corrected), typos replaced. */
  meaningful: string[];
}

export async function analyseText(db: Executor, words: readonly string[], synonyms: SynonymIndex): Promise<TextAnalysis> {
  const segments = segmentWithSynonyms(words, synonyms);
  const vocabulary = synonymVocabulary(synonyms);
  const last = words.at(-1) ?? null;
  const lexicon = await getLexicon();
  const facts = lookupWords(lexicon, words, last);
  const unknown = words.filter((w) => !facts.known.has(w) && !vocabulary.has(w) && !(w === last && facts.prefixes.has(w)));
  const found = await findCorrections(db, lexicon, unknown, last);
  const corrections = new Map([...found].map(([w, cs]) => [w, cs.map((c) => c.term)]));
  // A corrected word may itself have synonyms ("televison" → "television" ↔ "tv").
  for (const s of segments) {
    const fixed = s.words.length === 1 && s.synonyms.length === 0 ? corrections.get(s.words[0])?.[0] : undefined;
    if (fixed) s.synonyms = synonyms.get(fixed) ?? [];
  }
  const plan = buildTextPlan(segments, { known: facts.known, prefixes: facts.prefixes, corrections });
  const meaningful = words.flatMap((w) => (unknown.includes(w) ? (corrections.get(w)?.slice(0, 1) ?? []) : [w]));
  return { plan, words: [...words], known: facts.known, docCounts: facts.docCounts, meaningful };
}

/**
 * "Did you mean" for a search that found little: the words rewritten to much more common lexicon
 * neighbours (a real but rare word may be a typo of a common one), or null.
 */
export async function suggestAlternative(db: Executor, analysis: TextAnalysis): Promise<string | null> {
  const candidates = analysis.words.filter(isCorrectable);
  if (!candidates.length) return null;
  const corrections = await findCorrections(db, await getLexicon(), candidates, null);
  let changed = false;
  const rewritten = analysis.words.map((w) => {
    const own = analysis.docCounts.get(w) ?? 0;
    const best = corrections.get(w)?.find((c) => c.docCount > Math.max(3 * own, 1));
    if (!best || editDistance(w, best.term) === 0) return w;
    changed = true;
    return best.term;
  });
  return changed ? rewritten.join(" ") : null;
}
