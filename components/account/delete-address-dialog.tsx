"use client";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { AddressDto } from "@/lib/identity/address-queries";
import { PendingButton } from "@/components/forms/pending-button";

/** "Delete this address?" — names the address, says what happens to the default, and waits for the server. */
export function DeleteAddressDialog({
  address,
  pending,
  hasOthers,
  onConfirm,
  onClose,
}: {
  address: AddressDto | null;
  pending: boolean;
  hasOthers: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={address !== null} onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent role="alertdialog" closeLabel="Keep the address">
        <DialogHeader>
          <DialogTitle>Delete this address?</DialogTitle>
          <DialogDescription>
            {address ? (
              <>
                {address.label}: {address.fullName}, {address.line1}, {address.city} {address.pincode}.{" "}
                {address.isDefault && hasOthers ? "Your oldest other address will become the default." : ""}
              </>
            ) : null}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onClose} disabled={pending}>
            Keep it
          </Button>
          <PendingButton type="button" variant="danger" onClick={onConfirm} pending={pending} pendingLabel="Deleting…">
            Delete address
          </PendingButton>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
