import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { renderInvoicesPdf } from "@/lib/documents/invoice-pdf";
import { ORDERS_PAGE_SIZE, getCustomerOrders, getOrderDetail } from "@/lib/orders/queries";
import { reorder } from "@/lib/orders/reorder";
import { transitionSubOrder } from "@/lib/orders/service";
import { getDb } from "@/lib/platform/db";
import { NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { cartItems, carts, productVariants } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { placeTestOrder } from "../support/orders-fixtures";
import { pdfText } from "../support/orders-pdf-text";
import { rejectsWith } from "../support/rejects";

type Variant = Awaited<ReturnType<typeof makeProduct>>["variant"];

let seller: Awaited<ReturnType<typeof makeSeller>>;
let customer: Actor;
let variant: Variant;
let other: Variant;

beforeAll(async () => {
  const category = await makeCategory(null, "Toys");
  seller = await makeSeller("Toy shop");
  customer = await makeUser("customer", "Meera");
  variant = (await makeProduct({ sellerId: seller.seller.id, categoryId: category.id, title: "Wooden train", pricePaise: 59_900, stockOnHand: 200 })).variant;
  other = (await makeProduct({ sellerId: seller.seller.id, categoryId: category.id, title: "Kite", pricePaise: 9_900, stockOnHand: 200 })).variant;
});

describe("customer order list", () => {
  it("lists only the customer's own orders, newest first, a page at a time", async () => {
    const someoneElse = await makeUser("customer", "Someone");
    await placeTestOrder(someoneElse.id, [{ sellerId: seller.seller.id, items: [{ variant, quantity: 1 }] }]);
    const placed = [];
    for (let i = 0; i < ORDERS_PAGE_SIZE + 2; i++) placed.push(await placeTestOrder(customer.id, [{ sellerId: seller.seller.id, items: [{ variant, quantity: 1 }] }]));

    const first = await getCustomerOrders(customer);
    expect(first.orders).toHaveLength(ORDERS_PAGE_SIZE);
    expect(first.orders[0].number).toBe(placed.at(-1)?.number);
    expect(first.orders[0]).toMatchObject({ status: "placed", itemCount: 1, totalPaise: 59_900 });
    expect(first.orders[0].parts).toMatchObject([{ sellerName: seller.seller.name, status: "placed" }]);
    expect(first.nextCursor).not.toBeNull();
    const second = await getCustomerOrders(customer, { cursor: first.nextCursor });
    expect(second.orders.map((o) => o.number)).toEqual(placed.slice(0, 2).reverse().map((o) => o.number));
    expect(second.nextCursor).toBeNull();
    expect((await getCustomerOrders(customer, { cursor: "garbage" })).orders).toHaveLength(ORDERS_PAGE_SIZE);
    await rejectsWith(getCustomerOrders(null), UnauthenticatedError);
  });
});

describe("order detail", () => {
  it("finds an order by number or id and 404s for nonsense", async () => {
    const order = await placeTestOrder(customer.id, [{ sellerId: seller.seller.id, items: [{ variant, quantity: 2 }] }]);
    expect((await getOrderDetail(customer, order.number.toLowerCase())).id).toBe(order.id);
    expect((await getOrderDetail(customer, order.id)).number).toBe(order.number);
    await rejectsWith(getOrderDetail(customer, "QL0"), NotFoundError);
    await rejectsWith(getOrderDetail(customer, "'; drop table orders; --"), NotFoundError);
  });

  it("renders the GST invoice of a real order with its figures", async () => {
    const order = await placeTestOrder(customer.id, [{ sellerId: seller.seller.id, items: [{ variant, quantity: 2 }] }]);
    await transitionSubOrder(seller.actor, { subOrderId: order.subOrders[0].id, to: "accepted" });
    const detail = await getOrderDetail(customer, order.number);
    const line = detail.parts[0].lines[0];
    const text = pdfText(await renderInvoicesPdf(detail));
    expect(text).toContain(`Invoice no: INV-${order.subOrders[0].number}`);
    expect(text).toContain(`Order no: ${order.number}`);
    expect(text).toContain("Intra-state supply (CGST + SGST)");
    expect(text).toContain("₹1,198.00");
    expect(text).toContain(`₹${(line.cgstPaise / 100).toFixed(2)}`);
    expect(line.taxableValuePaise + line.cgstPaise + line.sgstPaise).toBe(line.totalPaise);
  });
});

describe("reorder", () => {
  it("puts the order's items back into the customer's cart and reports what it could not add", async () => {
    const order = await placeTestOrder(customer.id, [{ sellerId: seller.seller.id, items: [{ variant, quantity: 2 }, { variant: other, quantity: 1 }] }]);
    const db = await getDb();
    await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, other.id));
    try {
      const result = await reorder(customer, { orderId: order.id });
      expect(result.added).toBe(1);
      expect(result.skipped).toMatchObject([{ title: `Item ${other.sku}` }]);
      const [cart] = await db.select().from(carts).where(eq(carts.userId, customer.id));
      const items = await db.select().from(cartItems).where(eq(cartItems.cartId, cart.id));
      expect(items.find((i) => i.variantId === variant.id)?.quantity).toBeGreaterThanOrEqual(2);
    } finally {
      await db.update(productVariants).set({ isActive: true }).where(eq(productVariants.id, other.id));
    }
    const stranger = await makeUser("customer", "Stranger");
    await rejectsWith(reorder(stranger, { orderId: order.id }), NotFoundError);
  });
});
