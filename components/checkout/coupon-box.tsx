"use client";

import { TicketPercent, X } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/lib/platform/money";

/** Apply or remove a coupon; the server decides (its message shows under the field). */
export function CouponBox({
  applied,
  pendingCode,
  error,
  busy,
  onApply,
  onRemove,
}: {
  applied: { code: string; discountPaise: number } | null;
  /** The code sent to the server (applied or refused). */
  pendingCode: string | null;
  error: string | null;
  busy: boolean;
  onApply: (code: string) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [code, setCode] = useState(pendingCode ?? "");
  const [empty, setEmpty] = useState(false);

  if (applied) {
    return (
      <div className="flex items-center gap-2 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-800" role="status">
        <TicketPercent className="size-4 shrink-0" aria-hidden="true" />
        <span className="min-w-0 flex-1">
          <strong>{applied.code}</strong> applied · you save {formatMoney(applied.discountPaise)}
        </span>
        <Button type="button" size="sm" variant="ghost" onClick={onRemove} disabled={busy} aria-label={`Remove coupon ${applied.code}`}>
          <X aria-hidden="true" />
          Remove
        </Button>
      </div>
    );
  }

  const message = empty ? "Enter a coupon code" : error;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const value = code.trim().toUpperCase();
        setEmpty(value === "");
        if (value) onApply(value);
      }}
      className="grid gap-1.5"
    >
      <label htmlFor={`${id}-code`} className="text-sm font-medium text-slate-800">
        Coupon code
      </label>
      <div className="flex gap-2">
        <Input
          id={`${id}-code`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={40}
          placeholder="e.g. WELCOME10"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          className="uppercase placeholder:normal-case"
        />
        <Button type="submit" variant="outline" disabled={busy}>
          Apply
        </Button>
      </div>
      {message ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {message}
          {pendingCode && error ? (
            <button type="button" onClick={onRemove} className="ml-2 min-h-9 font-semibold text-brand-700 underline underline-offset-2">
              Remove code
            </button>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
