"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { PendingButton } from "@/components/forms/pending-button";
import { transitionPartAction } from "@/app/seller/orders/actions";
import type { NextAction } from "@/lib/orders/rules";
import type { ActionResult, FieldErrors } from "@/lib/platform/errors";
import type { SubOrderStatus } from "@/models/orders";
import { SELLER_REJECT_REASONS } from "./seller-action-rules";
import { HandOverDialog } from "./seller-handover-dialog";
import { ReasonDialog } from "./seller-reason-dialog";

const DONE: Partial<Record<SubOrderStatus, string>> = {
  accepted: "accepted",
  packed: "marked packed",
  ready_to_ship: "marked ready to ship",
  shipped: "handed over to the carrier",
  cancelled: "rejected",
};

const UNREACHABLE = "We couldn't reach QuickLocal. Check your connection and try again.";

/**
 * The seller's next steps on one part, from lib/orders/rules nextActions: one tap for accept / pack /
 * ready, a dialog for hand-over (carrier + tracking) and for reject/cancel (reason).
 */
export function SellerPartActions({ part, actions }: { part: { id: string; number: string }; actions: NextAction[] }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<"reason" | "handover" | null>(null);
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<SubOrderStatus | null>(null);

  async function run(to: SubOrderStatus, extra: Record<string, string> = {}): Promise<ActionResult<{ number: string; status: string }> | null> {
    const result = await transitionPartAction({ subOrderId: part.id, to, ...extra }).catch(() => null);
    if (!result) {
      toast.error(UNREACHABLE, { id: `part-${part.id}` });
      return null;
    }
    if (!result.ok) {
      toast.error(result.message, { id: `part-${part.id}` });
      return result;
    }
    toast.success(`${part.number} ${DONE[to] ?? "updated"}`, { id: `part-${part.id}-${to}` });
    setDialog(null);
    router.refresh();
    return result;
  }

  function oneTap(to: SubOrderStatus) {
    setRunning(to);
    startTransition(async () => {
      await run(to);
      setRunning(null);
    });
  }

  async function confirmReason(reason: string): Promise<string | null> {
    const result = await run("cancelled", { reason });
    if (!result) return UNREACHABLE;
    return result.ok ? null : (result.fieldErrors?.reason?.[0] ?? result.message);
  }

  async function confirmHandOver(values: { carrier: string; trackingNumber: string }): Promise<FieldErrors | null> {
    const result = await run("shipped", values);
    if (!result) return { _form: [UNREACHABLE] };
    if (result.ok) return null;
    return result.fieldErrors ?? { _form: [result.message] };
  }

  if (actions.length === 0) return null;
  const cancel = actions.find((a) => a.to === "cancelled");
  return (
    <div className="flex flex-wrap gap-2">
      {actions
        .filter((a) => a.to !== "cancelled")
        .map((a) =>
          a.to === "shipped" ? (
            <Button key={a.to} type="button" onClick={() => setDialog("handover")} aria-label={`${a.label}: ${part.number}`}>
              {a.label}
            </Button>
          ) : (
            <PendingButton
              key={a.to}
              type="button"
             
              pending={pending && running === a.to}
              disabled={pending}
              pendingLabel="Saving…"
              onClick={() => oneTap(a.to)}
              aria-label={`${a.label}: ${part.number}`}
            >
              {a.label}
            </PendingButton>
          ),
        )}
      {cancel ? (
        <Button type="button" variant="outline" disabled={pending} onClick={() => setDialog("reason")} aria-label={`${cancel.label}: ${part.number}`}>
          {cancel.label}
        </Button>
      ) : null}
      {cancel ? (
        <ReasonDialog
          open={dialog === "reason"}
          onOpenChange={(open) => setDialog(open ? "reason" : null)}
          title={`${cancel.label} ${part.number}?`}
          description="The customer is told at once, the stock goes back to your inventory and any payment is refunded. This can't be undone."
          reasons={SELLER_REJECT_REASONS}
          confirmLabel={cancel.label}
          pendingLabel={cancel.label === "Reject" ? "Rejecting…" : "Cancelling…"}
          onConfirm={confirmReason}
        />
      ) : null}
      {actions.some((a) => a.to === "shipped") ? (
        <HandOverDialog open={dialog === "handover"} onOpenChange={(open) => setDialog(open ? "handover" : null)} partNumber={part.number} onConfirm={confirmHandOver} />
      ) : null}
    </div>
  );
}
