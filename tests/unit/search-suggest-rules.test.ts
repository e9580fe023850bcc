import { describe, expect, it } from "vitest";
import { bestMatches, named, prefixMatch, suggestionQuotas, typoMatch } from "@/lib/search/suggest-rules";
import { titleAndBrandOnly } from "@/lib/search/suggest-queries";

const brands = [
  named({ name: "Amul", weight: 40 }),
  named({ name: "Amura Organics", weight: 3 }),
  named({ name: "Fresho Signature", weight: 12 }),
  named({ name: "Nestlé", weight: 25 }),
];

describe("suggestion matching", () => {
  it("suggests a brand from its first three letters, heavier first", () => {
    expect(bestMatches(brands, "amu", 3).map((b) => b.name)).toEqual(["Amul", "Amura Organics"]);
    expect(bestMatches(brands, "nes", 3).map((b) => b.name)).toEqual(["Nestlé"]);
  });

  it("matches a later word, and a typo only when prefixes are too few", () => {
    expect(prefixMatch(brands[2], "signa")).toBe(1);
    expect(prefixMatch(brands[2], "fresho sig")).toBe(0);
    expect(typoMatch(brands[0], "amlu")).toBe(true);
    expect(bestMatches(brands, "nestel", 3).map((b) => b.name)).toEqual(["Nestlé"]);
    expect(bestMatches(brands, "", 3)).toEqual([]);
  });

  it("shares the dropdown between kinds", () => {
    expect(suggestionQuotas(10)).toEqual({ queries: 3, categories: 2, brands: 2, products: 3 });
  });

  it("restricts product suggestions to title and brand words", () => {
    expect(titleAndBrandOnly("(amul:* | amil) & butter")).toBe("(amul:*AB | amil:AB) & butter:AB");
  });
});
