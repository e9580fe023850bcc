import { notFound } from "next/navigation";
import { getProductBySlug } from "@/lib/catalog/queries";
import { decodeSlug } from "@/lib/catalog/rules";

/**
 * Checks the product is on sale before the page streams (its loading.tsx would otherwise have
 * started a 200 response), so unknown, draft or archived products get a real 404.
 */
export default async function ProductLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await getProductBySlug(decodeSlug(slug)))) notFound();
  return children;
}
