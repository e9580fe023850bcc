import "server-only";
import { cached } from "@/lib/platform/cache/tagged";
import { catalogTags } from "@/lib/catalog/cache-tags";
import { SHIPPING_TAG, SHIPPING_TTL_SECONDS } from "./cache";
import { loadZoneForPincode, productShipFromPincode } from "./queries";
import { deliveryQuotes, pincodePrefixes, type DeliveryQuote, type ZoneRule } from "./rules";

/**
 * Serviceability for the storefront and checkout: the zone of a PIN code, cached in the shared cache
 * (Redis, or in-process when embedded) under the "shipping" tag that every admin edit invalidates, and
 * the delivery quotes between a buyer's and a seller's PIN codes.
 */

/** The zone serving `pincode` (longest matching prefix of an active zone), or null: not serviceable. */
export async function getZoneForPincode(pincode: string): Promise<ZoneRule | null> {
  if (pincodePrefixes(pincode).length === 0) return null; // not a PIN code: nothing to look up or cache
  return cached(`shipping:zone:${pincode}`, () => loadZoneForPincode(pincode), { tags: [SHIPPING_TAG], ttlSeconds: SHIPPING_TTL_SECONDS });
}

export type DeliveryQuoteResult = { serviceable: false; message: string } | { serviceable: true; zone: ZoneRule; quotes: DeliveryQuote[] };

/** The buyer's zone and what each delivery speed promises for a parcel from `sellerPincode`. */
export async function quoteDelivery({ buyerPincode, sellerPincode, now = new Date() }: { buyerPincode: string; sellerPincode: string; now?: Date }): Promise<DeliveryQuoteResult> {
  const [buyerZone, sellerZone] = await Promise.all([getZoneForPincode(buyerPincode), getZoneForPincode(sellerPincode)]);
  if (!buyerZone) return { serviceable: false, message: `We don't deliver to PIN code ${buyerPincode} yet.` };
  return { serviceable: true, zone: buyerZone, quotes: deliveryQuotes({ buyerZone, sellerZone, now }) };
}

/** The PIN code a product ships from, cached with the product (null for an unknown product). */
export async function getProductShipFrom(productId: string): Promise<string | null> {
  return cached(`shipping:ship-from:${productId}`, () => productShipFromPincode(productId), { tags: [catalogTags.product(productId)], ttlSeconds: 300 });
}
