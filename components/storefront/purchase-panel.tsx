"use client";
import { useId, useState } from "react";
import { CheckCircle2, CircleAlert, XCircle } from "lucide-react";
import { priceDisplay, stockStatus } from "@/lib/catalog/rules";
import type { VariantDealDto } from "@/lib/catalog/deals-queries";
import type { ProductOptionDto, ProductVariantDto } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/platform/money";
import { cn } from "@/lib/ui/cn";
import { DealCountdown } from "./deal-countdown";
import { Price } from "./price";
import { PurchaseActions, purchaseNote } from "./purchase-actions";
import { VariantPicker } from "./variant-picker";

const stockLook = {
  in_stock: { icon: CheckCircle2, className: "text-brand-700" },
  low: { icon: CircleAlert, className: "text-amber-800" },
  out: { icon: XCircle, className: "text-red-700" },
} as const;

/** Keeps ?variant=<sku> in the address bar so the choice can be shared (replaces, so Back leaves the page). */
function writeVariantToUrl(sku: string, optionNames: string[]) {
  const url = new URL(window.location.href);
  for (const name of optionNames) url.searchParams.delete(name);
  url.searchParams.set("variant", sku);
  window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
}

/**
 * Everything that depends on the chosen variant: price/MRP/discount, stock message, SKU, the variant
 * picker, and the purchase buttons (inline on larger screens, a sticky bottom bar on phones).
 */
export function PurchasePanel({
  productSlug,
  options,
  variants,
  initialSku,
  signedIn,
  deals = {},
  serverNow,
}: {
  productSlug: string;
  options: ProductOptionDto[];
  variants: ProductVariantDto[];
  initialSku: string;
  signedIn: boolean;
  /** Live deals by variant id (the best one per variant). */
  deals?: Record<string, VariantDealDto>;
  /** When the page was rendered (ISO), so deal countdowns start from the server's clock. */
  serverNow?: string;
}) {
  const [sku, setSku] = useState(initialSku);
  const noteId = useId();
  const selected = variants.find((v) => v.sku === sku) ?? variants[0];
  const deal = deals[selected.id];
  const payPaise = deal ? Math.min(deal.dealPricePaise, selected.pricePaise) : selected.pricePaise;
  const price = priceDisplay(payPaise, selected.mrpPaise);
  const stock = stockStatus(selected.available);
  const look = stockLook[stock.kind];
  const StockIcon = look.icon;
  const inStock = stock.kind !== "out";
  const returnTo = `/p/${encodeURIComponent(productSlug)}?variant=${encodeURIComponent(selected.sku)}`;
  const hasOptions = options.length > 0 && variants.length > 1;
  const note = purchaseNote({ inStock, signedIn, hasOptions });

  function choose(next: string) {
    setSku(next);
    writeVariantToUrl(next, options.map((o) => o.name));
  }

  return (
    <div className="grid gap-5">
      <div aria-live="polite" aria-atomic="true" className="grid gap-1.5">
        {deal && (
          <p className="flex flex-wrap items-center gap-2">
            <span className="rounded-md bg-red-700 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">Deal</span>
            {selected.mrpPaise > selected.pricePaise && (
              <span className="text-sm text-slate-700">
                Usually <s>{formatMoney(selected.pricePaise, selected.currency, { compact: true })}</s>
              </span>
            )}
          </p>
        )}
        <Price display={price} currency={selected.currency} size="lg" />
        <p className="text-xs text-slate-600">Inclusive of all taxes</p>
        <p className={cn("flex items-center gap-1.5 text-sm font-semibold", look.className)}>
          <StockIcon className="size-4" aria-hidden="true" />
          {stock.label}
        </p>
      </div>

      {/* Outside the live region: the countdown must not be re-announced as it ticks. */}
      {deal && (
        <div className="-mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
          <DealCountdown key={deal.id} endsAt={deal.endsAt} serverNow={serverNow ?? deal.endsAt} />
          {deal.remaining !== null && <span className="text-sm font-semibold text-amber-800">{deal.remaining} left at this price</span>}
        </div>
      )}

      {hasOptions && <VariantPicker options={options} variants={variants} selected={selected} onSelect={choose} />}

      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <div className="flex gap-1">
          <dt>SKU</dt>
          <dd className="font-mono text-slate-800">{selected.sku}</dd>
        </div>
      </dl>

      <div className="hidden md:grid md:gap-2">
        <PurchaseActions inStock={inStock} signedIn={signedIn} returnTo={returnTo} noteId={noteId} />
        <p id={noteId} className="text-sm text-slate-600">
          {note}
        </p>
      </div>

      {/* Phones: the buttons live in a bar stuck to the bottom of the screen. */}
      <div data-bottom-bar className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 px-3 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur md:hidden">
        <div className="mb-1.5 flex items-baseline justify-between gap-2 text-sm">
          <span className="font-bold text-slate-950">{formatMoney(payPaise, selected.currency, { compact: true })}</span>
          <span aria-hidden="true" className="truncate text-xs text-slate-600">{note}</span>
        </div>
        <PurchaseActions inStock={inStock} signedIn={signedIn} returnTo={returnTo} noteId={`${noteId}-m`} />
        <p id={`${noteId}-m`} className="sr-only">
          {note}
        </p>
      </div>
    </div>
  );
}
