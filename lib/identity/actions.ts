"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { limitAttempt } from "@/lib/auth/rate-limits";
import { assertCan } from "@/lib/auth/policies";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import type { AccountProfile } from "./queries";
import { registerCustomer, requestPasswordReset, resetPassword, updateProfile } from "./service";

async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** Creates a customer account; the client then signs in with the same credentials. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    await limitAttempt("signup", await requestIp());
    const user = await registerCustomer(actionInput(input));
    return actionOk({ email: user.email });
  } catch (err) {
    return actionError(err, "sign-up");
  }
}

/** Always answers with the same confirmation whether or not the account exists. */
export async function forgotPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    const { email } = (actionInput(input) ?? {}) as { email?: unknown };
    await requestPasswordReset({ email, ip: await requestIp() });
    return actionOk();
  } catch (err) {
    return actionError(err, "password reset request");
  }
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  try {
    await resetPassword(actionInput(input));
    return actionOk();
  } catch (err) {
    return actionError(err, "password reset");
  }
}

/** The signed-in user edits their own name and phone; the user id comes from the session. */
export async function updateProfileAction(input: unknown): Promise<ActionResult<AccountProfile>> {
  try {
    const actor = assertCan(await getActor(), "account:access");
    assertCan(actor, "profile:update", { userId: actor.id });
    const profile = await updateProfile(actor.id, actionInput(input));
    revalidatePath("/account", "layout");
    return actionOk(profile);
  } catch (err) {
    return actionError(err, "profile update");
  }
}
