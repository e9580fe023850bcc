import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
