import type { Transporter } from "nodemailer";
import { z } from "zod";
import { devMailbox } from "@/models/platform";
import { getDb, type Executor } from "./db";
import { env } from "./env";
import { defineJob, getJobs } from "./jobs";
import { logger } from "./logger";

const mailMessageSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().optional(),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;

export type MailDelivery = { transport: "smtp-queued" } | { transport: "dev-mailbox"; id: string };

const globalForMail = globalThis as unknown as { __qlMailer?: Promise<Transporter> };

async function smtpTransport(url: string): Promise<Transporter> {
  globalForMail.__qlMailer ??= import("nodemailer").then((nodemailer) => nodemailer.createTransport(url));
  return globalForMail.__qlMailer;
}

/** SMTP delivery runs as a background job, so a slow or failing mail server is retried with backoff. */
export const deliverMailJob = defineJob({
  name: "mail.send",
  schema: mailMessageSchema,
  attempts: 6,
  run: async (message) => {
    const { SMTP_URL, MAIL_FROM } = env();
    if (!SMTP_URL) throw new Error("mail.send job without SMTP_URL");
    const transport = await smtpTransport(SMTP_URL);
    const info = await transport.sendMail({ from: MAIL_FROM, ...message });
    logger.info({ to: message.to, subject: message.subject, messageId: info.messageId }, "mail sent");
  },
});

/**
 * Sends a mail: queued for SMTP delivery when SMTP_URL is set. Otherwise (the embedded default)
 * the mail is kept in the dev_mailbox table, where admins read it at /admin/mailbox.
 */
export async function sendMail(message: MailMessage, executor?: Executor): Promise<MailDelivery> {
  const { SMTP_URL } = env();
  if (SMTP_URL) {
    await getJobs().enqueue(deliverMailJob.name, message);
    return { transport: "smtp-queued" };
  }
  const db = executor ?? (await getDb());
  const [row] = await db
    .insert(devMailbox)
    .values({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? null })
    .returning({ id: devMailbox.id });
  logger.info({ to: message.to, subject: message.subject, id: row.id }, "mail kept in the dev mailbox (no SMTP_URL)");
  return { transport: "dev-mailbox", id: row.id };
}
