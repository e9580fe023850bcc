import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordDealSale } from "@/lib/catalog/deals-service";
import { reservationItems, reserveOrderStock } from "@/lib/inventory";
import { createOrder, type NewSubOrder } from "@/lib/orders/create";
import { paymentProvider } from "@/lib/payments/providers";
import { payRedirect, startPayment } from "@/lib/payments/service";
import type { Db, Executor } from "@/lib/platform/db";
import { ConflictError } from "@/lib/platform/errors";
import { formatMoney } from "@/lib/platform/money";
import { redeemCoupon } from "@/lib/promotions";
import { orders, payments, type AddressSnapshot } from "@/models";
import type { PreparedCheckout } from "./checkout-prepare";
import { reservationExpiry } from "./checkout-rules";
import type { PlaceOrderInput } from "./checkout-schemas";
import type { PlaceOrderResult } from "./checkout-types";
import { completePlacedOrder } from "./order-payment";

/**
 * The place-order transaction. Same (customer, key) requests are serialised by a transaction-scoped
 * advisory lock and the second one finds the first's order (or a conflict when the key came with another
 * request). Then, all or nothing: the order with its parts and lines, the stock reservation (one
 * conditional UPDATE per variant, all parts in one sorted pass), deal units, the coupon use, the payment;
 * cash on delivery is placed at once (stock committed), online payment waits with a 15-minute hold.
 */

export const KEY_REUSED_MESSAGE = "This checkout was already used for a different order. Reload the checkout page and try again.";
export const TOTAL_CHANGED_MESSAGE = "Your order total changed since you reviewed it. Check the new total and place the order again.";

