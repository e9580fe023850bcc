import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orders, subOrders } from "./orders";

export const PAYMENT_STATUSES = ["pending", "captured", "failed", "cancelled", "refunded", "partially_refunded"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const paymentStatusEnum = pgEnum("payment_status", PAYMENT_STATUSES);

/**
 * A payment for an order through a provider ("cod", "sandbox"; gateways come with the payments issue).
 * Cash on delivery stays pending until the parcel is delivered. idempotencyKey is unique per attempt.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    status: paymentStatusEnum().notNull().default("pending"),
    amountPaise: integer().notNull(),
    capturedPaise: integer().notNull().default(0),
    refundedPaise: integer().notNull().default(0),
    providerRef: text(),
    idempotencyKey: text().notNull(),
    failureReason: text(),
    capturedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payments_idempotency_key").on(t.idempotencyKey),
    index("payments_order_idx").on(t.orderId),
    check("payments_amounts", sql`${t.amountPaise} >= 0 and ${t.capturedPaise} between 0 and ${t.amountPaise} and ${t.refundedPaise} between 0 and ${t.capturedPaise}`),
  ],
);

export type Payment = typeof payments.$inferSelect;

export const REFUND_STATUSES = ["pending", "succeeded", "failed"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export const refundStatusEnum = pgEnum("refund_status", REFUND_STATUSES);

/** Money given back for a cancelled part; idempotent on its key (one refund per cancelled part). */
export const refunds = pgTable(
  "refunds",
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id, { onDelete: "cascade" }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    subOrderId: uuid().references(() => subOrders.id, { onDelete: "set null" }),
    amountPaise: integer().notNull(),
    status: refundStatusEnum().notNull().default("pending"),
    reason: text().notNull(),
    idempotencyKey: text().notNull(),
    providerRef: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("refunds_idempotency_key").on(t.idempotencyKey),
    index("refunds_order_idx").on(t.orderId),
    check("refunds_amount_positive", sql`${t.amountPaise} > 0`),
  ],
);

export type Refund = typeof refunds.$inferSelect;
