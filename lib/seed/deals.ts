import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { deals, products, productVariants, sellers } from "@/models";
import { randomInt, seededRandom } from "./random";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Live deals for the demo: up to `count` in-stock variants of active products of active sellers get
 * a deal that started an hour ago and ends in 2–5 days, 10–30% below the price (whole rupees), every
 * third one capped. Idempotent: a variant that already has a deal still running or to come is
 * skipped, so a second seed run adds nothing; once the demo deals end, the next run adds fresh ones.
 * Returns how many deals were created.
 */
export async function seedDeals(db: Executor, { count = 24, now = new Date() }: { count?: number; now?: Date } = {}): Promise<number> {
  const hasDeal = db
    .select({ id: deals.id })
    .from(deals)
    .where(and(eq(deals.variantId, productVariants.id), isNull(deals.cancelledAt), gt(deals.endsAt, now)));
  const existing = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(deals)
    .where(and(isNull(deals.cancelledAt), gt(deals.endsAt, now)));
  const wanted = count - Number(existing[0]?.n ?? 0);
  if (wanted <= 0) return 0;
  const candidates = await db
    .select({ id: productVariants.id, sku: productVariants.sku, pricePaise: productVariants.pricePaise, sellerId: products.sellerId })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(
      and(
        eq(productVariants.isActive, true),
        eq(products.status, "active"),
        eq(sellers.status, "active"),
        sql`${productVariants.stockOnHand} - ${productVariants.stockReserved} >= 5`,
        sql`${productVariants.pricePaise} >= 2000`,
        sql`not exists (${hasDeal})`,
      ),
    )
    .orderBy(sql`md5(${productVariants.sku})`)
    .limit(wanted);
  if (candidates.length === 0) return 0;
  const rows = candidates.map((v, i) => {
    const random = seededRandom(`deal:${v.sku}`);
    const factor = 1 - randomInt(random, 10, 30) / 100;
    const dealPricePaise = Math.max(100, Math.floor((v.pricePaise * factor) / 100) * 100);
    return {
      variantId: v.id,
      sellerId: v.sellerId,
      dealPricePaise: Math.min(dealPricePaise, v.pricePaise - 100),
      startsAt: new Date(now.getTime() - HOUR),
      endsAt: new Date(now.getTime() + randomInt(random, 2, 5) * DAY + randomInt(random, 0, 23) * HOUR),
      quantityCap: i % 3 === 0 ? randomInt(random, 10, 30) : null,
    };
  });
  await db.insert(deals).values(rows);
  return rows.length;
}
