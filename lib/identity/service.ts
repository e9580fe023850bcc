import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/passwords";
import { invalidateSessionClaims } from "@/lib/auth/claims-cache";
import { clearAccountAttempts, limitAttempt } from "@/lib/auth/rate-limits";
import { getDb, type Executor } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues, isUniqueViolation } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { sendMail } from "@/lib/platform/mail";
import { passwordResetTokens, users } from "@/models";
import { passwordResetEmail } from "./emails";
import { findUserByEmail, getSessionClaims, type AccountProfile, type SessionClaims } from "./queries";
import {
  RESET_TOKEN_MESSAGES,
  generateResetToken,
  hashResetToken,
  normalizeEmail,
  resetPasswordUrl,
  resetTokenExpiry,
  resetTokenState,
  type ResetTokenState,
} from "./rules";
import { forgotPasswordSchema, resetPasswordSchema, resetTokenSchema, signInSchema, signUpSchema, updateProfileSchema } from "./schemas";

/** Options every service accepts: a transaction/db to run on and a clock (tests pass fake time). */
export interface ServiceOptions {
  db?: Executor;
  now?: Date;
}

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists";
export const ACCOUNT_DISABLED_MESSAGE = "This account has been disabled. Please contact support.";

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}

export interface RegisteredUser {
  id: string;
  email: string;
  name: string;
  role: "customer";
}

/**
 * Creates a customer account. The role is always "customer": the schema strips any other field.
 * Throws ValidationError for bad input and ConflictError (field "email") for a taken email.
 */
export async function registerCustomer(input: unknown, options: ServiceOptions = {}): Promise<RegisteredUser> {
  const values = parse(signUpSchema, input);
  const db = options.db ?? (await getDb());
  const email = normalizeEmail(values.email);
  if (await findUserByEmail(email, db)) throw new ConflictError(DUPLICATE_EMAIL_MESSAGE, "email");
  const passwordHash = await hashPassword(values.password);
  try {
    const [user] = await db
      .insert(users)
      .values({ email, name: values.name, passwordHash, role: "customer" })
      .returning({ id: users.id, email: users.email, name: users.name });
    logger.info({ userId: user.id }, "user registered");
    return { ...user, role: "customer" };
  } catch (err) {
    // Two sign-ups racing for the same email: the unique index on lower(email) decides.
    if (isUniqueViolation(err)) throw new ConflictError(DUPLICATE_EMAIL_MESSAGE, "email");
    throw err;
  }
}

/**
 * Checks an email + password. Returns the session claims, or null for any wrong combination
 * (unknown email, no password, wrong password) after the same bcrypt work. Counts the attempt
 * against the IP and the account first (RateLimitedError); a success clears the account's count.
 * A disabled account with the right password gets ForbiddenError.
 */
export async function verifyCredentials(
  input: { email?: unknown; password?: unknown; ip: string },
  options: ServiceOptions = {},
): Promise<SessionClaims | null> {
  const email = typeof input.email === "string" ? normalizeEmail(input.email) : "";
  await limitAttempt("signin", input.ip, email || undefined);
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) {
    await verifyAgainstDummy(typeof input.password === "string" ? input.password : "");
    return null;
  }
  const user = await findUserByEmail(parsed.data.email, options.db);
  if (!user?.passwordHash) return verifyAgainstDummy(parsed.data.password).then(() => null);
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  if (user.disabledAt) throw new ForbiddenError(ACCOUNT_DISABLED_MESSAGE);
  await clearAccountAttempts("signin", email);
  return getSessionClaims(user.id, options.db);
}

/**
 * Starts a password reset. Whether or not the account exists the caller shows the same
 * confirmation; when it exists (and is enabled) a single-use token is stored as a SHA-256 hash and
 * the link is mailed. Rate limited per IP and per account.
 */
export async function requestPasswordReset(
  input: { email?: unknown; ip: string },
  options: ServiceOptions & { baseUrl?: string } = {},
): Promise<void> {
  const { email } = parse(forgotPasswordSchema, { email: input.email });
  const normalized = normalizeEmail(email);
  await limitAttempt("reset", input.ip, normalized);
  const db = options.db ?? (await getDb());
  const user = await findUserByEmail(normalized, db);
  if (!user || user.disabledAt) {
    logger.info("password reset requested for an unknown or disabled account");
    return;
  }
  const now = options.now ?? new Date();
  const token = generateResetToken();
  await db.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashResetToken(token), expiresAt: resetTokenExpiry(now), createdAt: now });
  const mail = passwordResetEmail(user.name, resetPasswordUrl(options.baseUrl ?? env().NEXTAUTH_URL, token));
  await sendMail({ to: user.email, ...mail }, db);
  logger.info({ userId: user.id }, "password reset link sent");
}

