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