export async function findOrderByKey(ex: Executor, customerId: string, idempotencyKey: string) {
  const [row] = await ex
    .select({ id: orders.id, number: orders.number, status: orders.status, requestHash: orders.requestHash, paymentMethod: orders.paymentMethod })
    .from(orders)
    .where(and(eq(orders.customerId, customerId), eq(orders.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ?? null;
}

/** The answer to a repeated request: the order placed by the first, or a conflict when the key came with another request. */
export async function replayOrder(ex: Executor, existing: NonNullable<Awaited<ReturnType<typeof findOrderByKey>>>, hash: string): Promise<PlaceOrderResult> {
  if (existing.requestHash !== hash) throw new ConflictError(KEY_REUSED_MESSAGE, "idempotencyKey");
  const result: PlaceOrderResult = { orderId: existing.id, number: existing.number, status: existing.status, replayed: true };
  if (existing.status === "pending_payment") {
    const [payment] = await ex.select({ id: payments.id, status: payments.status }).from(payments).where(eq(payments.orderId, existing.id)).limit(1);
    const url = payment?.status === "pending" ? payRedirect(payment.id, existing.paymentMethod) : null;
    if (url) result.paymentRedirectUrl = url;
  }
  return result;
}

export interface Placement {
  customerId: string;
  input: PlaceOrderInput;
  hash: string;
  prepared: PreparedCheckout;
  now: Date;
}

export async function placeInTransaction(db: Db, placement: Placement): Promise<PlaceOrderResult> {
  return db.transaction(async (tx) => {
    const { customerId, input } = placement;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`checkout:${customerId}:${input.idempotencyKey}`}, 0))`);
    const existing = await findOrderByKey(tx, customerId, input.idempotencyKey);
    if (existing) return replayOrder(tx, existing, placement.hash);
    return writeOrder(tx, placement);
  });
}

async function writeOrder(tx: Executor, { customerId, input, hash, prepared, now }: Placement): Promise<PlaceOrderResult> {
  const { view, parts, address } = prepared;
  const quote = view.quote;
  if (!quote || !address) throw new ConflictError("Choose a delivery address to place the order.", "addressId");
  if (quote.totalPaise !== input.expectedTotalPaise) {
    throw new ConflictError(`${TOTAL_CHANGED_MESSAGE} New total: ${formatMoney(quote.totalPaise)}.`, "expectedTotalPaise");
  }
  const provider = paymentProvider(input.paymentMethod);
  const status = provider.paysOnline ? "pending_payment" : "placed";
  const expiresAt = reservationExpiry(now);
  const partQuotes = new Map(quote.parts.map((p) => [p.sellerId, p]));
  const newParts: NewSubOrder[] = parts.map((part) => {
    const money = partQuotes.get(part.sellerId);
    if (!money) throw new Error(`checkout: no price for seller ${part.sellerId}`);
    const lineMoney = new Map(money.lines.map((l) => [l.key, l]));
    return {
      sellerId: part.sellerId,
      sellerState: part.sellerState,
      requiresShipping: part.requiresShipping,
      deliveryOption: part.delivery?.option ?? null,
      promisedBy: part.delivery?.promisedBy ?? null,
      money: {
        subtotalPaise: money.subtotalPaise,
        discountPaise: money.discountPaise,
        shippingPaise: money.shippingPaise,
        taxPaise: money.taxPaise,
        cgstPaise: money.cgstPaise,
        sgstPaise: money.sgstPaise,
        igstPaise: money.igstPaise,
        totalPaise: money.totalPaise,
      },
      lines: part.lines.map((line) => {
        const q = lineMoney.get(line.cartItemId);
        if (!q) throw new Error(`checkout: no price for line ${line.cartItemId}`);
        const { key: _key, ...lineQuote } = q;
        return { ...line, components: line.components, money: lineQuote };
      }),
    };
  });

  const order = await createOrder(tx, {
    customerId,
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    paymentMethod: input.paymentMethod,
    status,
    shippingAddress: snapshot(address),
    coupon: quote.coupon ? { id: quote.coupon.id, code: quote.coupon.code } : null,
    money: { subtotalPaise: quote.subtotalPaise, discountPaise: quote.discountPaise, shippingPaise: quote.shippingPaise, taxPaise: quote.taxPaise, totalPaise: quote.totalPaise },
    reservationExpiresAt: status === "pending_payment" ? expiresAt : null,
    parts: newParts,
  });

  await reserveOrderStock(tx, {
    orderId: order.id,
    expiresAt,
    parts: order.subOrders.map((sub, i) => ({ subOrderId: sub.id, items: reservationItems(parts[i].lines) })),
    commit: status === "placed",
  });
  await recordDeals(tx, parts.flatMap((p) => p.lines));
  if (quote.coupon) await redeemCoupon(tx, { couponId: quote.coupon.id, userId: customerId, orderId: order.id, discountPaise: quote.coupon.discountPaise });
  const payment = await startPayment(tx, { id: order.id, number: order.number, totalPaise: quote.totalPaise, currency: "INR", paymentMethod: input.paymentMethod });
  if (status === "placed") await completePlacedOrder(tx, { id: order.id, number: order.number, customerId });

  const result: PlaceOrderResult = { orderId: order.id, number: order.number, status, replayed: false };
  if (payment.redirectUrl) result.paymentRedirectUrl = payment.redirectUrl;
  return result;
}

/** Counts the deal units sold (one conditional UPDATE per deal, in id order); a deal that ran out meanwhile refuses the order. */
async function recordDeals(tx: Executor, lines: PreparedCheckout["view"]["lines"]): Promise<void> {
  const onDeal = lines.filter((l): l is typeof l & { dealId: string } => l.dealId !== null).sort((a, b) => (a.dealId < b.dealId ? -1 : 1));
  for (const line of onDeal) {
    if (!(await recordDealSale(tx, line.dealId, line.quantity))) {
      throw new ConflictError(`The deal on “${line.title}” has just sold out or ended. Review the new price in your cart and place the order again.`, "items");
    }
  }
}

function snapshot(address: NonNullable<PreparedCheckout["address"]>): AddressSnapshot {
  const { fullName, phone, line1, line2, landmark, city, state, pincode } = address;
  return { fullName, phone, line1, line2, landmark, city, state, pincode };
}
