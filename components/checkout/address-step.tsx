"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { AddressForm } from "@/components/account/address-form";
import { formatIndianMobile } from "@/components/account/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AddressDto } from "@/lib/identity/address-queries";
import { cn } from "@/lib/ui/cn";

export function addressLine(a: AddressDto): string {
  return [a.line1, a.line2, a.landmark, a.city, `${a.state} ${a.pincode}`].filter(Boolean).join(", ");
}

/** Pick a saved address (radio cards) or add one inline; "Deliver here" confirms the pick. */
export function AddressStep({
  addresses,
  selectedId,
  defaultName,
  defaultPhone,
  busy,
  onSelect,
  onAdded,
  onContinue,
}: {
  addresses: AddressDto[];
  selectedId: string | null;
  defaultName: string;
  defaultPhone: string | null;
  busy: boolean;
  onSelect: (id: string) => void;
  onAdded: (address: AddressDto) => void;
  onContinue: () => void;
}) {
  const [adding, setAdding] = useState(addresses.length === 0);

  if (adding) {
    return (
      <div className="grid gap-3">
        <h3 className="text-sm font-semibold text-slate-900">{addresses.length === 0 ? "Where should we deliver?" : "Add a new address"}</h3>
        <AddressForm
          address={null}
          isFirst={addresses.length === 0}
          defaultName={defaultName}
          defaultPhone={defaultPhone}
          onSaved={(address) => {
            setAdding(false);
            onAdded(address);
          }}
          onCancel={() => setAdding(false)}
        />
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      <fieldset className="grid gap-2">
        <legend className="sr-only">Delivery address</legend>
        {addresses.map((a) => (
          <label
            key={a.id}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              a.id === selectedId ? "border-brand-600 bg-brand-50/50 ring-1 ring-brand-600" : "border-slate-200 hover:bg-slate-50",
            )}
          >
            <input type="radio" name="checkout-address" value={a.id} checked={a.id === selectedId} onChange={() => onSelect(a.id)} className="mt-1 size-5 shrink-0 accent-brand-600" />
            <span className="min-w-0 text-sm">
              <span className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {a.fullName}
                <Badge tone="neutral">{a.label}</Badge>
                {a.isDefault ? <Badge tone="brand">Default</Badge> : null}
              </span>
              <span className="mt-0.5 block text-slate-700">{addressLine(a)}</span>
              <span className="block text-slate-600">{formatIndianMobile(a.phone)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="outline" onClick={() => setAdding(true)}>
          <Plus aria-hidden="true" />
          Add a new address
        </Button>
        <Button type="button" onClick={onContinue} disabled={!selectedId || busy}>
          Deliver here
        </Button>
      </div>
    </div>
  );
}
