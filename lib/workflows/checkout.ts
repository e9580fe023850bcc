import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Db } from "@/lib/platform/db";
import { notifyOutbox } from "@/lib/platform/events";
import { ConflictError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { OutOfStockError } from "@/lib/inventory";
import { prepareCheckout } from "./checkout-prepare";
import { findOrderByKey, placeInTransaction, replayOrder } from "./checkout-place";
import { requestHash } from "./checkout-rules";
import { withCheckoutSlot } from "./checkout-gate";
import { placeOrderSchema, quoteCheckoutSchema, type PlaceOrderInput } from "./checkout-schemas";
import type { CheckoutProblem, CheckoutQuote, PlaceOrderResult } from "./checkout-types";

/**
 * Checkout (cart → order), the main cross-domain write. quoteCheckout prices the signed-in customer's
 * cart for an address, delivery options, coupon and payment method, listing every problem; placeOrder
 * does the same and then places the order in one transaction (checkout-place.ts), idempotent on the
 * customer's idempotency key: a double click or a retried request gets the same order.
 */

export interface CheckoutOptions {
  db?: Db;
  now?: Date;
}

export async function quoteCheckout(actor: Actor | null, input: unknown, options: CheckoutOptions = {}): Promise<CheckoutQuote> {
  const customer = assertCan(actor, "checkout:place");
  const parsed = quoteCheckoutSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const db = options.db ?? (await getDb());
  const prepared = await prepareCheckout(customer, parsed.data, db, options.now ?? new Date());
  return prepared.view;
}

/** Deadlock and serialization failures are retried a few times: the whole transaction is safe to repeat. */
const RETRYABLE = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 3;

export async function placeOrder(actor: Actor | null, input: unknown, options: CheckoutOptions = {}): Promise<PlaceOrderResult> {
  const customer = assertCan(actor, "checkout:place");
  const parsed = placeOrderSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const request = parsed.data;
  const hash = requestHash(request);
  const db = options.db ?? (await getDb());
  return withCheckoutSlot(() => place(db, customer, request, hash, options.now));
}

async function place(db: Db, customer: Actor, request: PlaceOrderInput, hash: string, at: Date | undefined): Promise<PlaceOrderResult> {
  // A retried request after success: the cart is empty by now, so answer before looking at it.
  const earlier = await findOrderByKey(db, customer.id, request.idempotencyKey);
  if (earlier) return replayOrder(db, earlier, hash);

  try {
    const now = at ?? new Date();
    const prepared = await prepareCheckout(customer, request, db, now);
    const blocking = prepared.view.problems.filter((p) => p.blocking);
    if (blocking.length > 0) throw problemError(blocking);
    const result = await withRetry(() => placeInTransaction(db, { customerId: customer.id, input: request, hash, prepared, now }));
    notifyOutbox();
    return result;
  } catch (err) {
    // A concurrent twin may have placed the order while this one read a cart it has since emptied.
    const twin = await findOrderByKey(db, customer.id, request.idempotencyKey);
    if (twin && twin.requestHash === hash) return replayOrder(db, twin, hash);
    throw err;
  }
}

async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(sqlState(err))) throw err;
    }
  }
}

function sqlState(err: unknown): string {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return "";
}

/** The first blocking problem as the error to show; stock problems carry their variants. */
function problemError(problems: CheckoutProblem[]): Error {
  const stock = problems.filter((p) => p.kind === "out_of_stock" && p.variantId);
  if (stock.length > 0) {
    return new OutOfStockError(
      stock.map((p) => p.variantId as string),
      stock.length === 1 ? stock[0].message : "Some items in your order are out of stock. Review your cart and try again.",
    );
  }
  const first = problems[0];
  const field = FIELD_OF[first.kind];
  // Choices the customer makes on the checkout form are field errors (422); the cart's state is a conflict (409).
  if (field === "_form" || field === "items") return new ConflictError(first.message, field === "items" ? "items" : undefined);
  return new ValidationError({ [field]: problems.filter((p) => FIELD_OF[p.kind] === field).map((p) => p.message) }, first.message);
}

const FIELD_OF: Record<CheckoutProblem["kind"], string> = {
  empty_cart: "_form",
  unavailable: "items",
  out_of_stock: "items",
  price_changed: "items",
  too_many_items: "items",
  address: "addressId",
  not_serviceable: "addressId",
  delivery_option: "deliveryOptions",
  coupon: "couponCode",
  payment_method: "paymentMethod",
};
