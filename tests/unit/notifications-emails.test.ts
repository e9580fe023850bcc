import { describe, expect, it } from "vitest";
import type { EmailPart, OrderEmailData } from "@/lib/notifications/order-email-data";
import { orderPlacedEmail, partNoticeEmail, sellerNewOrderEmail } from "@/lib/notifications/order-emails";

const part = (over: Partial<EmailPart> = {}): EmailPart => ({
  id: "p1",
  number: "QL100001-1",
  sellerName: "Sharma <Kirana> & Sons",
  sellerEmail: "seller@example.test",
  status: "placed",
  requiresShipping: true,
  deliveryOption: "same_day",
  promisedBy: new Date("2026-12-03T18:29:59Z"),
  subtotalPaise: 59_900,
  discountPaise: 0,
  shippingPaise: 0,
  totalPaise: 59_900,
  carrier: null,
  trackingNumber: null,
  cancelReason: null,
  cancelledBy: null,
  lines: [{ title: `Tea "Gold" <script>alert(1)</script>`, variantTitle: "500 g", quantity: 2, totalPaise: 59_900, digital: false }],
  ...over,
});

const order = (over: Partial<OrderEmailData> = {}): OrderEmailData => ({
  id: "o1",
  number: "QL100001",
  status: "placed",
  paymentMethod: "cod",
  paidOnline: false,
  customerName: "Asha",
  customerEmail: "asha@example.test",
  shippingAddress: { fullName: "Asha Rao", phone: "9845012345", line1: "12 MG Road", line2: null, landmark: null, city: "Pune", state: "Maharashtra", pincode: "411001" },
  subtotalPaise: 59_900,
  discountPaise: 5_000,
  shippingPaise: 4_900,
  taxPaise: 2_851,
  totalPaise: 59_800,
  couponCode: "FLAT50",
  placedAt: new Date("2026-11-30T04:00:00Z"),
  parts: [part()],
  ...over,
});

const LINK = "https://shop.example/account/orders/QL100001";

describe("order emails", () => {
  it("confirm an order with its items, promise, totals, payment and address; HTML is escaped", () => {
    const mail = orderPlacedEmail(order(), LINK);
    expect(mail.subject).toBe("Order QL100001 placed — ₹598.00");
    expect(mail.text).toContain("Same-day delivery, arriving by Thu, 3 Dec");
    expect(mail.text).toContain("Discount (FLAT50): −₹50.00");
    expect(mail.text).toContain("Total: ₹598.00 (includes ₹28.51 GST)");
    expect(mail.text).toContain("Cash on delivery");
    expect(mail.text).toContain("12 MG Road, Pune, Maharashtra 411001");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).toContain("Sharma &lt;Kirana&gt; &amp; Sons");
  });

  it("say shipped with carrier and tracking, and delivered digitally for a digital part", () => {
    const shipped = partNoticeEmail(order(), [part({ status: "shipped", carrier: "Delhivery", trackingNumber: "DL1" })], "shipped", LINK);
    expect(shipped.subject).toBe("Your order QL100001-1 has shipped");
    expect(shipped.text).toContain("Carrier: Delhivery, tracking number DL1.");
    const digital = partNoticeEmail(order(), [part({ requiresShipping: false, deliveryOption: null, promisedBy: null, status: "delivered" })], "delivered", LINK);
    expect(digital.subject).toBe("Your digital purchase QL100001-1 is ready");
  });

  it("explain a cancellation: who, why and the refund, or no charge", () => {
    const bySeller = partNoticeEmail(order({ paidOnline: true, paymentMethod: "sandbox" }), [part({ status: "cancelled", cancelledBy: "seller", cancelReason: "Out of stock" })], "cancelled", LINK);
    expect(bySeller.text).toContain("were cancelled by Sharma <Kirana> & Sons. Reason: Out of stock. A refund of ₹599.00 is on its way");
    const two = partNoticeEmail(order(), [part(), part({ id: "p2", number: "QL100001-2" })].map((p) => ({ ...p, status: "cancelled" as const, cancelledBy: "customer" as const })), "cancelled", LINK);
    expect(two.subject).toBe("2 parts of order QL100001 cancelled");
    expect(two.text).toContain("You have not been charged");
    const unpaid = partNoticeEmail(order({ placedAt: null, status: "cancelled" }), [part({ status: "cancelled", cancelledBy: "system", cancelReason: "Payment declined" })], "cancelled", LINK);
    expect(unpaid.subject).toBe("Order QL100001 was not placed");
    expect(unpaid.text).toContain("(payment declined)");
  });

  it("tell the seller about a new part", () => {
    const mail = sellerNewOrderEmail(order(), part(), "https://shop.example/seller/orders/QL100001-1");
    expect(mail.subject).toBe("New order QL100001-1 — ₹599.00");
    expect(mail.text).toContain(`2 × Tea "Gold" <script>alert(1)</script> (500 g) — ₹599.00`);
  });
});
