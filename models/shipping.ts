import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A delivery zone: which delivery speeds it offers, their order cut-off times (minutes after midnight,
 * India time) and fees. Fees are per seller shipment; standard delivery is free when that seller's part
 * of the order reaches `freeStandardAbovePaise`.
 */
export const shippingZones = pgTable(
  "shipping_zones",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Short stable code, e.g. "BLR-METRO". */
    code: text().notNull().unique(),
    name: text().notNull(),
    /** Standard delivery takes this many days after dispatch (0 = not offered). */
    standardDays: integer().notNull().default(4),
    standardFeePaise: integer().notNull().default(4900),
    freeStandardAbovePaise: integer().notNull().default(49900),
    nextDayAvailable: boolean().notNull().default(false),
    nextDayCutoffMinutes: integer().notNull().default(20 * 60),
    nextDayFeePaise: integer().notNull().default(7900),
    /** Same day needs the seller to ship from the same zone as the buyer. */
    sameDayAvailable: boolean().notNull().default(false),
    sameDayCutoffMinutes: integer().notNull().default(12 * 60),
    sameDayFeePaise: integer().notNull().default(9900),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("shipping_zones_days_range", sql`${t.standardDays} between 0 and 30`),
    check("shipping_zones_cutoffs_range", sql`${t.nextDayCutoffMinutes} between 0 and 1439 and ${t.sameDayCutoffMinutes} between 0 and 1439`),
    check(
      "shipping_zones_fees_nonneg",
      sql`${t.standardFeePaise} >= 0 and ${t.freeStandardAbovePaise} >= 0 and ${t.nextDayFeePaise} >= 0 and ${t.sameDayFeePaise} >= 0`,
    ),
  ],
);

export type ShippingZone = typeof shippingZones.$inferSelect;

/**
 * Serviceability: a PIN code prefix (1–6 digits) belongs to a zone; the longest matching prefix wins,
 * so "560" can cover Bengaluru while "560300" is carved out. A PIN no prefix matches is not serviceable.
 */
export const pincodeZones = pgTable(
  "pincode_zones",
  {
    prefix: text().primaryKey(),
    zoneId: uuid()
      .notNull()
      .references(() => shippingZones.id, { onDelete: "cascade" }),
    /** e.g. "Bengaluru urban". */
    label: text().notNull().default(""),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pincode_zones_zone_idx").on(t.zoneId), check("pincode_zones_prefix_digits", sql`${t.prefix} ~ '^[1-9][0-9]{0,5}$'`)],
);

export type PincodeZone = typeof pincodeZones.$inferSelect;
