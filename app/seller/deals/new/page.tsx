import type { Metadata } from "next";
import Link from "next/link";
import { PackageSearch } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { listSellerDealVariants } from "@/lib/catalog/deals-queries";
import { defaultDealWindow } from "@/lib/catalog/deals-rules";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../../_components/no-store";
import { StoreNotice } from "../../_components/store-notice";
import { DealForm } from "./deal-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "New deal",
  description: "Offer one of your product variants at a lower price for a limited time.",
};

const PATH = "/seller/deals/new";

export default async function NewDealPage() {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const variants = await listSellerDealVariants(store.id);
  const dealWindow = defaultDealWindow(new Date());

  return (
    <>
      <PageHeader
        title="New deal"
        description="A lower price on one variant for a limited time. Customers see it with a countdown on the Deals page and the product page."
        actions={
          <Link href="/seller/deals" className={buttonVariants({ variant: "outline" })}>
            Back to deals
          </Link>
        }
      />
      <StoreNotice status={store.status} />
      {variants.length > 0 ? (
        <DealForm variants={variants} defaultStart={dealWindow.startsAt} defaultEnd={dealWindow.endsAt} />
      ) : (
        <EmptyState
          icon={<PackageSearch />}
          title="No products to put on a deal yet"
          description="Deals are offers on your product variants. List a product first, then come back to create a deal."
          action={
            <Link href="/seller/products" className={buttonVariants({ variant: "outline" })}>
              Go to products
            </Link>
          }
        />
      )}
    </>
  );
}
