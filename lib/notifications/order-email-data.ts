import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import {
  orderLines,
  orders,
  payments,
  sellers,
  subOrders,
  users,
  type AddressSnapshot,
  type ActorKind,
  type DeliveryOption,
  type OrderStatus,
  type PaymentMethod,
  type SubOrderStatus,
} from "@/models";

/** Everything an order email shows, read fresh from the database when the email is written. */
export interface EmailLine {
  title: string;
  variantTitle: string;
  quantity: number;
  totalPaise: number;
  digital: boolean;
}

export interface EmailPart {
  id: string;
  number: string;
  sellerName: string;
  sellerEmail: string;
  status: SubOrderStatus;
  requiresShipping: boolean;
  deliveryOption: DeliveryOption | null;
  promisedBy: Date | null;
  subtotalPaise: number;
  discountPaise: number;
  shippingPaise: number;
  totalPaise: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  cancelledBy: ActorKind | null;
  lines: EmailLine[];
}

export interface OrderEmailData {
  id: string;
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  /** Money was taken online (a refund follows a cancellation); false for cash on delivery not yet collected. */
  paidOnline: boolean;
  customerName: string;
  customerEmail: string;
  shippingAddress: AddressSnapshot | null;
  subtotalPaise: number;
  discountPaise: number;
  shippingPaise: number;
  taxPaise: number;
  totalPaise: number;
  couponCode: string | null;
  placedAt: Date | null;
  parts: EmailPart[];
}

/** The order with its parts and lines, or null when it does not exist (any more). */
export async function loadOrderEmailData(orderId: string): Promise<OrderEmailData | null> {
  const db = await getDb();
  const [order] = await db
    .select({ order: orders, customerName: users.name, customerEmail: users.email })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!order) return null;
  const parts = await db
    .select({ part: subOrders, sellerName: sellers.name, sellerEmail: users.email })
    .from(subOrders)
    .innerJoin(sellers, eq(sellers.id, subOrders.sellerId))
    .innerJoin(users, eq(users.id, sellers.ownerUserId))
    .where(eq(subOrders.orderId, orderId))
    .orderBy(asc(subOrders.number));
  const lines = parts.length
    ? await db
        .select()
        .from(orderLines)
        .where(inArray(orderLines.subOrderId, parts.map((p) => p.part.id)))
        .orderBy(asc(orderLines.position), asc(orderLines.id))
    : [];
  const [captured] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, orderId), inArray(payments.status, ["captured", "partially_refunded", "refunded"])))
    .limit(1);
  const o = order.order;
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    paymentMethod: o.paymentMethod,
    paidOnline: Boolean(captured),
    customerName: order.customerName,
    customerEmail: order.customerEmail,
    shippingAddress: o.shippingAddress,
    subtotalPaise: o.subtotalPaise,
    discountPaise: o.discountPaise,
    shippingPaise: o.shippingPaise,
    taxPaise: o.taxPaise,
    totalPaise: o.totalPaise,
    couponCode: o.couponCode,
    placedAt: o.placedAt,
    parts: parts.map(({ part: p, sellerName, sellerEmail }) => ({
      id: p.id,
      number: p.number,
      sellerName,
      sellerEmail,
      status: p.status,
      requiresShipping: p.requiresShipping,
      deliveryOption: p.deliveryOption,
      promisedBy: p.promisedBy,
      subtotalPaise: p.subtotalPaise,
      discountPaise: p.discountPaise,
      shippingPaise: p.shippingPaise,
      totalPaise: p.totalPaise,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      cancelReason: p.cancelReason,
      cancelledBy: p.cancelledBy,
      lines: lines
        .filter((l) => l.subOrderId === p.id)
        .map((l) => ({ title: l.title, variantTitle: l.variantTitle, quantity: l.quantity, totalPaise: l.totalPaise, digital: l.productType === "digital" })),
    })),
  };
}
