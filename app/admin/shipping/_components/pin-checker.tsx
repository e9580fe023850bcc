"use client";

import { useId, useState, useTransition } from "react";
import { Search } from "lucide-react";
import { FormField, describedBy } from "@/components/auth/form-field";
import { PendingButton } from "@/components/forms/pending-button";
import { Input } from "@/components/ui/input";
import { DeliveryQuoteList } from "@/components/shipping/delivery-quote-list";
import { checkPincodeAction, type PincodeCheck } from "@/lib/shipping/admin-actions";

/** "Which zone serves this PIN code?" — the prefix that wins, its zone, and today's promises there. */
export function PinChecker() {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [check, setCheck] = useState<PincodeCheck | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pincode = String(new FormData(event.currentTarget).get("pincode") ?? "");
    startTransition(async () => {
      const result = await checkPincodeAction({ pincode }).catch(() => null);
      if (!result) {
        setError("We couldn't reach QuickLocal. Check your connection and try again.");
        return;
      }
      if (!result.ok) {
        setError(result.fieldErrors?.pincode?.[0] ?? result.message);
        setCheck(null);
        return;
      }
      setError(undefined);
      setCheck(result.data);
    });
  }

  const inputId = `${id}-pin`;
  const { match } = check ?? { match: null };
  return (
    <section aria-labelledby={`${id}-title`} className="mb-6 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        Check a PIN code
      </h2>
      <form noValidate onSubmit={onSubmit} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="sm:w-56">
          <FormField id={inputId} label="PIN code" error={error}>
            <Input id={inputId} name="pincode" inputMode="numeric" maxLength={7} autoComplete="postal-code" aria-invalid={error ? true : undefined} aria-describedby={describedBy(inputId, { error })} />
          </FormField>
        </div>
        <PendingButton type="submit" pending={pending} pendingLabel="Checking…" className="sm:mt-6">
          <Search aria-hidden="true" /> Check
        </PendingButton>
      </form>
      {check ? (
        <div className="mt-3 text-sm" role="status" data-testid="pin-check-result">
          {match ? (
            <p className="text-slate-800">
              <span className="font-semibold">{check.pincode}</span> → prefix <span className="font-mono font-semibold">{match.prefix}</span>
              {match.label ? ` (${match.label})` : ""} → <span className="font-semibold">{match.zone.name}</span>
              {match.active ? "" : " — switched off: not serviceable"}
            </p>
          ) : (
            <p className="font-semibold text-red-700">{check.pincode} is not serviceable: no PIN prefix matches it.</p>
          )}
          {check.quotes.length ? (
            <div className="mt-2">
              <p className="mb-1 text-xs text-slate-600">Promises right now for a seller in the same zone:</p>
              <DeliveryQuoteList quotes={check.quotes} />
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
