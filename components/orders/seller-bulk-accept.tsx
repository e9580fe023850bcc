"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { CheckCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { PendingButton } from "@/components/forms/pending-button";
import { acceptPartsAction } from "@/app/seller/orders/actions";

/** "Accept all" for the new orders on the page, after a confirmation naming them. */
export function BulkAccept({ parts }: { parts: { id: string; number: string }[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  if (parts.length < 2) return null;

  function confirm() {
    startTransition(async () => {
      const result = await acceptPartsAction({ subOrderIds: parts.map((p) => p.id) }).catch(() => null);
      if (!result) {
        toast.error("We couldn't reach QuickLocal. Check your connection and try again.", { id: "bulk-accept" });
        return;
      }
      if (!result.ok) {
        toast.error(result.message, { id: "bulk-accept" });
        return;
      }
      const { accepted, failed } = result.data;
      if (accepted.length > 0) toast.success(`Accepted ${accepted.length} ${accepted.length === 1 ? "order" : "orders"}`, { id: "bulk-accept" });
      if (failed.length > 0) {
        const numbers = failed.map((f) => parts.find((p) => p.id === f.id)?.number ?? f.id).join(", ");
        toast.error(`Not accepted: ${numbers}. ${failed[0].message}`, { id: "bulk-accept-failed" });
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        <CheckCheck aria-hidden="true" />
        Accept all {parts.length}
      </Button>
      <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
        <DialogContent closeLabel="Not now">
          <DialogHeader>
            <DialogTitle>Accept {parts.length} new orders?</DialogTitle>
            <DialogDescription>
              You commit to packing and shipping {parts.map((p) => p.number).join(", ")} by their promised dates. Customers are told at once.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              Not now
            </Button>
            <PendingButton type="button" pending={pending} pendingLabel="Accepting…" onClick={confirm}>
              Accept {parts.length}
            </PendingButton>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
