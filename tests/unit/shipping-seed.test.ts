import { describe, expect, it } from "vitest";
import { GST_OVERRIDES, GST_ROOT_RATES, seedGstRate } from "@/lib/seed/gst-rates";
import { SEED_SELLERS } from "@/lib/seed/sellers";
import { SEED_ZONES } from "@/lib/seed/shipping";
import { matchZone, type ZoneRule } from "@/lib/shipping/rules";
import { createPrefixSchema, zoneFormSchema } from "@/lib/shipping/schemas";

const prefixes = new Map<string, ZoneRule>(
  SEED_ZONES.flatMap((z) => Object.keys(z.prefixes).map((p): [string, ZoneRule] => [p, { ...z, id: z.code }])),
);

describe("seed zones", () => {
  it("put every seller's city in a zone with same-day and next-day delivery", () => {
    for (const seller of SEED_SELLERS) {
      const zone = matchZone(seller.pincode, prefixes);
      expect(zone, seller.city).not.toBeNull();
      expect(zone?.sameDayAvailable && zone.nextDayAvailable, seller.city).toBe(true);
    }
    expect(matchZone("560038", prefixes)?.code).toBe("BLR-METRO"); // the demo customer's address
  });

  it("cover all of India at standard speed, except Army Postal Service PINs", () => {
    for (const first of "12345678") expect(matchZone(`${first}12345`, prefixes)?.standardDays, first).toBeGreaterThan(0);
    expect(matchZone("999999", prefixes)).toBeNull();
    expect(matchZone("795001", prefixes)?.code).toBe("IN-REMOTE");
    expect(matchZone("311001", prefixes)?.code).toBe("IN-WEST");
  });

  it("use each prefix once and only valid prefixes", () => {
    const all = SEED_ZONES.flatMap((z) => Object.keys(z.prefixes));
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(p).toMatch(/^[1-9]\d{0,5}$/);
    expect(new Set(SEED_ZONES.map((z) => z.code)).size).toBe(SEED_ZONES.length);
  });
});

describe("seed GST rates", () => {
  it("stay within 0–28 % and name real slabs", () => {
    const rates = [...Object.values(GST_ROOT_RATES), ...Object.values(GST_OVERRIDES).flatMap((o) => Object.values(o))];
    for (const r of rates) expect([0, 300, 500, 1200, 1800, 2800]).toContain(r);
  });

  it("rate departments and override subcategories under their own root only", () => {
    expect(seedGstRate("Fruits & Vegetables", 0, "Fruits & Vegetables")).toBe(0);
    expect(seedGstRate("Sneakers", 2, "Fashion")).toBe(1200);
    expect(seedGstRate("Shirts", 2, "Fashion")).toBeNull();
    expect(seedGstRate("Tea", 1, "Beverages")).toBe(500);
    expect(seedGstRate("Tea", 1, "Gourmet & World Food")).toBeNull();
    expect(seedGstRate("Unknown root", 0, "Unknown root")).toBeNull();
  });
});

describe("zone and prefix forms", () => {
  const valid = {
    code: "blr-metro",
    name: "Bengaluru metro",
    standardDays: "2",
    standardFee: "40",
    freeStandardAbove: "499",
    nextDayAvailable: true,
    nextDayCutoff: "20:00",
    nextDayFee: "79",
    sameDayAvailable: true,
    sameDayCutoff: "12:30",
    sameDayFee: "99.50",
    active: true,
  };

  it("turn rupees into paise, times into minutes and codes to upper case", () => {
    const v = zoneFormSchema.parse(valid);
    expect(v).toMatchObject({ code: "BLR-METRO", standardFee: 4000, freeStandardAbove: 49_900, nextDayCutoff: 1200, sameDayCutoff: 750, sameDayFee: 9950 });
  });

  it("name the field at fault", () => {
    const fields = (input: object) => zoneFormSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => i.path[0]);
    expect(fields({ code: "a" })).toEqual(["code"]);
    expect(fields({ standardFee: "-5" })).toEqual(["standardFee"]);
    expect(fields({ nextDayCutoff: "25:00" })).toEqual(["nextDayCutoff"]);
    expect(fields({ standardDays: "31" })).toEqual(["standardDays"]);
    expect(fields({ sameDayCutoff: "21:30" })).toEqual(["sameDayCutoff"]);
    expect(fields({ standardDays: "0", nextDayAvailable: false, sameDayAvailable: false })).toEqual(["standardDays"]);
  });

  it("accept PIN prefixes of 1 to 6 digits not starting with 0", () => {
    const zoneId = "5f0c6a4e-8d1b-4c1e-9a55-6d2b8f3e4a10";
    expect(createPrefixSchema.parse({ prefix: " 560 ", zoneId }).prefix).toBe("560");
    expect(createPrefixSchema.safeParse({ prefix: "0560", zoneId }).success).toBe(false);
    expect(createPrefixSchema.safeParse({ prefix: "5600381", zoneId }).success).toBe(false);
    expect(createPrefixSchema.safeParse({ prefix: "", zoneId }).error?.issues[0].message).toBe("Enter a PIN prefix");
  });
});
