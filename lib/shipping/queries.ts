import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/platform/db";
import { pincodeZones, products, sellers, shippingZones } from "@/models";
import { matchZone, pincodePrefixes, type ZoneRule } from "./rules";

/**
 * Serviceability reads: the zone of a PIN code (longest matching prefix), a product's shipping PIN,
 * and the admin editor's lists. Uncached here; lib/shipping/serviceability.ts caches the storefront's.
 */

export const zoneRuleColumns = {
  id: shippingZones.id,
  code: shippingZones.code,
  name: shippingZones.name,
  standardDays: shippingZones.standardDays,
  standardFeePaise: shippingZones.standardFeePaise,
  freeStandardAbovePaise: shippingZones.freeStandardAbovePaise,
  nextDayAvailable: shippingZones.nextDayAvailable,
  nextDayCutoffMinutes: shippingZones.nextDayCutoffMinutes,
  nextDayFeePaise: shippingZones.nextDayFeePaise,
  sameDayAvailable: shippingZones.sameDayAvailable,
  sameDayCutoffMinutes: shippingZones.sameDayCutoffMinutes,
  sameDayFeePaise: shippingZones.sameDayFeePaise,
};

export interface PrefixMatch {
  prefix: string;
  label: string;
  active: boolean;
  zone: ZoneRule;
}

/** The longest prefix row matching `pincode` with its zone (active or not); null when none matches. */
export async function findPrefixMatch(pincode: string, executor?: Executor): Promise<PrefixMatch | null> {
  const candidates = pincodePrefixes(pincode);
  if (candidates.length === 0) return null;
  const db = executor ?? (await getDb());
  const rows = await db
    .select({ prefix: pincodeZones.prefix, label: pincodeZones.label, active: shippingZones.active, zone: zoneRuleColumns })
    .from(pincodeZones)
    .innerJoin(shippingZones, eq(shippingZones.id, pincodeZones.zoneId))
    .where(inArray(pincodeZones.prefix, candidates));
  const byPrefix = new Map(rows.map((r) => [r.prefix, { ...r.zone, match: r }]));
  return matchZone(pincode, byPrefix)?.match ?? null;
}

/**
 * The zone whose prefix is the longest one matching `pincode`; null when no prefix matches, the PIN
 * is malformed, or the matching zone is switched off (a paused zone does not fall back to a wider one).
 */
export async function loadZoneForPincode(pincode: string, executor?: Executor): Promise<ZoneRule | null> {
  const match = await findPrefixMatch(pincode, executor);
  return match?.active ? match.zone : null;
}

/** The PIN code a product ships from (its seller's); null for an unknown product. */
export async function productShipFromPincode(productId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ pincode: sellers.pincode })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(eq(products.id, productId))
    .limit(1);
  return row?.pincode ?? null;
}

export interface AdminZoneRow extends ZoneRule {
  active: boolean;
  prefixCount: number;
  updatedAt: Date;
}

/** Every zone (active first, then by name) with how many PIN prefixes it covers. */
export async function listAdminZones(): Promise<AdminZoneRow[]> {
  const db = await getDb();
  const [zones, counts] = await Promise.all([
    db
      .select({ ...zoneRuleColumns, active: shippingZones.active, updatedAt: shippingZones.updatedAt })
      .from(shippingZones)
      .orderBy(asc(shippingZones.name)),
    db.select({ zoneId: pincodeZones.zoneId, n: count() }).from(pincodeZones).groupBy(pincodeZones.zoneId),
  ]);
  const byZone = new Map(counts.map((c) => [c.zoneId, Number(c.n)]));
  return zones.map((z) => ({ ...z, prefixCount: byZone.get(z.id) ?? 0 })).sort((a, b) => Number(b.active) - Number(a.active));
}

export interface AdminPrefixRow {
  prefix: string;
  label: string;
  zoneId: string;
  zoneCode: string;
  zoneName: string;
  zoneActive: boolean;
  updatedAt: Date;
}

/** PIN prefixes in numeric-text order ("1", "110", "1220", "2"…), optionally of one zone. */
export async function listAdminPrefixes({ zoneId }: { zoneId?: string } = {}): Promise<AdminPrefixRow[]> {
  const db = await getDb();
  return db
    .select({
      prefix: pincodeZones.prefix,
      label: pincodeZones.label,
      zoneId: pincodeZones.zoneId,
      zoneCode: shippingZones.code,
      zoneName: shippingZones.name,
      zoneActive: shippingZones.active,
      updatedAt: pincodeZones.updatedAt,
    })
    .from(pincodeZones)
    .innerJoin(shippingZones, eq(shippingZones.id, pincodeZones.zoneId))
    .where(zoneId ? eq(pincodeZones.zoneId, zoneId) : undefined)
    .orderBy(asc(pincodeZones.prefix));
}
