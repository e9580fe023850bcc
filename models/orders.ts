import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgEnum, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { licenceKeys, productTypeEnum, productVariants, products } from "./catalog";
import { users } from "./identity";
import { sellers } from "./sellers";

/** Human order numbers: "QL" + this sequence (QL100001, QL100002 …); a seller's part adds "-1", "-2". */
export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 100001 });

/** The customer's order as a whole. Its parts (one per seller) carry the fulfilment states. */
export const ORDER_STATUSES = ["pending_payment", "placed", "completed", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const orderStatusEnum = pgEnum("order_status", ORDER_STATUSES);

/**
 * A seller's part of an order. pending_payment → placed → accepted → packed → ready_to_ship → shipped →
 * out_for_delivery → delivered; cancelled from any state before shipped. A digital-only part goes
 * placed → delivered when its goods are handed out. Transitions: lib/orders/rules.ts.
 */
export const SUB_ORDER_STATUSES = [
  "pending_payment",
  "placed",
  "accepted",
  "packed",
  "ready_to_ship",
  "shipped",
  "out_for_delivery",
  "delivered",
  "cancelled",
] as const;
export type SubOrderStatus = (typeof SUB_ORDER_STATUSES)[number];
export const subOrderStatusEnum = pgEnum("sub_order_status", SUB_ORDER_STATUSES);

export const PAYMENT_METHODS = ["cod", "sandbox"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const paymentMethodEnum = pgEnum("payment_method", PAYMENT_METHODS);

export const DELIVERY_OPTIONS = ["standard", "next_day", "same_day"] as const;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];
export const deliveryOptionEnum = pgEnum("delivery_option", DELIVERY_OPTIONS);

export const ACTOR_KINDS = ["customer", "seller", "admin", "delivery", "system"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const actorKindEnum = pgEnum("actor_kind", ACTOR_KINDS);

/** The delivery address as it was when the order was placed (the address book may change later). */
export interface AddressSnapshot {
  fullName: string;
  phone: string;
  line1: string;
  line2: string | null;
  landmark: string | null;
  city: string;
  state: string;
  pincode: string;
}

/**
 * Money on orders is integer paise. Prices are GST-inclusive (as in Indian retail): totalPaise =
 * subtotalPaise − discountPaise + shippingPaise, and taxPaise is the GST contained in it.
 * (customerId, idempotencyKey) is unique: a retried place-order returns the same order; requestHash
 * detects a key reused for a different checkout.
 */
export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    customerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: orderStatusEnum().notNull().default("pending_payment"),
    paymentMethod: paymentMethodEnum().notNull(),
    idempotencyKey: text().notNull(),
    requestHash: text().notNull(),
    shippingAddress: jsonb().$type<AddressSnapshot>(),
    couponId: uuid(),
    couponCode: text(),
    subtotalPaise: integer().notNull(),
    discountPaise: integer().notNull().default(0),
    shippingPaise: integer().notNull().default(0),
    taxPaise: integer().notNull().default(0),
    totalPaise: integer().notNull(),
    currency: text().notNull().default("INR"),
    /** While pending payment: when held stock is released if the payment has not completed. */
    reservationExpiresAt: timestamp({ withTimezone: true }),
    placedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("orders_customer_idempotency_key").on(t.customerId, t.idempotencyKey),
    index("orders_customer_created_idx").on(t.customerId, t.createdAt),
    index("orders_created_idx").on(t.createdAt),
    index("orders_pending_expiry_idx").on(t.reservationExpiresAt).where(sql`${t.status} = 'pending_payment'`),
    check(
      "orders_money_nonneg",
      sql`${t.subtotalPaise} >= 0 and ${t.discountPaise} >= 0 and ${t.shippingPaise} >= 0 and ${t.taxPaise} >= 0 and ${t.totalPaise} >= 0`,
    ),
    check("orders_total_adds_up", sql`${t.totalPaise} = ${t.subtotalPaise} - ${t.discountPaise} + ${t.shippingPaise}`),
  ],
);

export type Order = typeof orders.$inferSelect;

/** One seller's part of an order, with its own status, delivery option, shipment and totals. */
export const subOrders = pgTable(
  "sub_orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    sellerId: uuid()
      .notNull()
      .references(() => sellers.id, { onDelete: "restrict" }),
    number: text().notNull().unique(),
    status: subOrderStatusEnum().notNull().default("pending_payment"),
    /** False when every line is digital: nothing ships. */
    requiresShipping: boolean().notNull().default(true),
    deliveryOption: deliveryOptionEnum(),
    /** The promised delivery date (end of that day, India time), shown to both sides. */
    promisedBy: timestamp({ withTimezone: true }),
    sellerState: text().notNull(),
    subtotalPaise: integer().notNull(),
    discountPaise: integer().notNull().default(0),
    shippingPaise: integer().notNull().default(0),
    taxPaise: integer().notNull().default(0),
    cgstPaise: integer().notNull().default(0),
    sgstPaise: integer().notNull().default(0),
    igstPaise: integer().notNull().default(0),
    totalPaise: integer().notNull(),
    /** Carrier and tracking number once handed over (the logistics issue books carriers). */
    carrier: text(),
    trackingNumber: text(),
    cancelReason: text(),
    cancelledBy: actorKindEnum(),
    acceptedAt: timestamp({ withTimezone: true }),
    packedAt: timestamp({ withTimezone: true }),
    shippedAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sub_orders_order_seller_key").on(t.orderId, t.sellerId),
    index("sub_orders_seller_status_idx").on(t.sellerId, t.status, t.createdAt),
    check(
      "sub_orders_money_nonneg",
      sql`${t.subtotalPaise} >= 0 and ${t.discountPaise} >= 0 and ${t.shippingPaise} >= 0 and ${t.taxPaise} >= 0 and ${t.totalPaise} >= 0`,
    ),
    check("sub_orders_total_adds_up", sql`${t.totalPaise} = ${t.subtotalPaise} - ${t.discountPaise} + ${t.shippingPaise}`),
    check("sub_orders_gst_adds_up", sql`${t.cgstPaise} + ${t.sgstPaise} + ${t.igstPaise} = ${t.taxPaise}`),
  ],
);

