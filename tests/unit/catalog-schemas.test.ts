import { describe, expect, it } from "vitest";
import { parseListingParams, parseSearchParams } from "@/lib/catalog/schemas";
import { DEFAULT_PINCODE, pincodeFormSchema, pincodeFromCookie } from "@/lib/shipping";

describe("listing params", () => {
  it("accepts valid page and sort", () => {
    expect(parseListingParams({ page: "3", sort: "price_desc" })).toEqual({ page: 3, sort: "price_desc" });
  });

  it("falls back to defaults instead of failing", () => {
    for (const page of [undefined, "", "0", "-1", "abc", "2.5", "1e9", "99999"]) {
      expect(parseListingParams({ page }).page).toBe(1);
    }
    expect(parseListingParams({ sort: "drop table" }).sort).toBe("popular");
    expect(parseListingParams({ sort: "relevance" }).sort).toBe("popular");
    expect(parseListingParams({ page: ["4", "5"], sort: ["rating", "newest"] })).toEqual({ page: 4, sort: "rating" });
  });
});

describe("search params", () => {
  it("normalises the query and defaults to relevance", () => {
    expect(parseSearchParams({ q: "  basmati   rice " })).toEqual({ q: "basmati rice", page: 1, sort: "relevance" });
    expect(parseSearchParams({}).q).toBe("");
    expect(parseSearchParams({ q: "x".repeat(500) }).q).toHaveLength(100);
    expect(parseSearchParams({ q: "toy", sort: "price_asc", page: "2" })).toEqual({ q: "toy", page: 2, sort: "price_asc" });
  });
});

describe("delivery PIN code", () => {
  it("accepts six digits not starting with 0", () => {
    expect(pincodeFormSchema.safeParse({ pincode: " 400001 " })).toMatchObject({ success: true, data: { pincode: "400001" } });
    for (const pincode of ["40001", "4000011", "abcdef", "012345", ""]) {
      expect(pincodeFormSchema.safeParse({ pincode }).success).toBe(false);
    }
  });

  it("gives a field message", () => {
    const r = pincodeFormSchema.safeParse({ pincode: "12" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toBe("Enter a 6-digit PIN code");
  });

  it("reads the cookie or falls back to the default", () => {
    expect(pincodeFromCookie("110001")).toBe("110001");
    expect(pincodeFromCookie("hello")).toBe(DEFAULT_PINCODE);
    expect(pincodeFromCookie(undefined)).toBe(DEFAULT_PINCODE);
  });
});
