import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { invalidateTags } from "@/lib/platform/cache/tagged";
import { getDb } from "@/lib/platform/db";
import { fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/platform/errors";
import { searchSynonyms, type SearchSynonym } from "@/models";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { forgetSearchVersion } from "./query-memo";
import { createSynonymSchema, deleteSynonymSchema, updateSynonymSchema } from "./synonym-schemas";
import type { z } from "zod";

/**
 * Admin writes to search synonyms ("search:manage"). Every write bumps SEARCH_CACHE_TAG, so cached
 * results and suggestions are dropped and the next search expands with the new rules.
 */

/** Shared caches everywhere, and this process's copy of the version at once: the next search here sees the change. */
async function bumpSearchCache(): Promise<void> {
  await invalidateTags([SEARCH_CACHE_TAG]);
  forgetSearchVersion();
}

export const SYNONYM_NOT_FOUND = "That synonym rule no longer exists. Refresh the page to see the current list.";

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return parsed.data;
}

export async function createSynonym(actor: Actor | null, input: unknown): Promise<SearchSynonym> {
  const who = assertCan(actor, "search:manage");
  const { terms, oneWay } = parse(createSynonymSchema, input);
  const db = await getDb();
  const [row] = await db.insert(searchSynonyms).values({ terms, oneWay, createdBy: who.id }).returning();
  await bumpSearchCache();
  return row;
}

export async function updateSynonym(actor: Actor | null, input: unknown): Promise<SearchSynonym> {
  assertCan(actor, "search:manage");
  const { id, terms, oneWay } = parse(updateSynonymSchema, input);
  const db = await getDb();
  const [row] = await db.update(searchSynonyms).set({ terms, oneWay, updatedAt: sql`now()` }).where(eq(searchSynonyms.id, id)).returning();
  if (!row) throw new NotFoundError(SYNONYM_NOT_FOUND);
  await bumpSearchCache();
  return row;
}

export async function deleteSynonym(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "search:manage");
  const { id } = parse(deleteSynonymSchema, input);
  const db = await getDb();
  const [row] = await db.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).returning({ id: searchSynonyms.id });
  if (!row) throw new NotFoundError(SYNONYM_NOT_FOUND);
  await bumpSearchCache();
  return row;
}
