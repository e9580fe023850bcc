"use client";

import { Check, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { PendingButton } from "@/components/forms/pending-button";
import { confirmSandboxPaymentAction } from "@/app/(storefront)/checkout/actions";

type Outcome = "approve" | "decline";

/** Approve or Decline the SANDBOX payment; the answer sends the customer on (or says what happened). */
export function SandboxPayForm({ paymentId }: { paymentId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<Outcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const busy = useRef(false);

  async function answer(outcome: Outcome) {
    if (busy.current) return;
    busy.current = true;
    setPending(outcome);
    setMessage(null);
    try {
      const result = await confirmSandboxPaymentAction({ paymentId, outcome });
      if (!result.ok) setMessage(result.message);
      else if (result.data.status === "captured") {
        router.push(`/checkout/confirmation/${result.data.orderId}`);
        return;
      } else {
        // Declined or expired: the page shows the payment's final state.
        router.refresh();
      }
    } catch {
      setMessage("We couldn't reach QuickLocal. Check your connection and try again — you won't be charged twice.");
    }
    busy.current = false;
    setPending(null);
  }

  return (
    <div className="grid gap-3">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <PendingButton type="button" size="lg" pending={pending === "approve"} pendingLabel="Approving…" disabled={pending !== null} onClick={() => answer("approve")}>
          <Check aria-hidden="true" />
          Approve payment
        </PendingButton>
        <PendingButton type="button" size="lg" variant="outline" pending={pending === "decline"} pendingLabel="Declining…" disabled={pending !== null} onClick={() => answer("decline")}>
          <X aria-hidden="true" />
          Decline payment
        </PendingButton>
      </div>
    </div>
  );
}
