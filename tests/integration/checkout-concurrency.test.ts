/**
 * Acceptance 1 — no oversell. Hundreds of customers place orders at the same moment through the real
 * placeOrder (cart → pricing → one transaction): exactly as many succeed as there are units, the rest get
 * a clear "out of stock", and stock never goes below zero. The same for the last unit of a bundle
 * component, and for a single-use coupon raced by 50 customers.
 *
 * On PostgreSQL the requests really run concurrently (a pool of connections, row locks deciding). The
 * embedded PGlite has a single connection and runs transactions one after another, so a 500-way race
 * there only proves the sequential logic slowly: it races 40 customers instead.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { OutOfStockError, reserveStock } from "@/lib/inventory";
import { createOrder, type NewOrder } from "@/lib/orders/create";
import { getDb } from "@/lib/platform/db";
import { AppError, ConflictError, ValidationError } from "@/lib/platform/errors";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { couponRedemptions, coupons, orders, stockReservations } from "@/models";
import { checkoutWorld, makeBundle, makeBuyers, makeCoupon, makeProduct, stockOf, type Buyer } from "../support/checkout-fixtures";

const onPostgres = Boolean(process.env.DATABASE_URL);
const BUYERS = onPostgres ? 500 : 40;

let world: Awaited<ReturnType<typeof checkoutWorld>>;

beforeAll(async () => {
  world = await checkoutWorld();
});

/** The request each buyer sends: cash on delivery, the total the checkout quoted. */
async function requestFor(buyer: Buyer, couponCode?: string) {
  const addressId = buyer.addressId;
  const quote = await quoteCheckout(buyer, { addressId, couponCode, paymentMethod: "cod" });
  expect(quote.problems.filter((p) => p.blocking)).toEqual([]);
  return { idempotencyKey: randomUUID(), addressId, paymentMethod: "cod" as const, couponCode, expectedTotalPaise: quote.quote!.totalPaise };
}

/** Every buyer sends `request` (its own address and key) at the same moment. */
async function race(buyers: Buyer[], requestOf: (i: number) => Awaited<ReturnType<typeof requestFor>>) {
  const requests = buyers.map((buyer, i) => ({ ...requestOf(i), addressId: buyer.addressId, idempotencyKey: randomUUID() }));
  const results = await Promise.allSettled(buyers.map((buyer, i) => placeOrder(buyer, requests[i])));
  const placed = results.filter((r) => r.status === "fulfilled");
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { placed, refused };
}

