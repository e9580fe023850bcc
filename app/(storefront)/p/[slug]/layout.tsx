import { notFound } from "next/navigation";
import { getProductBySlug } from "@/lib/catalog/queries";

/**
 * Checks the product is on sale before the page streams (its loading.tsx would otherwise have
 * started a 200 response), so unknown, draft or archived products get a real 404.
 */
export default async function ProductLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    notFound();
  }
  if (!(await getProductBySlug(decoded))) notFound();
  return children;
}
