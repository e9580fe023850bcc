import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { orderLines, orders, subOrders, users, type AddressSnapshot, type DeliveryOption, type PaymentMethod, type SubOrderStatus } from "@/models";
import { NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { byIdOrNumber, dateRangeSchema, likePattern, loadParts, loadTimeline, orderHeader, placedWithin, type OrderHeaderDto, type Paged, type PartDto, type TimelineEntry } from "./order-detail-queries";

/** The seller's order tabs; "new" (placed, waiting for accept/reject) is the queue shown first. */
export const SELLER_ORDER_TABS = ["new", "accepted", "packed", "ready_to_ship", "shipped", "delivered", "cancelled", "all"] as const;
export type SellerOrderTab = (typeof SELLER_ORDER_TABS)[number];

export const TAB_STATUSES: Record<SellerOrderTab, readonly SubOrderStatus[] | null> = {
  new: ["placed"],
  accepted: ["accepted"],
  packed: ["packed"],
  ready_to_ship: ["ready_to_ship"],
  shipped: ["shipped", "out_for_delivery"],
  delivered: ["delivered"],
  cancelled: ["cancelled"],
  all: null,
};

export const SELLER_ORDER_PAGE_SIZE = 20;
/** The CSV export stops here; the page says so when a filter matches more. */
export const SELLER_EXPORT_LIMIT = 10_000;

/** /seller/orders URL state; malformed values fall back to defaults (it is a GET form). */
export const sellerOrderFiltersSchema = z
  .object({
    tab: z.enum(SELLER_ORDER_TABS).default("new").catch("new"),
    q: z
      .string()
      .optional()
      .transform((v) => v?.trim().slice(0, 100) || undefined)
      .catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  })
  .and(dateRangeSchema);
export type SellerOrderFilters = z.output<typeof sellerOrderFiltersSchema>;

export interface SellerOrderRow {
  id: string;
  number: string;
  orderNumber: string;
  status: SubOrderStatus;
  placedAt: Date;
  customerName: string;
  city: string | null;
  pincode: string | null;
  itemCount: number;
  units: number;
  totalPaise: number;
  paymentMethod: PaymentMethod;
  requiresShipping: boolean;
  deliveryOption: DeliveryOption | null;
  promisedBy: Date | null;
}

export interface SellerOrderExportRow extends SellerOrderRow {
  state: string | null;
  subtotalPaise: number;
  discountPaise: number;
  shippingPaise: number;
  taxPaise: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  items: { sku: string; quantity: number }[];
}

/** Parts of placed orders only: a part still waiting for payment is not the seller's to act on. */
function sellerWhere(sellerId: string, filters: SellerOrderFilters, withTab: boolean): SQL {
  const conditions: (SQL | undefined)[] = [eq(subOrders.sellerId, sellerId), isNotNull(orders.placedAt), ne(subOrders.status, "pending_payment")];
  const statuses = TAB_STATUSES[filters.tab];
  if (withTab && statuses) conditions.push(inArray(subOrders.status, [...statuses]));
  conditions.push(placedWithin(filters));
  if (filters.q) {
    const prefix = `${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const like = likePattern(filters.q);
    conditions.push(
      or(
        ilike(subOrders.number, prefix),
        ilike(orders.number, prefix),
        sql`${orders.shippingAddress}->>'fullName' ilike ${like}`,
        ilike(users.name, like),
        sql`exists (select 1 from ${orderLines} ol where ol.sub_order_id = ${subOrders.id} and (ol.title ilike ${like} or ol.sku ilike ${like}))`,
      ),
    );
  }
  return and(...conditions) as SQL;
}

const lineStats = sql<string>`(select count(*)::int || ':' || coalesce(sum(ol.quantity), 0)::int from ${orderLines} ol where ol.sub_order_id = ${subOrders.id})`;

const rowColumns = {
  id: subOrders.id,
  number: subOrders.number,
  orderNumber: orders.number,
  status: subOrders.status,
  placedAt: orders.placedAt,
  address: orders.shippingAddress,
  customer: users.name,
  lineStats,
  totalPaise: subOrders.totalPaise,
  paymentMethod: orders.paymentMethod,
  requiresShipping: subOrders.requiresShipping,
  deliveryOption: subOrders.deliveryOption,
  promisedBy: subOrders.promisedBy,
};

interface RawRow {
  id: string;
  number: string;
  orderNumber: string;
  status: SubOrderStatus;
  placedAt: Date | null;
  address: AddressSnapshot | null;
  customer: string;
  lineStats: string;
  totalPaise: number;
  paymentMethod: PaymentMethod;
  requiresShipping: boolean;
  deliveryOption: DeliveryOption | null;
  promisedBy: Date | null;
}

function toRow(r: RawRow): SellerOrderRow {
  const [itemCount, units] = String(r.lineStats ?? "0:0").split(":").map(Number);
  return {
    id: r.id,
    number: r.number,
    orderNumber: r.orderNumber,
    status: r.status,
    placedAt: r.placedAt ?? new Date(0),
    customerName: r.address?.fullName ?? r.customer,
    city: r.address?.city ?? null,
    pincode: r.address?.pincode ?? null,
    itemCount,
    units,
    totalPaise: r.totalPaise,
    paymentMethod: r.paymentMethod,
    requiresShipping: r.requiresShipping,
    deliveryOption: r.deliveryOption,
    promisedBy: r.promisedBy,
  };
}

/** The new-orders queue is first come, first served; every other tab shows the newest first. */
const orderFor = (tab: SellerOrderTab) => (tab === "new" ? [asc(orders.placedAt), asc(subOrders.id)] : [desc(orders.placedAt), desc(subOrders.id)]);

/** One page of the seller's order parts for a tab, date range and search. */
export async function listSellerOrders(actor: Actor | null, sellerId: string, input: unknown = {}): Promise<Paged<SellerOrderRow>> {
  assertCan(actor, "seller-orders:read", { sellerId });
  const filters = sellerOrderFiltersSchema.parse(input);
  const db = await getDb();
  const where = sellerWhere(sellerId, filters, true);
  const [{ total }] = await db.select({ total: count() }).from(subOrders).innerJoin(orders, eq(orders.id, subOrders.orderId)).innerJoin(users, eq(users.id, orders.customerId)).where(where);
  const pageSize = SELLER_ORDER_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = await db
    .select(rowColumns)
    .from(subOrders)
    .innerJoin(orders, eq(orders.id, subOrders.orderId))
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(where)
    .orderBy(...orderFor(filters.tab))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map(toRow), total, page, pageSize, pageCount };
}

/** How many parts each tab holds under the same search and date range. */
export async function countSellerOrders(actor: Actor | null, sellerId: string, input: unknown = {}): Promise<Record<SellerOrderTab, number>> {
  assertCan(actor, "seller-orders:read", { sellerId });
  const filters = sellerOrderFiltersSchema.parse(input);
  const db = await getDb();
  const rows = await db
    .select({ status: subOrders.status, n: count() })
    .from(subOrders)
    .innerJoin(orders, eq(orders.id, subOrders.orderId))
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(sellerWhere(sellerId, filters, false))
    .groupBy(subOrders.status);
  const by = new Map(rows.map((r) => [r.status, Number(r.n)]));
  const out = {} as Record<SellerOrderTab, number>;
  for (const tab of SELLER_ORDER_TABS) {
    const statuses = TAB_STATUSES[tab];
    out[tab] = statuses ? statuses.reduce((sum, s) => sum + (by.get(s) ?? 0), 0) : [...by.values()].reduce((a, b) => a + b, 0);
  }
  return out;
}

/** Every part matching the filters (up to SELLER_EXPORT_LIMIT), with money and items, for the CSV. */
export async function exportSellerOrders(actor: Actor | null, sellerId: string, input: unknown = {}): Promise<SellerOrderExportRow[]> {
  assertCan(actor, "seller-orders:read", { sellerId });
  const filters = sellerOrderFiltersSchema.parse(input);
  const db = await getDb();
  const rows = await db
    .select({
    ...rowColumns,
    subtotalPaise: subOrders.subtotalPaise,
    discountPaise: subOrders.discountPaise,
    shippingPaise: subOrders.shippingPaise,
    taxPaise: subOrders.taxPaise,
    carrier: subOrders.carrier,
    trackingNumber: subOrders.trackingNumber,
    cancelReason: subOrders.cancelReason,
    })
    .from(subOrders)
    .innerJoin(orders, eq(orders.id, subOrders.orderId))
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(sellerWhere(sellerId, filters, true))
    .orderBy(...orderFor(filters.tab))
    .limit(SELLER_EXPORT_LIMIT);
  const items = new Map<string, { sku: string; quantity: number }[]>();
  for (let i = 0; i < rows.length; i += 1000) {
    const ids = rows.slice(i, i + 1000).map((r) => r.id);
    const lines = await db
      .select({ subOrderId: orderLines.subOrderId, sku: orderLines.sku, quantity: orderLines.quantity })
      .from(orderLines)
      .where(inArray(orderLines.subOrderId, ids))
      .orderBy(asc(orderLines.position), asc(orderLines.id));
    for (const l of lines) (items.get(l.subOrderId) ?? items.set(l.subOrderId, []).get(l.subOrderId))?.push({ sku: l.sku, quantity: l.quantity });
  }
  return rows.map((r) => ({
    ...toRow(r),
    state: r.address?.state ?? null,
    subtotalPaise: r.subtotalPaise,
    discountPaise: r.discountPaise,
    shippingPaise: r.shippingPaise,
    taxPaise: r.taxPaise,
    carrier: r.carrier,
    trackingNumber: r.trackingNumber,
    cancelReason: r.cancelReason,
    items: items.get(r.id) ?? [],
  }));
}

/** What a seller sees of the order around its part: no other seller's parts, no customer email. */
export type SellerOrderHeader = Pick<OrderHeaderDto, "id" | "number" | "paymentMethod" | "placedAt" | "customerName" | "address">;

export interface SellerOrderDetail {
  order: SellerOrderHeader;
  part: PartDto;
  timeline: TimelineEntry[];
}

/**
 * The seller's part by id or number ("QL100001-1") with lines, delivery address, totals and timeline.
 * Another seller's part (or one still awaiting payment) is refused as not found.
 */
export async function getSellerOrderPart(actor: Actor | null, idOrNumber: string): Promise<SellerOrderDetail> {
  if (!actor) throw new UnauthenticatedError();
  const [part] = await loadParts(byIdOrNumber(subOrders.id, subOrders.number, idOrNumber), 1);
  if (!part || part.status === "pending_payment" || !can(actor, "seller-orders:read", { sellerId: part.sellerId })) {
    throw new NotFoundError("There is no order with that number in your store.");
  }
  const header = await orderHeader(part.orderId);
  if (!header || !header.placedAt) throw new NotFoundError("There is no order with that number in your store.");
  const { id, number, paymentMethod, placedAt, customerName, address } = header;
  return { order: { id, number, paymentMethod, placedAt, customerName, address }, part, timeline: await loadTimeline(header.id, [part.id]) };
}
