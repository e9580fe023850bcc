/**
 * Checkout test fixtures: a delivery zone covering the test PINs, buyers with an address and a cart, a
 * bundle, a coupon — written straight to the database (bulk inserts, so hundreds of buyers are cheap).
 */
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { syncBundleStock } from "@/lib/catalog/bundle-service";
import { getDb } from "@/lib/platform/db";
import { invalidateServiceability } from "@/lib/shipping/cache";
import { addresses, bundleItems, cartItems, carts, coupons, pincodeZones, productVariants, products, shippingZones, users } from "@/models";
import { makeCategory, makeProduct, makeSeller, unique } from "./fixtures";

/** Seller fixtures ship from 411001 (Pune, Maharashtra); buyers live at 411038, in the same zone. */
export const BUYER_PINCODE = "411038";
export const BUYER_STATE = "Maharashtra";

/** A zone for PINs starting 411 (standard ₹49, free from ₹499) and a category taxed at 12 %. */
export async function checkoutWorld() {
  const db = await getDb();
  const [zone] = await db
    .insert(shippingZones)
    .values({ code: unique("PUNE").toUpperCase(), name: "Pune test zone", standardDays: 3, standardFeePaise: 4900, freeStandardAbovePaise: 49_900 })
    .returning();
  await db.insert(pincodeZones).values({ prefix: "411", zoneId: zone.id, label: "Pune" }).onConflictDoUpdate({ target: pincodeZones.prefix, set: { zoneId: zone.id } });
  await invalidateServiceability();
  const category = await makeCategory(null, "Checkout test category");
  await db.execute(sql`update categories set gst_rate_bp = 1200 where id = ${category.id}`);
  const { seller } = await makeSeller("Checkout store");
  return { zone, category, seller };
}

export interface BuyerCart {
  variantId: string;
  quantity: number;
  /** The price the buyer saw when adding (default: the variant's price now; pass the deal price for a deal). */
  pricePaise?: number;
}

/** `count` customers, each with a default address at BUYER_PINCODE and a cart holding `items` at today's prices. */
/** A customer as tests use it: the actor and its default address. */
export type Buyer = Actor & { addressId: string };

export async function makeBuyers(count: number, items: readonly BuyerCart[]): Promise<Buyer[]> {
  const db = await getDb();
  const run = randomUUID().slice(0, 8);
  const rows = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `buyer-${run}-${i}@example.test`, name: `Buyer ${i}`, role: "customer" as const })))
    .returning({ id: users.id, email: users.email, name: users.name });
  const saved = await db
    .insert(addresses)
    .values(rows.map((u) => ({ userId: u.id, fullName: u.name, phone: "9876543210", line1: "12 Test Lane", city: "Pune", state: BUYER_STATE, pincode: BUYER_PINCODE, isDefault: true })))
    .returning({ id: addresses.id, userId: addresses.userId });
  const addressOfUser = new Map(saved.map((a) => [a.userId, a.id]));
  await fillCarts(rows.map((u) => u.id), items);
  return rows.map((u) => ({ id: u.id, email: u.email, name: u.name, role: "customer", sellerId: null, addressId: addressOfUser.get(u.id) as string }));
}

/** Replaces each user's cart with `items` (at the variants' prices now). */
export async function fillCarts(userIds: readonly string[], items: readonly BuyerCart[]): Promise<void> {
  const db = await getDb();
  await db.delete(carts).where(inArray(carts.userId, [...userIds]));
  const cartRows = await db.insert(carts).values(userIds.map((userId) => ({ userId }))).returning({ id: carts.id });
  const prices = items.length
    ? await db.select({ id: productVariants.id, price: productVariants.pricePaise }).from(productVariants).where(inArray(productVariants.id, items.map((i) => i.variantId)))
    : [];
  const priceOf = new Map(prices.map((p) => [p.id, p.price]));
  const values = cartRows.flatMap((c) => items.map((i) => ({ cartId: c.id, variantId: i.variantId, quantity: i.quantity, pricePaiseWhenAdded: i.pricePaise ?? priceOf.get(i.variantId) ?? 0 })));
  if (values.length) await db.insert(cartItems).values(values);
}

/** The user's default address id. */
export async function addressOf(userId: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, userId)).limit(1);
  return row.id;
}

/** A bundle of `components` (one each) from the seller; its stock is derived from theirs. */
export async function makeBundle(sellerId: string, categoryId: string, components: readonly string[], pricePaise = 90_000) {
  const db = await getDb();
  const { product, variant } = await makeProduct({ sellerId, categoryId, type: "bundle", title: "Test bundle", pricePaise, stockOnHand: 0 });
  await db.insert(bundleItems).values(components.map((componentVariantId, position) => ({ bundleProductId: product.id, componentVariantId, quantity: 1, position })));
  await syncBundleStock(db, { bundleProductIds: [product.id] });
  return { product, variant };
}

export async function makeCoupon(over: Partial<typeof coupons.$inferInsert> = {}) {
  const db = await getDb();
  const [coupon] = await db
    .insert(coupons)
    .values({ code: unique("SAVE").toUpperCase().slice(0, 30), kind: "flat", flatPaise: 5_000, minOrderPaise: 0, usageLimit: 1, perUserLimit: 1, ...over })
    .returning();
  return coupon;
}

export async function stockOf(variantId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ onHand: productVariants.stockOnHand, reserved: productVariants.stockReserved })
    .from(productVariants)
    .where(eq(productVariants.id, variantId));
  return row;
}

export { makeProduct, products };
