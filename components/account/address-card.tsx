"use client";
import { CircleCheck, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AddressDto } from "@/lib/identity/address-queries";
import { formatIndianMobile } from "./format";
import { LABEL_ICONS } from "./label-picker";
import { PendingButton } from "@/components/forms/pending-button";

/** One saved address with its actions: edit, delete and (unless it already is) make default. */
export function AddressCard({
  address,
  busy,
  settingDefault,
  onEdit,
  onDelete,
  onMakeDefault,
}: {
  address: AddressDto;
  /** Another action on the address book is running: keep these buttons still. */
  busy: boolean;
  settingDefault: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMakeDefault: () => void;
}) {
  const Icon = LABEL_ICONS[address.label] ?? LABEL_ICONS.Other;
  const headingId = `address-${address.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className={`flex h-full flex-col rounded-xl border bg-white p-4 shadow-sm ${address.isDefault ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="neutral">
          <Icon className="size-3.5" aria-hidden="true" />
          {address.label}
        </Badge>
        {address.isDefault ? (
          <Badge tone="brand">
            <CircleCheck className="size-3.5" aria-hidden="true" />
            Default
          </Badge>
        ) : null}
      </div>
      <h2 id={headingId} className="mt-2 font-semibold text-slate-900">
        {address.fullName}
        <span className="sr-only">, {address.label} address{address.isDefault ? ", default" : ""}</span>
      </h2>
      <address className="mt-1 flex-1 text-sm not-italic leading-relaxed text-slate-700">
        {address.line1}
        {address.line2 ? <>, {address.line2}</> : null}
        <br />
        {address.landmark ? (
          <>
            {address.landmark}
            <br />
          </>
        ) : null}
        {address.city}, {address.state} {address.pincode}
        <br />
        <span className="text-slate-600">Mobile:</span> {formatIndianMobile(address.phone)}
      </address>
      <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <Button type="button" variant="outline" size="md" onClick={onEdit} disabled={busy} aria-label={`Edit ${address.label} address of ${address.fullName}`}>
          <Pencil aria-hidden="true" />
          Edit
        </Button>
        <Button type="button" variant="ghost" size="md" onClick={onDelete} disabled={busy} className="text-red-700 hover:bg-red-50" aria-label={`Delete ${address.label} address of ${address.fullName}`}>
          <Trash2 aria-hidden="true" />
          Delete
        </Button>
        {!address.isDefault ? (
          <PendingButton type="button" variant="ghost" size="md" onClick={onMakeDefault} pending={settingDefault} pendingLabel="Setting…" disabled={busy} className="text-brand-700">
            Set as default
          </PendingButton>
        ) : null}
      </div>
    </article>
  );
}
