import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { payRedirect } from "@/lib/payments/service";
import { orderEvents, orderLines, orders, payments, sellers, subOrders, type OrderStatus } from "@/models";
import { decodeCursor, encodeCursor, toDetail, type OrderDetail, type PartRow } from "./order-dto";
import { timelineEntries } from "./timeline";

export type { OrderDetail, OrderDetailLine, OrderDetailPart } from "./order-dto";

/**
 * What customers read about their orders. Everything is authorized with "order:read": an order the actor
 * may not read is reported as not found (404), so order ids and numbers reveal nothing.
 */

export const ORDERS_PAGE_SIZE = 10;

export interface CustomerOrderSummary {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: string;
  totalPaise: number;
  itemCount: number;
  previews: { title: string; imageKey: string | null }[];
  parts: { id: string; number: string; sellerName: string; status: PartRow["status"]; requiresShipping: boolean; promisedBy: string | null }[];
}

export interface CustomerOrdersPage {
  orders: CustomerOrderSummary[];
  nextCursor: string | null;
}

/** The signed-in customer's own orders, newest first, ORDERS_PAGE_SIZE at a time (keyset cursor). */
export async function getCustomerOrders(actor: Actor | null, { cursor }: { cursor?: string | null } = {}, db?: Executor): Promise<CustomerOrdersPage> {
  const me = assertCan(actor, "account:access");
  const ex = db ?? (await getDb());
  const after = decodeCursor(cursor);
  const rows = await ex
    .select({ id: orders.id, number: orders.number, status: orders.status, createdAt: orders.createdAt, totalPaise: orders.totalPaise })
    .from(orders)
    .where(
      and(
        eq(orders.customerId, me.id),
        after ? sql`(${orders.createdAt}, ${orders.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ORDERS_PAGE_SIZE + 1);
  const page = rows.slice(0, ORDERS_PAGE_SIZE);
  const ids = page.map((o) => o.id);
  if (ids.length === 0) return { orders: [], nextCursor: null };

  const [parts, lines] = await Promise.all([
    ex
      .select({
        id: subOrders.id,
        orderId: subOrders.orderId,
        number: subOrders.number,
        status: subOrders.status,
        requiresShipping: subOrders.requiresShipping,
        promisedBy: subOrders.promisedBy,
        sellerName: sellers.name,
      })
      .from(subOrders)
      .innerJoin(sellers, eq(sellers.id, subOrders.sellerId))
      .where(inArray(subOrders.orderId, ids))
      .orderBy(asc(subOrders.number)),
    ex
      .select({ orderId: orderLines.orderId, title: orderLines.title, imageKey: orderLines.imageKey, quantity: orderLines.quantity })
      .from(orderLines)
      .where(inArray(orderLines.orderId, ids))
      .orderBy(asc(orderLines.subOrderId), asc(orderLines.position)),
  ]);

  const summaries = page.map((o) => {
    const own = lines.filter((l) => l.orderId === o.id);
    return {
      id: o.id,
      number: o.number,
      status: o.status,
      createdAt: o.createdAt.toISOString(),
      totalPaise: o.totalPaise,
      itemCount: own.reduce((n, l) => n + l.quantity, 0),
      previews: own.slice(0, 4).map((l) => ({ title: l.title, imageKey: l.imageKey })),
      parts: parts
        .filter((p) => p.orderId === o.id)
        .map((p) => ({ id: p.id, number: p.number, sellerName: p.sellerName, status: p.status, requiresShipping: p.requiresShipping, promisedBy: p.promisedBy?.toISOString() ?? null })),
    };
  });
  const last = page[page.length - 1];
  return { orders: summaries, nextCursor: rows.length > ORDERS_PAGE_SIZE ? encodeCursor(last.createdAt, last.id) : null };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER_RE = /^QL\d{1,12}$/;

/** One order with its parts, lines and timeline, by id or number ("QL100001"), if the actor may read it. */
export async function getOrderDetail(actor: Actor | null, idOrNumber: string, db?: Executor): Promise<OrderDetail> {
  const me = assertCan(actor, "account:access");
  const ex = db ?? (await getDb());
  const key = idOrNumber.trim();
  const where = UUID_RE.test(key) ? eq(orders.id, key) : NUMBER_RE.test(key.toUpperCase()) ? eq(orders.number, key.toUpperCase()) : null;
  const notFound = new NotFoundError("We couldn't find that order. Check the order number in your confirmation email.");
  if (!where) throw notFound;
  const [order] = await ex.select().from(orders).where(where).limit(1);
  if (!order) throw notFound;

  const parts: PartRow[] = await ex
    .select({
      part: subOrders,
      seller: { name: sellers.name, slug: sellers.slug, city: sellers.city, state: sellers.state, pincode: sellers.pincode, gstin: sellers.gstin },
    })
    .from(subOrders)
    .innerJoin(sellers, eq(sellers.id, subOrders.sellerId))
    .where(eq(subOrders.orderId, order.id))
    .orderBy(asc(subOrders.number))
    .then((rows) => rows.map((r) => ({ ...r.part, seller: r.seller })));
  if (!can(me, "order:read", { customerId: order.customerId, sellerIds: parts.map((p) => p.sellerId) })) throw notFound;

  const [lines, events, pending] = await Promise.all([
    ex.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    ex.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
    order.status === "pending_payment" && order.customerId === me.id
      ? ex.select({ id: payments.id }).from(payments).where(and(eq(payments.orderId, order.id), eq(payments.status, "pending"))).orderBy(desc(payments.createdAt)).limit(1)
      : Promise.resolve([]),
  ]);
  const partInfo = new Map(parts.map((p) => [p.id, { number: p.number, sellerName: p.seller.name }]));
  const payUrl = pending[0] ? payRedirect(pending[0].id, order.paymentMethod) : null;
  return { ...toDetail(me, order, parts, lines, timelineEntries(events, partInfo)), payUrl };
}
