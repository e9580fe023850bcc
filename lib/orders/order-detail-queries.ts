import "server-only";
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/platform/db";
import {
  orderEvents,
  orderLines,
  orders,
  sellers,
  subOrders,
  users,
  type ActorKind,
  type AddressSnapshot,
  type DeliveryOption,
  type OrderStatus,
  type PaymentMethod,
  type ProductType,
  type SubOrderMoney,
  type SubOrderStatus,
} from "@/models";

/** Reads shared by the seller, admin and delivery order screens: filters, order headers, parts and timelines. */

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** `%text%` for ILIKE with the pattern characters escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));

/** An optional from/to date range (India days, "YYYY-MM-DD"); a reversed range is put the right way round. */
export const dateRangeSchema = z
  .object({ from: isoDay.optional().catch(undefined), to: isoDay.optional().catch(undefined) })
  .transform(({ from, to }) => (from && to && from > to ? { from: to, to: from } : { from, to }));

/** The instant an India day starts. */
export const istDayStart = (day: string) => new Date(`${day}T00:00:00+05:30`);

/** Orders placed (or, before payment, created) within the range's India days. */
export function placedWithin({ from, to }: { from?: string; to?: string }): SQL | undefined {
  const at = sql`coalesce(${orders.placedAt}, ${orders.createdAt})`;
  const parts: SQL[] = [];
  if (from) parts.push(sql`${at} >= ${istDayStart(from).toISOString()}`);
  if (to) parts.push(sql`${at} < ${new Date(istDayStart(to).getTime() + 86_400_000).toISOString()}`);
  return parts.length ? and(...parts) : undefined;
}

// ── Order and part details, shared by the seller, admin and delivery screens ──────────────────────

export interface OrderHeaderDto {
  id: string;
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  createdAt: Date;
  placedAt: Date | null;
  cancelledAt: Date | null;
  customerId: string;
  customerName: string;
  customerEmail: string;
  address: AddressSnapshot | null;
  couponCode: string | null;
  subtotalPaise: number;
  discountPaise: number;
  shippingPaise: number;
  taxPaise: number;
  totalPaise: number;
}

export interface OrderLineDto {
  id: string;
  productType: ProductType;
  title: string;
  variantTitle: string;
  sku: string;
  imageKey: string | null;
  quantity: number;
  unitPricePaise: number;
  lineSubtotalPaise: number;
  discountPaise: number;
  gstRateBp: number;
  taxableValuePaise: number;
  totalPaise: number;
}

export interface PartDto extends SubOrderMoney {
  id: string;
  orderId: string;
  number: string;
  status: SubOrderStatus;
  sellerId: string;
  sellerName: string;
  sellerCity: string;
  sellerState: string;
  sellerPincode: string;
  requiresShipping: boolean;
  deliveryOption: DeliveryOption | null;
  promisedBy: Date | null;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  cancelledBy: ActorKind | null;
  shippedAt: Date | null;
  lines: OrderLineDto[];
}

export interface TimelineEntry {
  id: number;
  at: Date;
  /** The part the event is about; null for the order as a whole. */
  subOrderNumber: string | null;
  from: string | null;
  to: string;
  actorKind: ActorKind;
  note: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Matches a row by uuid or by its human number. */
export const byIdOrNumber = (id: typeof orders.id | typeof subOrders.id, number: typeof orders.number | typeof subOrders.number, value: string) =>
  UUID.test(value) ? eq(id, value) : eq(number, value.trim().toUpperCase());

export async function orderHeader(idOrNumber: string): Promise<OrderHeaderDto | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      createdAt: orders.createdAt,
      placedAt: orders.placedAt,
      cancelledAt: orders.cancelledAt,
      customerId: orders.customerId,
      customerName: users.name,
      customerEmail: users.email,
      address: orders.shippingAddress,
      couponCode: orders.couponCode,
      subtotalPaise: orders.subtotalPaise,
      discountPaise: orders.discountPaise,
      shippingPaise: orders.shippingPaise,
      taxPaise: orders.taxPaise,
      totalPaise: orders.totalPaise,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(byIdOrNumber(orders.id, orders.number, idOrNumber));
  return row ?? null;
}

/** Parts matching `where`, each with its seller and lines. */
export async function loadParts(where: SQL, limit = 100, orderBy: SQL[] = [asc(subOrders.number)]): Promise<PartDto[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: subOrders.id,
      orderId: subOrders.orderId,
      number: subOrders.number,
      status: subOrders.status,
      sellerId: subOrders.sellerId,
      sellerName: sellers.name,
      sellerCity: sellers.city,
      sellerState: subOrders.sellerState,
      sellerPincode: sellers.pincode,
      requiresShipping: subOrders.requiresShipping,
      deliveryOption: subOrders.deliveryOption,
      promisedBy: subOrders.promisedBy,
      subtotalPaise: subOrders.subtotalPaise,
      discountPaise: subOrders.discountPaise,
      shippingPaise: subOrders.shippingPaise,
      taxPaise: subOrders.taxPaise,
      cgstPaise: subOrders.cgstPaise,
      sgstPaise: subOrders.sgstPaise,
      igstPaise: subOrders.igstPaise,
      totalPaise: subOrders.totalPaise,
      carrier: subOrders.carrier,
      trackingNumber: subOrders.trackingNumber,
      cancelReason: subOrders.cancelReason,
      cancelledBy: subOrders.cancelledBy,
      shippedAt: subOrders.shippedAt,
    })
    .from(subOrders)
    .innerJoin(sellers, eq(sellers.id, subOrders.sellerId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
  if (rows.length === 0) return [];
  const lines = await db
    .select({
      subOrderId: orderLines.subOrderId,
      id: orderLines.id,
      productType: orderLines.productType,
      title: orderLines.title,
      variantTitle: orderLines.variantTitle,
      sku: orderLines.sku,
      imageKey: orderLines.imageKey,
      quantity: orderLines.quantity,
      unitPricePaise: orderLines.unitPricePaise,
      lineSubtotalPaise: orderLines.lineSubtotalPaise,
      discountPaise: orderLines.discountPaise,
      gstRateBp: orderLines.gstRateBp,
      taxableValuePaise: orderLines.taxableValuePaise,
      totalPaise: orderLines.totalPaise,
    })
    .from(orderLines)
    .where(inArray(orderLines.subOrderId, rows.map((r) => r.id)))
    .orderBy(asc(orderLines.position), asc(orderLines.id));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.subOrderId === r.id).map(({ subOrderId: _, ...l }) => l) }));
}

/** The order's events, oldest first: all of them (subOrderIds null) or the order's own plus those parts'. */
export async function loadTimeline(orderId: string, subOrderIds: string[] | null): Promise<TimelineEntry[]> {
  const db = await getDb();
  const scope = subOrderIds === null ? undefined : or(isNull(orderEvents.subOrderId), subOrderIds.length ? inArray(orderEvents.subOrderId, subOrderIds) : undefined);
  const rows = await db
    .select({
      id: orderEvents.id,
      at: orderEvents.createdAt,
      subOrderNumber: subOrders.number,
      from: orderEvents.fromStatus,
      to: orderEvents.toStatus,
      actorKind: orderEvents.actorKind,
      note: orderEvents.note,
    })
    .from(orderEvents)
    .leftJoin(subOrders, eq(subOrders.id, orderEvents.subOrderId))
    .where(and(eq(orderEvents.orderId, orderId), scope))
    .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));
  return rows;
}
