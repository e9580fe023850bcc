/**
 * The search domain's public surface: the engine (PostgreSQL/PGlite) behind the SearchEngine
 * interface, parameter parsing for the API and pages, query normalisation.
 */
import "server-only";
import { PgSearchEngine } from "./engine-pg";
import type { SearchEngine } from "./types";

export type * from "./types";
export { HIGHLIGHT_END, HIGHLIGHT_START } from "./types";
export { parseSearchApiParams, parseSearchPageParams } from "./schemas";
export { normalizeQuery } from "./query-normalize";

const globalForSearch = globalThis as unknown as { __qlSearchEngine?: SearchEngine };

/** The process-wide search engine. */
export function getSearchEngine(): SearchEngine {
  globalForSearch.__qlSearchEngine ??= new PgSearchEngine();
  return globalForSearch.__qlSearchEngine;
}
