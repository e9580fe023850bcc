/**
 * A small marketplace for the checkout benchmark, written straight to a fresh database: one delivery zone
 * (Bengaluru), a category taxed at 5 %, a few sellers with products in plenty, one "hot" variant with
 * little stock, and customers with an address. Carts are filled directly (the cart UI is not measured).
 */
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/platform/db";
import { addresses, cartItems, carts, categories, pincodeZones, productVariants, products, sellers, shippingZones, users } from "@/models";

export const BUYER_PINCODE = "560034";

export interface BenchVariant {
  id: string;
  pricePaise: number;
}

export interface BenchBuyer extends Actor {
  addressId: string;
}

export async function seedWorld(db: Db, { sellerCount, productsPerSeller, hotStock }: { sellerCount: number; productsPerSeller: number; hotStock: number }) {
  const run = randomUUID().slice(0, 8);
  const [zone] = await db.insert(shippingZones).values({ code: `BENCH-${run}`.toUpperCase(), name: "Bengaluru (bench)", nextDayAvailable: true }).returning();
  await db.insert(pincodeZones).values({ prefix: "560", zoneId: zone.id, label: "Bengaluru" }).onConflictDoUpdate({ target: pincodeZones.prefix, set: { zoneId: zone.id } });
  const [category] = await db.insert(categories).values({ name: "Bench goods", slug: `bench-${run}`, path: `bench-${run}`, gstRateBp: 500 }).returning();

  const owners = await db
    .insert(users)
    .values(Array.from({ length: sellerCount }, (_, i) => ({ email: `bench-seller-${run}-${i}@example.test`, name: `Bench seller ${i}`, role: "seller" as const })))
    .returning({ id: users.id });
  const sellerRows = await db
    .insert(sellers)
    .values(owners.map((o, i) => ({ ownerUserId: o.id, name: `Bench store ${i}`, slug: `bench-store-${run}-${i}`, status: "active" as const, city: "Bengaluru", state: "Karnataka", pincode: "560001" })))
    .returning({ id: sellers.id });

  const productRows = await db
    .insert(products)
    .values(
      sellerRows.flatMap((s, si) =>
        Array.from({ length: productsPerSeller }, (_, pi) => ({ sellerId: s.id, categoryId: category.id, title: `Bench product ${si}-${pi}`, slug: `bench-${run}-${si}-${pi}`, status: "active" as const })),
      ),
    )
    .returning({ id: products.id });
  const variants = await db
    .insert(productVariants)
    .values(productRows.map((p, i) => ({ productId: p.id, sku: `BENCH-${run}-${i}`, title: "Standard", pricePaise: 10_000 + (i % 40) * 2_500, mrpPaise: 200_000, stockOnHand: 1_000_000 })))
    .returning({ id: productVariants.id, pricePaise: productVariants.pricePaise });

  const [hotProduct] = await db.insert(products).values({ sellerId: sellerRows[0].id, categoryId: category.id, title: "Flash sale item", slug: `bench-${run}-hot`, status: "active" }).returning();
  const [hot] = await db
    .insert(productVariants)
    .values({ productId: hotProduct.id, sku: `BENCH-${run}-HOT`, title: "Standard", pricePaise: 99_900, mrpPaise: 199_900, stockOnHand: hotStock })
    .returning({ id: productVariants.id, pricePaise: productVariants.pricePaise });
  return { variants: variants as BenchVariant[], hot: hot as BenchVariant };
}

export async function makeBuyers(db: Db, count: number, label: string): Promise<BenchBuyer[]> {
  const run = randomUUID().slice(0, 8);
  const rows = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `bench-${label}-${run}-${i}@example.test`, name: `Buyer ${i}`, role: "customer" as const })))
    .returning({ id: users.id, email: users.email, name: users.name });
  const saved = await db
    .insert(addresses)
    .values(rows.map((u) => ({ userId: u.id, fullName: u.name, phone: "9876543210", line1: "1 MG Road", city: "Bengaluru", state: "Karnataka", pincode: BUYER_PINCODE, isDefault: true })))
    .returning({ id: addresses.id, userId: addresses.userId });
  const addressOf = new Map(saved.map((a) => [a.userId, a.id]));
  await db.insert(carts).values(rows.map((u) => ({ userId: u.id })));
  return rows.map((u) => ({ id: u.id, email: u.email, name: u.name, role: "customer", sellerId: null, addressId: addressOf.get(u.id) as string }));
}

/** Puts `items` in each buyer's cart (replacing what is there), at today's prices. */
export async function fillCarts(db: Db, buyerIds: readonly string[], items: readonly (BenchVariant & { quantity: number })[]): Promise<void> {
  const cartRows = await db.select({ id: carts.id }).from(carts).where(inArray(carts.userId, [...buyerIds]));
  const cartIds = cartRows.map((c) => c.id);
  await db.delete(cartItems).where(inArray(cartItems.cartId, cartIds));
  await db.insert(cartItems).values(cartIds.flatMap((cartId) => items.map((v) => ({ cartId, variantId: v.id, quantity: v.quantity, pricePaiseWhenAdded: v.pricePaise }))));
}
