import type { SellerVariantOption } from "@/lib/catalog/editor-queries";

/** A variant in a bundle as the editor shows it (from a search result or the saved bundle's contents). */
export interface BundlePart {
  id: string;
  label: string;
  sku: string | null;
  pricePaise: number;
  available: number;
  thumbUrl: string | null;
}

/** "Cotton T-shirt — Red / M"; just the product's title for a product without options. */
export function bundlePartLabel(productTitle: string, variantTitle: string): string {
  return variantTitle && variantTitle !== "Standard" && variantTitle !== productTitle ? `${productTitle} — ${variantTitle}` : productTitle;
}

export function bundlePartFromOption(v: SellerVariantOption): BundlePart {
  return { id: v.id, label: bundlePartLabel(v.productTitle, v.variantTitle), sku: v.sku, pricePaise: v.pricePaise, available: v.available, thumbUrl: v.thumbUrl };
}
