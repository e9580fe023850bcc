import { notFound } from "next/navigation";
import { getCategoryBySlug } from "@/lib/catalog/queries";
import { decodeSlug } from "@/lib/catalog/rules";

/**
 * Checks the category exists before the page streams (the page's loading.tsx would otherwise have
 * started a 200 response), so an unknown slug gets a real 404.
 */
export default async function CategoryLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await getCategoryBySlug(decodeSlug(slug)))) notFound();
  return children;
}
