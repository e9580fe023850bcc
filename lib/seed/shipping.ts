import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { invalidateServiceability } from "@/lib/shipping/cache";
import { pincodeZones, shippingZones } from "@/models";
import type { ZoneRule } from "@/lib/shipping/rules";

/**
 * The demo marketplace's delivery zones. Every city with a seeded seller (and the demo customer's
 * Bengaluru address) is a metro or city zone with next-day and same-day delivery; the rest of India
 * is covered at standard speed by postal region (the PIN code's first digit), with slower, dearer
 * delivery to remote areas. 9xxxxx (Army Postal Service) is left unserviceable on purpose.
 */

export interface SeedZone extends Omit<ZoneRule, "id"> {
  /** PIN prefix → label (e.g. "560" → "Bengaluru urban"). */
  prefixes: Record<string, string>;
}

const H = 60;

function metro(code: string, name: string, prefixes: Record<string, string>): SeedZone {
  return {
    code,
    name,
    standardDays: 2,
    standardFeePaise: 4_000,
    freeStandardAbovePaise: 49_900,
    nextDayAvailable: true,
    nextDayCutoffMinutes: 20 * H,
    nextDayFeePaise: 7_900,
    sameDayAvailable: true,
    // Local shops deliver within hours: same-day orders until 6 pm arrive by 9 pm.
    sameDayCutoffMinutes: 18 * H,
    sameDayFeePaise: 9_900,
    prefixes,
  };
}

/** A smaller city: the same speeds with earlier cut-offs. */
function city(code: string, name: string, prefixes: Record<string, string>): SeedZone {
  return { ...metro(code, name, prefixes), nextDayCutoffMinutes: 18 * H, sameDayCutoffMinutes: 16 * H, nextDayFeePaise: 6_900, sameDayFeePaise: 8_900 };
}

function region(code: string, name: string, standardDays: number, prefixes: Record<string, string>): SeedZone {
  return {
    code,
    name,
    standardDays,
    standardFeePaise: 4_900,
    freeStandardAbovePaise: 49_900,
    nextDayAvailable: false,
    nextDayCutoffMinutes: 20 * H,
    nextDayFeePaise: 7_900,
    sameDayAvailable: false,
    sameDayCutoffMinutes: 12 * H,
    sameDayFeePaise: 9_900,
    prefixes,
  };
}

export const SEED_ZONES: readonly SeedZone[] = [
  metro("BLR-METRO", "Bengaluru metro", { "560": "Bengaluru urban" }),
  metro("MUM-METRO", "Mumbai metro", { "400": "Mumbai, Thane & Navi Mumbai", "4011": "Mira-Bhayandar", "4012": "Vasai-Virar" }),
  metro("DEL-NCR", "Delhi NCR", { "110": "Delhi", "1220": "Gurugram", "1210": "Faridabad", "2010": "Ghaziabad", "2013": "Noida" }),
  metro("CHE-METRO", "Chennai metro", { "600": "Chennai" }),
  metro("HYD-METRO", "Hyderabad metro", { "500": "Hyderabad & Secunderabad" }),
  metro("KOL-METRO", "Kolkata metro", { "700": "Kolkata", "711": "Howrah" }),
  metro("PUN-METRO", "Pune metro", { "411": "Pune & Pimpri-Chinchwad" }),
  city("AMD-CITY", "Ahmedabad", { "380": "Ahmedabad", "382": "Gandhinagar & Ahmedabad outskirts" }),
  city("JAI-CITY", "Jaipur", { "302": "Jaipur" }),
  city("LKO-CITY", "Lucknow", { "226": "Lucknow" }),
  region("IN-NORTH", "North India", 4, { "1": "Delhi, Haryana, Punjab, Himachal, J&K", "2": "Uttar Pradesh & Uttarakhand" }),
  region("IN-WEST", "West & Central India", 4, { "3": "Rajasthan & Gujarat", "4": "Maharashtra, Goa, MP & Chhattisgarh" }),
  region("IN-SOUTH", "South India", 4, { "5": "Andhra Pradesh, Telangana & Karnataka", "6": "Tamil Nadu & Kerala" }),
  region("IN-EAST", "East India", 5, { "7": "West Bengal, Odisha & Assam", "8": "Bihar & Jharkhand" }),
  {
    ...region("IN-REMOTE", "Remote areas", 8, { "79": "North East beyond Assam", "194": "Ladakh", "744": "Andaman & Nicobar Islands", "68255": "Lakshadweep" }),
    standardFeePaise: 9_900,
    freeStandardAbovePaise: 99_900,
  },
];

/**
 * Writes the demo zones and their PIN prefixes. Idempotent and respectful of admin edits: a zone code
 * or a prefix that already exists is left as it is. Returns how many zones and prefixes were added.
 */
export async function seedShipping(db: Executor, zones: readonly SeedZone[] = SEED_ZONES): Promise<{ zones: number; prefixes: number }> {
  const added = await db
    .insert(shippingZones)
    .values(zones.map(({ prefixes: _prefixes, ...zone }) => zone))
    .onConflictDoNothing({ target: shippingZones.code })
    .returning({ id: shippingZones.id });
  const ids = new Map(
    (await db.select({ id: shippingZones.id, code: shippingZones.code }).from(shippingZones).where(inArray(shippingZones.code, zones.map((z) => z.code)))).map(
      (z) => [z.code, z.id],
    ),
  );
  const rows = zones.flatMap((z) => Object.entries(z.prefixes).map(([prefix, label]) => ({ prefix, label, zoneId: ids.get(z.code) as string })));
  const prefixes = await db.insert(pincodeZones).values(rows).onConflictDoNothing().returning({ prefix: pincodeZones.prefix });
  if (added.length || prefixes.length) await invalidateServiceability();
  return { zones: added.length, prefixes: prefixes.length };
}
