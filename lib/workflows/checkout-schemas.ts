import { z } from "zod";
import { DELIVERY_OPTIONS, PAYMENT_METHODS } from "@/models";

/** Checkout inputs, parsed on the server (actions are public endpoints). */

const deliveryOptions = z.record(z.uuid({ error: "Unknown seller" }), z.enum(DELIVERY_OPTIONS, { error: "Choose a delivery option" }));

const couponCode = z
  .string()
  .trim()
  .max(40, { error: "Coupon codes are at most 32 characters" })
  .optional()
  .transform((v) => (v ? v : undefined));

export const quoteCheckoutSchema = z.object({
  addressId: z.uuid({ error: "Choose a delivery address" }).optional(),
  deliveryOptions: deliveryOptions.default({}),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: "Choose a payment method" }).optional(),
  couponCode,
});
export type QuoteCheckoutInput = z.output<typeof quoteCheckoutSchema>;

export const placeOrderSchema = z.object({
  idempotencyKey: z.uuid({ error: "Missing checkout key: reload the page and try again" }),
  addressId: z.uuid({ error: "Choose a delivery address" }),
  deliveryOptions: deliveryOptions.default({}),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: "Choose a payment method" }),
  couponCode,
  expectedTotalPaise: z.coerce.number({ error: "Missing order total" }).int().min(0),
});
export type PlaceOrderInput = z.output<typeof placeOrderSchema>;
