import type { FieldErrors } from "@/lib/platform/errors";

/** Common reasons a seller rejects or cancels a part; "Other" asks for their own words. */
export const SELLER_REJECT_REASONS = [
  "Out of stock",
  "Item damaged or defective",
  "Price or listing error",
  "Cannot deliver to this PIN code",
  "Store closed for now",
] as const;

/** Carriers offered when handing a part over (free text is allowed too). */
export const CARRIERS = ["Delhivery", "Blue Dart", "DTDC", "Ekart", "India Post", "Xpressbees", "Shadowfax", "Own delivery"] as const;

const TRACKING = /^[A-Za-z0-9-]{4,40}$/;

/**
 * Handing over to a carrier needs the carrier's name and a tracking number (letters, digits and
 * dashes), so the customer can follow the parcel. Null when fine, or when the move is not a hand-over.
 */
export function handOverProblems(input: unknown): FieldErrors | null {
  if (typeof input !== "object" || input === null) return null;
  const values = input as Record<string, unknown>;
  if (values.to !== "shipped") return null;
  const carrier = typeof values.carrier === "string" ? values.carrier.trim() : "";
  const tracking = typeof values.trackingNumber === "string" ? values.trackingNumber.trim() : "";
  const errors: FieldErrors = {};
  if (carrier.length < 2) errors.carrier = ["Enter the carrier's name"];
  if (!tracking) errors.trackingNumber = ["Enter the tracking number"];
  else if (!TRACKING.test(tracking)) errors.trackingNumber = ["Use 4–40 letters, digits or dashes"];
  return Object.keys(errors).length ? errors : null;
}

/** A packing slip exists once the seller has accepted a part that ships, until it is cancelled. */
export function packingSlipAvailable(part: { status: string; requiresShipping: boolean }): boolean {
  return part.requiresShipping && ["accepted", "packed", "ready_to_ship", "shipped", "out_for_delivery", "delivered"].includes(part.status);
}
