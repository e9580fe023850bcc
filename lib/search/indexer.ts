/**
 * The write side of search: builds search_documents rows (one per product on sale) from the catalogue,
 * keeps the search_terms lexicon in step and bumps SEARCH_CACHE_TAG. Called by the outbox subscribers
 * (lib/search/subscribers.ts), the seed and start-up (reindexAll), never by pages.
 */
import { sql } from "drizzle-orm";
import { databaseKind, getDb, queryRows, type Executor } from "@/lib/platform/db";
import { invalidateTags } from "@/lib/platform/cache/tagged";
import { logger } from "@/lib/platform/logger";
import { products, searchDocuments } from "@/models";
import { SEARCH_CACHE_TAG } from "./cache-tags";
import { chunks } from "@/lib/platform/chunks";
import { INDEX_BATCH, REINDEX_CONCURRENCY } from "./indexer-rules";
import {
  countVisibleSql,
  deleteDocumentsSql,
  deleteStaleDocumentsSql,
  lockIndexSql,
  pruneTermsSql,
  rebuildDocumentsSql,
  rebuildTermsSql,
  upsertDocumentsSql,
  visibleIdsAfterSql,
} from "./indexer-sql";

async function bumpSearchCache(): Promise<void> {
  await invalidateTags([SEARCH_CACHE_TAG]).catch((err: unknown) => logger.warn({ err }, "search cache invalidation failed"));
}

async function inIndexTransaction(work: (tx: Executor) => Promise<void>): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(lockIndexSql());
    await work(tx);
  });
}

/** Rebuilds the documents of these products: those on sale are (re)written, the others removed. */
export async function indexProducts(productIds: readonly string[]): Promise<void> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  for (const batch of chunks(ids, INDEX_BATCH)) {
    await inIndexTransaction(async (tx) => {
      await tx.execute(upsertDocumentsSql(tx, batch));
      await tx.execute(pruneTermsSql);
    });
  }
  await bumpSearchCache();
}

/** Removes these products' documents (whatever their catalogue state). */
export async function removeProducts(productIds: readonly string[]): Promise<void> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  for (const batch of chunks(ids, INDEX_BATCH)) {
    await inIndexTransaction(async (tx) => {
      await tx.execute(deleteDocumentsSql(batch));
      await tx.execute(pruneTermsSql);
    });
  }
  await bumpSearchCache();
}

/**
 * Rebuilds every document in batches of INDEX_BATCH products (keyset over product ids), removes the
 * documents of products no longer on sale, then rebuilds search_terms in one pass.
 */
export async function reindexAll(onProgress?: (done: number, total: number) => void): Promise<{ indexed: number }> {
  const db = await getDb();
  // Batches touch disjoint rows and no terms, so PostgreSQL may run two at once; PGlite has one connection.
  const concurrency = (await databaseKind()) === "postgres" ? REINDEX_CONCURRENCY : 1;
  const [{ n: total }] = await queryRows<{ n: number }>(db, countVisibleSql());
  let done = 0;
  let after: string | null = null;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  onProgress?.(0, total);
  for (;;) {
    const rows: { id: string }[] = await queryRows<{ id: string }>(db, visibleIdsAfterSql(after, INDEX_BATCH));
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.id);
    after = ids[ids.length - 1];
    const batch: Promise<void> = db
      .execute(rebuildDocumentsSql(db, ids))
      .then(
        () => {
          done += ids.length;
          onProgress?.(done, Math.max(total, done));
        },
        (err: unknown) => {
          failure ??= err;
        },
      )
      .finally(() => inFlight.delete(batch));
    inFlight.add(batch);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  await inIndexTransaction(async (tx) => {
    await tx.execute(deleteStaleDocumentsSql());
    for (const statement of rebuildTermsSql) await tx.execute(statement);
  });
  await bumpSearchCache();
  return { indexed: done };
}

/** True when products exist but no document does (a database from before search, or a seed without indexing). */
export async function indexLooksEmpty(executor?: Executor): Promise<boolean> {
  const db = executor ?? (await getDb());
  const [row] = await queryRows<{ docs: boolean; products: boolean }>(
    db,
    sql`select exists (select 1 from ${searchDocuments}) as docs, exists (select 1 from ${products}) as products`,
  );
  return Boolean(row?.products) && !row?.docs;
}

/**
 * Builds every document when the index is empty but the catalogue is not (a database seeded or
 * migrated before search existed). Cheap when there is nothing to do: two EXISTS probes.
 */
export async function ensureSearchIndex(log: (line: string) => void = (line) => logger.info(line)): Promise<{ indexed: number } | null> {
  if (!(await indexLooksEmpty())) return null;
  const started = performance.now();
  log("search index is empty: building documents for the products on sale …");
  const result = await reindexAll();
  log(`search documents ${result.indexed} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
