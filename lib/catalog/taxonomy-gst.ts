/**
 * GST rates of categories: the slabs an admin can pick, the form's schema, and how a category's
 * effective rate is found (its own, else its nearest ancestor's, else 18 %). Pure: shared by the admin
 * form, the service and whoever prices a line.
 */
import { z } from "zod";

/** The rate when neither a category nor any ancestor has one (the general GST slab). */
export const DEFAULT_GST_RATE_BP = 1800;

/** India's GST slabs, in basis points (0.25 % rough stones, 3 % jewellery, then 0/5/12/18/28 %). */
export const GST_RATE_CHOICES = [0, 25, 300, 500, 1200, 1800, 2800] as const;

/** "5 %", "0.25 %", "18 %". */
export function formatGstRate(bp: number): string {
  return `${(bp / 100).toLocaleString("en-IN", { maximumFractionDigits: 2 })} %`;
}

export interface EffectiveGstRate {
  rateBp: number;
  /** Where it comes from: the category itself, an ancestor (named) or the default. */
  source: "own" | "inherited" | "default";
  fromName: string | null;
}

/** The category's own rate, else the nearest ancestor's (`ancestors` root first), else the default. */
export function effectiveGstRate(own: number | null, ancestors: readonly { name: string; gstRateBp: number | null }[]): EffectiveGstRate {
  if (own !== null) return { rateBp: own, source: "own", fromName: null };
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (a.gstRateBp !== null) return { rateBp: a.gstRateBp, source: "inherited", fromName: a.name };
  }
  return { rateBp: DEFAULT_GST_RATE_BP, source: "default", fromName: null };
}

const CHOICES = new Set<string>(GST_RATE_CHOICES.map(String));

/** The form: "" inherits (clears the category's own rate), otherwise one of the slabs in basis points. */
export const categoryGstSchema = z.object({
  categoryId: z.uuid({ error: "Unknown category" }),
  gstRateBp: z
    .union([z.string(), z.number()], { error: "Choose a GST rate" })
    .transform((v) => String(v).trim())
    .refine((v) => v === "" || CHOICES.has(v), "Choose one of the GST slabs, or inherit the parent's rate")
    .transform((v) => (v === "" ? null : Number(v))),
});

export type CategoryGstInput = z.input<typeof categoryGstSchema>;
export type CategoryGstValues = z.output<typeof categoryGstSchema>;
