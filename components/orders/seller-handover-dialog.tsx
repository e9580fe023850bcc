"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { describedBy, FormField } from "@/components/auth/form-field";
import { PendingButton } from "@/components/forms/pending-button";
import type { FieldErrors } from "@/lib/platform/errors";
import { CARRIERS, handOverProblems } from "./seller-action-rules";

/** Hand a packed part to the carrier: carrier name (suggested list or free text) and tracking number. */
export function HandOverDialog({
  open,
  onOpenChange,
  partNumber,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  partNumber: string;
  /** Resolves with field errors to show, or null when done. */
  onConfirm: (values: { carrier: string; trackingNumber: string }) => Promise<FieldErrors | null>;
}) {
  const id = useId();
  const [carrier, setCarrier] = useState("");
  const [trackingNumber, setTrackingNumber] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const values = { carrier: carrier.trim(), trackingNumber: trackingNumber.trim() };
    let problems = handOverProblems({ to: "shipped", ...values });
    if (!problems) {
      setPending(true);
      problems = await onConfirm(values);
      setPending(false);
    }
    setErrors(problems ?? {});
    if (problems) document.getElementById(`${id}-${problems.carrier ? "carrier" : "tracking"}`)?.focus();
  }

  const carrierError = errors.carrier?.[0];
  const trackingError = errors.trackingNumber?.[0];
  const formError = errors._form?.[0];
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent closeLabel="Not yet">
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Hand over {partNumber}</DialogTitle>
            <DialogDescription>The customer gets the carrier and tracking number to follow the parcel.</DialogDescription>
          </DialogHeader>
          <FormField id={`${id}-carrier`} label="Carrier" error={carrierError}>
            <Input
              id={`${id}-carrier`}
              list={`${id}-carriers`}
              value={carrier}
              onChange={(e) => setCarrier(e.target.value)}
              maxLength={60}
              autoComplete="off"
              aria-invalid={carrierError ? true : undefined}
              aria-describedby={describedBy(`${id}-carrier`, { error: carrierError })}
            />
          </FormField>
          <datalist id={`${id}-carriers`}>
            {CARRIERS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <FormField id={`${id}-tracking`} label="Tracking number" error={trackingError} hint="As printed on the carrier's label">
            <Input
              id={`${id}-tracking`}
              value={trackingNumber}
              onChange={(e) => setTrackingNumber(e.target.value)}
              maxLength={40}
              autoComplete="off"
              autoCapitalize="characters"
              className="font-mono"
              aria-invalid={trackingError ? true : undefined}
              aria-describedby={describedBy(`${id}-tracking`, { error: trackingError, hint: "x" })}
            />
          </FormField>
          {formError ? (
            <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              {formError}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
              Not yet
            </Button>
            <PendingButton type="submit" pending={pending} pendingLabel="Saving…">
              Hand over
            </PendingButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
