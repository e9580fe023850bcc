import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { searchSynonyms } from "@/models";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { memoByTags } from "./query-memo";
import { buildSynonymIndex, type SynonymIndex, type SynonymRule } from "./synonym-rules";

/** A synonym rule as the admin list shows it. */
export interface SynonymDto extends SynonymRule {
  createdAt: Date;
  updatedAt: Date;
}

export async function listSynonyms(): Promise<SynonymDto[]> {
  const db = await getDb();
  const rows = await db.select().from(searchSynonyms).orderBy(desc(searchSynonyms.updatedAt), searchSynonyms.id);
  return rows.map((r) => ({ id: r.id, terms: r.terms, oneWay: r.oneWay, createdAt: r.createdAt, updatedAt: r.updatedAt }));
}

async function loadRules(): Promise<SynonymRule[]> {
  const db = await getDb();
  const rows = await db.select({ id: searchSynonyms.id, terms: searchSynonyms.terms, oneWay: searchSynonyms.oneWay }).from(searchSynonyms);
  return rows;
}

/**
 * The synonym index searches expand queries with: the rules come from the shared tag-invalidated
 * cache (a synonym edit bumps SEARCH_CACHE_TAG, so the next search sees it in every process).
 */
export async function getSynonymIndex(): Promise<SynonymIndex> {
  return memoByTags("synonyms", [SEARCH_CACHE_TAG], 300, async () => buildSynonymIndex(await loadRules()));
}
