import { describe, expect, it } from "vitest";
import {
  combinationKey,
  combinationTitle,
  matrixProblems,
  mergeVariantMatrix,
  skuFragment,
  suggestSku,
  variantCombinations,
} from "@/lib/catalog/variant-matrix";

const COLOUR = { name: "Colour", values: ["Red", "Navy Blue"] };
const SIZE = { name: "Size", values: ["S", "M", "L"] };

describe("variantCombinations", () => {
  it("makes one combination per value tuple, first option varying slowest", () => {
    expect(variantCombinations([COLOUR, SIZE])).toEqual([
      { Colour: "Red", Size: "S" },
      { Colour: "Red", Size: "M" },
      { Colour: "Red", Size: "L" },
      { Colour: "Navy Blue", Size: "S" },
      { Colour: "Navy Blue", Size: "M" },
      { Colour: "Navy Blue", Size: "L" },
    ]);
  });

  it("multiplies three options and gives one empty combination without options", () => {
    expect(variantCombinations([COLOUR, SIZE, { name: "Fit", values: ["Slim", "Regular"] }])).toHaveLength(12);
    expect(variantCombinations([])).toEqual([{}]);
  });
});

describe("combination identity and names", () => {
  it("keys a combination independently of key order", () => {
    expect(combinationKey({ Size: "M", Colour: "Red" })).toBe(combinationKey({ Colour: "Red", Size: "M" }));
    expect(combinationKey({ Colour: "Red", Size: "M" })).toBe("Colour=Red|Size=M");
    expect(combinationKey({ Colour: "Red", Size: "M" })).not.toBe(combinationKey({ Colour: "Red", Size: "L" }));
  });

  it("titles a combination in option order, 'Standard' without options", () => {
    expect(combinationTitle([COLOUR, SIZE], { Size: "M", Colour: "Navy Blue" })).toBe("Navy Blue / M");
    expect(combinationTitle([], {})).toBe("Standard");
  });

  it("suggests upper-case SKUs from the base and each value", () => {
    expect(skuFragment("Navy Blue")).toBe("NAVYBLUE");
    expect(skuFragment("4-5 Y")).toBe("4-5Y");
    expect(skuFragment("Crème brûlée extra long")).toBe("CREMEBRULEEE");
    expect(suggestSku("tshirt", [COLOUR, SIZE], { Colour: "Navy Blue", Size: "S" })).toBe("TSHIRT-NAVYBLUE-S");
    expect(suggestSku("!!!", [], {})).toBe("SKU");
  });
});

describe("mergeVariantMatrix", () => {
  it("keeps rows whose combination survives, creates new ones and drops vanished ones", () => {
    const current = [
      { id: "a", optionValues: { Colour: "Red", Size: "S" }, price: "100" },
      { id: "b", optionValues: { Colour: "Red", Size: "XL" }, price: "200" },
    ];
    let made = 0;
    const rows = mergeVariantMatrix([{ name: "Colour", values: ["Red"] }, { name: "Size", values: ["S", "M"] }], current, (optionValues) => ({
      id: `new${++made}`,
      optionValues,
      price: "",
    }));
    expect(rows).toEqual([current[0], { id: "new1", optionValues: { Colour: "Red", Size: "M" }, price: "" }]);
  });
});

describe("matrixProblems", () => {
  it("accepts the exact matrix in any order", () => {
    const rows = variantCombinations([COLOUR, SIZE]).reverse().map((optionValues) => ({ optionValues }));
    expect(matrixProblems([COLOUR, SIZE], rows)).toEqual([]);
  });

  it("names missing, duplicate and unknown combinations", () => {
    const rows = [
      { optionValues: { Colour: "Red", Size: "S" } },
      { optionValues: { Colour: "Red", Size: "S" } },
      { optionValues: { Colour: "Green", Size: "S" } },
    ];
    expect(matrixProblems([{ name: "Colour", values: ["Red"] }, { name: "Size", values: ["S", "M"] }], rows)).toEqual([
      "Red / S appears twice",
      "Green / S is not a combination of the options",
      "Red / M has no variant",
    ]);
  });
});
