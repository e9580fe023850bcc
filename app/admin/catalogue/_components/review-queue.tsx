"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { Check, ImageOff, X } from "lucide-react";
import { PendingButton } from "@/components/forms/pending-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { count } from "@/components/workspace/count";
import { RelativeTime } from "@/components/workspace/relative-time";
import { reviewProductsAction } from "@/lib/catalog/product-actions";
import type { ReviewQueueItem } from "@/lib/catalog/product-queries";
import { cn } from "@/lib/ui/cn";
import { RejectDialog } from "./reject-dialog";
import { outcomeMessage, REVIEW_KIND_META } from "./review-outcome";
import { useAdminAction } from "./use-admin-action";

function Thumb({ url }: { url: string | null }) {
  const frame = "size-14 shrink-0 rounded-lg border border-slate-200 sm:size-16";
  if (!url) {
    return (
      <span aria-hidden="true" className={cn(frame, "grid place-items-center bg-slate-50 text-slate-400")}>
        <ImageOff className="size-5" />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- the /media route serves pre-sized copies; next/image is unoptimized here
  return <img src={url} alt="" width={64} height={64} loading="lazy" decoding="async" className={cn(frame, "bg-white object-contain")} />;
}

/**
 * One page of the review queue, oldest first. Tick items (or the whole page) to approve or reject
 * them together (after a confirmation); rejecting asks for the reason the sellers see. After a decision the selection
 * clears and focus returns to the list.
 */
export function ReviewQueue({ items, detailQuery }: { items: ReviewQueueItem[]; detailQuery: string }) {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const review = useAdminAction("review");
  const listRef = useRef<HTMLHeadingElement>(null);
  // Items decided elsewhere drop out of the list on refresh; keep only what is still shown.
  const chosen = items.filter((i) => selected.has(i.productId)).map((i) => i.productId);
  const allChosen = chosen.length === items.length && items.length > 0;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function decide(decision: { decision: "approve" } | { decision: "reject"; reason: string }) {
    review.run(
      () => reviewProductsAction({ ...decision, productIds: chosen }),
      (outcome) => {
        const message = outcomeMessage(outcome);
        if (message.ok) toast.success(message.text, { id: "review" });
        else toast.warning(message.text, { id: "review" });
        setSelected(new Set());
        setRejecting(false);
        setApproving(false);
        listRef.current?.focus();
      },
    );
  }

  return (
    <>
      <div className="sticky top-14 z-10 -mx-4 mb-3 flex flex-wrap items-center gap-2 border-y border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-xl sm:border lg:top-16">
        <label className="flex min-h-11 cursor-pointer items-center gap-3 pr-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="size-5 accent-brand-600"
            checked={allChosen}
            ref={(el) => {
              if (el) el.indeterminate = chosen.length > 0 && !allChosen;
            }}
            onChange={() => setSelected(allChosen ? new Set() : new Set(items.map((i) => i.productId)))}
          />
          {chosen.length ? `${chosen.length} selected` : "Select all"}
        </label>
        <div className="ml-auto flex gap-2">
          <Button disabled={!chosen.length || review.pending} onClick={() => setApproving(true)}>
            <Check aria-hidden="true" /> Approve…
          </Button>
          <Button variant="outline" className="text-red-700" disabled={!chosen.length || review.pending} onClick={() => setRejecting(true)}>
            <X aria-hidden="true" /> Reject…
          </Button>
        </div>
      </div>

      <h2 id="review-queue-heading" ref={listRef} tabIndex={-1} className="sr-only">
        Waiting for review
      </h2>
      <ul aria-labelledby="review-queue-heading" className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white" aria-busy={review.pending || undefined}>
        {items.map((item) => {
          const checked = selected.has(item.productId);
          const meta = REVIEW_KIND_META[item.kind];
          return (
            <li key={item.productId} className={cn("flex items-center gap-3 px-3 py-2 sm:px-4", checked && "bg-brand-50/60")}>
              <input
                type="checkbox"
                className="size-5 shrink-0 accent-brand-600"
                checked={checked}
                onChange={() => toggle(item.productId)}
                aria-label={`Select ${item.title}`}
              />
              <Thumb url={item.imageUrl} />
              <div className="min-w-0 flex-1 py-1">
                <Link
                  href={`/admin/catalogue/review/${item.productId}${detailQuery}`}
                  className="line-clamp-2 font-medium text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline"
                >
                  {item.title}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                  <Badge tone={meta.tone}>{meta.label}</Badge>
                  <span>{item.sellerName}</span>
                  <span aria-hidden="true">·</span>
                  <span>
                    submitted <RelativeTime date={new Date(item.submittedAt)} />
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ul>

      <Dialog open={approving} onOpenChange={(open) => !review.pending && setApproving(open)}>
        <DialogContent role="alertdialog" closeLabel="Cancel approving">
          <DialogHeader>
            <DialogTitle>Approve {count(chosen.length, "product")}?</DialogTitle>
            <DialogDescription>New products go live at once; approved changes replace the live versions. Open an item first to compare it with what is live.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setApproving(false)} disabled={review.pending}>
              Cancel
            </Button>
            <PendingButton type="button" pending={review.pending} pendingLabel="Approving…" onClick={() => decide({ decision: "approve" })}>
              Approve {count(chosen.length, "product")}
            </PendingButton>
          </DialogFooter>
        </DialogContent>
      </Dialog>

      <RejectDialog
        open={rejecting}
        onOpenChange={setRejecting}
        what={count(chosen.length, "product")}
        pending={review.pending}
        onReject={(reason) => decide({ decision: "reject", reason })}
      />
    </>
  );
}
