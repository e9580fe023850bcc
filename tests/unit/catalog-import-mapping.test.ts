import { describe, expect, it } from "vitest";
import { buildCategoryIndex, normalizeName, resolveCategory, splitPath } from "@/lib/catalog/import/category-match";
import { humanizeColumn, lacksCategory, mappingProblems, specColumns } from "@/lib/catalog/import/fields";
import { imageColumns, suggestKind, suggestMapping } from "@/lib/catalog/import/suggest";

describe("suggestMapping", () => {
  it("maps the BigBasket columns, sale price before market price", () => {
    const headers = ["index", "product", "category", "sub_category", "brand", "sale_price", "market_price", "type", "rating"];
    expect(suggestMapping("products", headers)).toEqual({
      ref: "index",
      title: "product",
      category: "category",
      category2: "sub_category",
      category3: "type",
      brand: "brand",
      price: "sale_price",
      mrp: "market_price",
      rating: "rating",
    });
  });

  it("maps Amazon and Myntra headers, keeping product facts as specifications", () => {
    const amazon = suggestMapping("products", [
      "uniq_id",
      "product_name",
      "amazon_category_and_sub_category",
      "manufacturer",
      "price",
      "number_available_in_stock",
      "number_of_reviews",
      "number_of_answered_questions",
      "average_rating",
    ]);
    expect(amazon).toMatchObject({
      ref: "uniq_id",
      title: "product_name",
      category: "amazon_category_and_sub_category",
      brand: "manufacturer",
      price: "price",
      stock: "number_available_in_stock",
      ratingCount: "number_of_reviews",
      rating: "average_rating",
    });
    const myntra = suggestMapping("products", ["ProductID", "ProductName", "ProductBrand", "Gender", "Price (INR)", "NumImages", "Description", "PrimaryColor"]);
    expect(myntra).toEqual({
      ref: "ProductID",
      title: "ProductName",
      brand: "ProductBrand",
      price: "Price (INR)",
      description: "Description",
      "spec:Gender": "Gender",
      "spec:Primary color": "PrimaryColor",
    });
    expect(specColumns(myntra)).toEqual([
      { label: "Gender", column: "Gender" },
      { label: "Primary color", column: "PrimaryColor" },
    ]);
  });

  it("uses each column once and maps price/stock files to their fields", () => {
    expect(suggestMapping("price_stock", ["SKU", "Selling Price", "MRP", "Qty", "low_stock_threshold"])).toEqual({
      sku: "SKU",
      price: "Selling Price",
      mrp: "MRP",
      stock: "Qty",
      lowStockThreshold: "low_stock_threshold",
    });
    expect(suggestKind(["sku", "price", "stock"])).toBe("price_stock");
    expect(suggestKind(["sku", "title", "price"])).toBe("products");
  });

  it("spots picture columns, not picture counts", () => {
    expect(imageColumns(["images", "thumbnail", "image_url", "NumImages", "title"])).toEqual(["images", "thumbnail", "image_url"]);
  });

  it("humanizes headers for spec labels", () => {
    expect(humanizeColumn("warrantyInformation")).toBe("Warranty information");
    expect(humanizeColumn("pack_size")).toBe("Pack size");
  });
});

describe("mappingProblems", () => {
  const headers = ["sku", "name", "price", "stock"];
  it("requires title, price and a SKU or source ID for products", () => {
    expect(mappingProblems("products", { title: "name" }, headers)).toEqual({
      price: "Choose the column with the prices",
      ref: expect.stringContaining("SKU or a source ID"),
    });
    expect(mappingProblems("products", { title: "name", price: "price", sku: "sku" }, headers)).toEqual({});
  });

  it("tells when new products would have no category", () => {
    const mapping = { title: "name", price: "price", sku: "sku" };
    expect(lacksCategory("products", mapping, null)).toBe(true);
    expect(lacksCategory("products", mapping, "cat-id")).toBe(false);
    expect(lacksCategory("products", { ...mapping, category3: "stock" }, null)).toBe(false);
    expect(lacksCategory("price_stock", { sku: "sku", stock: "stock" }, null)).toBe(false);
  });

  it("refuses unknown columns and fields", () => {
    expect(mappingProblems("products", { title: "name", price: "cost", sku: "sku", colour: "sku" }, headers)).toEqual({
      price: "The file has no column “cost”",
      colour: "This is not a field of this kind of import",
    });
  });

  it("needs a SKU and something to update for price/stock files", () => {
    expect(mappingProblems("price_stock", { sku: "sku" }, headers)).toEqual({ _form: expect.stringContaining("at least one") });
    expect(mappingProblems("price_stock", { stock: "stock" }, headers)).toMatchObject({ sku: "Choose the column with your SKUs" });
    expect(mappingProblems("price_stock", { sku: "sku", stock: "stock" }, headers)).toEqual({});
    expect(mappingProblems("price_stock", { sku: "sku", stock: "stock", "spec:Gender": "name" }, headers)).toHaveProperty(["spec:Gender"]);
  });
});

describe("category matching", () => {
  const nodes = [
    { id: "toys", name: "Toys & Games", parentId: null },
    { id: "hobbies", name: "Hobbies", parentId: "toys" },
    { id: "trains", name: "Model Trains & Railway Sets", parentId: "hobbies" },
    { id: "beauty", name: "Beauty & Hygiene", parentId: null },
    { id: "hair", name: "Hair Care", parentId: "beauty" },
    { id: "oil", name: "Hair Oil & Serum", parentId: "hair" },
    { id: "kids", name: "Kids", parentId: null },
    { id: "kids-acc", name: "Accessories", parentId: "kids" },
    { id: "men", name: "Men", parentId: null },
    { id: "men-acc", name: "Accessories", parentId: "men" },
  ];
  const index = buildCategoryIndex(nodes);

  it("normalises case, accents, spacing, '&'/'and' and punctuation", () => {
    expect(normalizeName("  Kitchen,  Garden & Pets ")).toBe(normalizeName("kitchen garden and pets"));
    expect(normalizeName("kitchen-garden-pets")).toBe("kitchen garden pets");
    expect(normalizeName("Crème Brûlée")).toBe("creme brulee");
    expect(splitPath("A > B › C »D >")).toEqual(["A", "B", "C", "D"]);
  });

  it("resolves full paths, path tails and single names", () => {
    expect(resolveCategory(index, ["Beauty & Hygiene", "Hair Care", "Hair Oil & Serum"])).toBe("oil");
    expect(resolveCategory(index, ["beauty and hygiene", "hair care"])).toBe("hair");
    expect(resolveCategory(index, ["hair oil and serum"])).toBe("oil");
    expect(resolveCategory(index, splitPath("Hobbies > Model Trains & Railway Sets > Rail Vehicles > Trains"))).toBe("trains");
  });

  it("falls back to the deepest known level and refuses ambiguous names", () => {
    expect(resolveCategory(index, ["Beauty & Hygiene", "Hair Care", "Shampoo"])).toBe("hair");
    expect(resolveCategory(index, ["Accessories"])).toBeNull();
    expect(resolveCategory(index, ["Men", "Accessories"])).toBe("men-acc");
    expect(resolveCategory(index, ["Garden"])).toBeNull();
    expect(index.labels.get("oil")).toBe("Beauty & Hygiene › Hair Care › Hair Oil & Serum");
  });
});
