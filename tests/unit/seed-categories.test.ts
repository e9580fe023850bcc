import { describe, expect, it } from "vitest";
import { groceryCategoryPath, groceryLook, toyCategoryPath, toyGlyph } from "@/lib/seed/categories";
import { fashionAudience, fashionTypeOf } from "@/lib/seed/fashion-types";
import { GLYPHS } from "@/lib/seed/images/glyphs";

describe("toy category paths", () => {
  it("keeps the first two Amazon levels under Toys & Games", () => {
    expect(toyCategoryPath("Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains")).toEqual([
      "Toys & Games",
      "Hobbies",
      "Model Trains & Railway Sets",
    ]);
    expect(toyCategoryPath("Games >  Card Games")).toEqual(["Toys & Games", "Games", "Card Games"]);
  });

  it("rejects missing, one-level and non-toy paths", () => {
    expect(toyCategoryPath(null)).toBeNull();
    expect(toyCategoryPath("Hobbies")).toBeNull();
    expect(toyCategoryPath("Car Parts > Wipers")).toBeNull();
  });
});

describe("grocery category paths", () => {
  it("uses BigBasket's three levels, cleaned", () => {
    expect(groceryCategoryPath("Beauty & Hygiene", " Hair Care ", "Hair Oil  & Serum")).toEqual(["Beauty & Hygiene", "Hair Care", "Hair Oil & Serum"]);
    expect(groceryCategoryPath("Beverages", null, "Tea")).toBeNull();
  });

  it("pictures every sub-category with a known glyph", () => {
    expect(groceryLook("Beverages", "Tea")).toEqual({ shape: "box", glyph: "leaf" });
    expect(groceryLook("Beverages", "Something New").shape).toBe("bottle");
    expect(groceryLook("Unknown", "Unknown")).toEqual({ shape: "box", glyph: "shopping-basket" });
    expect(GLYPHS[toyGlyph("Games", "Chess")]).toBeDefined();
    expect(toyGlyph("Unknown", "Unknown")).toBe("toy-brick");
  });
});

describe("fashion product types", () => {
  it.each([
    ["Roadster Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans", "Jeans", "waist"],
    ["HERE&NOW Men Black Printed Round Neck T-shirt", "T-Shirts", "apparel"],
    ["EthnoVogue Women Beige & Grey Made to Measure Custom Made Kurta Set with Jacket", "Kurta Sets", "apparel"],
    ["Anouk Women Green Printed Kurta with Palazzos", "Kurta Sets", "apparel"],
    ["Puma Men White Smash Sneakers", "Sneakers", "footwear"],
    ["DKNY Unisex Black & Grey Printed Medium Trolley Bag", "Bags & Backpacks", "none"],
    ["Mitera Pink Woven Design Kanjeevaram Saree", "Sarees", "none"],
    ["Zaveri Pearls Gold-Toned Jhumkas", "Jewellery", "none"],
  ])("%s → %s", (name, type, sizes) => {
    expect(fashionTypeOf(name)).toMatchObject({ name: type, sizes });
  });

  it("leaves out home and beauty items", () => {
    expect(fashionTypeOf("Story@Home Set of 2 Blue Curtains")).toBeNull();
    expect(fashionTypeOf("Lakme Absolute Lipstick 3.7g")).toBeNull();
  });

  it("maps genders to audiences", () => {
    expect(fashionAudience("Men")).toBe("Men");
    expect(fashionAudience("Women")).toBe("Women");
    expect(fashionAudience("Boys")).toBe("Kids");
    expect(fashionAudience("Unisex Kids")).toBe("Kids");
    expect(fashionAudience("Unisex")).toBe("Unisex");
  });
});
