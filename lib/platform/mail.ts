import "server-only";
import type { Transporter } from "nodemailer";
import { devMailbox } from "@/models/platform";
import { getDb, type Executor } from "./db";
import { env } from "./env";
import { logger } from "./logger";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type MailDelivery = { transport: "smtp"; messageId: string } | { transport: "dev-mailbox"; id: string };

const globalForMail = globalThis as unknown as { __qlMailer?: Promise<Transporter> };

async function smtpTransport(url: string): Promise<Transporter> {
  globalForMail.__qlMailer ??= import("nodemailer").then((nodemailer) => nodemailer.createTransport(url));
  return globalForMail.__qlMailer;
}

/**
 * Sends a mail through SMTP when SMTP_URL is set. Otherwise (the embedded default) the mail is kept
 * in the dev_mailbox table, where admins read it at /admin/mailbox.
 */
export async function sendMail(message: MailMessage, executor?: Executor): Promise<MailDelivery> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    const transport = await smtpTransport(SMTP_URL);
    const info = await transport.sendMail({ from: MAIL_FROM, ...message });
    logger.info({ to: message.to, subject: message.subject, messageId: info.messageId }, "mail sent");
    return { transport: "smtp", messageId: String(info.messageId) };
  }
  const db = executor ?? (await getDb());
  const [row] = await db
    .insert(devMailbox)
    .values({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? null })
    .returning({ id: devMailbox.id });
  logger.info({ to: message.to, subject: message.subject, id: row.id }, "mail kept in the dev mailbox (no SMTP_URL)");
  return { transport: "dev-mailbox", id: row.id };
}
