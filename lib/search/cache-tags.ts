/** Cache tag of everything derived from the search index (results, facets, suggestions); bumped by the indexer and synonym edits. */
export const SEARCH_CACHE_TAG = "search";
