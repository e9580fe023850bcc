import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { getDb, type Executor, type Tx } from "@/lib/platform/db";
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { addresses, users, type Address } from "@/models";
import { toAddressDto, type AddressDto } from "./address-queries";
import { MAX_ADDRESSES_PER_USER, addressIdSchema, addressSchema, type AddressValues } from "./address-schemas";

/**
 * Writes to a user's saved addresses. Every function takes the session actor: the owner is always
 * the actor, never an input. Rules, enforced inside one transaction per call with the owner's user
 * row locked (so concurrent calls for one user run one after another):
 * - a user has at most MAX_ADDRESSES_PER_USER addresses;
 * - a user with addresses has exactly one default: the first address becomes it, setting another
 *   moves it, deleting it promotes the oldest remaining address;
 * - an address of another user is "not found" (and left untouched).
 */

export interface AddressServiceOptions {
  db?: Executor;
}

export const ADDRESS_NOT_FOUND_MESSAGE = "We couldn't find that address. It may have been deleted — refresh the page to see your saved addresses.";
export const ADDRESS_LIMIT_MESSAGE = `You can save up to ${MAX_ADDRESSES_PER_USER} addresses. Delete one you no longer use, then add the new one.`;

function parseAddress(input: unknown): AddressValues {
  const result = addressSchema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}

function columns(values: AddressValues) {
  const { isDefault: _isDefault, ...fields } = values;
  return fields;
}

/** Locks the owner's user row for the rest of the transaction; a missing user has no session to act with. */
async function lockOwner(tx: Tx, userId: string): Promise<void> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  if (!row) throw new UnauthenticatedError();
}

/** The address `addressId` if the actor may manage it; NotFoundError otherwise (never revealing someone else's). */
async function ownedAddress(tx: Tx, actor: Actor, addressId: unknown): Promise<Address> {
  const id = addressIdSchema.safeParse(addressId);
  if (!id.success) throw new NotFoundError(ADDRESS_NOT_FOUND_MESSAGE);
  const [row] = await tx.select().from(addresses).where(eq(addresses.id, id.data)).limit(1).for("update");
  if (!row || !can(actor, "address:manage", { userId: row.userId })) throw new NotFoundError(ADDRESS_NOT_FOUND_MESSAGE);
  return row;
}

/** Makes `addressId` the owner's only default (clearing the old default first). */
async function moveDefault(tx: Tx, userId: string, addressId: string): Promise<Address> {
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true), ne(addresses.id, addressId)));
  const [row] = await tx
    .update(addresses)
    .set({ isDefault: true })
    .where(and(eq(addresses.id, addressId), eq(addresses.userId, userId)))
    .returning();
  return row;
}

async function run<T>(options: AddressServiceOptions, work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = options.db ?? (await getDb());
  return db.transaction(work);
}

/** Saves a new address for the actor. The first one (or one marked isDefault) becomes the default. */
export async function addAddress(actor: Actor, input: unknown, options: AddressServiceOptions = {}): Promise<AddressDto> {
  assertCan(actor, "address:manage", { userId: actor.id });
  const values = parseAddress(input);
  const saved = await run(options, async (tx) => {
    await lockOwner(tx, actor.id);
    const [stats] = await tx
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        defaults: sql<number>`count(*) filter (where ${addresses.isDefault})`.mapWith(Number),
      })
      .from(addresses)
      .where(eq(addresses.userId, actor.id));
    if (stats.total >= MAX_ADDRESSES_PER_USER) throw new ConflictError(ADDRESS_LIMIT_MESSAGE);
    const makeDefault = stats.defaults === 0 || values.isDefault === true;
    const [row] = await tx
      .insert(addresses)
      .values({ ...columns(values), userId: actor.id, isDefault: false })
      .returning();
    return makeDefault ? moveDefault(tx, actor.id, row.id) : row;
  });
  logger.info({ userId: actor.id, addressId: saved.id }, "address added");
  return toAddressDto(saved);
}

/** Replaces an address's fields. isDefault: true makes it the default; false never removes the only default. */
export async function updateAddress(actor: Actor, addressId: unknown, input: unknown, options: AddressServiceOptions = {}): Promise<AddressDto> {
  assertCan(actor, "address:manage", { userId: actor.id });
  const values = parseAddress(input);
  const saved = await run(options, async (tx) => {
    await lockOwner(tx, actor.id);
    const current = await ownedAddress(tx, actor, addressId);
    const [row] = await tx
      .update(addresses)
      .set(columns(values))
      .where(and(eq(addresses.id, current.id), eq(addresses.userId, actor.id)))
      .returning();
    return values.isDefault === true && !row.isDefault ? moveDefault(tx, actor.id, row.id) : row;
  });
  logger.info({ userId: actor.id, addressId: saved.id }, "address updated");
  return toAddressDto(saved);
}

/** Deletes an address; when it was the default, the oldest remaining address becomes the default. */
export async function deleteAddress(
  actor: Actor,
  addressId: unknown,
  options: AddressServiceOptions = {},
): Promise<{ deletedId: string; defaultId: string | null }> {
  assertCan(actor, "address:manage", { userId: actor.id });
  const result = await run(options, async (tx) => {
    await lockOwner(tx, actor.id);
    const current = await ownedAddress(tx, actor, addressId);
    await tx.delete(addresses).where(and(eq(addresses.id, current.id), eq(addresses.userId, actor.id)));
    const [fallback] = await tx
      .select({ id: addresses.id, isDefault: addresses.isDefault })
      .from(addresses)
      .where(eq(addresses.userId, actor.id))
      .orderBy(sql`${addresses.isDefault} desc`, asc(addresses.createdAt), asc(addresses.id))
      .limit(1);
    if (fallback && !fallback.isDefault) await moveDefault(tx, actor.id, fallback.id);
    return { deletedId: current.id, defaultId: fallback?.id ?? null };
  });
  logger.info({ userId: actor.id, addressId: result.deletedId }, "address deleted");
  return result;
}

/** Makes one of the actor's addresses the default (and no other). */
export async function setDefaultAddress(actor: Actor, addressId: unknown, options: AddressServiceOptions = {}): Promise<AddressDto> {
  assertCan(actor, "address:manage", { userId: actor.id });
  const saved = await run(options, async (tx) => {
    await lockOwner(tx, actor.id);
    const current = await ownedAddress(tx, actor, addressId);
    return current.isDefault ? current : moveDefault(tx, actor.id, current.id);
  });
  return toAddressDto(saved);
}
