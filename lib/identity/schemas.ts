import { z } from "zod";

/**
 * Input schemas shared by the forms (react-hook-form + zodResolver) and the server actions.
 * Objects strip unknown keys, so a smuggled `role` never reaches a service.
 */

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, { error: "Enter your email address", abort: true })
  .max(254, "Email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(1, { error: "Enter a password", abort: true })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`);

export const signUpSchema = z
  .object({
    name: z
      .string({ error: "Enter your name" })
      .trim()
      .min(1, { error: "Enter your name", abort: true })
      .min(2, "Name must be at least 2 characters")
      .max(80, "Name must be at most 80 characters"),
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string({ error: "Confirm your password" }).min(1, "Confirm your password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters`),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetTokenSchema = z
  .string({ error: "This reset link is invalid" })
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is invalid");

export const resetPasswordSchema = z
  .object({
    token: resetTokenSchema,
    password: newPasswordSchema,
    confirmPassword: z.string({ error: "Confirm your password" }).min(1, "Confirm your password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpValues = z.output<typeof signUpSchema>;
export type SignInInput = z.input<typeof signInSchema>;
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/* ---------------------------------------------------------------- account: profile and phone */

export const NAME_MAX = 80;

/** A person's name: trimmed, inner runs of spaces collapsed, 2–80 characters. */
export function personName(emptyMessage = "Enter your name") {
  return z
    .string({ error: emptyMessage })
    .transform((v) => v.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, { error: emptyMessage, abort: true })
        .min(2, "Name must be at least 2 characters")
        .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters`),
    );
}

export const personNameSchema = personName();

/**
 * "+91 98450-12345", "098450 12345" and "9845012345" all become "9845012345": spaces, hyphens,
 * brackets and a +91 / 91 / 0 prefix are dropped when what is left is ten digits.
 */
export function normalizeIndianMobile(raw: string): string {
  const compact = raw.replace(/[\s().-]/g, "");
  const match = /^(?:\+91|0091|91|0)?(\d{10})$/.exec(compact);
  return match ? match[1] : compact;
}

export const MOBILE_MESSAGES = {
  required: "Enter a mobile number",
  digits: "Enter a 10-digit mobile number",
  start: "Indian mobile numbers start with 6, 7, 8 or 9",
} as const;

const mobileDigitsSchema = z
  .string()
  .regex(/^\d{10}$/, { error: MOBILE_MESSAGES.digits, abort: true })
  .regex(/^[6-9]/, MOBILE_MESSAGES.start);

/** An Indian mobile number (10 digits starting 6–9), normalised to its ten digits. */
export const indianMobileSchema = z
  .string({ error: MOBILE_MESSAGES.required })
  .trim()
  .min(1, { error: MOBILE_MESSAGES.required, abort: true })
  .transform(normalizeIndianMobile)
  .pipe(mobileDigitsSchema);

/** The same, but optional: blank (or missing) becomes null. */
export const optionalIndianMobileSchema = z
  .string({ error: MOBILE_MESSAGES.digits })
  .nullish()
  .transform((v) => (v && v.trim() !== "" ? normalizeIndianMobile(v.trim()) : null))
  .pipe(mobileDigitsSchema.nullable());

/** The account page's profile form. Email and role are not editable here; unknown keys are stripped. */
export const updateProfileSchema = z.object({
  name: personNameSchema,
  phone: optionalIndianMobileSchema,
});

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
export type UpdateProfileValues = z.output<typeof updateProfileSchema>;
