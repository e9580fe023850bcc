import { formatMoney } from "@/lib/platform/money";
import type { DeliveryOption } from "@/models";
import type { EmailLine } from "./order-email-data";

/** Small pieces shared by the order emails: escaping, the HTML frame, item tables and India-time dates. */

export interface Email {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const dayFormat = new Intl.DateTimeFormat("en-IN", { timeZone: "Asia/Kolkata", weekday: "short", day: "numeric", month: "short" });

/** "Thu, 3 Dec" in India time. */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

export const DELIVERY_LABELS: Record<DeliveryOption, string> = {
  standard: "Standard delivery",
  next_day: "Next-day delivery",
  same_day: "Same-day delivery",
};

export const money = (paise: number) => formatMoney(paise);

/** "2 × Amul Butter (500 g) — ₹560.00" */
export function lineText(line: EmailLine): string {
  const variant = line.variantTitle && line.variantTitle !== "Standard" ? ` (${line.variantTitle})` : "";
  return `${line.quantity} × ${line.title}${variant} — ${money(line.totalPaise)}`;
}

export function linesHtml(lines: readonly EmailLine[]): string {
  const rows = lines
    .map((l) => {
      const variant = l.variantTitle && l.variantTitle !== "Standard" ? `<br><span style="color:#475569;font-size:13px">${escapeHtml(l.variantTitle)}</span>` : "";
      return `<tr><td style="padding:6px 0;vertical-align:top">${l.quantity} ×</td><td style="padding:6px 8px">${escapeHtml(l.title)}${variant}</td><td style="padding:6px 0;text-align:right;white-space:nowrap;vertical-align:top">${escapeHtml(money(l.totalPaise))}</td></tr>`;
    })
    .join("");
  return `<table role="presentation" style="width:100%;border-collapse:collapse;font-size:14px">${rows}</table>`;
}

export function buttonHtml(href: string, label: string): string {
  return `<p><a href="${escapeHtml(href)}" style="display:inline-block;background:#0f7a37;color:#ffffff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(label)}</a></p>`;
}

/** The HTML frame of every order email. `body` is already-escaped HTML. */
export function frameHtml(title: string, body: string): string {
  return `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:0 auto;padding:16px">
<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(title)}</h1>
${body}
<p style="font-size:13px;color:#475569;margin-top:24px">— QuickLocal. You get this email because you have an account with us.</p>
</body></html>`;
}

/** The plain-text version: paragraphs separated by blank lines, with the sign-off. */
export function frameText(paragraphs: readonly string[]): string {
  return [...paragraphs, "— QuickLocal"].join("\n\n");
}
