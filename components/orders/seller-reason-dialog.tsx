"use client";

import { useId, useRef, useState } from "react";
import { CircleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { PendingButton } from "@/components/forms/pending-button";
import { MAX_REASON_LENGTH } from "@/lib/orders/rules";

const OTHER = "Other";

/**
 * Asks why (reject, cancel, force-cancel): one tap on a common reason, or "Other" and a few words.
 * `onConfirm` resolves with an error message to show under the reason, or null when done.
 */
export function ReasonDialog({
  open,
  onOpenChange,
  title,
  description,
  reasons,
  confirmLabel,
  pendingLabel,
  keepLabel = "Keep it",
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  reasons: readonly string[];
  confirmLabel: string;
  pendingLabel: string;
  keepLabel?: string;
  onConfirm: (reason: string) => Promise<string | null>;
}) {
  const id = useId();
  const [choice, setChoice] = useState<string>(reasons[0] ?? OTHER);
  const [other, setOther] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const otherRef = useRef<HTMLTextAreaElement>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const reason = choice === OTHER ? other.trim() : choice;
    if (reason.length < 3) {
      setError("Tell us why (at least 3 characters)");
      otherRef.current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    const problem = await onConfirm(reason);
    setPending(false);
    if (problem) setError(problem);
  }

  const errorId = `${id}-error`;
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <DialogContent closeLabel={keepLabel}>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-2" aria-describedby={error ? errorId : undefined}>
            <legend className="mb-1 text-sm font-medium text-slate-800">Reason</legend>
            {[...reasons, OTHER].map((r) => (
              <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 text-sm text-slate-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name={`${id}-reason`} value={r} checked={choice === r} onChange={() => setChoice(r)} className="size-4 accent-brand-600" />
                {r}
              </label>
            ))}
          </fieldset>
          {choice === OTHER ? (
            <div className="grid gap-1.5">
              <label htmlFor={`${id}-other`} className="text-sm font-medium text-slate-800">
                In your own words
              </label>
              <textarea
                id={`${id}-other`}
                ref={otherRef}
                value={other}
                onChange={(e) => setOther(e.target.value)}
                maxLength={MAX_REASON_LENGTH}
                rows={3}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm"
              />
            </div>
          ) : null}
          {error ? (
            <p id={errorId} role="alert" className="flex items-start gap-1 text-sm text-red-700">
              <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={pending}>
              {keepLabel}
            </Button>
            <PendingButton type="submit" variant="danger" pending={pending} pendingLabel={pendingLabel}>
              {confirmLabel}
            </PendingButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
