import { buttonHtml, DELIVERY_LABELS, escapeHtml, formatDay, frameHtml, frameText, lineText, linesHtml, money, type Email } from "./email-layout";
import type { EmailPart, OrderEmailData } from "./order-email-data";

/** The order emails (pure: data in, subject/text/HTML out). Links are absolute URLs made by the caller. */

export type PartNotice = "accepted" | "shipped" | "delivered" | "cancelled";

function promise(part: EmailPart): string {
  if (!part.requiresShipping) return "Digital — available on your order page once paid";
  const option = part.deliveryOption ? DELIVERY_LABELS[part.deliveryOption] : "Delivery";
  return part.promisedBy ? `${option}, arriving by ${formatDay(part.promisedBy)}` : option;
}

function addressText(order: OrderEmailData): string | null {
  const a = order.shippingAddress;
  if (!a) return null;
  return [a.fullName, a.line1, a.line2, a.landmark, `${a.city}, ${a.state} ${a.pincode}`, `Phone ${a.phone}`].filter(Boolean).join(", ");
}

function totalsText(order: OrderEmailData): string[] {
  return [
    `Items: ${money(order.subtotalPaise)}`,
    ...(order.discountPaise > 0 ? [`Discount${order.couponCode ? ` (${order.couponCode})` : ""}: −${money(order.discountPaise)}`] : []),
    `Delivery: ${order.shippingPaise > 0 ? money(order.shippingPaise) : "Free"}`,
    `Total: ${money(order.totalPaise)} (includes ${money(order.taxPaise)} GST)`,
  ];
}

const PAYMENT_TEXT = { cod: "Cash on delivery — please keep the amount ready.", sandbox: "Paid online (SANDBOX test payment)." } as const;

export function orderPlacedEmail(order: OrderEmailData, link: string): Email {
  const subject = `Order ${order.number} placed — ${money(order.totalPaise)}`;
  const address = addressText(order);
  const partsText = order.parts.map((p) => [`${p.sellerName} (${p.number}) — ${promise(p)}`, ...p.lines.map((l) => `  ${lineText(l)}`)].join("\n"));
  const text = frameText([
    `Hi ${order.customerName},`,
    `Thank you for your order ${order.number}. ${order.parts.length > 1 ? `It comes from ${order.parts.length} shops, each sending its part separately:` : "Here is what you ordered:"}`,
    ...partsText,
    totalsText(order).join("\n"),
    PAYMENT_TEXT[order.paymentMethod],
    ...(address ? [`Delivering to: ${address}`] : []),
    `Track your order: ${link}`,
  ]);
  const partsHtml = order.parts
    .map(
      (p) =>
        `<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(p.sellerName)} <span style="color:#475569;font-weight:400">· ${escapeHtml(p.number)}</span></h2><p style="margin:0;color:#0f7a37;font-size:14px">${escapeHtml(promise(p))}</p>${linesHtml(p.lines)}`,
    )
    .join("");
  const html = frameHtml(
    `Order ${order.number} is placed`,
    `<p>Hi ${escapeHtml(order.customerName)}, thank you for your order.</p>${partsHtml}
<p style="border-top:1px solid #e2e8f0;padding-top:8px;font-size:14px">${totalsText(order).map(escapeHtml).join("<br>")}</p>
<p style="font-size:14px">${escapeHtml(PAYMENT_TEXT[order.paymentMethod])}</p>${address ? `<p style="font-size:14px">Delivering to: ${escapeHtml(address)}</p>` : ""}
${buttonHtml(link, "Track your order")}`,
  );
  return { subject, text, html };
}

