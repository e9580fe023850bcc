import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { PRODUCT_STATUSES, ROLES, SELLER_STATUSES, products, productVariants, sellers, users } from "@/models";
import type { ProductStatus, Role, SellerStatus } from "@/models";

export interface MarketplaceCounts {
  users: { total: number; byRole: Record<Role, number> };
  sellers: { total: number; byStatus: Record<SellerStatus, number> };
  products: { total: number; byStatus: Record<ProductStatus, number> };
  variants: {
    /** Active variants of active products — what customers can find. */
    listed: number;
    /** Listed variants with no sellable unit left. */
    outOfStock: number;
  };
  /** Σ price × units on hand over listed variants, in paise. */
  catalogueValuePaise: number;
}

function tally<K extends string>(keys: readonly K[], rows: { key: K; n: number }[]) {
  const byKey = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) byKey[r.key] = r.n;
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byKey };
}

/** Headline numbers for the admin dashboard. */
export async function getMarketplaceCounts(): Promise<MarketplaceCounts> {
  const db = await getDb();
  const listed = and(eq(productVariants.isActive, true), eq(products.status, "active"));
  const [userRows, sellerRows, productRows, [variantRow]] = await Promise.all([
    db.select({ key: users.role, n: count() }).from(users).groupBy(users.role),
    db.select({ key: sellers.status, n: count() }).from(sellers).groupBy(sellers.status),
    db.select({ key: products.status, n: count() }).from(products).groupBy(products.status),
    db
      .select({
        listed: count(),
        outOfStock: sql<number>`count(*) filter (where ${productVariants.stockOnHand} - ${productVariants.stockReserved} <= 0)`.mapWith(Number),
        // bigint arithmetic: price × units overflows a 32-bit integer for a real catalogue.
        valuePaise: sql<string>`coalesce(sum(${productVariants.pricePaise}::bigint * ${productVariants.stockOnHand}), 0)::text`,
      })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(listed),
  ]);

  const u = tally(ROLES, userRows);
  const s = tally(SELLER_STATUSES, sellerRows);
  const p = tally(PRODUCT_STATUSES, productRows);
  const value = Number(variantRow.valuePaise);
  if (!Number.isSafeInteger(value)) throw new RangeError(`catalogue value out of range: ${variantRow.valuePaise}`);
  return {
    users: { total: u.total, byRole: u.byKey },
    sellers: { total: s.total, byStatus: s.byKey },
    products: { total: p.total, byStatus: p.byKey },
    variants: { listed: variantRow.listed, outOfStock: variantRow.outOfStock },
    catalogueValuePaise: value,
  };
}
