import { describe, expect, it } from "vitest";
import { imageUrl } from "@/lib/catalog/image-url";
import { fnv1a, productSlug, shortHash, slugify } from "@/lib/catalog/slug";

describe("slugify", () => {
  it("makes lowercase ASCII words joined by dashes", () => {
    expect(slugify("Fruits & Vegetables")).toBe("fruits-and-vegetables");
    expect(slugify("Men's Grooming")).toBe("mens-grooming");
    expect(slugify("FunkyBuys® Large Christmas Train (SI-TY1017)")).toBe("funkybuys-large-christmas-train-si-ty1017");
    expect(slugify("Crème Brûlée")).toBe("creme-brulee");
    expect(slugify("  --  ")).toBe("");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("a very long product title that goes on and on about its many wonderful features", 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("product slugs", () => {
  it("are stable and unique for equal titles with different references", () => {
    expect(productSlug("Toor Dal", "bigbasket:1")).toBe(productSlug("Toor Dal", "bigbasket:1"));
    expect(productSlug("Toor Dal", "bigbasket:1")).not.toBe(productSlug("Toor Dal", "bigbasket:2"));
    expect(productSlug("Toor Dal", "bigbasket:1")).toMatch(/^toor-dal-[a-z0-9]{6}$/);
    expect(productSlug("®™", "x")).toMatch(/^product-[a-z0-9]{6}$/);
  });

  it("hashes deterministically", () => {
    expect(fnv1a("quicklocal")).toBe(fnv1a("quicklocal"));
    expect(shortHash("a")).toHaveLength(6);
    expect(shortHash("a")).not.toBe(shortHash("b"));
  });
});

describe("imageUrl", () => {
  it("serves stored keys under /media, optionally at a supported width", () => {
    expect(imageUrl("catalog/seed-v1/fashion/tee-1.webp")).toBe("/media/catalog/seed-v1/fashion/tee-1.webp");
    expect(imageUrl("catalog/a.webp", 300)).toBe("/media/catalog/a.webp?w=320");
    expect(imageUrl("catalog/a.webp", 160)).toBe("/media/catalog/a.webp?w=160");
    expect(imageUrl("catalog/a.webp", 900)).toBe("/media/catalog/a.webp");
  });
});
