"use client";

import { useId, useState, useTransition } from "react";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import { useVisitor } from "@/components/storefront/visitor-provider";
import { setDeliveryPincode } from "@/lib/shipping/actions";
import { pincodeSchema } from "@/lib/shipping/pincode";

/** Changes the visitor's delivery PIN code in place (the same cookie as the header's chip, which follows). */
export function PincodeInlineForm({ initial, onDone }: { initial: string; onDone: () => void }) {
  const { patch } = useVisitor();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = pincodeSchema.safeParse(String(new FormData(event.currentTarget).get("pincode") ?? ""));
    if (!local.success) {
      setError(local.error.issues[0]?.message ?? "Enter a valid PIN code");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await setDeliveryPincode({ pincode: local.data }).catch(() => null);
      if (!result) {
        toast.error("Could not save your PIN code. Check your connection and try again.");
        return;
      }
      if (!result.ok) {
        setError(result.error);
        return;
      }
      patch({ pincode: result.pincode });
      onDone();
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-2 grid gap-1.5">
      <Label htmlFor={`${id}-pin`}>Delivery PIN code</Label>
      <div className="flex gap-2">
        <Input
          id={`${id}-pin`}
          name="pincode"
          defaultValue={initial}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={7}
          autoFocus
          className="max-w-40"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
          Check
        </Button>
        <Button type="button" variant="ghost" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
