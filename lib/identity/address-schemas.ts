import { z } from "zod";
import { INDIAN_STATES, isIndianState, type IndianState } from "./address-states";
import { pincodeSchema } from "@/lib/shipping";
import { indianMobileSchema, personName } from "./schemas";

/**
 * Saved delivery addresses: one schema shared by the address form (react-hook-form) and the
 * service. The owner is never part of the input — it always comes from the session.
 */

export const ADDRESS_LABELS = ["Home", "Work", "Other"] as const;
export type AddressLabel = (typeof ADDRESS_LABELS)[number];

export const MAX_ADDRESSES_PER_USER = 20;

export const STATE_MESSAGE = "Choose a state or union territory";

export const addressStateSchema = z
  .string({ error: STATE_MESSAGE })
  .refine((v): v is IndianState => isIndianState(v), STATE_MESSAGE)
  .transform((v) => v as IndianState);

const collapse = (v: string) => v.trim().replace(/\s+/g, " ");

function requiredText(label: string, { min = 1, max }: { min?: number; max: number }, emptyMessage: string) {
  return z
    .string({ error: emptyMessage })
    .transform(collapse)
    .pipe(
      z
        .string()
        .min(1, { error: emptyMessage, abort: true })
        .min(min, `${label} must be at least ${min} characters`)
        .max(max, `${label} must be at most ${max} characters`),
    );
}

function optionalText(label: string, max: number) {
  return z
    .string()
    .nullish()
    .transform((v) => {
      const text = collapse(v ?? "");
      return text === "" ? null : text;
    })
    .pipe(z.string().max(max, `${label} must be at most ${max} characters`).nullable());
}

export const addressSchema = z.object({
  fullName: personName("Enter the full name of the person receiving the order"),
  phone: indianMobileSchema,
  line1: requiredText("This line", { min: 3, max: 120 }, "Enter the flat or house number and street"),
  line2: optionalText("This line", 120),
  landmark: optionalText("Landmark", 80),
  city: requiredText("City", { min: 2, max: 60 }, "Enter the town or city").pipe(
    z.string().regex(/^\p{L}[\p{L}\p{M} .'()-]*$/u, "Use letters only for the town or city"),
  ),
  state: addressStateSchema,
  pincode: pincodeSchema,
  label: z.enum(ADDRESS_LABELS, { error: "Choose Home, Work or Other" }),
  /** Make this the default address. Turning it off never leaves the user without a default. */
  isDefault: z.boolean().optional(),
});

export type AddressInput = z.input<typeof addressSchema>;
export type AddressValues = z.output<typeof addressSchema>;

/** Address ids are UUIDs; anything else is simply "not found". */
export const addressIdSchema = z.uuid();

export { INDIAN_STATES };
