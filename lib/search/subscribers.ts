/**
 * Keeps search_documents in step with the catalogue: every catalogue event names what changed, and the
 * documents of the affected products are rebuilt from the current catalogue (idempotent, so a repeated
 * or late delivery is harmless). Imported by lib/platform/jobs/handlers.ts.
 */
import { eq, inArray, like, or } from "drizzle-orm";
import { subscribe, type DeliveredEvent } from "@/lib/platform/events";
import { getDb } from "@/lib/platform/db";
import { categories, products } from "@/models";
import { indexProducts } from "./indexer";

const ids = (events: readonly DeliveredEvent[]) => [...new Set(events.map((e) => e.aggregateId))];

/** Escapes LIKE wildcards so a path matches literally. */
const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (m) => `\\${m}`);

async function productIdsWhere(column: typeof products.sellerId | typeof products.brandId, values: string[]): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ id: products.id }).from(products).where(inArray(column, values));
  return rows.map((r) => r.id);
}

/** Products of these categories and of everything below them (current paths). */
async function productIdsInSubtrees(categoryIds: string[]): Promise<string[]> {
  const db = await getDb();
  const roots = await db.select({ path: categories.path }).from(categories).where(inArray(categories.id, categoryIds));
  if (roots.length === 0) return [];
  const subtree = db
    .select({ id: categories.id })
    .from(categories)
    .where(or(...roots.flatMap(({ path }) => [eq(categories.path, path), like(categories.path, `${likeLiteral(path)}/%`)])));
  const rows = await db.select({ id: products.id }).from(products).where(inArray(products.categoryId, subtree));
  return rows.map((r) => r.id);
}

subscribe("product.changed", "search.index", (events) => indexProducts(ids(events)));
subscribe("seller.changed", "search.index", async (events) => indexProducts(await productIdsWhere(products.sellerId, ids(events))));
subscribe("brand.changed", "search.index", async (events) => indexProducts(await productIdsWhere(products.brandId, ids(events))));
subscribe("category.changed", "search.index", async (events) => indexProducts(await productIdsInSubtrees(ids(events))));