function noticeLead(order: OrderEmailData, part: EmailPart, notice: PartNotice): { subject: string; lead: string } {
  switch (notice) {
    case "accepted":
      return { subject: `${part.sellerName} accepted your order ${part.number}`, lead: `${part.sellerName} accepted your items and is getting them ready. ${promise(part)}.` };
    case "shipped": {
      const tracking = part.carrier || part.trackingNumber ? ` Carrier: ${[part.carrier, part.trackingNumber && `tracking number ${part.trackingNumber}`].filter(Boolean).join(", ")}.` : "";
      const by = part.promisedBy ? ` Expected by ${formatDay(part.promisedBy)}.` : "";
      return { subject: `Your order ${part.number} has shipped`, lead: `Your items from ${part.sellerName} are on their way.${by}${tracking}` };
    }
    case "delivered":
      return part.requiresShipping
        ? { subject: `Delivered: your order ${part.number}`, lead: `Your items from ${part.sellerName} were delivered. We hope you enjoy them!` }
        : { subject: `Your digital purchase ${part.number} is ready`, lead: `Your digital items from ${part.sellerName} are ready: download them or copy your licence keys from your order page.` };
    case "cancelled": {
      const by = part.cancelledBy === "customer" ? "as you asked" : part.cancelledBy === "seller" ? `by ${part.sellerName}` : "by QuickLocal";
      const reason = part.cancelReason ? ` Reason: ${part.cancelReason}.` : "";
      const refund = order.paidOnline ? ` A refund of ${money(part.totalPaise)} is on its way to your original payment method.` : " You have not been charged for these items.";
      return { subject: `Order ${part.number} cancelled`, lead: `Your items from ${part.sellerName} were cancelled ${by}.${reason}${refund}` };
    }
  }
}

/** An online payment that never completed (declined, or not made in time): the order was never placed. */
function unpaidEmail(order: OrderEmailData, parts: readonly EmailPart[], link: string): Email {
  const reason = parts.find((p) => p.cancelReason)?.cancelReason;
  const subject = `Order ${order.number} was not placed`;
  const lead = `We didn't receive the payment for your order ${order.number}${reason ? ` (${reason.toLowerCase()})` : ""}, so it was cancelled. Nothing was charged, and your items are still in your cart if you want to try again.`;
  const text = frameText([`Hi ${order.customerName},`, lead, `Your order: ${link}`]);
  const html = frameHtml(subject, `<p>Hi ${escapeHtml(order.customerName)},</p><p>${escapeHtml(lead)}</p>${buttonHtml(link, "View your order")}`);
  return { subject, text, html };
}

/** A change of one or more parts of the order (several parts cancelled together share one email). */
export function partNoticeEmail(order: OrderEmailData, parts: readonly EmailPart[], notice: PartNotice, link: string): Email {
  if (notice === "cancelled" && order.placedAt === null) return unpaidEmail(order, parts, link);
  const leads = parts.map((p) => ({ part: p, ...noticeLead(order, p, notice) }));
  const subject = leads.length === 1 ? leads[0].subject : `${leads.length} parts of order ${order.number} ${notice}`;
  const text = frameText([`Hi ${order.customerName},`, ...leads.map((l) => [l.lead, ...l.part.lines.map((x) => `  ${lineText(x)}`)].join("\n")), `Your order: ${link}`]);
  const html = frameHtml(
    subject,
    `<p>Hi ${escapeHtml(order.customerName)},</p>${leads.map((l) => `<p>${escapeHtml(l.lead)}</p>${linesHtml(l.part.lines)}`).join("")}${buttonHtml(link, "View your order")}`,
  );
  return { subject, text, html };
}

/** To the seller when an order with a part of theirs is placed. */
export function sellerNewOrderEmail(order: OrderEmailData, part: EmailPart, link: string): Email {
  const subject = `New order ${part.number} — ${money(part.totalPaise)}`;
  const text = frameText([
    `Hello ${part.sellerName},`,
    `You have a new order ${part.number} (${promise(part)}). Please accept it soon so it reaches the customer on time.`,
    part.lines.map(lineText).join("\n"),
    `Your part: ${money(part.totalPaise)}`,
    `Open it: ${link}`,
  ]);
  const html = frameHtml(
    `New order ${part.number}`,
    `<p>Hello ${escapeHtml(part.sellerName)}, you have a new order (${escapeHtml(promise(part))}). Please accept it soon so it reaches the customer on time.</p>${linesHtml(part.lines)}<p style="font-size:14px">Your part: ${escapeHtml(money(part.totalPaise))}</p>${buttonHtml(link, "Open the order")}`,
  );
  return { subject, text, html };
}
