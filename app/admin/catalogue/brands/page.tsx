import type { Metadata } from "next";
import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { ListSearch, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { firstValues, type RawSearchParams } from "@/components/workspace/search-params";
import { requirePageRole } from "@/lib/auth/policies";
import { listAdminBrands } from "@/lib/catalog/taxonomy-queries";
import { brandListSchema } from "@/lib/catalog/taxonomy-schemas";
import { AddBrandButton, BrandTable } from "./_components/brand-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Brands",
  description: "Every brand in the catalogue with its product count: add, rename, merge duplicates and delete unused brands.",
};

const PATH = "/admin/catalogue/brands";

export default async function AdminBrandsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const params = firstValues(await searchParams);
  const list = await listAdminBrands(params);
  const { q, sort } = brandListSchema.parse(params);
  const state = { q: q || undefined, sort: sort === "name" ? undefined : sort };

  return (
    <>
      <PageHeader title="Brands" description={q ? `${count(list.total, "brand")} matching “${q}”` : `${count(list.total, "brand")} in the catalogue`} actions={<AddBrandButton />} />
      <ListSearch
        action={PATH}
        label="Search brands by name"
        placeholder="Search brands"
        query={q}
        select={{
          name: "sort",
          label: "Sort",
          value: sort,
          options: [
            { value: "name", label: "Name A–Z" },
            { value: "products", label: "Most products" },
            { value: "unused", label: "Unused first" },
          ],
        }}
      />
      <div className="mt-4">
        {list.items.length ? (
          <>
            <BrandTable brands={list.items} caption={`Brands, page ${list.page} of ${list.pageCount}`} />
            <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["brand", "brands"]} />
          </>
        ) : (
          <EmptyState
            icon={<SearchX />}
            title={q ? "No brand matches" : "No brands yet"}
            description={q ? <>No brand is called “{q}”. Check the spelling, or add it as a new brand.</> : "Add the first brand; sellers pick brands for their products."}
            action={
              q ? (
                <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                  Show all brands
                </Link>
              ) : undefined
            }
          />
        )}
      </div>
    </>
  );
}
