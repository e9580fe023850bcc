"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Bike, CircleCheckBig } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { PendingButton } from "@/components/forms/pending-button";
import { deliveryStepAction } from "@/app/delivery/actions";
import { formatMoney } from "@/lib/platform/money";
import { enqueue } from "./delivery-queue";

type Step = "out_for_delivery" | "delivered";

/**
 * Big one-handed buttons for a delivery: "Out for delivery", then "Mark delivered" with a confirmation
 * (and the cash to collect for COD). Without signal the step is saved on the phone and sent later.
 */
export function DeliveryTaskActions({ part, steps, codPaise }: { part: { id: string; number: string }; steps: Step[]; codPaise: number | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [collected, setCollected] = useState(false);

  function send(to: Step) {
    startTransition(async () => {
      const result = await deliveryStepAction({ subOrderId: part.id, to }).catch(() => null);
      setConfirming(false);
      if (!result) {
        enqueue({ subOrderId: part.id, number: part.number, to, at: Date.now() });
        toast.warning(`No connection: ${part.number} is saved on this phone and will be sent automatically.`, { id: `step-${part.id}` });
        return;
      }
      if (!result.ok) toast.error(result.message, { id: `step-${part.id}` });
      else toast.success(to === "delivered" ? `${part.number} delivered` : `${part.number} is out for delivery`, { id: `step-${part.id}-${to}` });
      router.refresh();
    });
  }

  const big = "min-h-14 w-full text-base";
  return (
    <div className="grid gap-2">
      {steps.includes("out_for_delivery") ? (
        <PendingButton type="button" size="lg" variant="outline" className={big} pending={pending && !confirming} pendingLabel="Saving…" onClick={() => send("out_for_delivery")}>
          <Bike aria-hidden="true" className="size-5!" />
          Out for delivery
        </PendingButton>
      ) : null}
      {steps.includes("delivered") ? (
        <Button type="button" size="lg" className={big} disabled={pending} onClick={() => setConfirming(true)}>
          <CircleCheckBig aria-hidden="true" className="size-5!" />
          Mark delivered
        </Button>
      ) : null}
      <Dialog open={confirming} onOpenChange={(open) => !pending && setConfirming(open)}>
        <DialogContent closeLabel="Not yet">
          <DialogHeader>
            <DialogTitle>Delivered {part.number}?</DialogTitle>
            <DialogDescription>Confirm only once the customer has the parcel in hand.</DialogDescription>
          </DialogHeader>
          {codPaise !== null ? (
            <label className="flex min-h-14 items-center gap-3 rounded-xl border-2 border-amber-400 bg-amber-50 px-4 text-base font-semibold text-amber-950">
              <input type="checkbox" checked={collected} onChange={(e) => setCollected(e.target.checked)} className="size-6 accent-brand-600" />I collected {formatMoney(codPaise)} in cash
            </label>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" size="lg" onClick={() => setConfirming(false)} disabled={pending}>
              Not yet
            </Button>
            <PendingButton type="button" size="lg" pending={pending} pendingLabel="Saving…" disabled={codPaise !== null && !collected} onClick={() => send("delivered")}>
              Confirm delivery
            </PendingButton>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
