"use client";
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { PendingButton } from "@/components/forms/pending-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { cancelOrderAction } from "@/app/(storefront)/account/orders/actions";
import { CUSTOMER_CANCEL_REASONS, cancelOrderSchema } from "@/lib/orders/schemas";

const OTHER = "Other";

/**
 * "Cancel order" / "Cancel this part": asks why (a common reason or the customer's own words), then
 * cancels on the server. Stock goes back and any payment is refunded; the page refreshes to show it.
 */
export function CancelOrderDialog({ orderId, orderNumber, part }: { orderId: string; orderNumber: string; part?: { id: string; number: string; sellerName: string } }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string>(CUSTOMER_CANCEL_REASONS[0]);
  const [details, setDetails] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const what = part ? `the part from ${part.sellerName}` : `order ${orderNumber}`;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const reason = choice === OTHER ? details.trim() : details.trim() ? `${choice}: ${details.trim()}` : choice;
    const input = { orderId, subOrderId: part?.id, reason };
    const parsed = cancelOrderSchema.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Tell us why");
      detailsRef.current?.focus();
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const result = await cancelOrderAction(input);
        if (result.ok) {
          toast.success(part ? `Cancelled ${part.number}. Any payment for it will be refunded.` : `Order ${orderNumber} is cancelled.`, { id: "order-cancel" });
          setOpen(false);
          router.refresh();
        } else {
          setError(result.fieldErrors?.reason?.[0] ?? result.message);
          if (result.fieldErrors?.reason) detailsRef.current?.focus();
          toast.error(result.message, { id: "order-cancel" });
        }
      } catch {
        toast.error("Connection problem — please try again", { id: "order-cancel" });
      }
    });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <DialogTrigger asChild>
        <Button type="button" variant={part ? "ghost" : "outline"} size={part ? "sm" : "md"} className={part ? "text-red-700" : "border-red-300 text-red-700 hover:bg-red-50"}>
          {part ? "Cancel this part" : "Cancel order"}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel="Keep the order">
        <form onSubmit={submit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>Cancel {what}?</DialogTitle>
            <DialogDescription>The items go back to the seller and anything you paid for them is refunded to the original payment method.</DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-1">
            <legend className="mb-1 text-sm font-medium text-slate-900">Why are you cancelling?</legend>
            {[...CUSTOMER_CANCEL_REASONS, OTHER].map((r) => (
              <label key={r} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 text-sm hover:bg-slate-50">
                <input type="radio" name="reason-choice" value={r} checked={choice === r} onChange={() => setChoice(r)} className="size-4 accent-brand-600" />
                {r}
              </label>
            ))}
          </fieldset>
          <div className="grid gap-1">
            <label htmlFor={`${id}-details`} className="text-sm font-medium text-slate-900">
              {choice === OTHER ? "Tell us why" : "Anything to add? (optional)"}
            </label>
            <textarea
              id={`${id}-details`}
              ref={detailsRef}
              value={details}
              onChange={(e) => setDetails(e.target.value)}
              rows={3}
              maxLength={450}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="rounded-lg border border-slate-300 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
            />
            {error ? (
              <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                {error}
              </p>
            ) : null}
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              Keep it
            </Button>
            <PendingButton type="submit" variant="danger" pending={pending} pendingLabel="Cancelling…">
              {part ? "Cancel this part" : "Cancel order"}
            </PendingButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
