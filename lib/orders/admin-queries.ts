import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import {
  ORDER_STATUSES,
  orders,
  sellers,
  subOrders,
  users,
  type OrderStatus,
  type PaymentMethod,
  type SubOrderStatus,
} from "@/models";

import {
  dateRangeSchema,
  likePattern,
  loadParts,
  loadTimeline,
  orderHeader,
  placedWithin,
  type OrderHeaderDto,
  type Paged,
  type PartDto,
  type TimelineEntry,
} from "./order-detail-queries";

export { ORDER_STATUSES };

export const ADMIN_ORDER_PAGE_SIZE = 20;

export const adminOrderFiltersSchema = z
  .object({
    q: z
      .string()
      .optional()
      .transform((v) => v?.trim().slice(0, 100) || undefined)
      .catch(undefined),
    status: z.enum(ORDER_STATUSES).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  })
  .and(dateRangeSchema);
export type AdminOrderFilters = z.output<typeof adminOrderFiltersSchema>;

export interface AdminOrderRow {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: Date;
  placedAt: Date | null;
  customerName: string;
  customerEmail: string;
  sellers: string[];
  partStatuses: SubOrderStatus[];
  totalPaise: number;
  paymentMethod: PaymentMethod;
}

/** Search: order or part number (prefix), customer name or email, or a seller's store name. */
function adminWhere(filters: AdminOrderFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [placedWithin(filters)];
  if (filters.status) conditions.push(eq(orders.status, filters.status));
  if (filters.q) {
    const prefix = `${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const like = likePattern(filters.q);
    conditions.push(
      or(
        ilike(orders.number, prefix),
        sql`exists (select 1 from ${subOrders} so where so.order_id = ${orders.id} and so.number ilike ${prefix})`,
        ilike(users.email, like),
        ilike(users.name, like),
        sql`exists (select 1 from ${subOrders} so join ${sellers} s on s.id = so.seller_id where so.order_id = ${orders.id} and s.name ilike ${like})`,
      ),
    );
  }
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
}

/** One page of every order on the platform, newest first. */
export async function listAdminOrders(actor: Actor | null, input: unknown = {}): Promise<Paged<AdminOrderRow>> {
  assertCan(actor, "orders:list");
  const filters = adminOrderFiltersSchema.parse(input);
  const db = await getDb();
  const where = adminWhere(filters);
  const [{ total }] = await db.select({ total: count() }).from(orders).innerJoin(users, eq(users.id, orders.customerId)).where(where);
  const pageSize = ADMIN_ORDER_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      createdAt: orders.createdAt,
      placedAt: orders.placedAt,
      customerName: users.name,
      customerEmail: users.email,
      sellers: sql<string[]>`(select coalesce(array_agg(s.name order by so.number), '{}') from ${subOrders} so join ${sellers} s on s.id = so.seller_id where so.order_id = ${orders.id})`,
      partStatuses: sql<SubOrderStatus[]>`(select coalesce(array_agg(so.status::text order by so.number), '{}') from ${subOrders} so where so.order_id = ${orders.id})`,
      totalPaise: orders.totalPaise,
      paymentMethod: orders.paymentMethod,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows, total, page, pageSize, pageCount };
}

/** How many orders are in each status under the same search and dates ("all" too). */
export async function countAdminOrders(actor: Actor | null, input: unknown = {}): Promise<Record<OrderStatus | "all", number>> {
  assertCan(actor, "orders:list");
  const filters = adminOrderFiltersSchema.parse(input);
  const db = await getDb();
  const rows = await db
    .select({ status: orders.status, n: count() })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(adminWhere({ ...filters, status: undefined }))
    .groupBy(orders.status);
  const out = { all: 0, pending_payment: 0, placed: 0, completed: 0, cancelled: 0 };
  for (const r of rows) {
    out[r.status] = Number(r.n);
    out.all += Number(r.n);
  }
  return out;
}

export interface AdminOrderDetail {
  order: OrderHeaderDto;
  parts: PartDto[];
  timeline: TimelineEntry[];
}

/** An order with every part, line and event, by id or number ("QL100001"). */
export async function getAdminOrderDetail(actor: Actor | null, idOrNumber: string): Promise<AdminOrderDetail> {
  assertCan(actor, "orders:list");
  const header = await orderHeader(idOrNumber);
  if (!header) throw new NotFoundError("There is no order with that number.");
  const parts = await loadParts(eq(subOrders.orderId, header.id));
  return { order: header, parts, timeline: await loadTimeline(header.id, null) };
}

/** Parts a delivery partner works on: shipped or out for delivery (oldest promise first), plus today's deliveries. */
export async function listDeliveryParts(actor: Actor | null): Promise<{ active: (PartDto & { order: OrderHeaderDto })[]; deliveredToday: number }> {
  assertCan(actor, "suborder:deliver");
  const db = await getDb();
  const active = await loadParts(sql`${subOrders.status} in ('shipped', 'out_for_delivery')`, 200, [asc(subOrders.promisedBy), asc(subOrders.shippedAt)]);
  const headers = new Map<string, OrderHeaderDto>();
  for (const part of active) {
    if (!headers.has(part.orderId)) {
      const header = await orderHeader(part.orderId);
      if (header) headers.set(part.orderId, header);
    }
  }
  const [{ n }] = await db
    .select({ n: count() })
    .from(subOrders)
    .where(and(eq(subOrders.status, "delivered"), sql`${subOrders.deliveredAt} >= date_trunc('day', now() at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata'`));
  return {
    active: active.flatMap((p) => {
      const order = headers.get(p.orderId);
      return order ? [{ ...p, order }] : [];
    }),
    deliveredToday: Number(n),
  };
}
