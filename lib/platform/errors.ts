/**
 * Typed application errors. Services throw them; actions turn them into an `ActionResult`,
 * route handlers into a JSON response with `status`. Messages are safe to show to the user.
 */

export type FieldErrors = Record<string, string[]>;

export type ErrorCode = "unauthenticated" | "forbidden" | "not_found" | "validation" | "conflict" | "rate_limited";

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
}

export class UnauthenticatedError extends AppError {
  readonly code = "unauthenticated";
  readonly status = 401;
  constructor(message = "Please sign in to continue.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  readonly status = 403;
  constructor(message = "You don't have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends AppError {
  readonly code = "not_found";
  readonly status = 404;
  constructor(message = "We couldn't find what you were looking for.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ValidationError extends AppError {
  readonly code = "validation";
  readonly status = 422;
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Please correct the highlighted fields.",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class ConflictError extends AppError {
  readonly code = "conflict";
  readonly status = 409;
  constructor(
    message: string,
    /** The input field the conflict is about, so forms can show it inline. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class RateLimitedError extends AppError {
  readonly code = "rate_limited";
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number, message?: string) {
    super(message ?? `Too many attempts, try again in ${retryMinutes(retryAfterSeconds)} ${retryMinutes(retryAfterSeconds) === 1 ? "minute" : "minutes"}.`);
    this.name = "RateLimitedError";
  }
}

/** Whole minutes to wait, at least one. */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** What a server action returns to its form: never throws for expected failures. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "internal"; message: string; fieldErrors?: FieldErrors };

export function actionOk(): ActionResult<undefined>;
export function actionOk<T>(data: T): ActionResult<T>;
export function actionOk<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

/**
 * Maps an error to a failed ActionResult. Known errors keep their safe message (and field errors);
 * anything else becomes a generic message — the caller logs the original.
 */
export function actionFailure(err: unknown): Extract<ActionResult, { ok: false }> {
  if (err instanceof ValidationError) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
  if (err instanceof ConflictError) {
    return { ok: false, code: err.code, message: err.message, fieldErrors: err.field ? { [err.field]: [err.message] } : undefined };
  }
  if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
  return { ok: false, code: "internal", message: "Something went wrong on our side. Please try again." };
}

/** Converts zod-style issues ({ path, message }) into field errors keyed by the top-level field. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Converts zod-style issues into field errors keyed by the full dotted path ("variants.2.sku"), as react-hook-form names fields. */
export function fieldErrorsByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Whether a database error (or one it caused) is a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
