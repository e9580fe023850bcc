"use client";

import { PendingButton } from "@/components/forms/pending-button";
import { formatMoney } from "@/lib/platform/money";
import type { CheckoutQuote } from "@/lib/workflows/checkout-types";

/** Phones: the total and the place button stay at the bottom of the screen while reviewing. */
export function MobilePlaceBar({ quote, ready, placing, onPlace }: { quote: CheckoutQuote; ready: boolean; placing: boolean; onPlace: () => void }) {
  return (
    <div className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur lg:hidden">
      <div className="mx-auto flex max-w-3xl items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-slate-600">Order total</p>
          <p className="text-lg font-semibold text-slate-900">{quote.quote ? formatMoney(quote.quote.totalPaise) : "—"}</p>
        </div>
        <PendingButton type="button" size="lg" pending={placing} pendingLabel="Placing…" disabled={!ready} onClick={onPlace}>
          Place order
        </PendingButton>
      </div>
    </div>
  );
}
