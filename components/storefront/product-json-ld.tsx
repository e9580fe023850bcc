import { productJsonLd, type JsonLdDeal } from "@/lib/catalog/product-page-rules";
import type { ProductDetailDto } from "@/lib/catalog/types";

/** schema.org Product markup (offers, deal prices, availability, brand, rating) for search engines. */
export function ProductJsonLd({ product, baseUrl, deals }: { product: ProductDetailDto; baseUrl: string; deals?: readonly JsonLdDeal[] }) {
  const data = productJsonLd(product, { baseUrl, deals });
  if (!data) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
