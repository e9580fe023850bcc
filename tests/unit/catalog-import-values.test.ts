import { describe, expect, it } from "vitest";
import { variantInputSchema } from "@/lib/catalog/product-schemas";
import { countText, decimalOf, displayValue, flattenRecord, rupeesText, textOf } from "@/lib/catalog/import/values";

const paise = (value: Parameters<typeof rupeesText>[0]) => {
  const text = rupeesText(value);
  const parsed = variantInputSchema.shape.price.safeParse(text);
  return parsed.success ? parsed.data : null;
};

describe("rupee amounts", () => {
  it.each([
    ["249", 24_900],
    ["249.5", 24_950],
    ["249.50", 24_950],
    ["₹249", 24_900],
    ["₹ 1,299.00", 129_900],
    ["Rs. 1,23,456", 12_345_600],
    ["rs 99", 9_900],
    ["1299 INR", 129_900],
    ["1,299/-", 129_900],
    ["  1,234,567  ", 123_456_700],
    [220, 22_000],
    [16.99, 1_699],
    [3.420000001, 342],
    [0, 0],
  ])("%j → %i paise", (input, expected) => {
    expect(paise(input)).toBe(expected);
  });

  it.each([["abc"], ["-5"], ["12.345"], ["1.299,00"], ["12,34"], [Number.NaN], ["₹"], [true]])("refuses %j", (input) => {
    expect(paise(input)).toBeNull();
  });

  it("treats empty cells as missing", () => {
    expect(rupeesText(null)).toBeNull();
    expect(rupeesText("   ")).toBeNull();
    expect(rupeesText(undefined)).toBeNull();
  });
});

describe("counts", () => {
  it.each([
    ["12", "12"],
    ["1,200", "1200"],
    ["5 new", "5"],
    ["1 used", "1"],
    ["12 units", "12"],
    [7, "7"],
  ])("%j reads as %j", (input, expected) => {
    expect(countText(input)).toBe(expected);
  });

  it("leaves what is not a count for the schema to refuse", () => {
    for (const input of ["2.5", "five", "-3", "5 new 6"]) {
      expect(variantInputSchema.shape.stock.safeParse(countText(input)).success).toBe(false);
    }
  });
});

describe("text and decimals", () => {
  it("trims, collapses spaces and turns blanks into null", () => {
    expect(textOf("  Basmati   Rice \n")).toBe("Basmati Rice");
    expect(textOf("")).toBeNull();
    expect(textOf(false)).toBe("false");
  });

  it("reads decimals from numbers and plain text only", () => {
    expect(decimalOf(4.1)).toBe(4.1);
    expect(decimalOf("4.5")).toBe(4.5);
    expect(decimalOf("4.5 stars")).toBeNull();
    expect(decimalOf(null)).toBeNull();
  });

  it("shortens long values for reports", () => {
    expect(displayValue("x".repeat(300))).toHaveLength(120);
    expect(displayValue(null)).toBe("");
  });
});

describe("flattenRecord", () => {
  it("flattens nested objects, joins plain lists and drops lists of objects", () => {
    expect(
      flattenRecord({
        id: 1,
        tags: ["beauty", "mascara"],
        dimensions: { width: 15.1, depth: { cm: 2 } },
        reviews: [{ rating: 5 }],
        brand: null,
        ok: true,
      }),
    ).toEqual({ id: 1, tags: "beauty, mascara", "dimensions.width": 15.1, "dimensions.depth.cm": 2, brand: null, ok: true });
  });
});
