import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listLiveDeals, listSellerDeals, liveDealsForVariants } from "@/lib/catalog/deals-queries";
import { listProductStrip } from "@/lib/catalog/queries";
import { utcToIstLocal } from "@/lib/catalog/deals-rules";
import { cancelDeal, createDeal, recordDealSale } from "@/lib/catalog/deals-service";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/platform/errors";
import { categories, deals, products, productVariants, sellers, users } from "@/models";

const run = randomUUID().slice(0, 8);
const tag = (s: string) => `${s}-${run}`;
const HOUR = 3_600_000;
let seq = 0;

async function makeSeller(name: string) {
  const db = await getDb();
  const [owner] = await db.insert(users).values({ email: `${tag(name)}@example.test`, name, role: "seller" }).returning();
  const [seller] = await db
    .insert(sellers)
    .values({ ownerUserId: owner.id, name: tag(name), slug: tag(name), status: "active", city: "Pune", state: "Maharashtra", pincode: "411001" })
    .returning();
  const actor: Actor = { id: owner.id, email: owner.email, name, role: "seller", sellerId: seller.id };
  return { seller, actor };
}

let categoryId: string;

async function makeVariant(sellerId: string, pricePaise = 50_000) {
  const db = await getDb();
  seq += 1;
  const [product] = await db
    .insert(products)
    .values({ sellerId, categoryId, title: `Deal product ${seq}`, slug: tag(`deal-p${seq}`), status: "active" })
    .returning();
  const [variant] = await db
    .insert(productVariants)
    .values({ productId: product.id, sku: tag(`deal-sku${seq}`), title: `Deal product ${seq}`, pricePaise, mrpPaise: pricePaise + 10_000, stockOnHand: 100 })
    .returning();
  return variant;
}

/** A deal written directly, with a window relative to the database clock (milliseconds from now()). */
async function insertDeal(variantId: string, sellerId: string, fromMs: number, toMs: number, quantityCap: number | null = null) {
  const db = await getDb();
  const [deal] = await db
    .insert(deals)
    .values({
      variantId,
      sellerId,
      dealPricePaise: 100,
      startsAt: sql`now() + make_interval(secs => ${fromMs / 1000})`,
      endsAt: sql`now() + make_interval(secs => ${toMs / 1000})`,
      quantityCap,
    })
    .returning();
  return deal;
}

const form = (variantId: string, over: Record<string, string> = {}) => ({
  variantId,
  dealPrice: "399",
  startsAt: utcToIstLocal(new Date(Date.now() - HOUR)),
  endsAt: utcToIstLocal(new Date(Date.now() + 48 * HOUR)),
  quantityCap: "",
  ...over,
});

async function dealCount(variantId: string) {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(deals).where(eq(deals.variantId, variantId));
  return Number(row.n);
}

