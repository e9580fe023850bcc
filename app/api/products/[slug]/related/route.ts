import { NextResponse } from "next/server";
import { decodeSlug } from "@/lib/catalog/rules";
import { getProductPage, getRelatedProducts } from "@/lib/catalog/storefront-cache";

/** "More from <category>" for a product page, loaded when the shopper scrolls to it (cached data; the same for everyone). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = await getProductPage(decodeSlug(slug));
  if (!product) return NextResponse.json({ error: "No such product on sale" }, { status: 404 });
  const items = await getRelatedProducts(product);
  return NextResponse.json({ items }, { headers: { "cache-control": "public, max-age=60" } });
}
