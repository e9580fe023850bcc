import type { Metadata } from "next";
import { count } from "@/components/workspace/count";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { getAdminCategoryTree } from "@/lib/catalog/taxonomy-queries";
import { CategoryTree } from "./_components/category-tree";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Categories",
  description: "The catalogue's category tree: add, rename, move, reorder and delete categories, and manage their attributes.",
};

export default async function AdminCategoriesPage() {
  await requirePageRole("admin", "/admin/catalogue/categories");
  const tree = await getAdminCategoryTree();
  const roots = tree.length;

  return (
    <>
      <PageHeader
        title="Categories"
        description={`${count(roots, "top-level department")}. Open a category to manage the attributes its products fill in.`}
      />
      <CategoryTree tree={tree} />
    </>
  );
}
