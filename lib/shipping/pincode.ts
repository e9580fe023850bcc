import { z } from "zod";

/** Indian PIN codes, wherever the app takes one: the header's delivery chip and saved addresses. */

export const PINCODE_COOKIE = "ql_pincode";
export const DEFAULT_PINCODE = "560001";

const MESSAGES = {
  required: "Enter a PIN code",
  digits: "Enter a 6-digit PIN code",
  leadingZero: "PIN codes don't start with 0",
} as const;

/** Exactly six digits, the first never 0; spaces people type ("560 038") are dropped. */
export const pincodeSchema = z
  .string({ error: MESSAGES.required })
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: MESSAGES.required, abort: true })
      .regex(/^\d{6}$/, { error: MESSAGES.digits, abort: true })
      .regex(/^[1-9]/, MESSAGES.leadingZero),
  );

export const pincodeFormSchema = z.object({ pincode: pincodeSchema });

/** The cookie's value if it is a valid PIN, else the default. */
export function pincodeFromCookie(value: string | undefined): string {
  const parsed = pincodeSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : DEFAULT_PINCODE;
}
