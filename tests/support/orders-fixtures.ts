/**
 * Orders written for lifecycle tests the way checkout writes them (H4's createOrder, stock reserved and
 * committed through lib/inventory), without the cart, shipping and pricing steps in front. Each part has
 * intra-state GST at 5 % on GST-inclusive prices, no discount and no shipping, so the money CHECKs hold.
 */
import { randomUUID } from "node:crypto";
import { commitReservations, reserveOrderStock } from "@/lib/inventory";
import { createOrder, type NewSubOrder } from "@/lib/orders/create";
import { getDb } from "@/lib/platform/db";
import { redeemCoupon } from "@/lib/promotions";
import { coupons, payments, type PaymentMethod, type ProductVariant } from "@/models";
import { unique } from "./fixtures";

export interface PartSpec {
  sellerId: string;
  items: { variant: Pick<ProductVariant, "id" | "productId" | "sku" | "pricePaise" | "mrpPaise">; quantity: number }[];
}

function lineMoney(total: number, rateBp = 500) {
  const taxable = Math.round((total * 10_000) / (10_000 + rateBp));
  const tax = total - taxable;
  const cgst = Math.floor(tax / 2);
  return { lineSubtotalPaise: total, discountPaise: 0, totalPaise: total, gstRateBp: rateBp, taxableValuePaise: taxable, cgstPaise: cgst, sgstPaise: tax - cgst, igstPaise: 0 };
}

function part(spec: PartSpec): NewSubOrder {
  const lines = spec.items.map(({ variant, quantity }) => ({
    productId: variant.productId,
    variantId: variant.id,
    productType: "physical" as const,
    title: `Item ${variant.sku}`,
    variantTitle: "Standard",
    sku: variant.sku,
    imageKey: null,
    quantity,
    unitPricePaise: variant.pricePaise,
    mrpPaise: variant.mrpPaise,
    dealId: null,
    components: null,
    money: lineMoney(variant.pricePaise * quantity),
  }));
  const sum = (f: (m: ReturnType<typeof lineMoney>) => number) => lines.reduce((s, l) => s + f(l.money), 0);
  const subtotal = sum((m) => m.totalPaise);
  return {
    sellerId: spec.sellerId,
    sellerState: "Maharashtra",
    requiresShipping: true,
    deliveryOption: "standard",
    promisedBy: new Date(Date.now() + 3 * 86_400_000),
    money: {
      subtotalPaise: subtotal,
      discountPaise: 0,
      shippingPaise: 0,
      taxPaise: sum((m) => m.cgstPaise + m.sgstPaise),
      cgstPaise: sum((m) => m.cgstPaise),
      sgstPaise: sum((m) => m.sgstPaise),
      igstPaise: 0,
      totalPaise: subtotal,
    },
    lines,
  };
}

/** A placed order with one part per spec: stock committed, and a payment (captured when paid online). */
export async function placeTestOrder(customerId: string, specs: PartSpec[], { paymentMethod = "cod" as PaymentMethod, couponId = null as string | null } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const parts = specs.map(part);
    const total = parts.reduce((s, p) => s + p.money.totalPaise, 0);
    const created = await createOrder(tx, {
      customerId,
      idempotencyKey: randomUUID(),
      requestHash: "test",
      paymentMethod,
      status: "placed",
      shippingAddress: { fullName: "Asha Rao", phone: "9876543210", line1: "12 MG Road", line2: null, landmark: null, city: "Pune", state: "Maharashtra", pincode: "411001" },
      coupon: null,
      money: { subtotalPaise: total, discountPaise: 0, shippingPaise: 0, taxPaise: parts.reduce((s, p) => s + p.money.taxPaise, 0), totalPaise: total },
      reservationExpiresAt: null,
      parts,
    });
    await reserveOrderStock(tx, {
      orderId: created.id,
      expiresAt: new Date(Date.now() + 900_000),
      parts: created.subOrders.map((s, i) => ({ subOrderId: s.id, items: specs[i].items.map((it) => ({ variantId: it.variant.id, quantity: it.quantity })) })),
    });
    await commitReservations(tx, created.id);
    const captured = paymentMethod === "sandbox";
    await tx.insert(payments).values({
      orderId: created.id,
      provider: paymentMethod,
      status: captured ? "captured" : "pending",
      amountPaise: total,
      capturedPaise: captured ? total : 0,
      idempotencyKey: `pay:${created.id}`,
      capturedAt: captured ? new Date() : null,
    });
    if (couponId) await redeemCoupon(tx, { couponId, userId: customerId, orderId: created.id, discountPaise: 0 });
    return created;
  });
}

/** A platform coupon (10 % off) with a usage limit. */
export async function makeCoupon(usageLimit = 10) {
  const db = await getDb();
  const [coupon] = await db
    .insert(coupons)
    .values({ code: unique("T").toUpperCase().replace(/[^A-Z0-9-]/g, "").slice(0, 30), kind: "percent", percentBp: 1000, usageLimit, perUserLimit: 5 })
    .returning();
  return coupon;
}
