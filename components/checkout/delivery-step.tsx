"use client";

import { Download, MapPinOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { CheckoutLine } from "@/lib/cart/types";
import { formatMoney } from "@/lib/platform/money";
import { OPTION_LABELS, type DeliveryQuote } from "@/lib/shipping/rules";
import { cn } from "@/lib/ui/cn";
import type { CheckoutQuote, CheckoutShipment } from "@/lib/workflows/checkout-types";
import type { DeliveryOption } from "@/models/orders";
import { LineThumb } from "./line-thumb";

function feeText(q: DeliveryQuote, freeApplied: boolean): string {
  if (q.feePaise === 0 || (q.option === "standard" && freeApplied)) return "FREE";
  return formatMoney(q.feePaise);
}

function ShipmentItems({ lines }: { lines: CheckoutLine[] }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Items in this shipment">
      {lines.map((l) => (
        <li key={l.cartItemId} className="flex min-w-0 items-center gap-2 text-sm text-slate-700">
          <LineThumb imageKey={l.imageKey} size="sm" />
          <span className="line-clamp-1 max-w-48">
            {l.title} <span className="text-slate-500">× {l.quantity}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function OptionRadio({
  shipment,
  q,
  picked,
  freeApplied,
  onPick,
}: {
  shipment: CheckoutShipment;
  q: DeliveryQuote;
  /** The customer's latest pick (shown at once, before the new quote arrives). */
  picked: DeliveryOption | undefined;
  freeApplied: boolean;
  onPick: (o: DeliveryOption) => void;
}) {
  const checked = (picked ?? shipment.selected) === q.option;
  const fee = feeText(q, freeApplied);
  return (
    <label
      className={cn(
        "flex gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
        !q.available ? "cursor-not-allowed border-slate-200 bg-slate-50 text-slate-500" : checked ? "cursor-pointer border-brand-600 bg-brand-50/50 ring-1 ring-brand-600" : "cursor-pointer border-slate-200 hover:bg-slate-50",
      )}
    >
      <input
        type="radio"
        name={`delivery-${shipment.sellerId}`}
        value={q.option}
        checked={checked}
        disabled={!q.available}
        onChange={() => onPick(q.option)}
        className="mt-0.5 size-5 shrink-0 accent-brand-600"
      />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-baseline justify-between gap-x-3">
          <span className={cn("font-semibold", q.available ? "text-slate-900" : "text-slate-600")}>
            {OPTION_LABELS[q.option]}
            {q.available ? <span className="text-brand-800"> · {q.label}</span> : <span className="font-normal"> · not available</span>}
          </span>
          {q.available ? <span className={cn("font-semibold", fee === "FREE" ? "text-brand-700" : "text-slate-900")}>{fee}</span> : null}
        </span>
        {q.available && q.orderWithin ? <span className="block text-amber-800">{q.orderWithin}</span> : null}
        {q.available && q.option === "standard" && q.freeAbovePaise !== null && q.feePaise > 0 && !freeApplied ? (
          <span className="block text-slate-600">Free on orders from this shop above {formatMoney(q.freeAbovePaise)}</span>
        ) : null}
        {!q.available && q.unavailableReason ? <span className="block">{q.unavailableReason}</span> : null}
      </span>
    </label>
  );
}

/** One block per seller shipment: its items and the delivery options to the chosen address. */
export function DeliveryStep({
  quote,
  picked,
  busy,
  onPick,
  onChangeAddress,
  onContinue,
}: {
  quote: CheckoutQuote;
  picked: Record<string, DeliveryOption>;
  busy: boolean;
  onPick: (sellerId: string, option: DeliveryOption) => void;
  onChangeAddress: () => void;
  onContinue: () => void;
}) {
  const ready = quote.shipments.every((s) => !s.requiresShipping || (s.serviceable && s.selected));
  return (
    <div className="grid gap-4">
      {quote.shipments.map((s, i) => {
        const lines = quote.lines.filter((l) => s.cartItemIds.includes(l.cartItemId));
        const part = quote.quote?.parts.find((p) => p.sellerId === s.sellerId);
        return (
          <fieldset key={s.sellerId} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">
              Shipment {i + 1} of {quote.shipments.length} · from {s.sellerName}
            </legend>
            <ShipmentItems lines={lines} />
            {!s.requiresShipping ? (
              <p className="flex items-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900">
                <Download className="size-4 shrink-0" aria-hidden="true" />
                Digital delivery: download links and licence keys appear on your order page right after payment. Nothing ships.
              </p>
            ) : !s.serviceable ? (
              <div className="flex flex-col gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 sm:flex-row sm:items-center">
                <MapPinOff className="size-4 shrink-0" aria-hidden="true" />
                <span className="flex-1">{s.message ?? "This shop can't deliver to the chosen address."}</span>
                <Button type="button" size="sm" variant="outline" onClick={onChangeAddress}>
                  Change address
                </Button>
              </div>
            ) : (
              <div className="grid gap-2">
                {s.quotes.map((q) => (
                  <OptionRadio key={q.option} shipment={s} q={q} picked={picked[s.sellerId]} freeApplied={part?.freeShippingApplied ?? false} onPick={(o) => onPick(s.sellerId, o)} />
                ))}
              </div>
            )}
          </fieldset>
        );
      })}
      <div className="flex justify-end">
        <Button type="button" onClick={onContinue} disabled={!ready || busy}>
          Continue to payment
        </Button>
      </div>
    </div>
  );
}
