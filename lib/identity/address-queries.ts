import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { addresses, type Address } from "@/models";
import { addressIdSchema, type AddressLabel } from "./address-schemas";
import type { IndianState } from "./address-states";

/** A saved address as pages and forms see it (no owner id: it is always the signed-in user's). */
export interface AddressDto {
  id: string;
  label: AddressLabel;
  fullName: string;
  phone: string;
  line1: string;
  line2: string | null;
  landmark: string | null;
  city: string;
  state: IndianState;
  pincode: string;
  isDefault: boolean;
  createdAt: Date;
}

export function toAddressDto(row: Address): AddressDto {
  return {
    id: row.id,
    label: row.label as AddressLabel,
    fullName: row.fullName,
    phone: row.phone,
    line1: row.line1,
    line2: row.line2,
    landmark: row.landmark,
    city: row.city,
    state: row.state as IndianState,
    pincode: row.pincode,
    isDefault: row.isDefault,
    createdAt: row.createdAt,
  };
}

/** The actor's saved addresses: the default first, then the newest. Scoped to the actor, never to an input. */
export async function listAddresses(actor: Actor, executor?: Executor): Promise<AddressDto[]> {
  if (!can(actor, "address:manage", { userId: actor.id })) return [];
  const db = executor ?? (await getDb());
  const rows = await db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, actor.id))
    .orderBy(desc(addresses.isDefault), desc(addresses.createdAt), asc(addresses.id));
  return rows.map(toAddressDto);
}

/** One of the actor's addresses; null when it does not exist or belongs to someone else. */
export async function getAddress(actor: Actor, addressId: unknown, executor?: Executor): Promise<AddressDto | null> {
  const id = addressIdSchema.safeParse(addressId);
  if (!id.success) return null;
  const db = executor ?? (await getDb());
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, id.data), eq(addresses.userId, actor.id)))
    .limit(1);
  if (!row || !can(actor, "address:manage", { userId: row.userId })) return null;
  return toAddressDto(row);
}
