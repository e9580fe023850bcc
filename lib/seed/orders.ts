import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { addItemsToCart, clearPurchasedItems, loadCheckoutLines } from "@/lib/cart";
import { cancelOrderByCustomer, transitionSubOrder } from "@/lib/orders/service";
import type { Db } from "@/lib/platform/db";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { addresses, orders, products, productVariants, sellers, subOrders, users, type SubOrderStatus } from "@/models";
import { backdateOrder } from "./orders-backdate";

/**
 * Demo orders for the demo customer (customer@quicklocal.test), placed through the real checkout
 * (cart → quote → placeOrder, cash on delivery, standard delivery) and moved through the real lifecycle
 * by the sellers and the delivery partner, then dated back so the list reads like a history: one
 * delivered, one completed with a part the seller rejected, one on its way, one cancelled by the
 * customer and one new (in the demo seller's queue). Idempotent: skipped once the customer has orders.
 */

type Step = { to: SubOrderStatus; reason?: string; carrier?: string; trackingNumber?: string };

interface Scenario {
  daysAgo: number;
  parts: { seller: string; items: number; quantity: number; steps: Step[] }[];
  customerCancel?: string;
}

const TO_DELIVERED: Step[] = [
  { to: "accepted" },
  { to: "packed" },
  { to: "ready_to_ship" },
  { to: "shipped", carrier: "Delhivery" },
  { to: "out_for_delivery" },
  { to: "delivered" },
];

const SCENARIOS: Scenario[] = [
  { daysAgo: 12, parts: [{ seller: "sharma-kirana-store", items: 2, quantity: 2, steps: TO_DELIVERED }, { seller: "fresh-basket-mart", items: 1, quantity: 1, steps: TO_DELIVERED }] },
  {
    daysAgo: 6,
    parts: [
      { seller: "fresh-basket-mart", items: 1, quantity: 3, steps: TO_DELIVERED },
      { seller: "mehta-fashion-house", items: 1, quantity: 1, steps: [{ to: "cancelled", reason: "Sorry, this size is out of stock at our store" }] },
    ],
  },
  {
    daysAgo: 2,
    parts: [
      { seller: "sharma-kirana-store", items: 1, quantity: 1, steps: TO_DELIVERED.slice(0, 4) },
      { seller: "little-champs-toy-store", items: 1, quantity: 1, steps: TO_DELIVERED.slice(0, 2) },
    ],
  },
  { daysAgo: 1, parts: [{ seller: "trendz-boutique", items: 1, quantity: 1, steps: [] }], customerCancel: "Ordered by mistake" },
  { daysAgo: 0, parts: [{ seller: "sharma-kirana-store", items: 2, quantity: 1, steps: [] }, { seller: "fresh-basket-mart", items: 1, quantity: 2, steps: [] }] },
];

async function actorFor(db: Db, email: string): Promise<Actor | null> {
  const [u] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, sellerId: sellers.id })
    .from(users)
    .leftJoin(sellers, eq(sellers.ownerUserId, users.id))
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  return u ? { ...u, sellerId: u.sellerId ?? null } : null;
}

async function sellerOwner(db: Db, slug: string): Promise<{ sellerId: string; actor: Actor } | null> {
  const [s] = await db.select({ id: sellers.id, owner: users }).from(sellers).innerJoin(users, eq(users.id, sellers.ownerUserId)).where(eq(sellers.slug, slug)).limit(1);
  if (!s) return null;
  return { sellerId: s.id, actor: { id: s.owner.id, email: s.owner.email, name: s.owner.name, role: s.owner.role, sellerId: s.id } };
}

/** In-stock variants of a seller's active physical products, the same ones every run. */
async function pickVariants(db: Db, sellerId: string, count: number, offset: number) {
  return db
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        eq(products.sellerId, sellerId),
        eq(products.status, "active"),
        eq(products.type, "physical"),
        eq(productVariants.isActive, true),
        sql`${productVariants.stockOnHand} - ${productVariants.stockReserved} >= 10`,
      ),
    )
    .orderBy(asc(products.slug), asc(productVariants.sku))
    .limit(count)
    .offset(offset);
}

export async function seedOrders(db: Db, log: (line: string) => void): Promise<number> {
  const customer = await actorFor(db, "customer@quicklocal.test");
  const courier = await actorFor(db, "delivery@quicklocal.test");
  if (!customer || !courier) return 0;
  const [existing] = await db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, customer.id)).limit(1);
  if (existing) return 0;
  if ((await loadCheckoutLines(customer.id, db)).length > 0) {
    log("demo orders skipped: the demo customer's cart is not empty");
    return 0;
  }
  const [address] = await db.select({ id: addresses.id }).from(addresses).where(eq(addresses.userId, customer.id)).orderBy(sql`${addresses.isDefault} desc`).limit(1);
  if (!address) return 0;

  let created = 0;
  for (const [n, scenario] of SCENARIOS.entries()) {
    const owners = await Promise.all(scenario.parts.map((p) => sellerOwner(db, p.seller)));
    if (owners.some((o) => !o)) continue;
    const picked = await Promise.all(scenario.parts.map((part, i) => pickVariants(db, owners[i]!.sellerId, part.items, n * 2)));
    // A small catalogue (npm run seed -- --products N) may leave a shop with nothing in stock.
    if (picked.some((variants) => variants.length === 0)) continue;
    const items = picked.flatMap((variants, i) => variants.map((v) => ({ variantId: v.id, quantity: scenario.parts[i].quantity })));
    await addItemsToCart(customer.id, items, db);
    const deliveryOptions = Object.fromEntries(owners.map((o) => [o!.sellerId, "standard"]));
    const quote = await quoteCheckout(customer, { addressId: address.id, deliveryOptions, paymentMethod: "cod" }, { db });
    if (!quote.canPlace || !quote.quote) {
      log(`demo order ${n + 1} skipped: ${quote.problems.map((p) => p.message).join(" ")}`);
      await clearPurchasedItems(db, customer.id, items.map((i) => i.variantId));
      continue;
    }
    const placed = await placeOrder(
      customer,
      { idempotencyKey: randomUUID(), addressId: address.id, deliveryOptions, paymentMethod: "cod", expectedTotalPaise: quote.quote.totalPaise },
      { db },
    );
    const parts = await db.select({ id: subOrders.id, sellerId: subOrders.sellerId }).from(subOrders).where(eq(subOrders.orderId, placed.orderId));
    for (const [i, spec] of scenario.parts.entries()) {
      const part = parts.find((p) => p.sellerId === owners[i]!.sellerId);
      if (!part) continue;
      for (const step of spec.steps) {
        const actor = step.to === "out_for_delivery" || step.to === "delivered" ? courier : owners[i]!.actor;
        const tracking = step.to === "shipped" ? { trackingNumber: `DLV${7_301_559_000 + n * 10 + i}` } : {};
        await transitionSubOrder(actor, { subOrderId: part.id, ...step, ...tracking }, { db });
      }
    }
    if (scenario.customerCancel) await cancelOrderByCustomer(customer, { orderId: placed.orderId, reason: scenario.customerCancel }, { db });
    await backdateOrder(db, placed.orderId, scenario.daysAgo);
    created += 1;
  }
  return created;
}
