import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { forceCancelAction } from "@/app/admin/orders/actions";
import { deliveryStepAction } from "@/app/delivery/actions";
import { acceptPartsAction, transitionPartAction } from "@/app/seller/orders/actions";
import { getDb } from "@/lib/platform/db";
import { subOrders } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { insertOrder } from "../support/seller-orders-fixtures";

/** The server actions behind the seller, delivery and admin order screens, signed in as `actorRef.current`. */
const actorRef = vi.hoisted(() => ({ current: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => actorRef.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

async function statusOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ status: subOrders.status, carrier: subOrders.carrier }).from(subOrders).where(eq(subOrders.id, id));
  return row;
}

describe("order screen actions", () => {
  let a: Awaited<ReturnType<typeof makeSeller>>;
  let b: Awaited<ReturnType<typeof makeSeller>>;
  let customer: Actor;
  let line: { productId: string; variantId: string; sku: string };

  beforeAll(async () => {
    a = await makeSeller("Actions A");
    b = await makeSeller("Actions B");
    customer = await makeUser("customer");
    const p = await makeProduct({ sellerId: a.seller.id, categoryId: (await makeCategory()).id });
    line = { productId: p.product.id, variantId: p.variant.id, sku: p.variant.sku };
  });

  const newPart = async (status: "placed" | "ready_to_ship" | "shipped" = "placed") =>
    (await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, status, lines: [line] }] })).parts[0];

  it("a hand-over without carrier or a valid tracking number is refused field by field; with them it ships", async () => {
    const part = await newPart("ready_to_ship");
    actorRef.current = a.actor;
    const refused = await transitionPartAction({ subOrderId: part.id, to: "shipped", carrier: "", trackingNumber: "no spaces!" });
    expect(refused).toMatchObject({ ok: false, code: "validation", fieldErrors: { carrier: ["Enter the carrier's name"], trackingNumber: ["Use 4–40 letters, digits or dashes"] } });
    expect((await statusOf(part.id)).status).toBe("ready_to_ship");
    expect(await transitionPartAction({ subOrderId: part.id, to: "shipped", carrier: "Ekart", trackingNumber: "FMPP-0099" })).toMatchObject({ ok: true, data: { status: "shipped" } });
    expect(await statusOf(part.id)).toEqual({ status: "shipped", carrier: "Ekart" });
  });

  it("another seller's accept is refused; bulk accept takes the seller's own and reports the rest", async () => {
    const mine = [await newPart(), await newPart()];
    actorRef.current = b.actor;
    expect(await transitionPartAction({ subOrderId: mine[0].id, to: "accepted" })).toMatchObject({ ok: false, code: "forbidden" });
    const theirs = await acceptPartsAction({ subOrderIds: mine.map((p) => p.id) });
    expect(theirs).toMatchObject({ ok: true, data: { accepted: [] } });
    expect((await statusOf(mine[0].id)).status).toBe("placed");

    actorRef.current = a.actor;
    const result = await acceptPartsAction({ subOrderIds: [...mine.map((p) => p.id), mine[0].id] });
    expect(result.ok && result.data.accepted.sort()).toEqual(mine.map((p) => p.number).sort());
    const again = await acceptPartsAction({ subOrderIds: [mine[0].id] });
    expect(again.ok && again.data.failed).toHaveLength(1);
    expect(await acceptPartsAction({ subOrderIds: [] })).toMatchObject({ ok: false, code: "validation" });
    expect(await acceptPartsAction({ subOrderIds: Array.from({ length: 51 }, () => mine[0].id) })).toMatchObject({ ok: false, code: "validation" });
  });

  it("only delivery steps go through the delivery action, and only for delivery partners", async () => {
    const part = await newPart("shipped");
    actorRef.current = await makeUser("delivery");
    expect(await deliveryStepAction({ subOrderId: part.id, to: "cancelled" })).toMatchObject({ ok: false, code: "validation" });
    actorRef.current = a.actor;
    expect(await deliveryStepAction({ subOrderId: part.id, to: "delivered" })).toMatchObject({ ok: false, code: "forbidden" });
    actorRef.current = await makeUser("delivery");
    expect(await deliveryStepAction({ subOrderId: part.id, to: "out_for_delivery" })).toMatchObject({ ok: true });
    expect(await deliveryStepAction({ subOrderId: part.id, to: "out_for_delivery" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await deliveryStepAction({ subOrderId: part.id, to: "delivered" })).toMatchObject({ ok: true });
    expect((await statusOf(part.id)).status).toBe("delivered");
  });

  it("support cannot force-cancel through the admin action; an admin can, with a reason", async () => {
    const part = await newPart();
    actorRef.current = await makeUser("support");
    expect(await forceCancelAction({ subOrderId: part.id, reason: "Customer called" })).toMatchObject({ ok: false, code: "forbidden" });
    actorRef.current = null;
    expect(await forceCancelAction({ subOrderId: part.id, reason: "Customer called" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect((await statusOf(part.id)).status).toBe("placed");
    actorRef.current = await makeUser("admin");
    expect(await forceCancelAction({ subOrderId: part.id, reason: "" })).toMatchObject({ ok: false, code: "validation" });
    expect(await forceCancelAction({ subOrderId: part.id, reason: "Duplicate order" })).toMatchObject({ ok: true, data: { cancelled: [part.number] } });
    expect((await statusOf(part.id)).status).toBe("cancelled");
  });
});
