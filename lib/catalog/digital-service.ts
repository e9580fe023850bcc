import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { digitalFiles, licenceKeys, productVariants, type DigitalFile } from "@/models";
import { digitalStockOnHand } from "./product-rules";

/**
 * Digital goods: the downloadable file (delivered by a signed link after payment, in the orders
 * issue) and the licence key pool. Keys are only ever added here; handing one out sets assignedAt.
 */

const KEY_CHUNK = 1000;

export interface LicenceKeyCounts {
  available: number;
  assigned: number;
}

/** Adds keys to the product's pool, skipping keys it already has; returns how many were new. */
export async function addLicenceKeys(ex: Executor, productId: string, keys: readonly string[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < keys.length; i += KEY_CHUNK) {
    const rows = await ex
      .insert(licenceKeys)
      .values(keys.slice(i, i + KEY_CHUNK).map((key) => ({ productId, key })))
      .onConflictDoNothing({ target: [licenceKeys.productId, licenceKeys.key] })
      .returning({ id: licenceKeys.id });
    added += rows.length;
  }
  return added;
}

export async function licenceKeyCounts(ex: Executor, productId: string): Promise<LicenceKeyCounts> {
  const [row] = await ex
    .select({
      available: sql<number>`count(*) filter (where ${licenceKeys.assignedAt} is null)::int`,
      assigned: sql<number>`count(*) filter (where ${licenceKeys.assignedAt} is not null)::int`,
    })
    .from(licenceKeys)
    .where(eq(licenceKeys.productId, productId));
  return { available: Number(row?.available ?? 0), assigned: Number(row?.assigned ?? 0) };
}

/** Sets (or, with null, removes) the product's file. The stored object is kept: past buyers may still download it. */
export async function saveDigitalFile(ex: Executor, productId: string, file: Omit<DigitalFile, "productId" | "uploadedAt"> | null): Promise<void> {
  if (!file) {
    await ex.delete(digitalFiles).where(eq(digitalFiles.productId, productId));
    return;
  }
  const [current] = await ex.select({ storageKey: digitalFiles.storageKey }).from(digitalFiles).where(eq(digitalFiles.productId, productId));
  if (current?.storageKey === file.storageKey) return;
  await ex
    .insert(digitalFiles)
    .values({ productId, ...file })
    .onConflictDoUpdate({ target: digitalFiles.productId, set: { ...file, uploadedAt: sql`now()` } });
}

/** Sets the stock of the product's active variants from its key pool (see digitalStockOnHand). */
export async function syncDigitalStock(ex: Executor, productId: string): Promise<void> {
  const { available, assigned } = await licenceKeyCounts(ex, productId);
  const variants = await ex
    .select({ id: productVariants.id, reserved: productVariants.stockReserved, onHand: productVariants.stockOnHand })
    .from(productVariants)
    .where(and(eq(productVariants.productId, productId), eq(productVariants.isActive, true)));
  for (const v of variants) {
    const stock = digitalStockOnHand({ totalKeys: available + assigned, availableKeys: available, reserved: v.reserved });
    if (stock !== v.onHand) await ex.update(productVariants).set({ stockOnHand: stock, updatedAt: sql`now()` }).where(eq(productVariants.id, v.id));
  }
}
