import { sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { productImageFeatures } from "@/models";
import { getCache } from "@/lib/platform/cache";
import { logger } from "@/lib/platform/logger";
import { FEATURE_VERSION, vectorToBytes, type ImageFeatures } from "./features";

/**
 * Reads and writes of product_image_features (no "server-only": the seed and the worker use it), and
 * the shared-cache stamp that tells every process's in-memory index to reload.
 */

export const VISUAL_STAMP_KEY = "visual:features:stamp";

/** Tells every process that the stored features changed (their next search reloads). */
export async function markFeaturesChanged(): Promise<void> {
  try {
    await getCache().set(VISUAL_STAMP_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  } catch (err) {
    logger.warn({ err }, "visual index: could not bump the features stamp");
  }
}

export async function readFeaturesCacheStamp(): Promise<string | null> {
  try {
    return await getCache().get(VISUAL_STAMP_KEY);
  } catch (err) {
    logger.warn({ err }, "visual index: cache unavailable, relying on the database check");
    return null;
  }
}

export interface ImageToProcess {
  imageId: string;
  productId: string;
  storageKey: string;
}

/**
 * Images without features of the current version: of these products, or (productIds null) of the
 * whole catalogue, at most `limit`, by id after `afterImageId`, so a backfill walks forward batch by
 * batch and never loops on an image it could not read.
 */
export async function imagesWithoutFeatures(
  productIds: readonly string[] | null,
  limit: number,
  executor?: Executor,
  afterImageId: string | null = null,
): Promise<ImageToProcess[]> {
  const db = executor ?? (await getDb());
  if (productIds && productIds.length === 0) return [];
  const only = productIds ? sql`and i.product_id in (${sql.join(productIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const after = afterImageId ? sql`and i.id > ${afterImageId}::uuid` : sql``;
  const rows = await queryRows<{ image_id: string; product_id: string; storage_key: string }>(
    db,
    sql`select i.id as image_id, i.product_id, i.storage_key
      from product_images i left join product_image_features f on f.image_id = i.id
      where (f.image_id is null or f.version <> ${FEATURE_VERSION}) ${only} ${after}
      order by i.id limit ${limit}`,
  );
  return rows.map((r) => ({ imageId: r.image_id, productId: r.product_id, storageKey: r.storage_key }));
}

export async function saveFeatures(rows: { imageId: string; productId: string; features: ImageFeatures }[], executor?: Executor): Promise<void> {
  if (rows.length === 0) return;
  const db = executor ?? (await getDb());
  await db
    .insert(productImageFeatures)
    .values(rows.map((r) => ({ imageId: r.imageId, productId: r.productId, hash: r.features.hash, vector: vectorToBytes(r.features.vector), version: FEATURE_VERSION })))
    .onConflictDoUpdate({
      target: productImageFeatures.imageId,
      set: { productId: sql`excluded.product_id`, hash: sql`excluded.hash`, vector: sql`excluded.vector`, version: sql`excluded.version`, computedAt: sql`now()` },
    });
}

/** A cheap fingerprint of the stored features (row count + latest write), to notice changes. */
export async function featuresStamp(): Promise<string> {
  const db = await getDb();
  const [row] = await queryRows<{ n: number; latest: string | null }>(
    db,
    sql`select count(*)::int as n, max(computed_at)::text as latest from product_image_features where version = ${FEATURE_VERSION}`,
  );
  return `${row?.n ?? 0}@${row?.latest ?? "-"}`;
}

export interface FeatureRow {
  imageId: string;
  productId: string;
  vector: Uint8Array;
}

/** Every current-version vector, grouped by product (rows of one product are adjacent), in pages. */
export async function* allFeatureRows(pageSize = 5_000): AsyncGenerator<FeatureRow[]> {
  const db = await getDb();
  let after: { productId: string; imageId: string } | null = null;
  for (;;) {
    const cursor: ReturnType<typeof sql> = after ? sql`and (product_id, image_id) > (${after.productId}::uuid, ${after.imageId}::uuid)` : sql``;
    const rows = await queryRows<{ image_id: string; product_id: string; vector: Uint8Array | string }>(
      db,
      sql`select image_id, product_id, vector from product_image_features
        where version = ${FEATURE_VERSION} ${cursor} order by product_id, image_id limit ${pageSize}`,
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({ imageId: r.image_id, productId: r.product_id, vector: toBytes(r.vector) }));
    const last = rows[rows.length - 1];
    after = { productId: last.product_id, imageId: last.image_id };
    if (rows.length < pageSize) return;
  }
}

/** bytea arrives as a Buffer (node-postgres), a Uint8Array (PGlite) or, raw, as "\x…" hex text. */
function toBytes(value: Uint8Array | string): Uint8Array {
  if (typeof value !== "string") return value;
  return Buffer.from(value.startsWith("\\x") ? value.slice(2) : value, "hex");
}

