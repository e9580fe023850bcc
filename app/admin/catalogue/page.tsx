import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardCheck } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { FilterChips, Pagination } from "@/components/workspace/list-controls";
import { PageHeader } from "@/components/workspace/page-header";
import { firstValues, hrefWith, type RawSearchParams } from "@/components/workspace/search-params";
import { requirePageRole } from "@/lib/auth/policies";
import { listReviewQueue } from "@/lib/catalog/product-queries";
import { reviewQueueParams } from "./_components/review-params";
import { ReviewQueue } from "./_components/review-queue";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Review queue",
  description: "New products and changes to live products waiting for approval, oldest first.",
};

const PATH = "/admin/catalogue";

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", PATH);
  const { kind, page } = reviewQueueParams(firstValues(await searchParams));
  const [list, fresh, changes] = await Promise.all([
    listReviewQueue({ page, kind }),
    listReviewQueue({ kind: "new", pageSize: 1 }),
    listReviewQueue({ kind: "change", pageSize: 1 }),
  ]);
  const state = { kind };
  const waiting = fresh.total + changes.total;

  return (
    <>
      <PageHeader
        title="Review queue"
        description={waiting ? `${count(waiting, "item")} waiting, oldest first. Open one to compare it with the live version.` : "Nothing is waiting for review."}
      />
      <div className="mb-4">
        <FilterChips
          label="Filter the queue"
          items={[
            { label: "All", count: waiting, href: hrefWith(PATH, state, { kind: undefined }), active: !kind },
            { label: "New products", count: fresh.total, href: hrefWith(PATH, state, { kind: "new" }), active: kind === "new" },
            { label: "Changes to live products", count: changes.total, href: hrefWith(PATH, state, { kind: "change" }), active: kind === "change" },
          ]}
        />
      </div>
      {list.items.length ? (
        <>
          <ReviewQueue items={list.items} detailQuery={kind ? `?kind=${kind}` : ""} />
          <Pagination pathname={PATH} state={state} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} noun={["item", "items"]} />
        </>
      ) : (
        <EmptyState
          icon={<ClipboardCheck />}
          title={kind ? "Nothing of this kind is waiting" : "All caught up"}
          description={waiting ? "Other items are waiting: show the whole queue." : "New products and changes sellers submit will appear here, oldest first."}
          action={
            waiting ? (
              <Link href={PATH} className={buttonVariants({ variant: "outline" })}>
                Show all {count(waiting, "item")}
              </Link>
            ) : (
              <Link href="/admin/catalogue/categories" className={buttonVariants({ variant: "outline" })}>
                Manage categories
              </Link>
            )
          }
        />
      )}
    </>
  );
}
