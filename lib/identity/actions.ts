"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { limitAttempt } from "@/lib/auth/rate-limits";
import { actionFailure, actionOk, isAppError, type ActionResult } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { registerCustomer, requestPasswordReset, resetPassword } from "./service";

/** Server actions are public endpoints: they accept FormData or a plain object and parse it again. */
function toInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

function fail(err: unknown, what: string) {
  if (!isAppError(err)) logger.error({ err }, `${what} failed`);
  return actionFailure(err);
}

/** Creates a customer account; the client then signs in with the same credentials. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    await limitAttempt("signup", await requestIp());
    const user = await registerCustomer(toInput(input));
    return actionOk({ email: user.email });
  } catch (err) {
    return fail(err, "sign-up");
  }
}

/** Always answers with the same confirmation whether or not the account exists. */
export async function forgotPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    const { email } = (toInput(input) ?? {}) as { email?: unknown };
    await requestPasswordReset({ email, ip: await requestIp() });
    return actionOk();
  } catch (err) {
    return fail(err, "password reset request");
  }
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    await resetPassword(toInput(input));
    return actionOk();
  } catch (err) {
    return fail(err, "password reset");
  }
}
