"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { PendingButton } from "@/components/forms/pending-button";
import { CharCounter } from "@/components/seller/product-editor/text-area-field";
import { FormField, describedBy } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { reviewDecisionSchema } from "@/lib/catalog/product-schemas";

/** The reason rule of the server's reject decision (5–1,000 characters), for the form. */
const rejectReason = reviewDecisionSchema.options[1].shape.reason;
const reasonSchema = z.object({ reason: rejectReason });
type ReasonInput = z.input<typeof reasonSchema>;
const MAX_REASON = 1000;

/**
 * Asks why the products are rejected (the seller sees this text). `onReject` runs the decision; the
 * dialog stays open with the typed reason while it is pending or when it fails.
 */
export function RejectDialog({
  open,
  onOpenChange,
  what,
  pending,
  onReject,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** "3 products", "“Organic honey 500 g”"… */
  what: string;
  pending: boolean;
  onReject: (reason: string) => void;
}) {
  const form = useForm<ReasonInput>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: "" } });
  const reason = useWatch({ control: form.control, name: "reason" }) ?? "";
  const error = form.formState.errors.reason?.message;
  const hint = "The seller sees this. Say what to fix, e.g. “Photos show a different pack size”.";
  const onSubmit = form.handleSubmit((values) => onReject(values.reason));

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent className="max-w-lg" closeLabel="Cancel rejecting">
        <DialogHeader>
          <DialogTitle>Reject {what}?</DialogTitle>
          <DialogDescription>Rejected products go back to their sellers with your reason; a rejected change leaves the live version as it is.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <FormField id="reject-reason" label="Reason" error={error} hint={hint} labelAside={<CharCounter length={reason.trim().length} max={MAX_REASON} />}>
            <textarea
              id="reject-reason"
              rows={4}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy("reject-reason", { error, hint })}
              className="flex min-h-24 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm"
              {...form.register("reason")}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
              Cancel
            </Button>
            <PendingButton type="submit" variant="danger" pending={pending} pendingLabel="Rejecting…">
              Reject
            </PendingButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
