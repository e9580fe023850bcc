import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { renderPackingSlip } from "@/app/seller/orders/[number]/packing-slip/render";
import { handOverProblems, packingSlipAvailable } from "@/components/orders/seller-action-rules";
import { getAdminOrderDetail } from "@/lib/orders/admin-queries";
import { transitionSubOrder } from "@/lib/orders/service";
import { getSellerOrderPart, listSellerOrders } from "@/lib/orders/seller-queries";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/platform/errors";
import { orderEvents, subOrders } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";
import { insertOrder } from "../support/seller-orders-fixtures";

type Seller = Awaited<ReturnType<typeof makeSeller>>;

async function snapshot(subOrderId: string) {
  const db = await getDb();
  const [part] = await db.select().from(subOrders).where(eq(subOrders.id, subOrderId));
  const events = await db.select().from(orderEvents).where(eq(orderEvents.subOrderId, subOrderId));
  return { status: part.status, carrier: part.carrier, updatedAt: part.updatedAt.getTime(), events: events.length };
}

describe("seller fulfilment through the order service", () => {
  let a: Seller;
  let b: Seller;
  let customer: Actor;
  let courier: Actor;
  let line: { productId: string; variantId: string; sku: string };

  beforeAll(async () => {
    a = await makeSeller("Fulfil A");
    b = await makeSeller("Fulfil B");
    customer = await makeUser("customer");
    courier = await makeUser("delivery");
    const cat = await makeCategory();
    const p = await makeProduct({ sellerId: a.seller.id, categoryId: cat.id, title: "Copper bottle" });
    line = { productId: p.product.id, variantId: p.variant.id, sku: p.variant.sku };
  });

  it("accept → pack (slip) → ready → hand over → out for delivery → delivered, all on the timeline", async () => {
    const { order, parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [{ ...line, quantity: 2 }] }] });
    const id = parts[0].id;
    expect(packingSlipAvailable(parts[0])).toBe(false);
    await transitionSubOrder(a.actor, { subOrderId: id, to: "accepted" });
    expect((await listSellerOrders(a.actor, a.seller.id, { tab: "accepted" })).items.map((r) => r.id)).toContain(id);
    const detail = await getSellerOrderPart(a.actor, parts[0].number);
    expect(packingSlipAvailable(detail.part)).toBe(true);
    const pdf = await renderPackingSlip(detail);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await transitionSubOrder(a.actor, { subOrderId: id, to: "packed" });
    await transitionSubOrder(a.actor, { subOrderId: id, to: "ready_to_ship" });
    await transitionSubOrder(a.actor, { subOrderId: id, to: "shipped", carrier: "Blue Dart", trackingNumber: "BD-778812" });
    await transitionSubOrder(courier, { subOrderId: id, to: "out_for_delivery" });
    await transitionSubOrder(courier, { subOrderId: id, to: "delivered" });

    const after = await getSellerOrderPart(a.actor, parts[0].id);
    expect(after.part).toMatchObject({ status: "delivered", carrier: "Blue Dart", trackingNumber: "BD-778812" });
    expect(after.timeline.filter((e) => e.subOrderNumber === parts[0].number).map((e) => e.to)).toEqual(["placed", "accepted", "packed", "ready_to_ship", "shipped", "out_for_delivery", "delivered"]);
    expect(after.timeline.find((e) => e.to === "out_for_delivery")?.actorKind).toBe("delivery");
    expect((await getAdminOrderDetail(await makeUser("admin"), order.id)).order.status).toBe("completed");
  });

  it("a seller rejects a new part with a reason; it moves to the cancelled tab", async () => {
    const { parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [line] }] });
    await rejectsWith(transitionSubOrder(a.actor, { subOrderId: parts[0].id, to: "cancelled" }), ValidationError);
    await transitionSubOrder(a.actor, { subOrderId: parts[0].id, to: "cancelled", reason: "Out of stock" });
    const cancelled = await listSellerOrders(a.actor, a.seller.id, { tab: "cancelled" });
    expect(cancelled.items.map((r) => r.id)).toContain(parts[0].id);
    const detail = await getSellerOrderPart(a.actor, parts[0].id);
    expect(detail.part).toMatchObject({ cancelReason: "Out of stock", cancelledBy: "seller" });
  });

  it("refuses another seller, the wrong order of steps and the wrong roles; nothing changes", async () => {
    const { parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [line] }] });
    const id = parts[0].id;
    const before = await snapshot(id);
    await rejectsWith(transitionSubOrder(b.actor, { subOrderId: id, to: "accepted" }), ForbiddenError);
    await rejectsWith(transitionSubOrder(b.actor, { subOrderId: id, to: "cancelled", reason: "Not my order" }), ForbiddenError);
    await rejectsWith(transitionSubOrder(a.actor, { subOrderId: id, to: "shipped", carrier: "DTDC", trackingNumber: "D1234" }), ConflictError);
    await rejectsWith(transitionSubOrder(a.actor, { subOrderId: id, to: "delivered" }), ForbiddenError);
    await rejectsWith(transitionSubOrder(courier, { subOrderId: id, to: "delivered" }), ConflictError);
    await rejectsWith(transitionSubOrder(customer, { subOrderId: id, to: "accepted" }), ForbiddenError);
    expect(await snapshot(id)).toEqual(before);
  });

  it("a hand-over needs a carrier and a well-formed tracking number", () => {
    expect(handOverProblems({ to: "shipped" })).toEqual({ carrier: ["Enter the carrier's name"], trackingNumber: ["Enter the tracking number"] });
    expect(handOverProblems({ to: "shipped", carrier: "Ekart", trackingNumber: "AB 12" })).toEqual({ trackingNumber: ["Use 4–40 letters, digits or dashes"] });
    expect(handOverProblems({ to: "shipped", carrier: " Ekart ", trackingNumber: "FMPP0123456789" })).toBeNull();
    expect(handOverProblems({ to: "packed" })).toBeNull();
    expect(handOverProblems("nonsense")).toBeNull();
  });
});
