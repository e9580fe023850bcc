/** Pure rules of the search indexer (lib/search/indexer.ts). */

/** Products written per INSERT … SELECT statement. */
export const INDEX_BATCH = 2_000;
/** Batches a full reindex runs at once on PostgreSQL. */
export const REINDEX_CONCURRENCY = 2;
/** Characters of a description that go into the document (weight D). */
export const DESCRIPTION_MAX_CHARS = 2_000;
/** Shortest word kept in search_terms. */
export const MIN_TERM_LENGTH = 2;

/**
 * The popularity signal used in ranking: grows with the log of the number of ratings, weighted by the
 * rating (an unrated product is 0; 100 ratings at 5★ ≈ 9.2, at 2.5★ ≈ 6.9). Non-negative.
 * Keep in step with popularitySql in indexer-sql.ts.
 */
export function popularity(ratingX100: number, ratingCount: number): number {
  const count = Math.max(0, ratingCount);
  const rating = Math.min(500, Math.max(0, ratingX100));
  return Math.log(1 + count) * (1 + rating / 500);
}
