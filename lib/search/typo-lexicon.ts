import "server-only";
import { sql } from "drizzle-orm";
import { cached } from "@/lib/platform/cache/tagged";
import { getDb, queryRows } from "@/lib/platform/db";
import { logger } from "@/lib/platform/logger";
import { SEARCH_CACHE_TAG } from "./cache-tags";

/**
 * The search_terms lexicon held in memory, so the checks every search makes ("is this a word of the
 * catalogue?", "does some word start with this?", "which words are one edit away?") cost no round trip.
 * It follows the index: when SEARCH_CACHE_TAG moves, the next search reloads it in the background
 * (at most every RELOAD_SECONDS) and keeps using the previous copy meanwhile — a stale copy only
 * misses typo corrections towards brand-new words; the words as typed are always searched too.
 */

const RELOAD_SECONDS = 10;

export interface Lexicon {
  counts: Map<string, number>;
  /** Terms in code-point order, for prefix checks. */
  sorted: string[];
}

async function load(): Promise<Lexicon> {
  const db = await getDb();
  const rows = await queryRows<{ term: string; doc_count: number }>(db, sql`select term, doc_count from search_terms`);
  const counts = new Map(rows.map((r) => [r.term, Number(r.doc_count)]));
  const sorted = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { counts, sorted };
}

interface State {
  token: string;
  lexicon: Promise<Lexicon>;
  loadedAt: number;
  reloading: boolean;
}

const globalForLexicon = globalThis as unknown as { __qlLexicon?: State };

export async function getLexicon(): Promise<Lexicon> {
  const token = await cached("search:lexicon-version", async () => String(Date.now()) + Math.random(), { tags: [SEARCH_CACHE_TAG], ttlSeconds: 3600 });
  const state = globalForLexicon.__qlLexicon;
  if (!state) {
    const lexicon = load();
    globalForLexicon.__qlLexicon = { token, lexicon, loadedAt: Date.now(), reloading: false };
    lexicon.catch(() => (globalForLexicon.__qlLexicon = undefined));
    return lexicon;
  }
  if (state.token !== token && !state.reloading && Date.now() - state.loadedAt >= RELOAD_SECONDS * 1000) {
    state.reloading = true;
    load()
      .then((lexicon) => (globalForLexicon.__qlLexicon = { token, lexicon: Promise.resolve(lexicon), loadedAt: Date.now(), reloading: false }))
      .catch((err: unknown) => {
        state.reloading = false;
        logger.warn({ err }, "search lexicon reload failed");
      });
  }
  return state.lexicon;
}

/** Drops the in-memory lexicon so the next search loads it afresh (tests, after a full reindex). */
export function forgetLexicon(): void {
  globalForLexicon.__qlLexicon = undefined;
}

/** Whether some term longer than `prefix` starts with it. */
export function hasLongerTerm(lexicon: Lexicon, prefix: string): boolean {
  let lo = 0;
  let hi = lexicon.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lexicon.sorted[mid] <= prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < lexicon.sorted.length && lexicon.sorted[lo].startsWith(prefix);
}