describe("deals", () => {
  let a: Awaited<ReturnType<typeof makeSeller>>;
  let b: Awaited<ReturnType<typeof makeSeller>>;

  beforeAll(async () => {
    const db = await getDb();
    const [cat] = await db.insert(categories).values({ name: tag("Deals cat"), slug: tag("deals-cat"), path: tag("deals-cat"), depth: 0 }).returning();
    categoryId = cat.id;
    a = await makeSeller("deals-a");
    b = await makeSeller("deals-b");
  });

  it("a seller creates a deal on its own variant; it is live and listed", async () => {
    const v = await makeVariant(a.seller.id);
    const deal = await createDeal(a.actor, form(v.id, { quantityCap: "10" }));
    expect(deal).toMatchObject({ variantId: v.id, sellerId: a.seller.id, dealPricePaise: 39_900, quantityCap: 10, soldCount: 0 });
    const live = await liveDealsForVariants([v.id]);
    expect(live[v.id]).toMatchObject({ id: deal.id, dealPricePaise: 39_900, remaining: 10 });
    const page = await listLiveDeals({ pageSize: 500 });
    expect(page.items.some((d) => d.id === deal.id)).toBe(true);
    const own = await listSellerDeals(a.seller.id);
    expect(own.find((d) => d.id === deal.id)?.status).toBe("live");
    const cards = await listProductStrip({ categoryPath: tag("deals-cat"), limit: 100 });
    expect(cards.find((c) => c.id === v.productId)?.hasDeal).toBe(true);
  });

  it("refuses a deal on another seller's variant with ForbiddenError and writes nothing", async () => {
    const v = await makeVariant(b.seller.id);
    await expect(createDeal(a.actor, form(v.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createDeal(null, form(v.id))).rejects.toThrow();
    expect(await dealCount(v.id)).toBe(0);
  });

  it("an admin may create a deal on any seller's variant", async () => {
    const v = await makeVariant(b.seller.id);
    const admin: Actor = { id: randomUUID(), email: "admin@example.test", name: "Admin", role: "admin", sellerId: null };
    const deal = await createDeal(admin, form(v.id));
    expect(deal.sellerId).toBe(b.seller.id);
  });

  it("refuses a deal price at or above the variant's price", async () => {
    const v = await makeVariant(a.seller.id, 50_000);
    const err = await createDeal(a.actor, form(v.id, { dealPrice: "500" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.dealPrice).toBeDefined();
    expect(await dealCount(v.id)).toBe(0);
  });

  it("refuses an overlapping deal on the same variant, accepts one after it ends or after cancelling", async () => {
    const v = await makeVariant(a.seller.id);
    const first = await createDeal(a.actor, form(v.id));
    const overlapping = form(v.id, { startsAt: utcToIstLocal(new Date(Date.now() + 24 * HOUR)), endsAt: utcToIstLocal(new Date(Date.now() + 72 * HOUR)) });
    await expect(createDeal(a.actor, overlapping)).rejects.toBeInstanceOf(ConflictError);
    expect(await dealCount(v.id)).toBe(1);
    await createDeal(a.actor, form(v.id, { startsAt: utcToIstLocal(first.endsAt), endsAt: utcToIstLocal(new Date(first.endsAt.getTime() + 24 * HOUR)) }));
    await expect(cancelDeal(b.actor, first.id)).rejects.toBeInstanceOf(ForbiddenError);
    await cancelDeal(a.actor, first.id);
    // The cancelled deal's window is free again.
    const replacement = await createDeal(a.actor, form(v.id, { endsAt: utcToIstLocal(first.endsAt) }));
    expect(replacement.endsAt.getTime()).toBe(first.endsAt.getTime());
    expect((await listSellerDeals(a.seller.id)).find((d) => d.id === first.id)?.status).toBe("cancelled");
  });

  it("recordDealSale succeeds until the cap, then refuses", async () => {
    const db = await getDb();
    const v = await makeVariant(a.seller.id);
    const deal = await insertDeal(v.id, a.seller.id, -HOUR, HOUR, 3);
    expect(await recordDealSale(db, deal.id, 2)).toBe(true);
    expect(await recordDealSale(db, deal.id, 2)).toBe(false);
    expect(await recordDealSale(db, deal.id, 1)).toBe(true);
    expect(await recordDealSale(db, deal.id, 1)).toBe(false);
    const [row] = await db.select().from(deals).where(eq(deals.id, deal.id));
    expect(row.soldCount).toBe(3);
    expect((await liveDealsForVariants([v.id]))[v.id]).toBeUndefined();
  });

  it("recordDealSale refuses before the start and at or after the end", async () => {
    const db = await getDb();
    const v = await makeVariant(a.seller.id);
    const notYet = await insertDeal(v.id, a.seller.id, HOUR, 2 * HOUR);
    expect(await recordDealSale(db, notYet.id, 1)).toBe(false);
    const over = await insertDeal(v.id, a.seller.id, -2 * HOUR, -HOUR);
    expect(await recordDealSale(db, over.id, 1)).toBe(false);
    // Ends exactly now: inside one transaction now() is fixed, so ends_at = now() is "at the end".
    const atEnd = await db.transaction(async (tx) => {
      const [d] = await tx
        .insert(deals)
        .values({ variantId: v.id, sellerId: a.seller.id, dealPricePaise: 100, startsAt: sql`now() - interval '1 hour'`, endsAt: sql`now()` })
        .returning();
      return recordDealSale(tx, d.id, 1);
    });
    expect(atEnd).toBe(false);
    const startsNow = await db.transaction(async (tx) => {
      const [d] = await tx
        .insert(deals)
        .values({ variantId: v.id, sellerId: a.seller.id, dealPricePaise: 100, startsAt: sql`now()`, endsAt: sql`now() + interval '1 hour'` })
        .returning();
      return recordDealSale(tx, d.id, 1);
    });
    expect(startsNow).toBe(true);
  });

  it("a cancelled deal records no sale", async () => {
    const db = await getDb();
    const v = await makeVariant(a.seller.id);
    const deal = await insertDeal(v.id, a.seller.id, -HOUR, HOUR);
    await cancelDeal(a.actor, deal.id);
    expect(await recordDealSale(db, deal.id, 1)).toBe(false);
  });

  it("20 concurrent sales of 1 on a cap of 5: exactly 5 succeed", async () => {
    const db = await getDb();
    const v = await makeVariant(a.seller.id);
    const deal = await insertDeal(v.id, a.seller.id, -HOUR, HOUR, 5);
    const results = await Promise.all(Array.from({ length: 20 }, () => db.transaction((tx) => recordDealSale(tx, deal.id, 1))));
    expect(results.filter(Boolean)).toHaveLength(5);
    const [row] = await db.select().from(deals).where(eq(deals.id, deal.id));
    expect(row.soldCount).toBe(5);
  });
});
