"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Check, X } from "lucide-react";
import { PendingButton } from "@/components/forms/pending-button";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { reviewProductsAction } from "@/lib/catalog/product-actions";
import { RejectDialog } from "../../../_components/reject-dialog";
import { outcomeMessage } from "../../../_components/review-outcome";

/** Set just before moving on to the next item, so the next page takes focus (once). */
let focusOnArrival = false;

/** The item's title; takes focus when the admin arrives here from a decision on the previous item. */
export function ReviewHeading({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnArrival) return;
    focusOnArrival = false;
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="text-xl font-bold tracking-tight text-slate-900 focus:outline-none sm:text-2xl">
      {children}
    </h1>
  );
}

/**
 * Approve / Reject for one item. After a decision the admin moves on to `nextHref` (the next item in
 * the queue, or the queue when it is empty) and focus lands on that item's title.
 */
export function ReviewDecision({ productId, title, nextHref, nextLabel }: { productId: string; title: string; nextHref: string; nextLabel: string }) {
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [pending, startTransition] = useTransition();
  const [deciding, setDeciding] = useState<"approve" | "reject" | null>(null);

  function decide(decision: { decision: "approve" } | { decision: "reject"; reason: string }) {
    setDeciding(decision.decision);
    startTransition(async () => {
      const result = await reviewProductsAction({ ...decision, productIds: [productId] }).catch(() => null);
      if (!result || !result.ok) {
        toast.error(result?.message ?? "Connection problem — please try again", { id: "review" });
        return;
      }
      const message = outcomeMessage(result.data);
      if (!message.ok) {
        toast.warning(message.text, { id: "review" });
        router.refresh();
        return;
      }
      toast.success(decision.decision === "approve" ? `Approved “${title}”` : `Rejected “${title}”`, { id: "review", description: nextLabel });
      setRejecting(false);
      focusOnArrival = true;
      router.push(nextHref);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <PendingButton size="lg" className="flex-1 sm:flex-none" pending={pending && deciding === "approve"} disabled={pending} pendingLabel="Approving…" onClick={() => decide({ decision: "approve" })}>
        <Check aria-hidden="true" /> Approve
      </PendingButton>
      <Button size="lg" variant="outline" className="flex-1 text-red-700 sm:flex-none" disabled={pending} onClick={() => setRejecting(true)}>
        <X aria-hidden="true" /> Reject…
      </Button>
      <p className="w-full text-xs text-slate-600 sm:ml-2 sm:w-auto sm:flex-1">{nextLabel}</p>
      <RejectDialog open={rejecting} onOpenChange={setRejecting} what={`“${title}”`} pending={pending && deciding === "reject"} onReject={(reason) => decide({ decision: "reject", reason })} />
    </div>
  );
}
