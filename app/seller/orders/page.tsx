import type { Metadata } from "next";
import Link from "next/link";
import { Download, PackageSearch } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { BulkAccept } from "@/components/orders/seller-bulk-accept";
import { OrderFilters } from "@/components/orders/seller-order-filters";
import { SellerOrderList } from "@/components/orders/seller-order-list";
import { requirePageRole } from "@/lib/auth/policies";
import { countSellerOrders, listSellerOrders, SELLER_ORDER_TABS, sellerOrderFiltersSchema, type SellerOrderTab } from "@/lib/orders/seller-queries";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../_components/no-store";
import { StoreNotice } from "../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Orders",
  description: "New orders to accept, parts to pack and ship, and everything you have sold.",
};

const PATH = "/seller/orders";

const TAB_LABELS: Record<SellerOrderTab, string> = {
  new: "New",
  accepted: "To pack",
  packed: "Packed",
  ready_to_ship: "Ready to ship",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  all: "All",
};

const EMPTY: Record<SellerOrderTab, string> = {
  new: "No new orders are waiting. New orders appear here first, oldest at the top, until you accept or reject them.",
  accepted: "Nothing to pack: accepted orders wait here until you mark them packed.",
  packed: "No packed parts waiting to be marked ready to ship.",
  ready_to_ship: "Nothing waiting for the courier. Mark packed parts ready to ship, then hand them over with a tracking number.",
  shipped: "Nothing on its way right now.",
  delivered: "No delivered orders yet.",
  cancelled: "No cancelled or rejected orders.",
  all: "No orders yet. When customers buy your products, their orders show up here.",
};

export default async function SellerOrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  if (!actor.sellerId) {
    return (
      <>
        <PageHeader title="Orders" />
        <StoreNotice status={store.status} />
      </>
    );
  }
  const raw = firstValues(await searchParams);
  const filters = sellerOrderFiltersSchema.parse(raw);
  const [list, counts] = await Promise.all([listSellerOrders(actor, actor.sellerId, raw), countSellerOrders(actor, actor.sellerId, raw)]);
  const state = { tab: filters.tab === "new" ? undefined : filters.tab, q: filters.q, from: filters.from, to: filters.to };
  const filtered = Boolean(filters.q || filters.from || filters.to);
  const exportHref = hrefWith(`${PATH}/export`, { ...state, tab: filters.tab });

  return (
    <>
      <PageHeader
        title="Orders"
        description={counts.new > 0 ? `${count(counts.new, "new order")} waiting for you to accept or reject.` : "You're up to date: no new orders waiting."}
        actions={
          <>
            {filters.tab === "new" ? <BulkAccept parts={list.items.filter((r) => r.status === "placed").map((r) => ({ id: r.id, number: r.number }))} /> : null}
            <a href={exportHref} className={buttonVariants({ variant: "outline" })} download>
              <Download aria-hidden="true" />
              Export CSV
            </a>
          </>
        }
      />
      <StoreNotice status={store.status} />
      <div className="flex flex-col gap-3">
        <FilterChips
          label="Order status"
          items={SELLER_ORDER_TABS.map((tab) => ({
            label: TAB_LABELS[tab],
            count: counts[tab],
            href: hrefWith(PATH, state, { tab: tab === "new" ? undefined : tab, page: undefined }),
            active: filters.tab === tab,
          }))}
        />
        <OrderFilters
          action={PATH}
          searchLabel="Search orders"
          placeholder="Order number, customer, product or SKU"
          q={filters.q}
          from={filters.from}
          to={filters.to}
          keep={{ tab: state.tab }}
        />
      </div>
      <div className="mt-4">
        {list.items.length > 0 ? (
          <>
            <SellerOrderList rows={list.items} caption={`${TAB_LABELS[filters.tab]} orders, page ${list.page} of ${list.pageCount}`} />
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["order", "orders"]} />
          </>
        ) : (
          <EmptyState
            icon={<PackageSearch />}
            title={filtered ? "No orders match these filters" : `No ${TAB_LABELS[filters.tab].toLowerCase()} orders`}
            description={filtered ? "Try another search or a wider date range." : EMPTY[filters.tab]}
            action={
              filtered || filters.tab !== "all" ? (
                <Link href={filtered ? hrefWith(PATH, { tab: state.tab }) : `${PATH}?tab=all`} className={buttonVariants({ variant: "outline" })}>
                  {filtered ? "Clear filters" : "Show all orders"}
                </Link>
              ) : undefined
            }
          />
        )}
      </div>
    </>
  );
}
