import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { syncDigitalStock } from "@/lib/catalog/digital-service";
import { syncBundleStock } from "@/lib/catalog/bundle-service";
import type { Executor } from "@/lib/platform/db";
import { ConflictError } from "@/lib/platform/errors";
import { publishProductsChanged } from "@/lib/platform/events";
import { digitalEntitlements, digitalFiles, licenceKeys, orderLines, orders, productVariants, subOrders } from "@/models";
import { DOWNLOAD_WINDOW_DAYS, MAX_DOWNLOADS } from "./digital-links";
import { applyTransition } from "./transition";

/**
 * Hands out the digital goods of a paid order, inside the caller's transaction (the checkout's
 * onOrderPaid hook, after the reservations were committed): a download entitlement for each line whose
 * product has a file, and one licence key per unit from the product's pool for products sold with keys.
 * A digital-only part that is "placed" then moves to "delivered" (nothing ships). Call it after the
 * reservations were committed and the parts moved to "placed". Idempotent: a repeated call for the same
 * order gives nothing out twice.
 */

/** Licence keys do not expire; the column needs a date. */
const KEY_ENTITLEMENT_YEARS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

interface DigitalLine {
  id: string;
  productId: string;
  variantId: string;
  title: string;
  quantity: number;
  customerId: string;
}

export interface DigitalFulfilment {
  downloads: number;
  licenceKeys: number;
}

async function digitalLinesOf(tx: Executor, orderId: string): Promise<DigitalLine[]> {
  return tx
    .select({ id: orderLines.id, productId: orderLines.productId, variantId: orderLines.variantId, title: orderLines.title, quantity: orderLines.quantity, customerId: orders.customerId })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orderLines.orderId, orderId), eq(orderLines.productType, "digital")))
    .orderBy(asc(orderLines.position), asc(orderLines.id));
}

/** Products among `productIds` that have a file, and those that have a key pool. */
async function deliveryKinds(tx: Executor, productIds: string[]) {
  const files = await tx.select({ productId: digitalFiles.productId }).from(digitalFiles).where(inArray(digitalFiles.productId, productIds));
  const pools = await tx
    .selectDistinct({ productId: licenceKeys.productId })
    .from(licenceKeys)
    .where(inArray(licenceKeys.productId, productIds));
  return { withFile: new Set(files.map((r) => r.productId)), withKeys: new Set(pools.map((r) => r.productId)) };
}

/**
 * Locks the variants of the key products (in id order, so two orders never wait on each other in a
 * cycle): the stock sync after the keys are handed out then counts what the previous order committed.
 * The checkout has usually locked them already when it committed the reservations.
 */
async function lockKeyProducts(tx: Executor, productIds: string[]): Promise<void> {
  if (productIds.length === 0) return;
  await tx
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(inArray(productVariants.productId, productIds))
    .orderBy(asc(productVariants.id))
    .for("update");
}

/**
 * Assigns `line.quantity` keys to the line (minus those it already has). Free keys are claimed with
 * FOR UPDATE SKIP LOCKED, so concurrent orders never take the same key and never wait on each other.
 */
async function assignKeys(tx: Executor, line: DigitalLine, now: Date): Promise<string[]> {
  const owned = await tx
    .select({ id: licenceKeys.id })
    .from(licenceKeys)
    .where(and(eq(licenceKeys.productId, line.productId), eq(licenceKeys.assignedRef, line.id)))
    .orderBy(asc(licenceKeys.assignedAt), asc(licenceKeys.id));
  const missing = line.quantity - owned.length;
  if (missing <= 0) return owned.map((k) => k.id);
  const free = await tx
    .select({ id: licenceKeys.id })
    .from(licenceKeys)
    .where(and(eq(licenceKeys.productId, line.productId), isNull(licenceKeys.assignedAt)))
    .orderBy(asc(licenceKeys.createdAt), asc(licenceKeys.id))
    .limit(missing)
    .for("update", { skipLocked: true });
  if (free.length < missing) throw new ConflictError(`No licence key is left for “${line.title}”. The seller has been told; nothing was charged for it.`);
  const ids = free.map((k) => k.id);
  const taken = await tx
    .update(licenceKeys)
    .set({ assignedAt: now, assignedRef: line.id })
    .where(and(inArray(licenceKeys.id, ids), isNull(licenceKeys.assignedAt)))
    .returning({ id: licenceKeys.id });
  if (taken.length !== ids.length) throw new ConflictError("A licence key was taken at the same moment. Please try again.");
  return [...owned.map((k) => k.id), ...ids];
}

export async function fulfilDigitalLines(tx: Executor, orderId: string, now: Date = new Date()): Promise<DigitalFulfilment> {
  const lines = await digitalLinesOf(tx, orderId);
  if (lines.length === 0) return { downloads: 0, licenceKeys: 0 };
  const { withFile, withKeys } = await deliveryKinds(tx, [...new Set(lines.map((l) => l.productId))]);
  const result: DigitalFulfilment = { downloads: 0, licenceKeys: 0 };
  await lockKeyProducts(tx, [...withKeys]);
  const keyProducts = new Set<string>();
  const keyVariants = new Set<string>();
  for (const line of lines) {
    if (withFile.has(line.productId)) {
      const created = await tx
        .insert(digitalEntitlements)
        .values({
          orderLineId: line.id,
          customerId: line.customerId,
          kind: "download",
          maxDownloads: MAX_DOWNLOADS,
          expiresAt: new Date(now.getTime() + DOWNLOAD_WINDOW_DAYS * DAY_MS),
        })
        .onConflictDoNothing({ target: [digitalEntitlements.orderLineId, digitalEntitlements.kind] })
        .returning({ id: digitalEntitlements.id });
      result.downloads += created.length;
    }
    if (withKeys.has(line.productId)) {
      const keyIds = await assignKeys(tx, line, now);
      keyProducts.add(line.productId);
      keyVariants.add(line.variantId);
      const created = await tx
        .insert(digitalEntitlements)
        .values({
          orderLineId: line.id,
          customerId: line.customerId,
          kind: "licence_key",
          licenceKeyId: keyIds[0],
          maxDownloads: 0,
          expiresAt: new Date(now.getTime() + KEY_ENTITLEMENT_YEARS * 365 * DAY_MS),
        })
        .onConflictDoNothing({ target: [digitalEntitlements.orderLineId, digitalEntitlements.kind] })
        .returning({ id: digitalEntitlements.id });
      if (created.length > 0) result.licenceKeys += keyIds.length;
    }
  }
  if (keyProducts.size > 0) {
    for (const productId of keyProducts) await syncDigitalStock(tx, productId);
    const bundles = await syncBundleStock(tx, { componentVariantIds: [...keyVariants] });
    await publishProductsChanged(tx, [...keyProducts, ...bundles], "stock");
  }
  await deliverDigitalParts(tx, orderId);
  return result;
}

/** Digital-only parts of the order that are placed: their goods are handed out, so they are delivered. */
async function deliverDigitalParts(tx: Executor, orderId: string): Promise<void> {
  const parts = await tx
    .select({ id: subOrders.id })
    .from(subOrders)
    .where(and(eq(subOrders.orderId, orderId), eq(subOrders.requiresShipping, false), eq(subOrders.status, "placed")));
  for (const part of parts) {
    await applyTransition(tx, { subOrderId: part.id, from: "placed", to: "delivered", actorKind: "system", actorId: null, note: "Digital goods handed out" });
  }
}
