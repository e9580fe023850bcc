import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { ProductStatusBadge } from "@/components/workspace/status-badge";
import { bundlePartLabel } from "@/components/seller/product-editor/bundle-parts";
import { HistoryTimeline } from "@/components/seller/product-editor/history-timeline";
import { ProductEditor } from "@/components/seller/product-editor/product-editor";
import { requirePageRole } from "@/lib/auth/policies";
import { listBrandOptions, listCategoryOptions } from "@/lib/catalog/editor-queries";
import { getProductForEditor, type ProductEditorData } from "@/lib/catalog/product-queries";
import { ForbiddenError, NotFoundError } from "@/lib/platform/errors";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Edit product",
  description: "Edit your product's details, variants, prices and stock, and follow its review.",
};

async function loadProduct(actor: Parameters<typeof getProductForEditor>[0], id: string): Promise<ProductEditorData> {
  try {
    return await getProductForEditor(actor, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) forbidden();
    throw err;
  }
}

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageRole("seller", `/seller/products/${encodeURIComponent(id)}`);
  const [data, categories, brands] = await Promise.all([loadProduct(actor, id), listCategoryOptions(), listBrandOptions()]);
  const bundleParts = (data.bundle?.items ?? []).map((item) => ({
    id: item.variantId,
    label: bundlePartLabel(item.productTitle, item.variantTitle),
    sku: null,
    pricePaise: item.pricePaise,
    available: item.available,
    thumbUrl: item.imageUrl,
  }));

  return (
    <>
      <PageHeader
        title={data.values.title || "Untitled product"}
        badge={<ProductStatusBadge status={data.status} />}
        description="Edit the details, photos, variants, prices and stock."
        actions={
          <Link href="/seller/products" className={buttonVariants({ variant: "outline" })}>
            Back to products
          </Link>
        }
      />
      <ProductEditor
        product={{
          id: data.id,
          slug: data.slug,
          status: data.status,
          type: data.type,
          pendingRevision: data.pendingRevision,
          rejectionReason: data.rejectionReason,
          licenceKeyCounts: data.licenceKeyCounts,
        }}
        initialValues={data.values}
        categories={categories}
        brands={brands}
        bundleParts={bundleParts}
        history={<HistoryTimeline history={data.history} />}
      />
    </>
  );
}
