import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db";
import { hasLongerTerm, type Lexicon } from "./typo-lexicon";
import { chooseCorrections, isCorrectable, type TermCandidate } from "./typo-rules";

/**
 * Lexicon lookups for typo tolerance (search_terms: the catalogue's words with document counts). A
 * word is known when the lexicon has it; candidates for an unknown word are its one-edit variants
 * (precise for short words, where trigrams say little) and, for longer words with none, the
 * trigram-similar terms pg_trgm finds (two edits and more).
 */

const LATIN = "abcdefghijklmnopqrstuvwxyz";
/** Words up to this long get their one-edit variants looked up. */
const MAX_VARIANT_WORD = 9;
/** Words at least this long without a one-edit neighbour are matched by trigram similarity. */
const MIN_TRIGRAM_WORD = 6;

/** Every string one edit (drop, swap, replace, insert of a Latin letter) away from `word`. */
export function oneEditVariants(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LATIN) {
      out.add(head + c + tail);
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}

export interface WordFacts {
  known: Set<string>;
  prefixes: Set<string>;
  docCounts: Map<string, number>;
}

/** Which words the lexicon has, and (for `prefixWord`) whether some longer term starts with it. */
export function lookupWords(lexicon: Lexicon, words: readonly string[], prefixWord: string | null): WordFacts {
  const known = new Set<string>();
  const docCounts = new Map<string, number>();
  for (const w of words) {
    const n = lexicon.counts.get(w);
    if (n !== undefined) {
      known.add(w);
      docCounts.set(w, n);
    }
  }
  const prefixes = new Set<string>(prefixWord && prefixWord.length >= 2 && hasLongerTerm(lexicon, prefixWord) ? [prefixWord] : []);
  return { known, prefixes, docCounts };
}

/**
 * Corrections for each of `words` (best first): one-edit neighbours from the in-memory lexicon, and for
 * longer words without one, trigram-similar terms from search_terms (pg_trgm, one statement for all).
 */
export async function findCorrections(db: Executor, lexicon: Lexicon, words: readonly string[], prefixWord: string | null): Promise<Map<string, TermCandidate[]>> {
  const targets = [...new Set(words.filter(isCorrectable))];
  const out = new Map<string, TermCandidate[]>();
  const needTrigram: string[] = [];
  for (const w of targets) {
    const near = (w.length <= MAX_VARIANT_WORD ? oneEditVariants(w) : []).flatMap((v) => {
      const n = lexicon.counts.get(v);
      return n === undefined ? [] : [{ term: v, docCount: n, similarity: 0 }];
    });
    const chosen = chooseCorrections(w, near, { prefix: w === prefixWord });
    if (chosen.length) out.set(w, chosen);
    else if (w.length >= MIN_TRIGRAM_WORD) needTrigram.push(w);
  }
  if (!needTrigram.length) return out;
  const rows = await queryRows<{ word: string; term: string; doc_count: number; sim: number }>(
    db,
    sql`select w.word, t.term, t.doc_count, t.sim from unnest(string_to_array(${needTrigram.join(" ")}, ' ')) w(word)
      cross join lateral (
        select term, doc_count, similarity(term, w.word)::float8 as sim from search_terms
        where term % w.word order by similarity(term, w.word) desc, doc_count desc limit 15
      ) t`,
  );
  for (const w of needTrigram) {
    const candidates = rows.filter((r) => r.word === w).map((r) => ({ term: r.term, docCount: Number(r.doc_count), similarity: Number(r.sim) }));
    const chosen = chooseCorrections(w, candidates, { prefix: w === prefixWord });
    if (chosen.length) out.set(w, chosen);
  }
  return out;
}
