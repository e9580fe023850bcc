/**
 * Inputs of the order lifecycle actions, parsed again on the server (forms send strings; empty
 * optional fields mean "not given").
 */
import { z } from "zod";
import { SUB_ORDER_STATUSES } from "@/models/orders";
import { MAX_REASON_LENGTH } from "./rules";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const id = (what: string) => z.uuid({ error: `That ${what} doesn't exist. Refresh the page and try again.` });

const reason = z
  .string({ error: "Tell us why" })
  .trim()
  .min(3, { error: "Tell us why (at least 3 characters)" })
  .max(MAX_REASON_LENGTH, { error: `Keep the reason under ${MAX_REASON_LENGTH} characters` });

const shortText = (label: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(60, { error: `Keep the ${label} under 60 characters` }).optional());

export const transitionSchema = z.object({
  subOrderId: id("order part"),
  to: z.enum(SUB_ORDER_STATUSES, { error: "Choose what to do with this part" }),
  reason: z.preprocess(emptyToUndefined, reason.optional()),
  carrier: shortText("carrier name"),
  trackingNumber: shortText("tracking number"),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const cancelOrderSchema = z.object({
  orderId: id("order"),
  /** Cancel only this seller's part; the whole order when absent. */
  subOrderId: z.preprocess(emptyToUndefined, id("order part").optional()),
  reason,
});
export type CancelOrderInput = z.infer<typeof cancelOrderSchema>;

export const forceCancelSchema = z
  .object({
    orderId: z.preprocess(emptyToUndefined, id("order").optional()),
    subOrderId: z.preprocess(emptyToUndefined, id("order part").optional()),
    reason,
  })
  .refine((v) => Boolean(v.orderId) !== Boolean(v.subOrderId), { error: "Choose either the order or one of its parts", path: ["orderId"] });
export type ForceCancelInput = z.infer<typeof forceCancelSchema>;

export const reorderSchema = z.object({ orderId: id("order") });

/** The reasons a customer picks from when cancelling; "Other" asks for their own words. */
export const CUSTOMER_CANCEL_REASONS = [
  "Ordered by mistake",
  "Changed my mind",
  "Found a better price elsewhere",
  "Delivery is too slow",
  "Need to change the address or items",
] as const;
