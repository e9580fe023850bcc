/**
 * Orders written straight to the database (no checkout), for the seller/admin/delivery order screens'
 * tests: one order with a part per seller, lines priced GST-inclusive, consistent totals, a "placed"
 * event and committed stock reservations, as the checkout leaves them.
 */
import { nextOrderNumber } from "@/lib/orders/create";
import { getDb } from "@/lib/platform/db";
import { orderEvents, orderLines, orders, stockReservations, subOrders, type AddressSnapshot, type PaymentMethod, type SubOrderStatus } from "@/models";
import { unique } from "./fixtures";

export interface LineSpec {
  productId: string;
  variantId: string;
  sku: string;
  title?: string;
  quantity?: number;
  unitPricePaise?: number;
  gstRateBp?: number;
}

export interface PartSpec {
  sellerId: string;
  status?: SubOrderStatus;
  lines: LineSpec[];
  shippingPaise?: number;
  requiresShipping?: boolean;
}

export interface OrderSpec {
  customerId: string;
  parts: PartSpec[];
  /** Default: now. null leaves the order unpaid (pending payment). */
  placedAt?: Date | null;
  paymentMethod?: PaymentMethod;
  address?: Partial<AddressSnapshot>;
}

export const DEFAULT_ADDRESS: AddressSnapshot = {
  fullName: "Meera Iyer",
  phone: "9876543210",
  line1: "12, 4th Cross, Indiranagar",
  line2: null,
  landmark: "Near the metro",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560038",
};

function lineMoney(l: LineSpec) {
  const quantity = l.quantity ?? 1;
  const unit = l.unitPricePaise ?? 49_900;
  const rate = l.gstRateBp ?? 1800;
  const total = unit * quantity;
  const taxable = Math.round((total * 10_000) / (10_000 + rate));
  const tax = total - taxable;
  return { quantity, unit, rate, total, taxable, tax, cgst: 0, sgst: 0, igst: tax };
}

/** Inserts an order; returns it with its parts in `parts` order. */
export async function insertOrder(spec: OrderSpec) {
  const db = await getDb();
  const placedAt = spec.placedAt === undefined ? new Date() : spec.placedAt;
  return db.transaction(async (tx) => {
    const priced = spec.parts.map((p) => {
      const lines = p.lines.map((l) => ({ spec: l, money: lineMoney(l) }));
      const subtotal = lines.reduce((s, l) => s + l.money.total, 0);
      const tax = lines.reduce((s, l) => s + l.money.tax, 0);
      const shipping = p.shippingPaise ?? 0;
      return { part: p, lines, subtotal, tax, shipping, total: subtotal + shipping };
    });
    const subtotal = priced.reduce((s, p) => s + p.subtotal, 0);
    const shipping = priced.reduce((s, p) => s + p.shipping, 0);
    const number = await nextOrderNumber(tx);
    const [order] = await tx
      .insert(orders)
      .values({
        number,
        customerId: spec.customerId,
        status: placedAt ? "placed" : "pending_payment",
        paymentMethod: spec.paymentMethod ?? "cod",
        idempotencyKey: unique("key"),
        requestHash: "test",
        shippingAddress: { ...DEFAULT_ADDRESS, ...spec.address },
        subtotalPaise: subtotal,
        shippingPaise: shipping,
        taxPaise: priced.reduce((s, p) => s + p.tax, 0),
        totalPaise: subtotal + shipping,
        placedAt,
        createdAt: placedAt ?? new Date(),
      })
      .returning();
    const parts = [];
    for (const [i, p] of priced.entries()) {
      const status = p.part.status ?? (placedAt ? "placed" : "pending_payment");
      const [part] = await tx
        .insert(subOrders)
        .values({
          orderId: order.id,
          sellerId: p.part.sellerId,
          number: `${order.number}-${i + 1}`,
          status,
          requiresShipping: p.part.requiresShipping ?? true,
          deliveryOption: "standard",
          promisedBy: new Date(Date.now() + 3 * 86_400_000),
          sellerState: "Maharashtra",
          subtotalPaise: p.subtotal,
          shippingPaise: p.shipping,
          taxPaise: p.tax,
          igstPaise: p.tax,
          totalPaise: p.total,
          cancelledAt: status === "cancelled" ? new Date() : null,
          cancelReason: status === "cancelled" ? "Out of stock" : null,
          cancelledBy: status === "cancelled" ? "seller" : null,
        })
        .returning();
      await tx.insert(orderLines).values(
        p.lines.map(({ spec: l, money: m }, position) => ({
          orderId: order.id,
          subOrderId: part.id,
          productId: l.productId,
          variantId: l.variantId,
          productType: "physical" as const,
          title: l.title ?? "Test product",
          variantTitle: "Standard",
          sku: l.sku,
          quantity: m.quantity,
          unitPricePaise: m.unit,
          mrpPaise: m.unit + 10_000,
          lineSubtotalPaise: m.total,
          gstRateBp: m.rate,
          taxableValuePaise: m.taxable,
          igstPaise: m.igst,
          totalPaise: m.total,
          position,
        })),
      );
      await tx.insert(stockReservations).values(
        p.lines.map(({ spec: l, money: m }) => ({
          orderId: order.id,
          subOrderId: part.id,
          variantId: l.variantId,
          quantity: m.quantity,
          status: placedAt ? ("committed" as const) : ("held" as const),
          expiresAt: new Date(Date.now() + 15 * 60_000),
        })),
      );
      if (placedAt) await tx.insert(orderEvents).values({ orderId: order.id, subOrderId: part.id, fromStatus: "pending_payment", toStatus: "placed", actorKind: "system", createdAt: placedAt });
      parts.push(part);
    }
    return { order, parts };
  });
}
