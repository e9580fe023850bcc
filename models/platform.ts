import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Outgoing mail kept when no SMTP server is configured; admins read it at /admin/mailbox. */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dev_mailbox_created_idx").on(t.createdAt)],
);

export type DevMail = typeof devMailbox.$inferSelect;

/**
 * Transactional outbox: a domain write inserts its events in the same transaction; a job delivers
 * them to subscribers afterwards (lib/platform/events). Ordered by id; processedAt set once handled.
 */
export const outboxEvents = pgTable(
  "outbox_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    /** e.g. "product.changed", "seller.changed", "taxonomy.changed". */
    topic: text().notNull(),
    /** The id of what changed (product id, seller id …). */
    aggregateId: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [index("outbox_events_pending_idx").on(t.id).where(sql`${t.processedAt} is null`)],
);

export type OutboxEvent = typeof outboxEvents.$inferSelect;
