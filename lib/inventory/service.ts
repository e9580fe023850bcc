import { and, eq, inArray, sql } from "drizzle-orm";
import { syncBundleStock } from "@/lib/catalog/bundle-service";
import { syncDigitalStock } from "@/lib/catalog/digital-service";
import type { Executor } from "@/lib/platform/db";
import { publishProductsChanged } from "@/lib/platform/events";
import { productVariants, products, stockReservations, type ReservationStatus } from "@/models";
import { OutOfStockError } from "./errors";
import { mergeItems, type StockItem } from "./rules";

/**
 * Stock reservations of orders. Reserving is one conditional UPDATE per variant
 * (`stock_reserved + q WHERE on_hand − reserved ≥ q`), so concurrent buyers of the last units can never
 * oversell: the row lock serialises them and each re-checks the condition. Variant rows are always locked
 * in variant-id order (see mergeItems). Every change re-derives the stock of bundles containing the
 * variants and of digital products, and publishes product.changed ("stock") for search and caches.
 */

export interface ReservePart {
  subOrderId: string;
  items: readonly StockItem[];
}

/** Reserves one sub-order's items (a bundle's components, not the bundle); throws OutOfStockError when any is short. */
export async function reserveStock(
  tx: Executor,
  { orderId, subOrderId, items, expiresAt }: { orderId: string; subOrderId: string; items: readonly StockItem[]; expiresAt: Date },
): Promise<void> {
  await reserveOrderStock(tx, { orderId, expiresAt, parts: [{ subOrderId, items }] });
}

/**
 * Reserves every part of an order in one pass: the variant rows of all parts are locked in one sorted
 * order (per-part passes could deadlock with another order sharing variants across sellers). With
 * `commit` (an order placed at once: cash on delivery) the units leave stock on hand directly, under the
 * same condition, and the reservations are recorded as committed — one UPDATE per variant instead of two.
 */
export async function reserveOrderStock(
  tx: Executor,
  { orderId, expiresAt, parts, commit = false }: { orderId: string; expiresAt: Date; parts: readonly ReservePart[]; commit?: boolean },
): Promise<void> {
  const total = mergeItems(parts.flatMap((p) => p.items));
  if (total.length === 0) return;
  const short: string[] = [];
  const productIds: string[] = [];
  for (const { variantId, quantity } of total) {
    const rows = await tx
      .update(productVariants)
      .set(
        commit
          ? { stockOnHand: sql`${productVariants.stockOnHand} - ${quantity}`, updatedAt: sql`now()` }
          : { stockReserved: sql`${productVariants.stockReserved} + ${quantity}`, updatedAt: sql`now()` },
      )
      .where(
        and(
          eq(productVariants.id, variantId),
          eq(productVariants.isActive, true),
          sql`${productVariants.stockOnHand} - ${productVariants.stockReserved} >= ${quantity}`,
        ),
      )
      .returning({ productId: productVariants.productId });
    if (rows.length === 0) short.push(variantId);
    else productIds.push(rows[0].productId);
  }
  if (short.length > 0) throw new OutOfStockError(short);
  const values = parts.flatMap((part) =>
    mergeItems(part.items).map((item) => ({
      orderId,
      subOrderId: part.subOrderId,
      variantId: item.variantId,
      quantity: item.quantity,
      expiresAt,
      status: commit ? ("committed" as const) : ("held" as const),
    })),
  );
  await tx.insert(stockReservations).values(values);
  await afterStockChange(tx, total.map((i) => i.variantId));
}

/** Held → committed (payment captured, or cash on delivery placed): the units leave stock on hand. Returns what moved. */
export async function commitReservations(tx: Executor, orderId: string): Promise<StockItem[]> {
  const moved = await moveReservations(tx, { orderId }, "held", "committed");
  const items = mergeItems(moved);
  for (const { variantId, quantity } of items) {
    await tx
      .update(productVariants)
      .set({
        stockOnHand: sql`${productVariants.stockOnHand} - ${quantity}`,
        stockReserved: sql`${productVariants.stockReserved} - ${quantity}`,
        updatedAt: sql`now()`,
      })
      .where(eq(productVariants.id, variantId));
  }
  await afterStockChange(tx, items.map((i) => i.variantId));
  return items;
}

/**
 * Gives an order's (or one part's) stock back: held units stop being reserved, committed units return to
 * stock on hand. Idempotent: released reservations are not released twice. Returns what moved.
 */
export async function releaseStock(tx: Executor, { orderId, subOrderId }: { orderId: string; subOrderId?: string }): Promise<StockItem[]> {
  const held = await moveReservations(tx, { orderId, subOrderId }, "held", "released");
  const committed = await moveReservations(tx, { orderId, subOrderId }, "committed", "released");
  const heldBy = new Map(mergeItems(held).map((i) => [i.variantId, i.quantity]));
  const committedBy = new Map(mergeItems(committed).map((i) => [i.variantId, i.quantity]));
  const all = mergeItems([...held, ...committed]);
  for (const { variantId } of all) {
    const unreserve = heldBy.get(variantId) ?? 0;
    const restock = committedBy.get(variantId) ?? 0;
    await tx
      .update(productVariants)
      .set({
        stockOnHand: sql`${productVariants.stockOnHand} + ${restock}`,
        stockReserved: sql`${productVariants.stockReserved} - ${unreserve}`,
        updatedAt: sql`now()`,
      })
      .where(eq(productVariants.id, variantId));
  }
  await afterStockChange(tx, all.map((i) => i.variantId));
  return all;
}

async function moveReservations(
  tx: Executor,
  { orderId, subOrderId }: { orderId: string; subOrderId?: string },
  from: ReservationStatus,
  to: ReservationStatus,
): Promise<StockItem[]> {
  return tx
    .update(stockReservations)
    .set({ status: to, updatedAt: sql`now()` })
    .where(
      and(
        eq(stockReservations.orderId, orderId),
        subOrderId ? eq(stockReservations.subOrderId, subOrderId) : undefined,
        eq(stockReservations.status, from),
      ),
    )
    .returning({ variantId: stockReservations.variantId, quantity: stockReservations.quantity });
}

/** Re-derives bundle and digital stock after `variantIds` changed, and tells search and caches. */
async function afterStockChange(tx: Executor, variantIds: readonly string[]): Promise<void> {
  if (variantIds.length === 0) return;
  const rows = await tx
    .select({ productId: products.id, type: products.type })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, [...variantIds]));
  const digital = [...new Set(rows.filter((r) => r.type === "digital").map((r) => r.productId))];
  for (const productId of digital) await syncDigitalStock(tx, productId);
  const bundles = await syncBundleStock(tx, { componentVariantIds: variantIds });
  await publishProductsChanged(tx, [...rows.map((r) => r.productId), ...bundles], "stock");
}
