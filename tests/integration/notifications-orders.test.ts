import { desc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/notifications/subscribers";
import { applyTransition } from "@/lib/orders/transition";
import { getDb } from "@/lib/platform/db";
import { flushEvents, publish } from "@/lib/platform/events";
import { devMailbox, users } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { makeOrder } from "./digital-delivery-fixtures";

let buyer: Awaited<ReturnType<typeof makeUser>>;
let shops: Awaited<ReturnType<typeof makeSeller>>[];
let items: Awaited<ReturnType<typeof makeProduct>>[];

beforeAll(async () => {
  buyer = await makeUser("customer", "Asha Rao");
  shops = await Promise.all([makeSeller("Green Grocer"), makeSeller("Toy Town")]);
  const category = await makeCategory(null, "Mixed");
  items = await Promise.all(shops.map((s) => makeProduct({ sellerId: s.seller.id, categoryId: category.id, title: "Thing" })));
});

async function mailTo(email: string) {
  const db = await getDb();
  return db.select().from(devMailbox).where(eq(devMailbox.to, email)).orderBy(desc(devMailbox.createdAt));
}

async function emailOf(userId: string) {
  const [u] = await (await getDb()).select({ email: users.email }).from(users).where(eq(users.id, userId));
  return u.email;
}

function twoShopOrder(status: "placed" | "pending_payment" = "placed", paymentMethod: "cod" | "sandbox" = "cod") {
  return makeOrder(null, {
    customerId: buyer.id,
    status,
    paymentMethod,
    parts: shops.map((s, i) => ({
      sellerId: s.seller.id,
      requiresShipping: true,
      deliveryOption: i === 0 ? ("same_day" as const) : ("standard" as const),
      lines: [{ productId: items[i].product.id, variantId: items[i].variant.id, productType: "physical" as const, quantity: i + 1, unitPricePaise: 25_000 }],
    })),
  });
}

async function move(subOrderId: string, from: "placed" | "pending_payment" | "accepted", to: "accepted" | "cancelled" | "placed", actorKind: "seller" | "customer" | "system", note?: string) {
  await (await getDb()).transaction((tx) =>
    applyTransition(tx, { subOrderId, from, to, actorKind, actorId: null, note, patch: to === "cancelled" ? { cancelReason: note ?? null, cancelledBy: actorKind } : undefined }),
  );
}

describe("order emails", () => {
  it("confirms a placed order to the customer and tells each seller, once", async () => {
    const before = (await mailTo(buyer.email)).length;
    const order = await twoShopOrder();
    const db = await getDb();
    await db.transaction((tx) => publish(tx, { topic: "order.placed", aggregateId: order.id, payload: { number: order.number } }));
    await flushEvents();
    // Delivered again (at least once): nothing new is sent.
    await db.transaction((tx) => publish(tx, { topic: "order.placed", aggregateId: order.id, payload: { number: order.number } }));
    await flushEvents();

    const mails = await mailTo(buyer.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails[0].subject).toBe(`Order ${order.number} placed — ₹750.00`);
    expect(mails[0].text).toContain("It comes from 2 shops");
    expect(mails[0].text).toContain("Same-day delivery");
    expect(mails[0].text).toContain("Cash on delivery");
    expect(mails[0].text).toContain(`/account/orders/${order.number}`);
    expect(mails[0].html).toContain("Track your order");
    for (const [i, shop] of shops.entries()) {
      const sellerMails = (await mailTo(await emailOf(shop.seller.ownerUserId))).filter((m) => m.subject.includes(order.subOrders[i].number));
      expect(sellerMails).toHaveLength(1);
      expect(sellerMails[0].subject).toMatch(/^New order /);
    }
  });

  it("sends accepted and a single email for parts cancelled together, with the reason", async () => {
    const order = await twoShopOrder();
    const [a, b] = order.subOrders;
    await move(a.id, "placed", "accepted", "seller");
    await flushEvents();
    let mails = await mailTo(buyer.email);
    expect(mails[0].subject).toMatch(/accepted your order .*-1$/);

    await move(a.id, "accepted", "cancelled", "customer", "Ordered by mistake");
    await move(b.id, "placed", "cancelled", "customer", "Ordered by mistake");
    await flushEvents();
    await flushEvents();
    mails = await mailTo(buyer.email);
    const cancelled = mails.filter((m) => m.text.includes(order.number) && /cancel/i.test(m.subject));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].subject).toBe(`2 parts of order ${order.number} cancelled`);
    expect(cancelled[0].text).toContain("Reason: Ordered by mistake");
    expect(cancelled[0].text).toContain("You have not been charged");
  });

  it("waits for payment: no confirmation while pending, one when the payment places the order", async () => {
    const order = await twoShopOrder("pending_payment", "sandbox");
    const db = await getDb();
    await db.transaction((tx) => publish(tx, { topic: "order.placed", aggregateId: order.id, payload: { number: order.number } }));
    await flushEvents();
    expect((await mailTo(buyer.email)).filter((m) => m.subject.includes(order.number))).toHaveLength(0);
    for (const part of order.subOrders) await move(part.id, "pending_payment", "placed", "system");
    await flushEvents();
    const mails = (await mailTo(buyer.email)).filter((m) => m.subject.includes(order.number));
    expect(mails.map((m) => m.subject)).toEqual([`Order ${order.number} placed — ₹750.00`]);
    const sellerMails = await db.select().from(devMailbox).where(inArray(devMailbox.subject, order.subOrders.map((p) => `New order ${p.number} — ${p.number.endsWith("-1") ? "₹250.00" : "₹500.00"}`)));
    expect(sellerMails).toHaveLength(2);
  });
});
