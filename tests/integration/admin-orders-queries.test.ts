import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { countAdminOrders, getAdminOrderDetail, listAdminOrders, listDeliveryParts } from "@/lib/orders/admin-queries";
import { forceCancel } from "@/lib/orders/service";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { orderEvents, subOrders } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";
import { insertOrder } from "../support/seller-orders-fixtures";

type Seller = Awaited<ReturnType<typeof makeSeller>>;
type Line = { productId: string; variantId: string; sku: string };

async function partRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(subOrders).where(eq(subOrders.id, id));
  return row;
}

describe("admin order queries and force-cancel", () => {
  let admin: Actor;
  let support: Actor;
  let customer: Actor;
  let courier: Actor;
  let a: Seller;
  let b: Seller;
  let lineA: Line;
  let lineB: Line;

  beforeAll(async () => {
    admin = await makeUser("admin", "Anita Admin");
    support = await makeUser("support", "Imran Support");
    courier = await makeUser("delivery", "Suresh Courier");
    customer = await makeUser("customer", unique("Rohan Verma"));
    a = await makeSeller(unique("Chennai Silks"));
    b = await makeSeller("Another store");
    const cat = await makeCategory();
    const pa = await makeProduct({ sellerId: a.seller.id, categoryId: cat.id });
    const pb = await makeProduct({ sellerId: b.seller.id, categoryId: cat.id });
    lineA = { productId: pa.product.id, variantId: pa.variant.id, sku: pa.variant.sku };
    lineB = { productId: pb.product.id, variantId: pb.variant.id, sku: pb.variant.sku };
  });

  it("searches every order by number, customer email or name and seller; filters by status", async () => {
    const { order, parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [lineA] }, { sellerId: b.seller.id, lines: [lineB] }] });
    const ids = async (input: Record<string, string>) => (await listAdminOrders(admin, input)).items.map((o) => o.id);

    expect(await ids({ q: order.number })).toEqual([order.id]);
    expect(await ids({ q: parts[1].number })).toEqual([order.id]);
    expect(await ids({ q: customer.email.toUpperCase() })).toEqual([order.id]);
    expect(await ids({ q: customer.name.slice(0, 12) })).toContain(order.id);
    expect(await ids({ q: a.seller.name })).toContain(order.id);
    expect(await ids({ q: order.number, status: "completed" })).toEqual([]);
    const row = (await listAdminOrders(support, { q: order.number })).items[0];
    expect(row).toMatchObject({ number: order.number, status: "placed", customerEmail: customer.email, partStatuses: ["placed", "placed"] });
    expect(row.sellers).toEqual([a.seller.name, b.seller.name]);
    const counts = await countAdminOrders(admin, { q: order.number });
    expect(counts).toMatchObject({ all: 1, placed: 1, cancelled: 0 });
  });

  it("shows an order with every part, its lines and the whole timeline", async () => {
    const { order, parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [lineA, { ...lineA, quantity: 2 }] }, { sellerId: b.seller.id, lines: [lineB] }] });
    const detail = await getAdminOrderDetail(admin, order.number.toLowerCase());
    expect(detail.order).toMatchObject({ id: order.id, customerEmail: customer.email, totalPaise: order.totalPaise });
    expect(detail.parts.map((p) => [p.number, p.sellerName, p.lines.length])).toEqual([
      [parts[0].number, a.seller.name, 2],
      [parts[1].number, b.seller.name, 1],
    ]);
    expect(detail.timeline.map((e) => e.subOrderNumber).sort()).toEqual([parts[0].number, parts[1].number].sort());
    expect((await getAdminOrderDetail(support, order.id)).order.number).toBe(order.number);
  });

  it("refuses customers, sellers, delivery partners and anonymous users", async () => {
    const { order } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [lineA] }] });
    await rejectsWith(listAdminOrders(customer, {}), ForbiddenError);
    await rejectsWith(listAdminOrders(a.actor, {}), ForbiddenError);
    await rejectsWith(countAdminOrders(courier, {}), ForbiddenError);
    await rejectsWith(getAdminOrderDetail(customer, order.number), ForbiddenError);
    await rejectsWith(getAdminOrderDetail(null, order.number), UnauthenticatedError);
    await rejectsWith(getAdminOrderDetail(admin, "QL0"), NotFoundError);
    await rejectsWith(listDeliveryParts(customer), ForbiddenError);
    await rejectsWith(listDeliveryParts(a.actor), ForbiddenError);
  });

  it("support cannot force-cancel; nothing changes", async () => {
    const { order, parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [lineA] }] });
    await rejectsWith(forceCancel(support, { orderId: order.id, reason: "Customer called support" }), ForbiddenError);
    await rejectsWith(forceCancel(a.actor, { orderId: order.id, reason: "Seller tries the admin route" }), ForbiddenError);
    await rejectsWith(forceCancel(customer, { subOrderId: parts[0].id, reason: "Not an admin" }), ForbiddenError);
    expect((await partRow(parts[0].id)).status).toBe("placed");
    const db = await getDb();
    expect(await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id))).toHaveLength(1);
  });

  it("an admin force-cancels one part with a reason, then the rest of the order except what shipped", async () => {
    const { order, parts } = await insertOrder({
      customerId: customer.id,
      parts: [
        { sellerId: a.seller.id, lines: [lineA] },
        { sellerId: b.seller.id, status: "accepted", lines: [lineB] },
      ],
    });
    await forceCancel(admin, { subOrderId: parts[0].id, reason: "Suspected fraud" });
    expect(await partRow(parts[0].id)).toMatchObject({ status: "cancelled", cancelReason: "Suspected fraud", cancelledBy: "admin" });
    expect((await partRow(parts[1].id)).status).toBe("accepted");
    const detail = await getAdminOrderDetail(admin, order.id);
    expect(detail.timeline.find((e) => e.to === "cancelled")).toMatchObject({ to: "cancelled", actorKind: "admin", note: "Suspected fraud", subOrderNumber: parts[0].number });

    const shipped = await insertOrder({
      customerId: customer.id,
      parts: [
        { sellerId: a.seller.id, status: "shipped", lines: [lineA] },
        { sellerId: b.seller.id, lines: [lineB] },
      ],
    });
    const result = await forceCancel(admin, { orderId: shipped.order.id, reason: "Customer asked support to cancel" });
    expect(result.cancelled).toEqual([shipped.parts[1].number]);
    expect((await partRow(shipped.parts[0].id)).status).toBe("shipped");
    await rejectsWith(forceCancel(admin, { subOrderId: shipped.parts[0].id, reason: "Too late" }), ConflictError);
  });

  it("lists shipped and out-for-delivery parts for delivery partners, with the drop-off and cash to collect", async () => {
    const { parts } = await insertOrder({ customerId: customer.id, paymentMethod: "cod", parts: [{ sellerId: a.seller.id, status: "shipped", lines: [lineA] }, { sellerId: b.seller.id, status: "packed", lines: [lineB] }] });
    const { active } = await listDeliveryParts(courier);
    const task = active.find((t) => t.id === parts[0].id);
    expect(task).toMatchObject({ number: parts[0].number, status: "shipped", sellerName: a.seller.name, order: { paymentMethod: "cod", address: { pincode: "560038" } } });
    expect(active.some((t) => t.id === parts[1].id)).toBe(false);
    expect((await listDeliveryParts(admin)).active.some((t) => t.id === parts[0].id)).toBe(true);
  });
});
