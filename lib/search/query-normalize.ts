/**
 * Query normalisation shared by search, suggestions and the search log: what the shopper typed becomes
 * lower-case, unaccented words of letters and digits. HTML, punctuation and anything SQL-looking is only
 * text to split on — every query reaches the database as a bound parameter, never as SQL.
 */

/** Characters of a query that are looked at; the rest is ignored. */
export const MAX_QUERY_CHARS = 200;
/** Words of a query that take part in matching. */
export const MAX_QUERY_WORDS = 10;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** "Crème BRÛLÉE <b>mix</b>!!" → "creme brulee mix". */
export function normalizeQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_CHARS)
    .replace(/<[^>]*>?/g, " ")
    .replace(/&(#\d+|[a-z]+);/gi, (m, name: string) => (name.startsWith("#") ? " " : (ENTITIES[name.toLowerCase()] ?? " ")))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The words of a normalised query (at most MAX_QUERY_WORDS). */
export function tokenize(normalized: string): string[] {
  return normalized.split(" ").filter(Boolean).slice(0, MAX_QUERY_WORDS);
}

/** Words safe to place in a tsquery text: only letters, marks and digits, never its operators. */
export function isPlainWord(word: string): boolean {
  return /^[\p{L}\p{M}\p{N}]+$/u.test(word);
}
