import "server-only";
import { count, desc, eq, sql } from "drizzle-orm";
import { devMailbox } from "@/models/platform";
import { getDb } from "./db";

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  preview: string;
  createdAt: Date;
}

export interface MailDetail extends MailSummary {
  text: string;
  html: string | null;
}

export const MAILBOX_PAGE_SIZE = 25;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

/** Newest first; `page` starts at 1. */
export async function listDevMail(page = 1): Promise<{ mails: MailSummary[]; total: number; page: number; pageCount: number }> {
  const db = await getDb();
  const [{ total }] = await db.select({ total: count() }).from(devMailbox);
  const pageCount = Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db
    .select()
    .from(devMailbox)
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(MAILBOX_PAGE_SIZE)
    .offset((current - 1) * MAILBOX_PAGE_SIZE);
  return {
    mails: rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, preview: preview(r.text), createdAt: r.createdAt })),
    total,
    page: current,
    pageCount,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getDevMail(id: string): Promise<MailDetail | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id)).limit(1);
  if (!row) return null;
  return { id: row.id, to: row.to, subject: row.subject, preview: preview(row.text), createdAt: row.createdAt, text: row.text, html: row.html };
}

/** The newest mail sent to `to`, any case (tests and e2e read reset links through this). */
export async function latestDevMailTo(to: string): Promise<MailDetail | null> {
  const db = await getDb();
  const [row] = await db.select().from(devMailbox).where(sql`lower(${devMailbox.to}) = ${to.trim().toLowerCase()}`).orderBy(desc(devMailbox.createdAt)).limit(1);
  return row ? { id: row.id, to: row.to, subject: row.subject, preview: preview(row.text), createdAt: row.createdAt, text: row.text, html: row.html } : null;
}
