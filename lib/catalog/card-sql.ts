/**
 * SQL pieces of a product card shared by the storefront card query (queries.ts cardsForIds) and the
 * search indexer (lib/search/indexer-sql.ts), so a card and a search hit always agree. Each correlates
 * with `products.id` of the outer query (the products table, not an alias).
 */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { deals, productImages, productVariants, products } from "@/models";

/** Prices, MRP at the lowest price, best discount (0–1), units available, variant count and currency over active variants; alias "v". */
export function variantSummary(db: Executor) {
  return db
    .select({
      minPrice: sql<number>`min(${productVariants.pricePaise})`.as("min_price"),
      maxPrice: sql<number>`max(${productVariants.pricePaise})`.as("max_price"),
      mrpAtMin: sql<number>`(array_agg(${productVariants.mrpPaise} order by ${productVariants.pricePaise}, ${productVariants.mrpPaise} desc))[1]`.as(
        "mrp_at_min",
      ),
      maxDiscount: sql<number>`max((${productVariants.mrpPaise} - ${productVariants.pricePaise})::float8 / greatest(${productVariants.mrpPaise}, 1))`.as(
        "max_discount",
      ),
      available: sql<number>`coalesce(sum(greatest(${productVariants.stockOnHand} - ${productVariants.stockReserved}, 0)), 0)::int`.as("available"),
      variantCount: sql<number>`count(*)::int`.as("variant_count"),
      currency: sql<string>`min(${productVariants.currency})`.as("currency"),
    })
    .from(productVariants)
    .where(and(eq(productVariants.productId, products.id), eq(productVariants.isActive, true)))
    .as("v");
}

/** The product's first picture (product-level pictures before variant ones); alias "img". */
export function firstImage(db: Executor) {
  return db
    .select({ storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
    .from(productImages)
    .where(eq(productImages.productId, products.id))
    .orderBy(sql`${productImages.variantId} is not null`, asc(productImages.position), asc(productImages.id))
    .limit(1)
    .as("img");
}

/** True while a deal runs on one of the product's active variants (started, not ended or cancelled, below the price, cap not reached). */
export function hasRunningDeal(): SQL<boolean> {
  return sql<boolean>`exists (
    select 1 from ${deals} d join ${productVariants} dv on dv.id = d.variant_id
    where dv.product_id = ${products.id} and dv.is_active and d.cancelled_at is null
      and d.starts_at <= now() and now() < d.ends_at and d.deal_price_paise < dv.price_paise
      and (d.quantity_cap is null or d.sold_count < d.quantity_cap)
  )`;
}