export type SubOrder = typeof subOrders.$inferSelect;

/** A part's money, as stored (paise): what its DTOs and the order writer share. */
export type SubOrderMoney = Pick<SubOrder, "subtotalPaise" | "discountPaise" | "shippingPaise" | "taxPaise" | "cgstPaise" | "sgstPaise" | "igstPaise" | "totalPaise">;

/** A bundle line's components, as reserved: released or restocked the same way. */
export type LineComponents = { variantId: string; quantity: number }[];

/**
 * One line of a sub-order with its price and tax snapshot. lineSubtotalPaise = unitPricePaise × quantity;
 * totalPaise = lineSubtotalPaise − discountPaise (GST-inclusive); taxableValuePaise + GST = totalPaise.
 */
export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    subOrderId: uuid()
      .notNull()
      .references(() => subOrders.id, { onDelete: "cascade" }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "restrict" }),
    variantId: uuid()
      .notNull()
      .references(() => productVariants.id, { onDelete: "restrict" }),
    productType: productTypeEnum().notNull(),
    title: text().notNull(),
    variantTitle: text().notNull(),
    sku: text().notNull(),
    imageKey: text(),
    quantity: integer().notNull(),
    unitPricePaise: integer().notNull(),
    mrpPaise: integer().notNull(),
    dealId: uuid(),
    lineSubtotalPaise: integer().notNull(),
    discountPaise: integer().notNull().default(0),
    gstRateBp: integer().notNull(),
    taxableValuePaise: integer().notNull(),
    cgstPaise: integer().notNull().default(0),
    sgstPaise: integer().notNull().default(0),
    igstPaise: integer().notNull().default(0),
    totalPaise: integer().notNull(),
    /** Bundle lines: the component variants reserved for one bundle (multiply by quantity). */
    components: jsonb().$type<LineComponents>(),
    position: integer().notNull().default(0),
  },
  (t) => [
    index("order_lines_order_idx").on(t.orderId),
    index("order_lines_sub_order_idx").on(t.subOrderId),
    index("order_lines_variant_idx").on(t.variantId),
    check("order_lines_quantity_positive", sql`${t.quantity} > 0`),
    check("order_lines_subtotal", sql`${t.lineSubtotalPaise} = ${t.unitPricePaise} * ${t.quantity}`),
    check("order_lines_total", sql`${t.totalPaise} = ${t.lineSubtotalPaise} - ${t.discountPaise} and ${t.totalPaise} >= 0`),
    check("order_lines_gst", sql`${t.taxableValuePaise} + ${t.cgstPaise} + ${t.sgstPaise} + ${t.igstPaise} = ${t.totalPaise}`),
  ],
);

export type OrderLine = typeof orderLines.$inferSelect;

export const RESERVATION_STATUSES = ["held", "committed", "released"] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
export const reservationStatusEnum = pgEnum("reservation_status", RESERVATION_STATUSES);

/**
 * Stock held for an order (per variant actually reserved: a bundle's components, not the bundle).
 * held: counted in product_variants.stock_reserved; committed: taken out of stock_on_hand (payment done
 * or cash on delivery); released: given back (expired, cancelled).
 */
export const stockReservations = pgTable(
  "stock_reservations",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    subOrderId: uuid()
      .notNull()
      .references(() => subOrders.id, { onDelete: "cascade" }),
    variantId: uuid()
      .notNull()
      .references(() => productVariants.id, { onDelete: "restrict" }),
    quantity: integer().notNull(),
    status: reservationStatusEnum().notNull().default("held"),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stock_reservations_order_idx").on(t.orderId),
    index("stock_reservations_held_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'held'`),
    check("stock_reservations_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export type StockReservation = typeof stockReservations.$inferSelect;

/** The timeline: every status change of an order or one of its parts, who made it and why. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    subOrderId: uuid().references(() => subOrders.id, { onDelete: "cascade" }),
    fromStatus: text(),
    toStatus: text().notNull(),
    actorKind: actorKindEnum().notNull(),
    actorId: uuid(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.id)],
);

export type OrderEvent = typeof orderEvents.$inferSelect;

export const ENTITLEMENT_KINDS = ["download", "licence_key"] as const;
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number];
export const entitlementKindEnum = pgEnum("entitlement_kind", ENTITLEMENT_KINDS);

/**
 * What a paid digital line gives: a file download through signed, expiring links (at most maxDownloads)
 * or a licence key from the product's pool.
 */
export const digitalEntitlements = pgTable(
  "digital_entitlements",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderLineId: uuid()
      .notNull()
      .references(() => orderLines.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: entitlementKindEnum().notNull(),
    licenceKeyId: uuid().references(() => licenceKeys.id, { onDelete: "restrict" }),
    maxDownloads: integer().notNull().default(5),
    downloadCount: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("digital_entitlements_line_kind_key").on(t.orderLineId, t.kind),
    index("digital_entitlements_customer_idx").on(t.customerId),
    check("digital_entitlements_downloads", sql`${t.downloadCount} >= 0 and ${t.downloadCount} <= ${t.maxDownloads}`),
  ],
);

export type DigitalEntitlement = typeof digitalEntitlements.$inferSelect;
