"use server";
import { cookies } from "next/headers";
import { PINCODE_COOKIE, pincodeFormSchema } from "./pincode";

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
