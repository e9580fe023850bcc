"use server";

import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/policies";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import type { AddressDto } from "./address-queries";
import { addAddress, deleteAddress, setDefaultAddress, updateAddress } from "./address-service";

/**
 * Address book actions. Public POST endpoints: each takes the actor from the session (never from
 * the input), and the service parses the input with the form's schema and checks ownership.
 */

const ADDRESSES_PATH = "/account/addresses";

async function signedInActor() {
  return assertCan(await getActor(), "account:access");
}

export async function addAddressAction(input: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await addAddress(await signedInActor(), actionInput(input));
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return actionError(err, "add address");
  }
}

export async function updateAddressAction(addressId: unknown, input: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await updateAddress(await signedInActor(), addressId, actionInput(input));
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return actionError(err, "update address");
  }
}

export async function deleteAddressAction(addressId: unknown): Promise<ActionResult<{ deletedId: string; defaultId: string | null }>> {
  try {
    const result = await deleteAddress(await signedInActor(), addressId);
    revalidatePath(ADDRESSES_PATH);
    return actionOk(result);
  } catch (err) {
    return actionError(err, "delete address");
  }
}

export async function setDefaultAddressAction(addressId: unknown): Promise<ActionResult<AddressDto>> {
  try {
    const address = await setDefaultAddress(await signedInActor(), addressId);
    revalidatePath(ADDRESSES_PATH);
    return actionOk(address);
  } catch (err) {
    return actionError(err, "set default address");
  }
}
