import { describe, expect, it } from "vitest";
import { parseAttributeValues } from "@/lib/catalog/attribute-rules";
import { ageGroupOf, attributesFor, fabricOf, SEED_ATTRIBUTES } from "@/lib/seed/attributes";
import type { SeedProduct } from "@/lib/seed/types";

const seed = (over: Partial<SeedProduct>): SeedProduct => ({
  externalRef: "x:1",
  domain: "grocery",
  title: "Thing",
  brand: null,
  categoryPath: ["Beverages", "Tea", "Green Tea"],
  description: "",
  specifications: {},
  ratingX100: 0,
  ratingCount: 0,
  options: [],
  variants: [],
  image: { shape: "box", glyph: "leaf", itemColor: null, labelText: null, count: 1 },
  ...over,
});

/** The values pass the same checks a seller's form does against the definitions of the product's top category. */
function valid(p: SeedProduct) {
  const defs = SEED_ATTRIBUTES[p.categoryPath[0]].map((d) => ({ ...d, unit: d.unit ?? null, options: d.options ?? [], required: false }));
  const values = attributesFor(p);
  const parsed = parseAttributeValues(defs, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  expect(parsed).toEqual({ values });
  return values;
}

describe("seed attributes", () => {
  it("reads grocery quantities, organic and veg / non-veg from names and categories", () => {
    expect(valid(seed({ title: "Organic Green Tea 250 g" }))).toEqual({ net_weight: 250, organic: true, diet: "Veg" });
    expect(valid(seed({ title: "Sunflower Oil 1 L" }))).toEqual({ net_volume: 1000, diet: "Veg" });
    expect(valid(seed({ title: "Chicken Sausages - Pack of 2", categoryPath: ["Snacks & Branded Foods", "Frozen", "Sausages"] }))).toEqual({ pack_of: 2, diet: "Non-veg" });
    expect(valid(seed({ title: "Eggless Cake 1 kg", categoryPath: ["Bakery, Cakes & Dairy", "Cakes", "Cakes"] }))).toEqual({ net_weight: 1000, diet: "Veg" });
    expect(valid(seed({ title: "Dish Wash Gel 500 ml", categoryPath: ["Cleaning & Household", "Detergents", "Dishwash"] }))).toEqual({ net_volume: 500 });
  });

  it("reads fashion colour, fabric, fit, pattern and occasion", () => {
    const shirt = seed({
      domain: "fashion",
      title: "Roadster Men Slim Fit Checked Casual Shirt",
      categoryPath: ["Fashion", "Men", "Shirts"],
      description: "Blue checked casual shirt. Material: 100% cotton, lining polyester.",
      specifications: { Colour: "Blue", Fit: "Slim Fit", Pattern: "Checked" },
    });
    expect(valid(shirt)).toEqual({ colour: "Blue", fabric: "Cotton", fit: "Slim Fit", pattern: "Checked", occasion: "Casual" });
    const kurta = seed({ domain: "fashion", title: "Libas Women Kurta", categoryPath: ["Fashion", "Women", "Kurtas & Kurtis"], specifications: { Colour: "Matte" } });
    expect(valid(kurta)).toEqual({ occasion: "Ethnic" });
  });

  it("reads toy ages, materials and batteries, and leaves out what the name does not say", () => {
    const train = seed({ domain: "toys", title: "Wooden Train Set, Battery Operated, Ages 3+", categoryPath: ["Toys & Games", "Hobbies", "Trains"] });
    expect(valid(train)).toEqual({ age_group: "3–5 years", material: "Wood", battery_required: true });
    expect(valid(seed({ domain: "toys", title: "1000 Piece Jigsaw", categoryPath: ["Toys & Games", "Jigsaws & Puzzles", "Jigsaws"] }))).toEqual({
      material: "Paper & card",
      battery_required: false,
    });
    expect(valid(seed({ domain: "toys", title: "Rattle", categoryPath: ["Toys & Games", "Baby & Toddler Toys", "Rattles"] }))).toEqual({ age_group: "0–2 years" });
    expect(valid(seed({ domain: "toys", title: "Action Figure", categoryPath: ["Toys & Games", "Figures & Playsets", "Figures"] }))).toEqual({});
  });

  it("takes the first fabric named and only sensible ages", () => {
    expect(fabricOf("Soft viscose rayon with a cotton lining")).toBe("Viscose Rayon");
    expect(fabricOf("No fabric here")).toBeNull();
    expect(ageGroupOf("Game for ages 8-12")).toBe("6–8 years");
    expect(ageGroupOf("Kit, 13 years and up")).toBe("13 years and up");
    expect(ageGroupOf("Catalogue 1985, Age 90")).toBeNull();
  });
});
