import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { newProductValues } from "@/components/seller/product-editor/defaults";
import { ProductEditor } from "@/components/seller/product-editor/product-editor";
import { requirePageRole } from "@/lib/auth/policies";
import { listBrandOptions, listCategoryOptions } from "@/lib/catalog/editor-queries";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../../_components/no-store";
import { StoreNotice } from "../../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Add product",
  description: "List a new physical, bundle or digital product with its options, variants, prices and stock.",
};

const PATH = "/seller/products/new";

export default async function NewProductPage() {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const [categories, brands] = await Promise.all([listCategoryOptions(), listBrandOptions()]);

  return (
    <>
      <PageHeader
        title="Add product"
        description="Save it as a draft as you go; submit it for review when it's ready. Approved products go on sale straight away."
        actions={
          <Link href="/seller/products" className={buttonVariants({ variant: "outline" })}>
            Back to products
          </Link>
        }
      />
      <StoreNotice status={store.status} />
      <ProductEditor product={null} initialValues={newProductValues()} categories={categories} brands={brands} bundleParts={[]} />
    </>
  );
}
