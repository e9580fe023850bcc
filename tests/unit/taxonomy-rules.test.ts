import { describe, expect, it } from "vitest";
import {
  ancestorPaths,
  attributeKey,
  categorySegment,
  categorySlug,
  firstFree,
  isSameOrBelow,
  lastSegment,
  moveProblem,
  reorderIds,
  rollUpCounts,
  valueFits,
  valuesNoLongerAllowed,
} from "@/lib/catalog/taxonomy-rules";
import { attributeFormSchema, createCategorySchema, mergeBrandsSchema, renameCategorySchema } from "@/lib/catalog/taxonomy-schemas";

describe("category paths", () => {
  it("splits and tests paths by whole segments", () => {
    expect(lastSegment("grocery/fruits/apples")).toBe("apples");
    expect(lastSegment("grocery")).toBe("grocery");
    expect(ancestorPaths("a/b/c")).toEqual(["a", "a/b"]);
    expect(ancestorPaths("a")).toEqual([]);
    expect(isSameOrBelow("a/b", "a/b")).toBe(true);
    expect(isSameOrBelow("a/b", "a/b/c")).toBe(true);
    // "a/bc" shares a prefix with "a/b" but is not below it.
    expect(isSameOrBelow("a/b", "a/bc")).toBe(false);
  });

  it("refuses moves that would make a cycle", () => {
    expect(moveProblem("a/b", "a/b")).toMatch(/under itself/);
    expect(moveProblem("a/b", "a/b/c/d")).toMatch(/own subcategories/);
    expect(moveProblem("a/b", "a/bc")).toBeNull();
    expect(moveProblem("a/b", "x")).toBeNull();
    expect(moveProblem("a/b", null)).toBeNull();
  });

  it("derives segments and slugs as imports do", () => {
    expect(categorySegment("Tea & Coffee")).toBe("tea-and-coffee");
    expect(categorySegment("चाय")).toMatch(/^[0-9a-z]{6}$/);
    expect(categorySlug("t-shirts", "men", 2)).toBe("men-t-shirts");
    expect(categorySlug("men", "fashion", 1)).toBe("men");
    expect(categorySlug("fashion", null, 0)).toBe("fashion");
  });

  it("finds the first free name", () => {
    expect(firstFree("tea", new Set())).toBe("tea");
    expect(firstFree("tea", new Set(["tea", "tea-2"]))).toBe("tea-3");
  });
});

describe("sibling order and counts", () => {
  it("swaps with the neighbour, and stays put at the ends", () => {
    expect(reorderIds(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(reorderIds(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
    expect(reorderIds(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(reorderIds(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(reorderIds(["a", "b"], "z", "up")).toEqual(["a", "b"]);
  });

  it("rolls product counts up to every ancestor", () => {
    const nodes = [
      { id: "root", parentId: null },
      { id: "mid", parentId: "root" },
      { id: "leaf", parentId: "mid" },
      { id: "other", parentId: "root" },
      { id: "lonely", parentId: null },
    ];
    const totals = rollUpCounts(nodes, new Map([["leaf", 3], ["mid", 1], ["other", 2]]));
    expect(Object.fromEntries(totals)).toEqual({ root: 6, mid: 4, leaf: 3, other: 2, lonely: 0 });
  });
});

describe("attributes", () => {
  it("derives stable keys from labels", () => {
    expect(attributeKey("Screen size")).toBe("screen_size");
    expect(attributeKey("RAM (GB)")).toBe("ram_gb");
    expect(attributeKey("  Pack-size ")).toBe("pack_size");
    expect(attributeKey("रंग")).toMatch(/^attr_[0-9a-z]{6}$/);
  });

  it("checks stored values against a (changed) definition", () => {
    expect(valueFits({ type: "number", options: [] }, 8)).toBe(true);
    expect(valueFits({ type: "number", options: [] }, "8")).toBe(false);
    expect(valueFits({ type: "boolean", options: [] }, false)).toBe(true);
    expect(valueFits({ type: "text", options: [] }, 3)).toBe(false);
    expect(valueFits({ type: "select", options: ["S", "M"] }, "M")).toBe(true);
    expect(valueFits({ type: "select", options: ["S", "M"] }, "XL")).toBe(false);
    const usage = [
      { value: "S", products: 4 },
      { value: "XL", products: 1 },
      { value: "XXL", products: 3 },
    ];
    expect(valuesNoLongerAllowed({ type: "select", options: ["S", "M"] }, usage)).toEqual([
      { value: "XXL", products: 3 },
      { value: "XL", products: 1 },
    ]);
  });
});

describe("taxonomy schemas", () => {
  it("normalises the attribute form by type", () => {
    const select = attributeFormSchema.parse({ label: " Fabric ", type: "select", options: "Cotton\n\n Silk ", unit: "m", required: true });
    expect(select).toEqual({ label: "Fabric", type: "select", options: ["Cotton", "Silk"], unit: null, required: true, filterable: false, position: 0 });
    const number = attributeFormSchema.parse({ label: "Weight", type: "number", unit: "kg", options: "a\nb", position: "3", filterable: "on" });
    expect(number).toMatchObject({ unit: "kg", options: [], position: 3, filterable: true });
  });

  it("refuses bad attribute definitions with field messages", () => {
    const issues = (input: unknown) => attributeFormSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues({ label: "Size", type: "select", options: "S" })).toEqual(["options: Give a select at least two options, one per line"]);
    expect(issues({ label: "Size", type: "select", options: "S\ns" })).toEqual(["options: Each option can appear only once"]);
    expect(issues({ label: "Size", type: "text", position: "1000" })).toEqual(["position: Enter the position as a whole number from 0 to 999"]);
    expect(issues({ label: "", type: "text" })[0]).toMatch(/^label:/);
    expect(issues({ label: "Size", type: "date" })[0]).toMatch(/^type:/);
  });

  it("treats an empty parent as the top level and checks names", () => {
    expect(createCategorySchema.parse({ parentId: "", name: " Fruits " })).toEqual({ parentId: null, name: "Fruits" });
    expect(createCategorySchema.safeParse({ name: "F" }).success).toBe(false);
    expect(renameCategorySchema.parse({ categoryId: "8b0b7e0c-8c8e-4f5a-9a53-0c7c2d0f3f11", name: "Veg" }).updateSlug).toBe(false);
    const same = "8b0b7e0c-8c8e-4f5a-9a53-0c7c2d0f3f11";
    expect(mergeBrandsSchema.safeParse({ sourceId: same, targetId: same }).error?.issues[0].path).toEqual(["targetId"]);
  });
});
