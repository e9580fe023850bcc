"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { PendingButton } from "@/components/forms/pending-button";
import { toast } from "@/components/ui/toaster";
import { formatDateTime } from "@/components/workspace/format-date";
import { cancelDealAction } from "@/lib/catalog/deals-actions";
import type { SellerDealRow } from "@/lib/catalog/deals-queries";
import type { DealStatus } from "@/lib/catalog/deals-rules";
import { formatMoney } from "@/lib/platform/money";

export const DEAL_STATUS_META: Record<DealStatus, { label: string; tone: "neutral" | "success" | "warning" | "danger" | "info" | "brand" }> = {
  live: { label: "Live", tone: "success" },
  scheduled: { label: "Scheduled", tone: "info" },
  ended: { label: "Ended", tone: "neutral" },
  sold_out: { label: "Sold out", tone: "warning" },
  cancelled: { label: "Cancelled", tone: "danger" },
};

const cancellable = (s: DealStatus) => s === "live" || s === "scheduled";

/** The seller's deals as cards: product, prices, window in India time, sold/cap, status, and Cancel (with confirmation). */
export function DealList({ deals }: { deals: SellerDealRow[] }) {
  const router = useRouter();
  const [target, setTarget] = useState<SellerDealRow | null>(null);
  const [pending, startTransition] = useTransition();

  function confirmCancel() {
    if (!target) return;
    const deal = target;
    startTransition(async () => {
      const result = await cancelDealAction(deal.id).catch(() => null);
      if (!result) {
        toast.error("Connection problem — please try again", { id: "deal-cancel" });
        return;
      }
      if (!result.ok) {
        toast.error(result.message, { id: "deal-cancel" });
        return;
      }
      toast.success("Deal cancelled", { id: "deal-cancel" });
      setTarget(null);
      router.refresh();
    });
  }

  return (
    <>
      <ul aria-label="Your deals" className="grid gap-3">
        {deals.map((d) => {
          const meta = DEAL_STATUS_META[d.status];
          const showVariant = d.variantTitle && d.variantTitle !== d.productTitle;
          return (
            <li key={d.id} className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-center">
              <div className="grid min-w-0 gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="min-w-0 truncate font-semibold text-slate-900">{d.productTitle}</p>
                  <Badge tone={meta.tone}>{meta.label}</Badge>
                </div>
                <p className="text-xs text-slate-600">
                  {showVariant ? `${d.variantTitle} · ` : ""}
                  <span className="font-mono">{d.variantSku}</span>
                </p>
                <p className="text-sm text-slate-800">
                  <span className="font-bold">{formatMoney(d.dealPricePaise, d.currency, { compact: true })}</span>{" "}
                  <span className="text-slate-600">
                    instead of <s>{formatMoney(d.pricePaise, d.currency, { compact: true })}</s>
                  </span>
                </p>
                <p className="text-xs text-slate-700">
                  {formatDateTime(new Date(d.startsAt))} → {formatDateTime(new Date(d.endsAt))}
                </p>
                <p className="text-xs text-slate-700">
                  {d.quantityCap === null ? `${d.soldCount} sold · no cap` : `${d.soldCount} of ${d.quantityCap} sold`}
                </p>
              </div>
              {cancellable(d.status) && (
                <Button type="button" variant="outline" onClick={() => setTarget(d)} aria-label={`Cancel the deal on ${d.productTitle} (${d.variantSku})`}>
                  Cancel deal
                </Button>
              )}
            </li>
          );
        })}
      </ul>

      <Dialog open={target !== null} onOpenChange={(open) => !open && !pending && setTarget(null)}>
        <DialogContent role="alertdialog" closeLabel="Keep the deal">
          <DialogHeader>
            <DialogTitle>Cancel this deal?</DialogTitle>
            <DialogDescription>
              {target
                ? `${target.productTitle} (${target.variantSku}) goes back to ${formatMoney(target.pricePaise, target.currency, { compact: true })} at once. This can't be undone; you can create a new deal later.`
                : null}
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setTarget(null)} disabled={pending}>
              Keep it
            </Button>
            <PendingButton type="button" variant="danger" onClick={confirmCancel} pending={pending} pendingLabel="Cancelling…">
              Cancel deal
            </PendingButton>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
