"use client";
import { useId, useState, useTransition } from "react";
import { ChevronDown, Loader2, MapPin } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import { DEFAULT_PINCODE, pincodeSchema } from "@/lib/shipping/pincode";
import { cn } from "@/lib/ui/cn";
import { setDeliveryPincode } from "@/lib/shipping/actions";
import { useVisitor } from "./visitor-provider";

/** "Deliver to 560001" chip; opens a small dialog to change the PIN code (kept in a cookie). */
export function PincodeChip({ className }: { className?: string }) {
  const { visitor, patch } = useVisitor();
  const pincode = visitor?.pincode ?? DEFAULT_PINCODE;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const inputId = useId();
  const errorId = `${inputId}-error`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("pincode") ?? "");
    const local = pincodeSchema.safeParse(value);
    if (!local.success) {
      setError(local.error.issues[0]?.message ?? "Enter a valid PIN code");
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const result = await setDeliveryPincode({ pincode: local.data });
        if (!result.ok) {
          setError(result.error);
          return;
        }
        patch({ pincode: result.pincode });
        setOpen(false);
        toast.success(`Delivery PIN code set to ${result.pincode}`);
      } catch {
        toast.error("Could not save your PIN code. Check your connection and try again.");
      }
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger
        className={cn(
          "inline-flex min-h-11 items-center gap-1.5 whitespace-nowrap rounded-lg px-2 text-left text-sm text-slate-800 hover:bg-slate-100",
          className,
        )}
      >
        <MapPin className="size-4 shrink-0 text-brand-700" aria-hidden="true" />
        <span>
          Deliver to <span className="font-semibold text-slate-900">{pincode}</span>
        </span>
        <span className="sr-only">, change PIN code</span>
        <ChevronDown className="size-4 shrink-0 text-slate-600" aria-hidden="true" />
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Choose your delivery location</DialogTitle>
          <DialogDescription>Enter a PIN code to see what can be delivered there.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor={inputId}>PIN code</Label>
            <Input
              id={inputId}
              name="pincode"
              defaultValue={pincode}
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={6}
              pattern="[0-9]{6}"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              autoFocus
            />
            {error && (
              <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
                {error}
              </p>
            )}
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
              {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
              {pending ? "Saving…" : "Apply"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
