import type { Actor } from "@/lib/auth/actor";
import type { AddressSnapshot, Order, OrderLine, SubOrder, SubOrderMoney } from "@/models";
import { isOrderCancellableByCustomer, nextActions, type NextAction } from "./rules";
import type { TimelineEntry } from "./timeline";

/** Serialisable shapes of one order for pages (dates as ISO strings), built from database rows. */

export type PartRow = SubOrder & {
  seller: { name: string; slug: string; city: string; state: string; pincode: string; gstin: string | null };
};

export interface OrderDetailLine {
  id: string;
  productId: string;
  variantId: string;
  productType: OrderLine["productType"];
  title: string;
  variantTitle: string;
  sku: string;
  imageKey: string | null;
  quantity: number;
  unitPricePaise: number;
  mrpPaise: number;
  lineSubtotalPaise: number;
  discountPaise: number;
  gstRateBp: number;
  taxableValuePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  totalPaise: number;
}

export interface OrderDetailPart extends SubOrderMoney {
  id: string;
  number: string;
  status: SubOrder["status"];
  requiresShipping: boolean;
  deliveryOption: SubOrder["deliveryOption"];
  promisedBy: string | null;
  seller: PartRow["seller"];
  sellerState: string;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  cancelledBy: SubOrder["cancelledBy"];
  createdAt: string;
  shippedAt: string | null;
  deliveredAt: string | null;
  lines: OrderDetailLine[];
  /** What the viewing customer may do with this part (cancel before shipping). */
  customerActions: NextAction[];
  /** A tax invoice exists once the part is placed (not while unpaid, not once cancelled). */
  invoiceAvailable: boolean;
}

export interface OrderDetail {
  id: string;
  number: string;
  status: Order["status"];
  paymentMethod: Order["paymentMethod"];
  couponCode: string | null;
  shippingAddress: AddressSnapshot | null;
  createdAt: string;
  placedAt: string | null;
  subtotalPaise: number;
  discountPaise: number;
  shippingPaise: number;
  taxPaise: number;
  totalPaise: number;
  /** The viewer is the customer who placed it (cancel, reorder and invoices are theirs). */
  isCustomer: boolean;
  canCancel: boolean;
  /** While an online payment is pending: where the customer completes it. */
  payUrl: string | null;
  parts: OrderDetailPart[];
  timeline: TimelineEntry[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toLine(l: OrderLine): OrderDetailLine {
  return {
    id: l.id,
    productId: l.productId,
    variantId: l.variantId,
    productType: l.productType,
    title: l.title,
    variantTitle: l.variantTitle,
    sku: l.sku,
    imageKey: l.imageKey,
    quantity: l.quantity,
    unitPricePaise: l.unitPricePaise,
    mrpPaise: l.mrpPaise,
    lineSubtotalPaise: l.lineSubtotalPaise,
    discountPaise: l.discountPaise,
    gstRateBp: l.gstRateBp,
    taxableValuePaise: l.taxableValuePaise,
    cgstPaise: l.cgstPaise,
    sgstPaise: l.sgstPaise,
    igstPaise: l.igstPaise,
    totalPaise: l.totalPaise,
  };
}

/** The detail DTO. A seller reading someone else's order sees only their own part of it. */
export function toDetail(viewer: Actor, order: Order, allParts: PartRow[], lines: OrderLine[], timeline: TimelineEntry[]): Omit<OrderDetail, "payUrl"> {
  const isCustomer = viewer.id === order.customerId;
  const sellerOnly = !isCustomer && viewer.role === "seller";
  const parts = sellerOnly ? allParts.filter((p) => p.sellerId === viewer.sellerId) : allParts;
  const partNumbers = new Set(parts.map((p) => p.number));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentMethod: order.paymentMethod,
    couponCode: order.couponCode,
    shippingAddress: order.shippingAddress,
    createdAt: order.createdAt.toISOString(),
    placedAt: iso(order.placedAt),
    subtotalPaise: order.subtotalPaise,
    discountPaise: order.discountPaise,
    shippingPaise: order.shippingPaise,
    taxPaise: order.taxPaise,
    totalPaise: order.totalPaise,
    isCustomer,
    canCancel: isCustomer && isOrderCancellableByCustomer(allParts.map((p) => p.status)),
    parts: parts.map((p) => ({
      id: p.id,
      number: p.number,
      status: p.status,
      requiresShipping: p.requiresShipping,
      deliveryOption: p.deliveryOption,
      promisedBy: iso(p.promisedBy),
      seller: p.seller,
      sellerState: p.sellerState,
      subtotalPaise: p.subtotalPaise,
      discountPaise: p.discountPaise,
      shippingPaise: p.shippingPaise,
      taxPaise: p.taxPaise,
      cgstPaise: p.cgstPaise,
      sgstPaise: p.sgstPaise,
      igstPaise: p.igstPaise,
      totalPaise: p.totalPaise,
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      cancelReason: p.cancelReason,
      cancelledBy: p.cancelledBy,
      createdAt: p.createdAt.toISOString(),
      shippedAt: iso(p.shippedAt),
      deliveredAt: iso(p.deliveredAt),
      lines: lines.filter((l) => l.subOrderId === p.id).map(toLine),
      customerActions: isCustomer ? nextActions(p.status, "customer", p) : [],
      invoiceAvailable: p.status !== "pending_payment" && p.status !== "cancelled",
    })),
    timeline: sellerOnly ? timeline.filter((t) => t.partNumber === null || partNumbers.has(t.partNumber)) : timeline,
  };
}

/** Keyset cursor over (createdAt, id), opaque to clients. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id ?? "")) return null;
  return { createdAt, id };
}
