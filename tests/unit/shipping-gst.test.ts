import { describe, expect, it } from "vitest";
import { categoryGstSchema, DEFAULT_GST_RATE_BP, effectiveGstRate, formatGstRate } from "@/lib/catalog/taxonomy-gst";

const categoryId = "5f0c6a4e-8d1b-4c1e-9a55-6d2b8f3e4a10";

describe("category GST rates", () => {
  it("take the category's own rate, else the nearest ancestor's, else 18 %", () => {
    const ancestors = [
      { name: "Fashion", gstRateBp: 500 },
      { name: "Men", gstRateBp: null },
    ];
    expect(effectiveGstRate(1200, ancestors)).toEqual({ rateBp: 1200, source: "own", fromName: null });
    expect(effectiveGstRate(0, ancestors)).toEqual({ rateBp: 0, source: "own", fromName: null });
    expect(effectiveGstRate(null, ancestors)).toEqual({ rateBp: 500, source: "inherited", fromName: "Fashion" });
    expect(effectiveGstRate(null, [...ancestors, { name: "Footwear", gstRateBp: 1200 }])).toMatchObject({ rateBp: 1200, fromName: "Footwear" });
    expect(effectiveGstRate(null, [])).toEqual({ rateBp: DEFAULT_GST_RATE_BP, source: "default", fromName: null });
  });

  it("accept only GST slabs, or empty to inherit", () => {
    expect(categoryGstSchema.parse({ categoryId, gstRateBp: "1200" }).gstRateBp).toBe(1200);
    expect(categoryGstSchema.parse({ categoryId, gstRateBp: 0 }).gstRateBp).toBe(0);
    expect(categoryGstSchema.parse({ categoryId, gstRateBp: "" }).gstRateBp).toBeNull();
    const bad = categoryGstSchema.safeParse({ categoryId, gstRateBp: "700" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["gstRateBp"]);
    expect(categoryGstSchema.safeParse({ categoryId, gstRateBp: "2900" }).success).toBe(false);
  });

  it("format rates as percentages", () => {
    expect(formatGstRate(500)).toBe("5 %");
    expect(formatGstRate(25)).toBe("0.25 %");
    expect(formatGstRate(0)).toBe("0 %");
  });
});
