import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db";
import {
  orderEvents,
  orderLines,
  orders,
  subOrders,
  type AddressSnapshot,
  type DeliveryOption,
  type LineComponents,
  type PaymentMethod,
  type ProductType,
  type SubOrderMoney,
} from "@/models";

/**
 * Writes a new order as checkout priced it: the order, one sub-order per seller (numbered
 * `<order number>-<i>`), the lines with their price and tax snapshots, and the first timeline events.
 * Called only inside the checkout transaction (lib/workflows/checkout-place.ts); the money columns come
 * from the pricing rules and the database CHECKs verify that they add up.
 */

export interface LineMoney {
  lineSubtotalPaise: number;
  discountPaise: number;
  totalPaise: number;
  gstRateBp: number;
  taxableValuePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

export interface NewOrderLine {
  productId: string;
  variantId: string;
  productType: ProductType;
  title: string;
  variantTitle: string;
  sku: string;
  imageKey: string | null;
  quantity: number;
  unitPricePaise: number;
  mrpPaise: number;
  dealId: string | null;
  components: LineComponents | null;
  money: LineMoney;
}

export type PartMoney = SubOrderMoney;

export interface NewSubOrder {
  sellerId: string;
  sellerState: string;
  requiresShipping: boolean;
  deliveryOption: DeliveryOption | null;
  promisedBy: Date | null;
  money: PartMoney;
  lines: NewOrderLine[];
}

export interface NewOrder {
  customerId: string;
  idempotencyKey: string;
  requestHash: string;
  paymentMethod: PaymentMethod;
  status: "pending_payment" | "placed";
  shippingAddress: AddressSnapshot | null;
  coupon: { id: string; code: string } | null;
  money: { subtotalPaise: number; discountPaise: number; shippingPaise: number; taxPaise: number; totalPaise: number };
  /** Pending payment: when the held stock is released. */
  reservationExpiresAt: Date | null;
  parts: NewSubOrder[];
}

export interface CreatedOrder {
  id: string;
  number: string;
  status: NewOrder["status"];
  subOrders: { id: string; sellerId: string; number: string; totalPaise: number; lineIds: string[] }[];
}

/** "QL" + the next value of order_number_seq (QL100001, …). Sequences skip numbers of rolled-back orders. */
export async function nextOrderNumber(tx: Executor): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(tx, sql`select nextval('order_number_seq') as n`);
  return `QL${row.n}`;
}

export async function createOrder(tx: Executor, input: NewOrder): Promise<CreatedOrder> {
  const number = await nextOrderNumber(tx);
  const placedAt = input.status === "placed" ? sql`now()` : null;
  const [order] = await tx
    .insert(orders)
    .values({
      number,
      customerId: input.customerId,
      status: input.status,
      paymentMethod: input.paymentMethod,
      idempotencyKey: input.idempotencyKey,
      requestHash: input.requestHash,
      shippingAddress: input.shippingAddress,
      couponId: input.coupon?.id ?? null,
      couponCode: input.coupon?.code ?? null,
      ...input.money,
      reservationExpiresAt: input.reservationExpiresAt,
      placedAt,
    })
    .returning({ id: orders.id });
  const created: CreatedOrder = { id: order.id, number, status: input.status, subOrders: [] };
  const events: (typeof orderEvents.$inferInsert)[] = [
    { orderId: order.id, toStatus: input.status, actorKind: "customer", actorId: input.customerId, note: orderNote(input) },
  ];
  for (const [i, part] of input.parts.entries()) {
    const [sub] = await tx
      .insert(subOrders)
      .values({
        orderId: order.id,
        sellerId: part.sellerId,
        number: `${number}-${i + 1}`,
        status: input.status,
        requiresShipping: part.requiresShipping,
        deliveryOption: part.deliveryOption,
        promisedBy: part.promisedBy,
        sellerState: part.sellerState,
        ...part.money,
      })
      .returning({ id: subOrders.id, number: subOrders.number });
    const lines = await tx
      .insert(orderLines)
      .values(
        part.lines.map((line, position) => ({
          orderId: order.id,
          subOrderId: sub.id,
          productId: line.productId,
          variantId: line.variantId,
          productType: line.productType,
          title: line.title,
          variantTitle: line.variantTitle,
          sku: line.sku,
          imageKey: line.imageKey,
          quantity: line.quantity,
          unitPricePaise: line.unitPricePaise,
          mrpPaise: line.mrpPaise,
          dealId: line.dealId,
          components: line.components,
          position,
          ...line.money,
        })),
      )
      .returning({ id: orderLines.id });
    created.subOrders.push({ id: sub.id, sellerId: part.sellerId, number: sub.number, totalPaise: part.money.totalPaise, lineIds: lines.map((l) => l.id) });
    events.push({ orderId: order.id, subOrderId: sub.id, toStatus: input.status, actorKind: "customer", actorId: input.customerId });
  }
  await tx.insert(orderEvents).values(events);
  return created;
}

function orderNote(input: NewOrder): string {
  if (input.status === "placed") return input.paymentMethod === "cod" ? "Order placed, cash on delivery" : "Order placed";
  return "Order created, waiting for payment";
}
