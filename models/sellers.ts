import { index, integer, pgEnum, pgTable, text, timestamp, uuid, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./identity";

export const SELLER_STATUSES = ["pending", "active", "suspended"] as const;
export type SellerStatus = (typeof SELLER_STATUSES)[number];
export const sellerStatusEnum = pgEnum("seller_status", SELLER_STATUSES);

export const sellers = pgTable(
  "sellers",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    name: text().notNull(),
    slug: text().notNull().unique(),
    description: text(),
    status: sellerStatusEnum().notNull().default("pending"),
    city: text().notNull(),
    state: text().notNull(),
    pincode: text().notNull(),
    gstin: text(),
    /** Average rating × 100 (e.g. 436 = 4.36), kept as an integer. */
    ratingX100: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sellers_owner_idx").on(t.ownerUserId),
    index("sellers_status_idx").on(t.status),
    check("sellers_rating_range", sql`${t.ratingX100} between 0 and 500`),
  ],
);

export type Seller = typeof sellers.$inferSelect;
