"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { requestLog } from "@/lib/platform/request-log";
import { PINCODE_COOKIE, pincodeFormSchema, pincodeSchema } from "./pincode";
import type { DeliveryQuote } from "./rules";
import { getProductShipFrom, quoteDelivery } from "./serviceability";

export type PincodeResult = { ok: true; pincode: string } | { ok: false; error: string };

/**
 * Saves the shopper's delivery PIN code in a cookie, validated with the form's schema. Open to
 * every visitor (signed in or not): it only sets the caller's own preference cookie.
 */
export async function setDeliveryPincode(input: unknown): Promise<PincodeResult> {
  const parsed = pincodeFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Enter a valid PIN code" };
  const store = await cookies();
  store.set(PINCODE_COOKIE, parsed.data.pincode, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  return { ok: true, pincode: parsed.data.pincode };
}

const promiseInputSchema = z.object({ productId: z.uuid({ error: "This product is no longer available." }), pincode: pincodeSchema });

export type DeliveryPromiseResult =
  | { ok: true; pincode: string; serviceable: false; message: string }
  | { ok: true; pincode: string; serviceable: true; zoneName: string; quotes: DeliveryQuote[] }
  | { ok: false; error: string };

/**
 * "Delivery by …" for a product page: the delivery quotes from the product's seller to `pincode`.
 * Product pages are cached and the same for everyone, so the browser asks with the visitor's PIN.
 * A read open to every visitor; it reveals nothing beyond the public delivery options.
 */
export async function getDeliveryPromise(input: unknown): Promise<DeliveryPromiseResult> {
  const parsed = promiseInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Enter a valid PIN code" };
  const { productId, pincode } = parsed.data;
  try {
    const sellerPincode = await getProductShipFrom(productId);
    if (!sellerPincode) return { ok: false, error: "This product is no longer available." };
    const result = await quoteDelivery({ buyerPincode: pincode, sellerPincode });
    if (!result.serviceable) return { ok: true, pincode, serviceable: false, message: result.message };
    return { ok: true, pincode, serviceable: true, zoneName: result.zone.name, quotes: result.quotes };
  } catch (err) {
    (await requestLog()).error({ err }, "delivery promise failed");
    return { ok: false, error: "We couldn't check delivery right now. Please try again." };
  }
}
