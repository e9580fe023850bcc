import { eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db";
import type { FieldErrors } from "@/lib/platform/errors";
import { bundleItems, productVariants, products, sellers } from "@/models";
import { BUNDLE_ITEM_MESSAGES } from "./bundle-rules";

/**
 * Bundle writes used by the product service. A bundle's single variant carries no stock of its own:
 * syncBundleStock keeps its stockOnHand at (availability from the components + its own reservations),
 * so listings and checkout read bundles like any product. Call it after any change to a component's
 * stock, status or activity (the product service does; orders and imports must too).
 */

/** Field errors (`bundleItems.<i>.variantId`) for items that are not active variants of the seller's own live physical products. */
export async function checkBundleItems(ex: Executor, sellerId: string, items: readonly { variantId: string }[]): Promise<FieldErrors> {
  if (items.length === 0) return {};
  const rows = await ex
    .select({ id: productVariants.id, isActive: productVariants.isActive, sellerId: products.sellerId, type: products.type, status: products.status })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(inArray(productVariants.id, items.map((i) => i.variantId)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldErrors = {};
  items.forEach((item, i) => {
    const v = byId.get(item.variantId);
    let message: string | null = null;
    if (!v) message = BUNDLE_ITEM_MESSAGES.unknown;
    else if (v.sellerId !== sellerId) message = BUNDLE_ITEM_MESSAGES.otherSeller;
    else if (v.type === "bundle") message = BUNDLE_ITEM_MESSAGES.bundle;
    else if (v.type === "digital") message = BUNDLE_ITEM_MESSAGES.digital;
    else if (!v.isActive || v.status !== "active") message = BUNDLE_ITEM_MESSAGES.inactive;
    if (message) errors[`bundleItems.${i}.variantId`] = [message];
  });
  return errors;
}

/** Makes the bundle's items exactly `items`, in order. */
export async function writeBundleItems(ex: Executor, bundleProductId: string, items: readonly { variantId: string; quantity: number }[]): Promise<void> {
  await ex.delete(bundleItems).where(eq(bundleItems.bundleProductId, bundleProductId));
  if (items.length === 0) return;
  await ex
    .insert(bundleItems)
    .values(items.map((item, position) => ({ bundleProductId, componentVariantId: item.variantId, quantity: item.quantity, position })));
}

/**
 * Recomputes the stock of the bundles containing any of `componentVariantIds` (and of `bundleProductIds`)
 * and returns the ids of every such bundle product, so callers can invalidate their pages (the sum of
 * parts changes with a component's price too).
 */
export async function syncBundleStock(
  ex: Executor,
  { componentVariantIds = [], bundleProductIds = [] }: { componentVariantIds?: readonly string[]; bundleProductIds?: readonly string[] },
): Promise<string[]> {
  if (componentVariantIds.length === 0 && bundleProductIds.length === 0) return [];
  const byComponent = componentVariantIds.length
    ? sql`bi.component_variant_id in (${sql.join(componentVariantIds.map((id) => sql`${id}::uuid`), sql`, `)})`
    : sql`false`;
  const byBundle = bundleProductIds.length ? sql`bi.bundle_product_id in (${sql.join(bundleProductIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  const rows = await queryRows<{ product_id: string }>(ex, sql`
    with affected as (
      select distinct bi.bundle_product_id as id from ${bundleItems} bi where ${byComponent} or ${byBundle}
    ),
    availability as (
      select bi.bundle_product_id as id,
        min(case when v.is_active and p.status = 'active' and s.status = 'active'
          then greatest(v.stock_on_hand - v.stock_reserved, 0) / bi.quantity else 0 end)::int as units
      from ${bundleItems} bi
      join ${productVariants} v on v.id = bi.component_variant_id
      join ${products} p on p.id = v.product_id
      join ${sellers} s on s.id = p.seller_id
      where bi.bundle_product_id in (select id from affected)
      group by bi.bundle_product_id
    ),
    updated as (
      update ${productVariants} bv
      set stock_on_hand = a.units + bv.stock_reserved, updated_at = now()
      from availability a
      where bv.product_id = a.id and bv.stock_on_hand <> a.units + bv.stock_reserved
      returning bv.product_id
    )
    select id as product_id from affected
  `);
  return rows.map((r) => r.product_id);
}