/** The state of a reset token as the reset page should present it. */
export async function checkResetToken(token: unknown, options: ServiceOptions = {}): Promise<ResetTokenState> {
  const parsed = resetTokenSchema.safeParse(token);
  if (!parsed.success) return "invalid";
  const db = options.db ?? (await getDb());
  const [row] = await db
    .select({ expiresAt: passwordResetTokens.expiresAt, usedAt: passwordResetTokens.usedAt })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.tokenHash, hashResetToken(parsed.data)))
    .limit(1);
  return resetTokenState(row, options.now ?? new Date());
}

/**
 * Sets a new password with a reset token, in one transaction: the token must be unexpired and
 * unused; it is marked used (a conditional update, so two concurrent uses cannot both win), the
 * user's other outstanding tokens are invalidated and the password hash replaced.
 * Throws ValidationError on the "token" field with a message for expired/used/invalid tokens.
 */
export async function resetPassword(input: unknown, options: ServiceOptions = {}): Promise<{ userId: string; email: string }> {
  const raw = (input ?? {}) as Record<string, unknown>;
  if (!resetTokenSchema.safeParse(raw.token).success) throw new ValidationError({ token: [RESET_TOKEN_MESSAGES.invalid] }, RESET_TOKEN_MESSAGES.invalid);
  const values = parse(resetPasswordSchema, input);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(values.password);
  const db = options.db ?? (await getDb());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.tokenHash, hashResetToken(values.token)))
      .limit(1);
    const state = resetTokenState(row, now);
    if (state !== "valid") throw new ValidationError({ token: [RESET_TOKEN_MESSAGES[state]] }, RESET_TOKEN_MESSAGES[state]);
    const claimed = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.id, row.id), isNull(passwordResetTokens.usedAt)))
      .returning({ id: passwordResetTokens.id });
    if (claimed.length === 0) throw new ValidationError({ token: [RESET_TOKEN_MESSAGES.used] }, RESET_TOKEN_MESSAGES.used);
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt), ne(passwordResetTokens.id, row.id)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, row.userId))
      .returning({ id: users.id, email: users.email });
    logger.info({ userId: user.id }, "password reset completed");
    return { userId: user.id, email: user.email };
  });
}

/**
 * OAuth sign-in (Google, GitHub): the provider vouched for `email` being verified. Finds the
 * account by email or creates a customer (no password). Disabled accounts are refused (null).
 */
export async function findOrCreateOAuthUser(
  input: { email: string; name?: string | null },
  options: ServiceOptions = {},
): Promise<SessionClaims | null> {
  const db = options.db ?? (await getDb());
  const email = normalizeEmail(input.email);
  const name = input.name?.trim() || email.split("@")[0];
  let user = await findUserByEmail(email, db);
  if (!user) {
    const now = options.now ?? new Date();
    const [created] = await db
      .insert(users)
      .values({ email, name: name.slice(0, 80), role: "customer", emailVerifiedAt: now })
      .onConflictDoNothing()
      .returning();
    user = created ?? (await findUserByEmail(email, db));
    if (created) logger.info({ userId: created.id }, "user registered through OAuth");
  } else if (!user.emailVerifiedAt) {
    await db.update(users).set({ emailVerifiedAt: sql`now()` }).where(eq(users.id, user.id));
  }
  if (!user || user.disabledAt) return null;
  return getSessionClaims(user.id, db);
}

/**
 * Updates the user's own name and phone (email and role are not editable here). `userId` is the
 * session actor's id — never an input. A user that no longer exists gets UnauthenticatedError.
 */
export async function updateProfile(userId: string, input: unknown, options: ServiceOptions = {}): Promise<AccountProfile> {
  const values = parse(updateProfileSchema, input);
  const db = options.db ?? (await getDb());
  const [row] = await db
    .update(users)
    .set({ name: values.name, phone: values.phone, updatedAt: options.now ?? new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, name: users.name, email: users.email, phone: users.phone, role: users.role, createdAt: users.createdAt });
  if (!row) throw new UnauthenticatedError();
  await invalidateSessionClaims(userId);
  logger.info({ userId }, "profile updated");
  return row;
}
