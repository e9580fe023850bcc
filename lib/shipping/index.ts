/**
 * The shipping domain's client-safe surface: PIN code parsing (address forms and the header chip
 * import it in the browser) and the pure delivery-promise rules. The server-only reads live in
 * ./serviceability (getZoneForPincode, quoteDelivery), kept out of this file so that client
 * components importing it never pull the database in.
 */
export { DEFAULT_PINCODE, PINCODE_COOKIE, pincodeFormSchema, pincodeFromCookie, pincodeSchema } from "./pincode";
export { OPTION_LABELS, SAME_DAY_BY_MINUTES, deliveryQuotes, fastestQuote, matchZone, pincodePrefixes, promiseLabel } from "./rules";
export type { DeliveryOption, DeliveryQuote, ZoneRule } from "./rules";
