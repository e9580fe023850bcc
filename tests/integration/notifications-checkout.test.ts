/**
 * Order emails through the real workflow: checkout places the order (cash on delivery or SANDBOX), the
 * outbox delivers "order.placed" / "sub_order.changed" to the notification subscribers, and the dev
 * mailbox receives the customer's (and sellers') emails; digital goods are handed out on payment.
 */
import { randomUUID } from "node:crypto";
import { desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import "@/lib/notifications/subscribers";
import { addLicenceKeys, syncDigitalStock } from "@/lib/catalog/digital-service";
import { getOrderDigitalGoods } from "@/lib/orders/digital-queries";
import { cancelOrderByCustomer, transitionSubOrder } from "@/lib/orders/service";
import { confirmSandboxPayment } from "@/lib/payments/sandbox";
import { getDb } from "@/lib/platform/db";
import { flushEvents } from "@/lib/platform/events";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { devMailbox, subOrders, type PaymentMethod } from "@/models";
import { checkoutWorld, makeBuyers, makeProduct, type Buyer } from "../support/checkout-fixtures";
import { makeSeller } from "../support/fixtures";

let world: Awaited<ReturnType<typeof checkoutWorld>>;

beforeAll(async () => {
  world = await checkoutWorld();
});

async function inbox(email: string) {
  const db = await getDb();
  return db.select().from(devMailbox).where(eq(devMailbox.to, email)).orderBy(desc(devMailbox.createdAt));
}

async function checkout(buyer: Buyer, paymentMethod: PaymentMethod) {
  const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod });
  expect(quote.problems.filter((p) => p.blocking)).toEqual([]);
  return placeOrder(buyer, { idempotencyKey: randomUUID(), addressId: buyer.addressId, paymentMethod, expectedTotalPaise: quote.quote!.totalPaise });
}

describe("order emails from checkout", () => {
  it("cash on delivery: placed, then accepted and shipped with tracking, each emailed once", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Steel tiffin box", pricePaise: 59_900 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 2 }]);
    const placed = await checkout(buyer, "cod");
    await flushEvents();
    let mails = await inbox(buyer.email);
    expect(mails.map((m) => m.subject)).toEqual([`Order ${placed.number} placed — ₹1,198.00`]);
    expect(mails[0].text).toContain("2 × Steel tiffin box");
    expect(mails[0].text).toContain("Cash on delivery");

    const { seller } = world;
    const sellerActor = { id: seller.ownerUserId, email: "", name: "", role: "seller" as const, sellerId: seller.id };
    const db = await getDb();
    const sellerMails = await db.select().from(devMailbox).where(like(devMailbox.subject, `New order ${placed.number}-1%`));
    expect(sellerMails).toHaveLength(1);

    const [part] = await db.select().from(subOrders).where(eq(subOrders.orderId, placed.orderId));
    await transitionSubOrder(sellerActor, { subOrderId: part.id, to: "accepted" });
    await transitionSubOrder(sellerActor, { subOrderId: part.id, to: "packed" });
    await transitionSubOrder(sellerActor, { subOrderId: part.id, to: "ready_to_ship" });
    await transitionSubOrder(sellerActor, { subOrderId: part.id, to: "shipped", carrier: "Delhivery", trackingNumber: "DL123456789" });
    await flushEvents();
    await flushEvents();
    mails = await inbox(buyer.email);
    expect(mails).toHaveLength(3);
    expect(mails.filter((m) => /^.+ accepted your order .+-1$/.test(m.subject))).toHaveLength(1);
    const shipped = mails.find((m) => m.subject === `Your order ${part.number} has shipped`)!;
    expect(shipped.text).toContain("Carrier: Delhivery, tracking number DL123456789");
  });

  it("a customer's cancellation is emailed with its reason and no charge", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Brass diya", pricePaise: 24_900 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const placed = await checkout(buyer, "cod");
    await cancelOrderByCustomer(buyer, { orderId: placed.orderId, reason: "Ordered by mistake" });
    await flushEvents();
    const cancelled = (await inbox(buyer.email)).find((m) => /cancelled/.test(m.subject));
    expect(cancelled?.subject).toBe(`Order ${placed.number}-1 cancelled`);
    expect(cancelled?.text).toContain("cancelled as you asked. Reason: Ordered by mistake.");
    expect(cancelled?.text).toContain("You have not been charged");
  });

  it("SANDBOX: nothing before payment; approval confirms the order and hands out the licence key; a declined one is told it was not placed", async () => {
    const { seller } = await makeSeller("Key shop");
    const { product, variant } = await makeProduct({ sellerId: seller.id, categoryId: world.category.id, type: "digital", title: "Antivirus 1 year", pricePaise: 49_900 });
    const db = await getDb();
    await addLicenceKeys(db, product.id, ["AV-1111", "AV-2222"]);
    await syncDigitalStock(db, product.id);
    const [buyer, decliner] = await makeBuyers(2, [{ variantId: variant.id, quantity: 1 }]);

    const paid = await checkout(buyer, "sandbox");
    await flushEvents();
    expect(await inbox(buyer.email)).toHaveLength(0);
    await confirmSandboxPayment(paid.paymentRedirectUrl!.split("/").pop()!, "approve");
    await flushEvents();
    await flushEvents();
    const subjects = (await inbox(buyer.email)).map((m) => m.subject).sort();
    expect(subjects).toEqual([`Order ${paid.number} placed — ₹499.00`, `Your digital purchase ${paid.number}-1 is ready`].sort());
    const [goods] = await getOrderDigitalGoods(buyer, paid.orderId);
    expect(goods.licenceKeys).toHaveLength(1);
    expect(["AV-1111", "AV-2222"]).toContain(goods.licenceKeys[0]);

    const declined = await checkout(decliner, "sandbox");
    await confirmSandboxPayment(declined.paymentRedirectUrl!.split("/").pop()!, "decline");
    await flushEvents();
    const [notPlaced, ...more] = await inbox(decliner.email);
    expect(more).toHaveLength(0);
    expect(notPlaced.subject).toBe(`Order ${declined.number} was not placed`);
    expect(notPlaced.text).toContain("Nothing was charged");
  });
});
