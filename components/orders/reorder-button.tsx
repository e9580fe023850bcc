"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RotateCcw } from "lucide-react";
import { PendingButton } from "@/components/forms/pending-button";
import { toast } from "@/components/ui/toaster";
import { reorderAction } from "@/app/(storefront)/account/orders/actions";

/** "Buy again": puts the order's items back in the cart at today's prices and says what could not be added. */
export function ReorderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function reorder() {
    startTransition(async () => {
      try {
        const result = await reorderAction({ orderId });
        if (!result.ok) {
          toast.error(result.message, { id: "reorder" });
          return;
        }
        const { added, skipped } = result.data;
        const notAdded = skipped.map((s) => `${s.title}: ${s.reason}`).join(" ");
        if (added === 0) {
          toast.error(`Nothing could be added to your cart. ${notAdded}`, { id: "reorder" });
          return;
        }
        toast.success(`${added} ${added === 1 ? "item" : "items"} added to your cart.`, {
          id: "reorder",
          description: notAdded || undefined,
          action: { label: "Go to cart", onClick: () => router.push("/cart") },
        });
        router.refresh();
      } catch {
        toast.error("Connection problem — please try again", { id: "reorder" });
      }
    });
  }

  return (
    <PendingButton type="button" variant="outline" onClick={reorder} pending={pending} pendingLabel="Adding to cart…">
      <RotateCcw aria-hidden="true" />
      Buy again
    </PendingButton>
  );
}
