/**
 * Typo tolerance (pure): which lexicon terms a misspelt word should also match. The database proposes
 * trigram-similar terms (search_terms); these rules keep only real near-misses by edit distance
 * (a swap, drop, insert or replace of a letter counts as one edit) and prefer common terms.
 */

export interface TermCandidate {
  term: string;
  docCount: number;
  /** pg_trgm similarity to the typed word, 0–1. */
  similarity: number;
}

/** Words shorter than this are never corrected (too many near neighbours). */
export const MIN_TYPO_WORD_LENGTH = 3;
/** Corrections OR-ed into the query per word. */
export const MAX_CORRECTIONS = 3;

/** Optimal-string-alignment distance: insert, delete, replace, or swap of two adjacent letters = 1 edit. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
  }
  return rows[a.length][b.length];
}

/** Edits allowed for a word of this length: one up to 5 letters, two beyond. */
export function maxEdits(length: number): number {
  return length <= 5 ? 1 : 2;
}

/** Whether a word is worth correcting at all (long enough, not a number or a code with digits). */
export function isCorrectable(word: string): boolean {
  return word.length >= MIN_TYPO_WORD_LENGTH && !/\d/.test(word);
}

/**
 * The terms a misspelt word should also match: within the allowed edits (a prefix extension also
 * counts for the last word, which may be unfinished), closest first, then the most common.
 */
export function chooseCorrections(word: string, candidates: readonly TermCandidate[], { prefix = false, limit = MAX_CORRECTIONS } = {}): TermCandidate[] {
  const allowed = maxEdits(word.length);
  const scored = candidates
    .filter((c) => c.term !== word)
    .map((c) => {
      const full = editDistance(word, c.term, allowed);
      const head = prefix && c.term.length > word.length ? editDistance(word, c.term.slice(0, word.length), allowed) : Infinity;
      return { c, d: Math.min(full, head + 0.5) };
    })
    .filter((s) => s.d <= allowed);
  scored.sort((x, y) => x.d - y.d || y.c.docCount - x.c.docCount || y.c.similarity - x.c.similarity || x.c.term.localeCompare(y.c.term));
  return scored.slice(0, limit).map((s) => s.c);
}
