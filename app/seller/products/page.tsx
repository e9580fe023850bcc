import type { Metadata } from "next";
import Link from "next/link";
import { FileUp, PackageSearch, Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, ListSearch, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { PRODUCT_STATUS_META } from "@/components/workspace/status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { getOwnStore, getSellerProductCounts, listSellerProducts } from "@/lib/sellers/queries";
import { sellerProductListSchema, type SellerProductFilter } from "@/lib/sellers/schemas";
import { NoStore } from "../_components/no-store";
import { ProductTable } from "../_components/product-table";
import { StoreNotice } from "../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Products",
  description: "Search and filter your products by status; see SKUs, prices and stock at a glance.",
};

const PATH = "/seller/products";
const NEW_PATH = "/seller/products/new";
const CHIP_FILTERS: SellerProductFilter[] = ["active", "pending_change", "pending_review", "draft", "rejected", "archived"];
const FILTER_LABELS: Record<SellerProductFilter, string> = {
  active: PRODUCT_STATUS_META.active.label,
  pending_change: "Pending change",
  pending_review: PRODUCT_STATUS_META.pending_review.label,
  draft: PRODUCT_STATUS_META.draft.label,
  rejected: PRODUCT_STATUS_META.rejected.label,
  archived: PRODUCT_STATUS_META.archived.label,
};
const SORT_OPTIONS = [
  { value: "updated", label: "Recently updated" },
  { value: "title", label: "Title A–Z" },
  { value: "stock", label: "Lowest stock first" },
];

export default async function SellerProductsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;

  const filters = sellerProductListSchema.parse(firstValues(await searchParams));
  const [counts, list] = await Promise.all([getSellerProductCounts(store.id), listSellerProducts(store.id, filters)]);
  const state = { q: filters.q, status: filters.status, sort: filters.sort === "updated" ? undefined : filters.sort };
  const countFor: Record<SellerProductFilter, number> = {
    active: counts.active,
    pending_change: counts.pendingChange,
    pending_review: counts.pendingReview,
    draft: counts.draft,
    rejected: counts.rejected,
    archived: counts.archived,
  };
  const filtered = Boolean(filters.q || filters.status);

  return (
    <>
      <PageHeader
        title="Products"
        description={`${count(counts.total, "product")} in ${store.name}`}
        actions={
          <>
            <Link href="/seller/products/import" className={buttonVariants({ variant: "outline" })}>
              <FileUp aria-hidden="true" />
              Import
            </Link>
            <Link href={NEW_PATH} className={buttonVariants()}>
              <Plus aria-hidden="true" />
              Add product
            </Link>
          </>
        }
      />
      <StoreNotice status={store.status} />

      <div className="flex flex-col gap-3">
        <FilterChips
          label="Filter by status"
          items={[
            { label: "All", count: counts.total, href: hrefWith(PATH, state, { status: undefined }), active: !filters.status },
            ...CHIP_FILTERS.map((status) => ({
              label: FILTER_LABELS[status],
              count: countFor[status],
              href: hrefWith(PATH, state, { status }),
              active: filters.status === status,
            })),
          ]}
        />
        <ListSearch
          action={PATH}
          label="Search your products by title"
          placeholder="Search by product title"
          query={filters.q}
          keep={{ status: filters.status }}
          select={{ name: "sort", label: "Sort", value: filters.sort, options: SORT_OPTIONS }}
        />
      </div>

      <div className="mt-4">
        {list.items.length > 0 ? (
          <>
            <ProductTable rows={list.items} caption={`Your products, page ${list.page} of ${list.pageCount}`} />
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["product", "products"]} />
          </>
        ) : filtered ? (
          <EmptyState
            icon={<PackageSearch />}
            title="No products match these filters"
            description={
              filters.q ? (
                <>
                  Nothing {filters.status ? `with status “${FILTER_LABELS[filters.status]}” ` : ""}has “{filters.q}” in its title.
                  Check the spelling or search for a shorter word.
                </>
              ) : (
                <>You have no products with status “{filters.status ? FILTER_LABELS[filters.status] : ""}”.</>
              )
            }
            action={
              <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                Show all products
              </Link>
            }
          />
        ) : (
          <EmptyState
            icon={<PackageSearch />}
            title="You haven't listed any products yet"
            description="Products you list appear here with their SKUs, price range, stock and review status. Approved products become visible to customers near you."
            action={
              <Link href={NEW_PATH} className={buttonVariants()}>
                <Plus aria-hidden="true" />
                Add your first product
              </Link>
            }
          />
        )}
      </div>
    </>
  );
}
