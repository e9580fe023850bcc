import type { Metadata } from "next";
import Link from "next/link";
import { TicketPercent } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { listSellerDeals } from "@/lib/catalog/deals-queries";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../_components/no-store";
import { StoreNotice } from "../_components/store-notice";
import { DealList } from "./deal-list";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Deals",
  description: "Your time-limited offers: what is live, scheduled, sold out or ended.",
};

const PATH = "/seller/deals";

export default async function SellerDealsPage() {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const deals = await listSellerDeals(store.id);
  const live = deals.filter((d) => d.status === "live").length;
  const newDeal = (
    <Link href="/seller/deals/new" className={buttonVariants({ variant: "primary" })}>
      New deal
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Deals"
        description={deals.length > 0 ? `${count(deals.length, "deal")}, ${live} live now. Times are India time.` : "Lower prices for a limited time, shown with a countdown."}
        actions={newDeal}
      />
      <StoreNotice status={store.status} />
      {deals.length > 0 ? (
        <DealList deals={deals} />
      ) : (
        <EmptyState
          icon={<TicketPercent />}
          title="No deals yet"
          description="A deal offers one variant at a lower price between a start and an end time, optionally for a limited number of units. Live deals appear on the Deals page with a countdown."
          action={newDeal}
        />
      )}
    </>
  );
}
