"use client";
import { PendingButton } from "@/components/forms/pending-button";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/** The footer of a "delete this?" dialog: "Keep it" and the red confirm button (disabled while it runs). */
export function ConfirmFooter({
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  onKeep,
}: {
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onKeep} disabled={pending}>
        Keep it
      </Button>
      <PendingButton type="button" variant="danger" pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
        {confirmLabel}
      </PendingButton>
    </DialogFooter>
  );
}
