"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, ValidationError, type ActionResult } from "@/lib/platform/errors";
import { assertCan } from "@/lib/auth/policies";
import { pincodeSchema } from "./pincode";
import { findPrefixMatch, type PrefixMatch } from "./queries";
import { deliveryQuotes, type DeliveryQuote } from "./rules";
import { createPrefix, createZone, deletePrefix, deleteZone, updatePrefix, updateZone } from "./service";

/**
 * Admin serviceability actions: thin wrappers that take the actor from the session and let the service
 * authorize ("serviceability:manage"), parse and write, then refresh the admin shipping pages. The
 * service invalidates the cached zone lookups itself.
 */

async function run<T>(what: string, write: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await write();
    revalidatePath("/admin/shipping", "layout");
    return actionOk(data);
  } catch (err) {
    return actionError(err, what);
  }
}

type ZoneRef = { id: string; code: string; name: string };
type PrefixRef = { prefix: string; zoneId: string };

export async function createZoneAction(input: unknown): Promise<ActionResult<ZoneRef>> {
  return run("create zone", async () => {
    const zone = await createZone(await getActor(), actionInput(input));
    return { id: zone.id, code: zone.code, name: zone.name };
  });
}

export async function updateZoneAction(input: unknown): Promise<ActionResult<ZoneRef>> {
  return run("update zone", async () => {
    const zone = await updateZone(await getActor(), actionInput(input));
    return { id: zone.id, code: zone.code, name: zone.name };
  });
}

export async function deleteZoneAction(zoneId: unknown): Promise<ActionResult<ZoneRef>> {
  return run("delete zone", async () => {
    const zone = await deleteZone(await getActor(), zoneId);
    return { id: zone.id, code: zone.code, name: zone.name };
  });
}

export async function createPrefixAction(input: unknown): Promise<ActionResult<PrefixRef>> {
  return run("add PIN prefix", async () => {
    const row = await createPrefix(await getActor(), actionInput(input));
    return { prefix: row.prefix, zoneId: row.zoneId };
  });
}

export async function updatePrefixAction(input: unknown): Promise<ActionResult<PrefixRef>> {
  return run("update PIN prefix", async () => {
    const row = await updatePrefix(await getActor(), actionInput(input));
    return { prefix: row.prefix, zoneId: row.zoneId };
  });
}

export async function deletePrefixAction(input: unknown): Promise<ActionResult<PrefixRef>> {
  return run("remove PIN prefix", async () => {
    const row = await deletePrefix(await getActor(), actionInput(input));
    return { prefix: row.prefix, zoneId: row.zoneId };
  });
}

export type PincodeCheck = { pincode: string; match: PrefixMatch | null; quotes: DeliveryQuote[] };

/** Which prefix and zone serve a PIN code now (uncached), and what it promises for a seller in the same zone. */
export async function checkPincodeAction(input: unknown): Promise<ActionResult<PincodeCheck>> {
  try {
    assertCan(await getActor(), "serviceability:manage");
    const raw = actionInput(input);
    const parsed = pincodeSchema.safeParse(typeof raw === "object" && raw !== null ? (raw as { pincode?: unknown }).pincode : raw);
    if (!parsed.success) throw new ValidationError({ pincode: [parsed.error.issues[0]?.message ?? "Enter a 6-digit PIN code"] });
    const match = await findPrefixMatch(parsed.data);
    const quotes = match?.active ? deliveryQuotes({ buyerZone: match.zone, sellerZone: match.zone, now: new Date() }) : [];
    return actionOk({ pincode: parsed.data, match, quotes });
  } catch (err) {
    return actionError(err, "check PIN code");
  }
}
