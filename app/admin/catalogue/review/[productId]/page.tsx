import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArrowLeft, ExternalLink } from "lucide-react";
import Link from "next/link";
import { HistoryTimeline } from "@/components/seller/product-editor/history-timeline";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { count } from "@/components/workspace/count";
import { Notice } from "@/components/workspace/notice";
import { Section } from "@/components/workspace/page-header";
import { RelativeTime } from "@/components/workspace/relative-time";
import { firstValues, type RawSearchParams } from "@/components/workspace/search-params";
import { ProductStatusBadge } from "@/components/workspace/status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { getReviewItem, listReviewQueue, type ReviewItem } from "@/lib/catalog/product-queries";
import { productHref } from "@/lib/catalog/rules";
import { formatMoney } from "@/lib/platform/money";
import { reviewQueueParams } from "../../_components/review-params";
import { REVIEW_KIND_META } from "../../_components/review-outcome";
import { ContentDiff } from "./_components/content-diff";
import { ReviewDecision, ReviewHeading } from "./_components/review-decision";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ productId: string }>; searchParams: Promise<RawSearchParams> };

const load = cache((productId: string) => getReviewItem(productId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await load((await params).productId);
  return { title: item ? `Review: ${item.proposed.title}` : "Product not found" };
}

/** Where to go after deciding: the oldest other item of the same kind, or back to the queue. */
async function nextItem(productId: string, kind: "new" | "change" | undefined) {
  const queue = await listReviewQueue({ kind, pageSize: 2 });
  const next = queue.items.find((i) => i.productId !== productId);
  const query = kind ? `?kind=${kind}` : "";
  if (!next) return { href: `/admin/catalogue${query}`, label: "This is the last item in the queue." };
  const more = queue.total - 2;
  return {
    href: `/admin/catalogue/review/${next.productId}${query}`,
    label: `Next: “${next.title}”${more > 0 ? ` and ${count(more, "more item")}` : ""}.`,
  };
}

function Variants({ variants }: { variants: ReviewItem["product"]["variants"] }) {
  return (
    <Table>
      <caption className="sr-only">Variants with prices and stock</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>Variant</TableHead>
          <TableHead className="text-right">Price</TableHead>
          <TableHead className="hidden text-right sm:table-cell">MRP</TableHead>
          <TableHead className="text-right">Stock</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {variants.map((v) => (
          <TableRow key={v.id}>
            <TableCell>
              <div className="font-medium text-slate-900">{v.title}</div>
              <div className="font-mono text-xs text-slate-600">{v.sku}</div>
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(v.pricePaise)}
              <div className="text-xs text-slate-500 line-through sm:hidden">{v.mrpPaise > v.pricePaise ? formatMoney(v.mrpPaise) : null}</div>
            </TableCell>
            <TableCell className="hidden text-right tabular-nums text-slate-600 sm:table-cell">{formatMoney(v.mrpPaise)}</TableCell>
            <TableCell className="text-right tabular-nums">{v.stockOnHand.toLocaleString("en-IN")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export default async function ReviewItemPage({ params, searchParams }: Props) {
  const { productId } = await params;
  await requirePageRole("admin", `/admin/catalogue/review/${productId}`);
  const { kind: filter } = reviewQueueParams(firstValues(await searchParams));
  const item = await load(productId);
  if (!item) notFound();
  const { product, live, proposed, changes, history } = item;
  const next = product.kind ? await nextItem(product.id, filter) : null;

  return (
    <>
      <Link
        href={filter ? `/admin/catalogue?kind=${filter}` : "/admin/catalogue"}
        className="mb-2 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-slate-700 underline-offset-2 hover:text-brand-700 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" /> Review queue
      </Link>
      <div className="mb-5 flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          {product.kind ? <Badge tone={REVIEW_KIND_META[product.kind].tone}>{REVIEW_KIND_META[product.kind].label}</Badge> : <ProductStatusBadge status={product.status} />}
          <span className="text-sm text-slate-600">
            {product.sellerName}
            {product.submittedAt ? (
              <>
                {" "}
                · submitted <RelativeTime date={new Date(product.submittedAt)} />
              </>
            ) : null}
          </span>
        </div>
        <ReviewHeading>{proposed.title}</ReviewHeading>
        {product.kind === "change" ? (
          <p className="text-sm text-slate-600">
            {count(changes.length, "field")} changed. The live version keeps selling until you approve.{" "}
            <Link href={productHref(product.slug)} className="inline-flex items-center gap-1 font-semibold text-brand-700 underline-offset-2 hover:underline">
              Open the live page <ExternalLink aria-hidden="true" className="size-3.5" />
            </Link>
          </p>
        ) : null}
      </div>

      {next ? (
        <div className="sticky top-14 z-10 -mx-4 mb-5 border-y border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border lg:top-16">
          <ReviewDecision productId={product.id} title={proposed.title} nextHref={next.href} nextLabel={next.label} />
        </div>
      ) : (
        <Notice tone="info" title="Nothing is waiting for review on this product">
          It was already decided; its history below says who decided and why.
        </Notice>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <h2 className="mb-3 text-base font-semibold text-slate-900">{live ? "Live and proposed content" : "Proposed content"}</h2>
          <ContentDiff live={live} proposed={proposed} changes={changes} />
          {!live ? (
            <Section title={`Variants and prices (${product.variants.length})`}>
              <Variants variants={product.variants} />
            </Section>
          ) : null}
          {item.bundle ? (
            <Section title="Bundle contents">
              <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
                {item.bundle.items.map((part) => (
                  <li key={part.variantId} className="flex justify-between gap-3 px-4 py-2 text-sm">
                    <span className="min-w-0">
                      {part.quantity} × {part.productTitle}
                      {part.variantTitle ? <span className="text-slate-600"> · {part.variantTitle}</span> : null}
                    </span>
                    <span className="tabular-nums text-slate-700">{formatMoney(part.pricePaise)}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm text-slate-600">Sum of parts {formatMoney(item.bundle.sumOfPartsPaise)} · {count(item.bundle.available, "bundle")} can be made from stock.</p>
            </Section>
          ) : null}
          {item.licenceKeyCounts ? (
            <Section title="Digital delivery">
              <p className="text-sm text-slate-700">{count(item.licenceKeyCounts.available, "licence key")} ready to hand out.</p>
            </Section>
          ) : null}
        </div>
        <aside aria-labelledby="review-history">
          <h2 id="review-history" className="mb-3 text-base font-semibold text-slate-900">
            History
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <HistoryTimeline history={history} />
          </div>
        </aside>
      </div>
    </>
  );
}
