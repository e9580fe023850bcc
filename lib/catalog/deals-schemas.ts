/**
 * Deal inputs: one schema for the seller's form (react-hook-form) and the server. Times are typed
 * as `datetime-local` values in Asia/Kolkata and become UTC instants; the price is typed in rupees
 * and becomes integer paise.
 */
import { z } from "zod";
import { istLocalToUtc } from "./deals-rules";

const rupees = z
  .string({ error: "Enter the deal price" })
  .trim()
  .min(1, { error: "Enter the deal price", abort: true })
  .regex(/^\d{1,7}(\.\d{1,2})?$/, { error: "Enter a price in rupees, e.g. 249 or 249.50", abort: true })
  .transform((v) => Math.round(Number(v) * 100));

const istDateTime = (label: string) =>
  z
    .string({ error: `Choose the ${label}` })
    .trim()
    .min(1, { error: `Choose the ${label}`, abort: true })
    .transform((v, ctx) => {
      const date = istLocalToUtc(v);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `Enter a valid ${label}` });
        return z.NEVER;
      }
      return date;
    });

const cap = z
  .string()
  .trim()
  .regex(/^(\d{1,6})?$/, { error: "Enter a whole number of units, or leave it empty", abort: true })
  .transform((v) => (v === "" ? null : Number(v)))
  .refine((v) => v === null || v > 0, "The cap must be at least 1 unit")
  .optional()
  .transform((v) => v ?? null);

export const createDealSchema = z
  .object({
    variantId: z.uuid({ error: "Choose a product variant" }),
    dealPrice: rupees,
    startsAt: istDateTime("start time"),
    endsAt: istDateTime("end time"),
    quantityCap: cap,
  })
  .refine((v) => v.endsAt.getTime() > v.startsAt.getTime(), { path: ["endsAt"], message: "The deal must end after it starts" });

export type CreateDealInput = z.input<typeof createDealSchema>;
export type CreateDealValues = z.output<typeof createDealSchema>;

export const dealIdSchema = z.uuid({ error: "Unknown deal" });

export const dealsPageSchema = z.object({
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(1000)).catch(1),
});
