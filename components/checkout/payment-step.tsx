"use client";

import { Banknote, FlaskConical } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";
import type { PaymentMethodOption } from "@/lib/workflows/checkout-types";
import type { PaymentMethod } from "@/models/orders";

const ICONS = { cod: Banknote, sandbox: FlaskConical } as const;

/** The payment methods; SANDBOX ones carry a visible label, unavailable ones say why. */
export function PaymentStep({
  methods,
  selected,
  busy,
  onSelect,
  onContinue,
}: {
  methods: PaymentMethodOption[];
  selected: PaymentMethod | null;
  busy: boolean;
  onSelect: (m: PaymentMethod) => void;
  onContinue: () => void;
}) {
  const usable = methods.some((m) => m.method === selected && m.available);
  return (
    <div className="grid gap-3">
      <fieldset className="grid gap-2">
        <legend className="sr-only">Payment method</legend>
        {methods.map((m) => {
          const Icon = ICONS[m.method];
          const checked = m.method === selected;
          return (
            <label
              key={m.method}
              className={cn(
                "flex gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                !m.available ? "cursor-not-allowed border-slate-200 bg-slate-50 text-slate-500" : checked ? "cursor-pointer border-brand-600 bg-brand-50/50 ring-1 ring-brand-600" : "cursor-pointer border-slate-200 hover:bg-slate-50",
              )}
            >
              <input
                type="radio"
                name="payment-method"
                value={m.method}
                checked={checked}
                disabled={!m.available}
                onChange={() => onSelect(m.method)}
                className="mt-0.5 size-5 shrink-0 accent-brand-600"
              />
              <Icon className="mt-0.5 size-5 shrink-0 text-slate-600" aria-hidden="true" />
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                  {m.sandbox ? "Card or UPI" : m.label}
                  {m.sandbox ? <Badge tone="warning">SANDBOX · test only</Badge> : null}
                </span>
                <span className="block text-slate-600">{m.available ? m.description : m.unavailableReason}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <div className="flex justify-end">
        <Button type="button" onClick={onContinue} disabled={!usable || busy}>
          Review your order
        </Button>
      </div>
    </div>
  );
}
