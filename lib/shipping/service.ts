import "server-only";
import { count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { ConflictError, NotFoundError, ValidationError, fieldErrorsFromIssues, isUniqueViolation } from "@/lib/platform/errors";
import { pincodeZones, shippingZones, type PincodeZone, type ShippingZone } from "@/models";
import { invalidateServiceability } from "./cache";
import { createPrefixSchema, createZoneSchema, deletePrefixSchema, updatePrefixSchema, updateZoneSchema, zoneIdSchema, type ZoneFormValues } from "./schemas";

/**
 * Admin writes to delivery zones and PIN prefixes ("serviceability:manage", admins only). Each write
 * checks the policy before reading its input, refuses bad input with field errors, and invalidates
 * every cached serviceability answer once it has committed.
 */

export const ZONE_NOT_FOUND = "We couldn't find that zone. Refresh the page to see the current zones.";
export const PREFIX_NOT_FOUND = "We couldn't find that PIN prefix. Refresh the page to see the current list.";

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}

function zoneRow(v: ZoneFormValues) {
  return {
    code: v.code,
    name: v.name,
    standardDays: v.standardDays,
    standardFeePaise: v.standardFee,
    freeStandardAbovePaise: v.freeStandardAbove,
    nextDayAvailable: v.nextDayAvailable,
    nextDayCutoffMinutes: v.nextDayCutoff,
    nextDayFeePaise: v.nextDayFee,
    sameDayAvailable: v.sameDayAvailable,
    sameDayCutoffMinutes: v.sameDayCutoff,
    sameDayFeePaise: v.sameDayFee,
    active: v.active,
  };
}

const codeTaken = (code: string) => new ConflictError(`Another zone already uses the code ${code}.`, "code");

export async function createZone(actor: Actor | null, input: unknown): Promise<ShippingZone> {
  assertCan(actor, "serviceability:manage");
  const values = parse(createZoneSchema, input);
  const db = await getDb();
  try {
    const [zone] = await db.insert(shippingZones).values(zoneRow(values)).returning();
    await invalidateServiceability();
    return zone;
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(values.code);
    throw err;
  }
}

export async function updateZone(actor: Actor | null, input: unknown): Promise<ShippingZone> {
  assertCan(actor, "serviceability:manage");
  const { zoneId, ...values } = parse(updateZoneSchema, input);
  const db = await getDb();
  let zone: ShippingZone | undefined;
  try {
    [zone] = await db
      .update(shippingZones)
      .set({ ...zoneRow(values), updatedAt: sql`now()` })
      .where(eq(shippingZones.id, zoneId))
      .returning();
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(values.code);
    throw err;
  }
  if (!zone) throw new NotFoundError(ZONE_NOT_FOUND);
  await invalidateServiceability();
  return zone;
}

/** Deletes a zone that covers no PIN prefix (switch it off instead to pause it). */
export async function deleteZone(actor: Actor | null, zoneId: unknown): Promise<ShippingZone> {
  assertCan(actor, "serviceability:manage");
  const id = zoneIdSchema.safeParse(zoneId);
  if (!id.success) throw new NotFoundError(ZONE_NOT_FOUND);
  const db = await getDb();
  const zone = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(shippingZones).where(eq(shippingZones.id, id.data)).for("update");
    if (!row) throw new NotFoundError(ZONE_NOT_FOUND);
    const [{ n }] = await tx.select({ n: count() }).from(pincodeZones).where(eq(pincodeZones.zoneId, row.id));
    if (Number(n) > 0) {
      throw new ConflictError(`${row.name} still covers ${n} PIN ${Number(n) === 1 ? "prefix" : "prefixes"}. Move or remove them first, or switch the zone off.`);
    }
    await tx.delete(shippingZones).where(eq(shippingZones.id, row.id));
    return row;
  });
  await invalidateServiceability();
  return zone;
}

async function zoneExists(tx: Executor, zoneId: string): Promise<void> {
  const [zone] = await tx.select({ id: shippingZones.id }).from(shippingZones).where(eq(shippingZones.id, zoneId)).for("share");
  if (!zone) throw new ValidationError({ zoneId: ["That zone no longer exists. Refresh the page and choose again."] });
}

async function prefixTaken(tx: Executor, prefix: string): Promise<ConflictError | null> {
  const [row] = await tx
    .select({ name: shippingZones.name })
    .from(pincodeZones)
    .innerJoin(shippingZones, eq(shippingZones.id, pincodeZones.zoneId))
    .where(eq(pincodeZones.prefix, prefix));
  return row ? new ConflictError(`PIN prefix ${prefix} already belongs to ${row.name}. Edit that row instead.`, "prefix") : null;
}

export async function createPrefix(actor: Actor | null, input: unknown): Promise<PincodeZone> {
  assertCan(actor, "serviceability:manage");
  const values = parse(createPrefixSchema, input);
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    await zoneExists(tx, values.zoneId);
    const taken = await prefixTaken(tx, values.prefix);
    if (taken) throw taken;
    const [inserted] = await tx.insert(pincodeZones).values(values).onConflictDoNothing().returning();
    if (!inserted) throw (await prefixTaken(tx, values.prefix)) ?? new ConflictError("That PIN prefix was just added. Refresh the page.", "prefix");
    return inserted;
  });
  await invalidateServiceability();
  return row;
}

/** Changes a prefix's zone or label, or the prefix itself (the row moves to the new prefix). */
export async function updatePrefix(actor: Actor | null, input: unknown): Promise<PincodeZone> {
  assertCan(actor, "serviceability:manage");
  const { originalPrefix, ...values } = parse(updatePrefixSchema, input);
  const db = await getDb();
  let row: PincodeZone;
  try {
    row = await db.transaction(async (tx) => {
      const [current] = await tx.select().from(pincodeZones).where(eq(pincodeZones.prefix, originalPrefix)).for("update");
      if (!current) throw new NotFoundError(PREFIX_NOT_FOUND);
      await zoneExists(tx, values.zoneId);
      if (values.prefix !== originalPrefix) {
        const taken = await prefixTaken(tx, values.prefix);
        if (taken) throw taken;
      }
      const [updated] = await tx
        .update(pincodeZones)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(pincodeZones.prefix, originalPrefix))
        .returning();
      return updated;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(`PIN prefix ${values.prefix} was just added elsewhere. Refresh the page.`, "prefix");
    throw err;
  }
  await invalidateServiceability();
  return row;
}

export async function deletePrefix(actor: Actor | null, input: unknown): Promise<PincodeZone> {
  assertCan(actor, "serviceability:manage");
  const parsed = deletePrefixSchema.safeParse(input);
  if (!parsed.success) throw new NotFoundError(PREFIX_NOT_FOUND);
  const db = await getDb();
  const [row] = await db.delete(pincodeZones).where(eq(pincodeZones.prefix, parsed.data.prefix)).returning();
  if (!row) throw new NotFoundError(PREFIX_NOT_FOUND);
  await invalidateServiceability();
  return row;
}