async function orderCountOf(customerIds: string[]) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orders)
    .where(sql`${orders.customerId} in (${sql.join(customerIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return Number(row.n);
}

/** A one-line ₹100 order waiting for payment, written without its stock (the test reserves it). */
function unpaidOrder(customerId: string, productId: string, variant: { id: string; sku: string }): NewOrder {
  const money = { subtotalPaise: 10_000, discountPaise: 0, shippingPaise: 0, taxPaise: 0, totalPaise: 10_000 };
  const lineMoney = { lineSubtotalPaise: 10_000, discountPaise: 0, totalPaise: 10_000, gstRateBp: 0, taxableValuePaise: 10_000, cgstPaise: 0, sgstPaise: 0, igstPaise: 0 };
  const line = { productId, variantId: variant.id, productType: "physical" as const, title: "Raw race", variantTitle: "Standard", sku: variant.sku };
  return {
    customerId,
    idempotencyKey: randomUUID(),
    requestHash: "test",
    paymentMethod: "sandbox",
    status: "pending_payment",
    shippingAddress: null,
    coupon: null,
    money,
    reservationExpiresAt: new Date(Date.now() + 900_000),
    parts: [
      {
        sellerId: world.seller.id,
        sellerState: "Maharashtra",
        requiresShipping: true,
        deliveryOption: "standard",
        promisedBy: null,
        money: { ...money, cgstPaise: 0, sgstPaise: 0, igstPaise: 0 },
        lines: [{ ...line, imageKey: null, quantity: 1, unitPricePaise: 10_000, mrpPaise: 20_000, dealId: null, components: null, money: lineMoney }],
      },
    ],
  };
}

describe("checkout under concurrency (acceptance 1)", () => {
  it(`${BUYERS} buyers racing for a 10-unit variant: exactly 10 orders, the others out of stock, stock ends at 0`, async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Hot item", pricePaise: 59_900, stockOnHand: 10 });
    const buyers = await makeBuyers(BUYERS, [{ variantId: variant.id, quantity: 1 }]);
    const first = await requestFor(buyers[0]);
    // Every buyer has the same cart and an address in the same place: the same total.
    const { placed, refused } = await race(buyers, () => first);

    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(BUYERS - 10);
    for (const err of refused) {
      expect(err).toBeInstanceOf(OutOfStockError);
      expect((err as Error).message).toMatch(/out of stock/i);
      expect((err as OutOfStockError).variantIds).toEqual([variant.id]);
    }
    expect(await stockOf(variant.id)).toEqual({ onHand: 0, reserved: 0 });
    expect(await orderCountOf(buyers.map((b) => b.id))).toBe(10);
    const db = await getDb();
    const [held] = await db
      .select({ units: sql<number>`coalesce(sum(${stockReservations.quantity}), 0)::int` })
      .from(stockReservations)
      .where(eq(stockReservations.variantId, variant.id));
    expect(Number(held.units)).toBe(10);
  }, 300_000);

  it("the last unit of a bundle component goes to exactly one buyer, whether buying the bundle or the component", async () => {
    const { variant: scarce } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Scarce part", pricePaise: 40_000, stockOnHand: 1 });
    const { variant: plenty } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Plentiful part", pricePaise: 60_000, stockOnHand: 50 });
    const { variant: bundle } = await makeBundle(world.seller.id, world.category.id, [scarce.id, plenty.id]);
    expect(await stockOf(bundle.id)).toEqual({ onHand: 1, reserved: 0 });

    const bundleBuyers = await makeBuyers(15, [{ variantId: bundle.id, quantity: 1 }]);
    const partBuyers = await makeBuyers(15, [{ variantId: scarce.id, quantity: 1 }]);
    const bundleRequest = await requestFor(bundleBuyers[0]);
    const partRequest = await requestFor(partBuyers[0]);
    const buyers = [...bundleBuyers, ...partBuyers];
    const { placed, refused } = await race(buyers, (i) => (i < 15 ? bundleRequest : partRequest));

    expect(placed).toHaveLength(1);
    expect(refused).toHaveLength(29);
    for (const err of refused) expect(err).toBeInstanceOf(OutOfStockError);
    expect(await stockOf(scarce.id)).toEqual({ onHand: 0, reserved: 0 });
    // The bundle's derived stock follows its component; the other component moved only if the bundle won.
    expect(await stockOf(bundle.id)).toEqual({ onHand: 0, reserved: 0 });
    const bundleWon = (await orderCountOf(bundleBuyers.map((b) => b.id))) === 1;
    expect(await stockOf(plenty.id)).toEqual({ onHand: bundleWon ? 49 : 50, reserved: 0 });
  }, 120_000);

  it("a single-use coupon raced by 50 buyers is redeemed exactly once; the others are told it is used up", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Coupon item", pricePaise: 80_000, stockOnHand: 500 });
    const coupon = await makeCoupon({ kind: "flat", flatPaise: 10_000, usageLimit: 1 });
    const buyers = await makeBuyers(50, [{ variantId: variant.id, quantity: 1 }]);
    const first = await requestFor(buyers[0], coupon.code);
    const { placed, refused } = await race(buyers, () => first);

    expect(placed).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const err of refused) {
      expect(err instanceof ConflictError || err instanceof ValidationError).toBe(true);
      expect((err as AppError).message).toMatch(/fully used/);
    }
    const db = await getDb();
    const [row] = await db.select({ used: coupons.usedCount }).from(coupons).where(eq(coupons.id, coupon.id));
    expect(row.used).toBe(1);
    const redemptions = await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, coupon.id));
    expect(redemptions).toHaveLength(1);
    expect(redemptions[0].discountPaise).toBe(10_000);
    // Refused orders took nothing: one unit left stock.
    expect(await stockOf(variant.id)).toEqual({ onHand: 499, reserved: 0 });
  }, 120_000);

  it("the conditional UPDATE alone decides: transactions that all read stock as available still reserve only 10", async () => {
    const { product, variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Raw race", pricePaise: 10_000, stockOnHand: 10 });
    const buyers = await makeBuyers(onPostgres ? 50 : 20, []);
    const db = await getDb();
    const pending = await Promise.all(buyers.map((b) => db.transaction((tx) => createOrder(tx, unpaidOrder(b.id, product.id, variant)))));
    const expiresAt = new Date(Date.now() + 900_000);
    const results = await Promise.allSettled(
      pending.map((o) => db.transaction((tx) => reserveStock(tx, { orderId: o.id, subOrderId: o.subOrders[0].id, items: [{ variantId: variant.id, quantity: 1 }], expiresAt }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(OutOfStockError);
    expect(await stockOf(variant.id)).toEqual({ onHand: 10, reserved: 10 });
  }, 120_000);
});
