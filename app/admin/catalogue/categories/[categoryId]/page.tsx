import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { count } from "@/components/workspace/count";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { categoryIdSchema } from "@/lib/catalog/taxonomy-schemas";
import { getAdminCategory } from "@/lib/catalog/taxonomy-queries";
import { AttributeManager } from "./_components/attribute-manager";
import { GstRateForm } from "./_components/gst-rate-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ categoryId: string }> };

/** The category (null when the id is malformed or unknown); shared by the metadata and the page. */
const load = cache(async (raw: string) => {
  const id = categoryIdSchema.safeParse(raw);
  return id.success ? getAdminCategory(id.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await load((await params).categoryId);
  return { title: category ? `${category.name} · Categories` : "Category not found" };
}

export default async function AdminCategoryPage({ params }: Props) {
  const { categoryId } = await params;
  await requirePageRole("admin", `/admin/catalogue/categories/${categoryId}`);
  const category = await load(categoryId);
  if (!category) notFound();

  return (
    <>
      <Breadcrumbs
        className="mb-3"
        items={[
          { label: "Categories", href: "/admin/catalogue/categories" },
          ...category.ancestors.map((a) => ({ label: a.name, href: `/admin/catalogue/categories/${a.id}` })),
          { label: category.name },
        ]}
      />
      <PageHeader
        title={category.name}
        description={
          <>
            <span className="font-mono">/c/{category.slug}</span> · {count(category.ownProducts, "product")} filed here directly
          </>
        }
      />
      <GstRateForm category={category} />
      <AttributeManager category={category} />
    </>
  );
}
