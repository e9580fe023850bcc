"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { limitAttempt } from "@/lib/auth/rate-limits";
import { assertCan } from "@/lib/auth/policies";
import { getActor } from "@/lib/auth/session";
import { actionFailure, actionOk, isAppError, type ActionResult } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import type { AccountProfile } from "./queries";
import { registerCustomer, requestPasswordReset, resetPassword, updateProfile } from "./service";

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

/** The signed-in user edits their own name and phone; the user id comes from the session. */
export async function updateProfileAction(input: unknown): Promise<ActionResult<AccountProfile>> {
  try {
    const actor = assertCan(await getActor(), "account:access");
    assertCan(actor, "profile:update", { userId: actor.id });
    const profile = await updateProfile(actor.id, toInput(input));
    revalidatePath("/account", "layout");
    return actionOk(profile);
  } catch (err) {
    return fail(err, "profile update");
  }
}
