"use client";
import { useState, useTransition } from "react";
import { MapPinPlus } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { deleteAddressAction, setDefaultAddressAction } from "@/lib/identity/address-actions";
import type { AddressDto } from "@/lib/identity/address-queries";
import { MAX_ADDRESSES_PER_USER } from "@/lib/identity/address-schemas";
import { AddressCard } from "./address-card";
import { AddressForm } from "./address-form";
import { DeleteAddressDialog } from "./delete-address-dialog";

type Editing = { mode: "add" } | { mode: "edit"; address: AddressDto } | null;

const NETWORK_ERROR = "We couldn't reach QuickLocal. Check your connection and try again.";

/** The address book: cards with edit / delete / set default, and one dialog to add or edit. */
export function AddressBook({ addresses, defaultName, defaultPhone }: { addresses: AddressDto[]; defaultName: string; defaultPhone: string | null }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AddressDto | null>(null);
  const [defaultingId, setDefaultingId] = useState<string | null>(null);
  const [deletePending, startDelete] = useTransition();
  const [defaultPending, startDefault] = useTransition();
  const atLimit = addresses.length >= MAX_ADDRESSES_PER_USER;
  const busy = deletePending || defaultPending;

  function openAdd() {
    if (atLimit) {
      toast.error(`You can save up to ${MAX_ADDRESSES_PER_USER} addresses. Delete one you no longer use, then add the new one.`, { id: "address-limit" });
      return;
    }
    setEditing({ mode: "add" });
  }

  function makeDefault(address: AddressDto) {
    setDefaultingId(address.id);
    startDefault(async () => {
      try {
        const result = await setDefaultAddressAction(address.id);
        if (result.ok) toast.success(`${address.label} address of ${address.fullName} is now your default`, { id: "address-default" });
        else toast.error(result.message, { id: "address-default" });
      } catch {
        toast.error(NETWORK_ERROR, { id: "address-default" });
      } finally {
        setDefaultingId(null);
      }
    });
  }

  function confirmDelete() {
    const target = deleting;
    if (!target) return;
    startDelete(async () => {
      try {
        const result = await deleteAddressAction(target.id);
        if (result.ok) {
          toast.success("Address deleted", { id: "address-delete" });
          setDeleting(null);
        } else {
          toast.error(result.message, { id: "address-delete" });
          if (result.code === "not_found") setDeleting(null);
        }
      } catch {
        toast.error(NETWORK_ERROR, { id: "address-delete" });
      }
    });
  }

  const editingAddress = editing?.mode === "edit" ? editing.address : null;

  return (
    <>
      {addresses.length > 0 ? (
        <div className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-slate-600">
            {addresses.length} of {MAX_ADDRESSES_PER_USER} addresses saved
          </p>
          <Button type="button" onClick={openAdd} aria-disabled={atLimit || undefined} className="w-full sm:w-auto">
            <MapPinPlus aria-hidden="true" />
            Add a new address
          </Button>
        </div>
      ) : null}
      {atLimit ? (
        <p role="status" className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          You have saved the maximum of {MAX_ADDRESSES_PER_USER} addresses. Delete one you no longer use to add another.
        </p>
      ) : null}

      {addresses.length === 0 ? (
        <EmptyState
          icon={MapPinPlus}
          title="No saved addresses yet"
          description="Save where you want your orders delivered. Your first address becomes your default, so checkout is quicker."
        >
          <Button type="button" onClick={openAdd}>
            <MapPinPlus aria-hidden="true" />
            Add an address
          </Button>
        </EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {addresses.map((address) => (
            <li key={address.id}>
              <AddressCard
                address={address}
                busy={busy}
                settingDefault={defaultPending && defaultingId === address.id}
                onEdit={() => setEditing({ mode: "edit", address })}
                onDelete={() => setDeleting(address)}
                onMakeDefault={() => makeDefault(address)}
              />
            </li>
          ))}
        </ul>
      )}

      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)}>
        <DialogContent className="max-w-lg" closeLabel="Close without saving" onInteractOutside={(event) => event.preventDefault()}>
          <DialogHeader>
            <DialogTitle>{editingAddress ? "Edit address" : "Add a new address"}</DialogTitle>
            <DialogDescription>
              {editingAddress ? "Changes apply to future orders." : "Where should we deliver? All fields are required unless marked optional."}
            </DialogDescription>
          </DialogHeader>
          {editing ? (
            <AddressForm
              key={editingAddress?.id ?? "new"}
              address={editingAddress}
              isFirst={addresses.length === 0}
              defaultName={defaultName}
              defaultPhone={defaultPhone}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
            />
          ) : null}
        </DialogContent>
      </Dialog>

      <DeleteAddressDialog
        address={deleting}
        pending={deletePending}
        hasOthers={addresses.length > 1}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
