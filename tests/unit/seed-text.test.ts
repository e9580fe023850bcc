import { describe, expect, it } from "vitest";
import { initialsOf, netQuantityOf, packSizeOf, restoreSentences, seoTitleFor, tidyTitle, truncate } from "@/lib/seed/text";

describe("text helpers", () => {
  it("takes initials from significant words", () => {
    expect(initialsOf("Garlic Oil - Vegetarian Capsule 500 mg")).toBe("GO");
    expect(initialsOf("Roadster Men Navy Slim Fit Jeans")).toBe("RN");
    expect(initialsOf("Ghee")).toBe("G");
    expect(initialsOf("123 !!")).toBe("Q");
  });

  it("calms shouted titles and leaves others alone", () => {
    expect(tidyTitle("CLASSIC TOY TRAIN SET TRACK CARRIAGES")).toBe("Classic Toy Train Set Track Carriages");
    expect(tidyTitle("Hornby 2014 Catalogue")).toBe("Hornby 2014 Catalogue");
    expect(tidyTitle("DKNY Unisex Bag")).toBe("DKNY Unisex Bag");
  });

  it("reads net quantities and pack sizes from names", () => {
    expect(netQuantityOf("Fragata Extra Virgin Olive Oil 250 ML")).toBe("250 ml");
    expect(netQuantityOf("Pre Shave Foam 418g+Mach 3 Blades")).toBe("418 g");
    expect(netQuantityOf("Basmati Rice, 5 kg")).toBe("5 kg");
    expect(netQuantityOf("Water Bottle - Orange")).toBeNull();
    expect(packSizeOf("Tissue Roll (Pack of 3)")).toBe("3");
  });

  it("puts back the sentence breaks Myntra descriptions lost", () => {
    expect(restoreSentences("Black bag, zip closureOne handle on topWarranty: 5 years", "DKNY")).toBe(
      "Black bag, zip closure. One handle on top. Warranty: 5 years.",
    );
    expect(restoreSentences("A kurta from EthnoVogue in silk", "EthnoVogue")).toBe("A kurta from EthnoVogue in silk.");
  });

  it("truncates at word boundaries and keeps SEO titles short", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("one two three four five six", 15)).toBe("one two three…");
    const seo = seoTitleFor("A".repeat(30) + " " + "B".repeat(40));
    expect(seo.endsWith(" | QuickLocal")).toBe(true);
    expect(seo.length).toBeLessThanOrEqual(70);
  });
});

describe("description clean-up", () => {
  it("spaces out labels", () => {
    expect(restoreSentences("Design Detail:Beige woven saree", null)).toBe("Design Detail: Beige woven saree.");
  });
});
