import type { Metadata } from "next";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, ListSearch, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { RelativeTime } from "@/components/workspace/relative-time";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { SELLER_STATUS_META, SellerStatusBadge } from "@/components/workspace/status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { getMarketplaceCounts } from "@/lib/analytics/queries";
import { listSellers } from "@/lib/sellers/queries";
import { adminSellerListSchema, SELLER_STATUSES } from "@/lib/sellers/schemas";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Sellers",
  description: "Every store on QuickLocal: search by store, owner or city; filter by approval status.",
};

const PATH = "/admin/sellers";

export default async function AdminSellersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const filters = adminSellerListSchema.parse(firstValues(await searchParams));
  const [counts, list] = await Promise.all([getMarketplaceCounts(), listSellers(filters)]);
  const state = { q: filters.q, status: filters.status };

  return (
    <>
      <PageHeader title="Sellers" description={`${count(counts.sellers.total, "store")} on QuickLocal`} />
      <div className="flex flex-col gap-3">
        <FilterChips
          label="Filter by status"
          items={[
            { label: "All", count: counts.sellers.total, href: hrefWith(PATH, state, { status: undefined }), active: !filters.status },
            ...SELLER_STATUSES.map((status) => ({
              label: SELLER_STATUS_META[status].label,
              count: counts.sellers.byStatus[status],
              href: hrefWith(PATH, state, { status }),
              active: filters.status === status,
            })),
          ]}
        />
        <ListSearch
          action={PATH}
          label="Search sellers by store, owner or city"
          placeholder="Search by store, owner, email or city"
          query={filters.q}
          keep={{ status: filters.status }}
        />
      </div>

      <div className="mt-4">
        {list.items.length > 0 ? (
          <>
            <Table>
              <caption className="sr-only">
                Sellers, page {list.page} of {list.pageCount}
              </caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Store</TableHead>
                  <TableHead className="hidden md:table-cell">Owner</TableHead>
                  <TableHead className="hidden lg:table-cell">City</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Products</TableHead>
                  <TableHead className="hidden sm:table-cell">Joined</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.items.map((seller) => (
                  <TableRow key={seller.id}>
                    <TableCell className="max-w-[12rem] sm:max-w-none">
                      <div className="font-medium text-slate-900">{seller.name}</div>
                      <div className="text-xs text-slate-600 lg:hidden">
                        {seller.city}, {seller.state}
                      </div>
                      <div className="truncate text-xs text-slate-600 md:hidden">{seller.ownerName}</div>
                    </TableCell>
                    <TableCell className="hidden md:table-cell">
                      <div className="text-slate-900">{seller.ownerName}</div>
                      <div className="text-xs text-slate-600">{seller.ownerEmail}</div>
                    </TableCell>
                    <TableCell className="hidden text-slate-700 lg:table-cell">
                      {seller.city}, {seller.state}
                    </TableCell>
                    <TableCell>
                      <SellerStatusBadge status={seller.status} />
                    </TableCell>
                    <TableCell className="text-right font-semibold tabular-nums">{seller.productCount.toLocaleString("en-IN")}</TableCell>
                    <TableCell className="hidden whitespace-nowrap text-slate-600 sm:table-cell">
                      <RelativeTime date={seller.createdAt} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["seller", "sellers"]} />
          </>
        ) : (
          <EmptyState
            icon={<SearchX />}
            title="No sellers match these filters"
            description={
              filters.q ? (
                <>No store, owner or city matches “{filters.q}”{filters.status ? ` among ${SELLER_STATUS_META[filters.status].label.toLowerCase()} sellers` : ""}.</>
              ) : (
                "There are no sellers with this status right now."
              )
            }
            action={
              <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                Show all sellers
              </Link>
            }
          />
        )}
      </div>
    </>
  );
}
