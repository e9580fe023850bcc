/**
 * The mapping the seller starts from: each target field gets the source column whose header is one
 * of its usual names ("sale_price" → price, "manufacturer" → brand), then whose header contains one,
 * each column used once. Columns that read like product facts (gender, colour, material…) are kept
 * as specifications. The seller changes any of it in the mapping step. Client-safe.
 */
import type { ImportKind } from "@/models/catalog";
import { fieldsOf, humanizeColumn, specKey, type ImportMapping, type TargetField } from "./fields";

const key = (header: string) => header.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** Usual header names per field, in normalised form (lower case, letters and digits only). */
const EXACT: Record<TargetField, readonly string[]> = {
  ref: ["id", "uniqid", "productid", "externalid", "sourceid", "ref", "reference", "itemid", "asin", "styleid", "index"],
  sku: ["sku", "sellersku", "itemsku", "skucode", "skuid", "variantsku"],
  title: ["title", "name", "productname", "product", "producttitle", "itemname"],
  description: ["description", "desc", "productdescription", "longdescription", "details", "about"],
  category: ["category", "categorypath", "categories", "productcategory", "maincategory", "amazoncategoryandsubcategory", "department"],
  category2: ["subcategory", "subcat", "category2", "secondlevelcategory"],
  category3: ["type", "producttype", "subsubcategory", "category3", "itemtype"],
  brand: ["brand", "brandname", "manufacturer", "productbrand", "make"],
  price: ["price", "saleprice", "sellingprice", "offerprice", "ourprice", "specialprice", "priceinr", "pricers", "unitprice"],
  mrp: ["mrp", "marketprice", "listprice", "compareatprice", "maximumretailprice", "originalprice", "regularprice"],
  stock: ["stock", "quantity", "qty", "inventory", "stockquantity", "numberavailableinstock", "onhand", "available"],
  lowStockThreshold: ["lowstockthreshold", "lowstock", "lowstockalert", "reorderlevel", "reorderpoint"],
  weightGrams: ["weightg", "weightgrams", "weightgm", "weightingrams", "grams"],
  rating: ["rating", "averagerating", "avgrating", "stars", "productrating"],
  ratingCount: ["ratingcount", "ratingscount", "numberofreviews", "reviewcount", "reviewscount", "numreviews", "numberofratings"],
};

/** Header fragments for a second pass, for fields whose names vary a lot ("Price (INR)", "MRP Rs"). */
const CONTAINS: Partial<Record<TargetField, readonly string[]>> = {
  price: ["price"],
  mrp: ["mrp"],
  stock: ["stock"],
  description: ["description"],
  title: ["productname", "title"],
  brand: ["brand"],
  sku: ["sku"],
};

/** Headers that name a product fact worth showing in the spec table. */
const SPEC_HEADERS = new Set([
  "gender",
  "colour",
  "color",
  "primarycolor",
  "primarycolour",
  "size",
  "material",
  "fabric",
  "packsize",
  "netquantity",
  "netweight",
  "flavour",
  "flavor",
  "pattern",
  "fit",
  "occasion",
  "warranty",
  "warrantyinformation",
  "countryoforigin",
]);

/** Headers that hold picture links: shown with a note that pictures are not fetched. */
export function imageColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => /(images?|thumbnails?|photos?|pictures?|img)(urls?|links?|src)?$/.test(key(h)) && !/^(num|count|number)/.test(key(h)));
}

export function suggestMapping(kind: ImportKind, headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  const take = (field: TargetField, match: (k: string) => boolean) => {
    if (mapping[field]) return;
    const column = headers.find((h) => !used.has(h) && match(key(h)));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  };
  const fields = fieldsOf(kind);
  for (const field of fields) take(field, (k) => EXACT[field].includes(k));
  for (const field of fields) {
    const fragments = CONTAINS[field];
    if (fragments) take(field, (k) => fragments.some((f) => k.includes(f)));
  }
  if (kind === "products") {
    for (const header of headers) {
      if (!used.has(header) && SPEC_HEADERS.has(key(header))) mapping[specKey(humanizeColumn(header))] = header;
    }
  }
  return mapping;
}

/** A price/stock update file is one with SKUs and nothing a new product needs beyond prices and stock. */
export function suggestKind(headers: readonly string[]): ImportKind {
  const mapping = suggestMapping("products", headers);
  return mapping.sku && !mapping.title ? "price_stock" : "products";
}
