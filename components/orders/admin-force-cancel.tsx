"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { forceCancelAction } from "@/app/admin/orders/actions";
import { ReasonDialog } from "./seller-reason-dialog";

const ADMIN_REASONS = ["Customer asked support to cancel", "Suspected fraud", "Seller cannot fulfil", "Payment problem", "Duplicate order"] as const;

/** "Force-cancel" for an order (every part not yet shipped) or one part, with a reason. */
export function ForceCancelButton({ target, label, size = "md" }: { target: { orderId: string } | { subOrderId: string; number: string }; label: string; size?: "sm" | "md" }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const what = "subOrderId" in target ? `part ${target.number}` : "this order";

  async function confirm(reason: string): Promise<string | null> {
    const result = await forceCancelAction({ ...target, reason }).catch(() => null);
    if (!result) return "We couldn't reach QuickLocal. Check your connection and try again.";
    if (!result.ok) return result.fieldErrors?.reason?.[0] ?? result.message;
    toast.success(`Cancelled ${result.data.cancelled.join(", ")}`, { id: "force-cancel" });
    setOpen(false);
    router.refresh();
    return null;
  }

  return (
    <>
      <Button type="button" variant="outline" size={size} className="border-red-300 text-red-800 hover:bg-red-50" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ReasonDialog
        open={open}
        onOpenChange={setOpen}
        title={`Force-cancel ${what}?`}
        description={
          "subOrderId" in target
            ? "Only this part is cancelled: its stock goes back, a refund is requested and the customer and the seller are told. This can't be undone."
            : "Every part that has not shipped is cancelled: stock goes back, refunds are requested and the customer and sellers are told. Shipped parts are not affected. This can't be undone."
        }
        reasons={ADMIN_REASONS}
        confirmLabel="Force-cancel"
        pendingLabel="Cancelling…"
        onConfirm={confirm}
      />
    </>
  );
}
