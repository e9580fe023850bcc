"use server";

import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/policies";
import { getActor } from "@/lib/auth/session";
import { actionFailure, actionOk, isAppError, type ActionResult } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import type { AddressDto } from "./address-queries";
import { addAddress, deleteAddress, setDefaultAddress, updateAddress } from "./address-service";

/**
 * Address book actions. Public POST endpoints: each takes the actor from the session (never from
 * the input), and the service parses the input with the form's schema and checks ownership.
 */

const ADDRESSES_PATH = "/account/addresses";

function toInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

async function signedInActor() {
  return assertCan(await getActor(), "account:access");
}

function fail(err: unknown, what: string) {
  if (!isAppError(err)) logger.error({ err }, `${what} failed`);
  return actionFailure(err);
}

export async function addAddressAction(input: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await addAddress(await signedInActor(), toInput(input));
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return fail(err, "add address");
  }
}

export async function updateAddressAction(addressId: unknown, input: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await updateAddress(await signedInActor(), addressId, toInput(input));
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return fail(err, "update address");
  }
}

export async function deleteAddressAction(addressId: unknown): Promise<ActionResult<{ deletedId: string; defaultId: string | null }>> {
  try {
    const result = await deleteAddress(await signedInActor(), addressId);
    revalidatePath(ADDRESSES_PATH);
    return actionOk(result);
  } catch (err) {
    return fail(err, "delete address");
  }
}

export async function setDefaultAddressAction(addressId: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await setDefaultAddress(await signedInActor(), addressId);
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return fail(err, "set default address");
  }
}
