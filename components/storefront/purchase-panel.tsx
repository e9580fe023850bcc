"use client";
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { CheckCircle2, CircleAlert, Download, XCircle } from "lucide-react";
import { priceDisplay, resolveVariant, stockStatus } from "@/lib/catalog/rules";
import type { VariantDealDto } from "@/lib/catalog/deals-queries";
import type { ProductOptionDto, ProductVariantDto } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/platform/money";
import { cn } from "@/lib/ui/cn";
import { BundleSaving } from "./bundle-contents";
import { DealCountdown } from "./deal-countdown";
import { Price } from "./price";
import { PurchaseActions, purchaseNote } from "./purchase-actions";
import { VariantPicker } from "./variant-picker";
import { useVisitor } from "./visitor-provider";

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

function subscribeToHistory(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

/** How a digital product reaches the buyer, from what the seller stocked. */
function digitalDelivery({ download, licenceKey }: { download: boolean; licenceKey: boolean }): string {
  if (download && licenceKey) return "Instant download + licence key by email";
  if (licenceKey) return "Licence key by email";
  return "Instant download";
}

/**
 * The deals still live now: the page may have been cached for a while, so a deal whose end has passed
 * is dropped on arrival, and each live one when it ends (the first render matches the server's).
 */
function useLiveDeals(deals: Record<string, VariantDealDto>): Record<string, VariantDealDto> {
  const [live, setLive] = useState(deals);
  useEffect(() => {
    const prune = () => setLive(Object.fromEntries(Object.entries(deals).filter(([, d]) => Date.parse(d.endsAt) > Date.now())));
    const ends = Object.values(deals)
      .map((d) => Date.parse(d.endsAt) - Date.now())
      .filter((ms) => ms > 0);
    const first = window.setTimeout(prune, 0);
    const timers = ends.filter((ms) => ms < 2 ** 31 - 1).map((ms) => window.setTimeout(prune, ms + 50));
    return () => [first, ...timers].forEach((t) => window.clearTimeout(t));
  }, [deals]);
  return live;
}

/**
 * Everything that depends on the chosen variant: price/MRP/discount, stock message, SKU, the variant
 * picker, and the purchase buttons (inline on larger screens, a sticky bottom bar on phones). The
 * page is cached for everyone, so the variant named in the address (?variant=SKU or ?Size=M) and
 * whether the visitor is signed in are applied here, in the browser.
 */
export function PurchasePanel({
  productId,
  options,
  variants,
  initialSku,
  deals = {},
  serverNow,
  digital,
  sumOfPartsPaise,
}: {
  /** The product (for add-to-cart attribution to the search that found it). */
  productId: string;
  options: ProductOptionDto[];
  variants: ProductVariantDto[];
  /** The variant shown before the address is read (the default one). */
  initialSku: string;
  /** Live deals by variant id (the best one per variant). */
  deals?: Record<string, VariantDealDto>;
  /** When the page was rendered (ISO), so deal countdowns start from the server's clock. */
  serverNow?: string;
  /** A digital product (delivered by download and/or a licence key by e-mail, never shipped). */
  digital?: { download: boolean; licenceKey: boolean };
  /** For a bundle: what its parts cost bought separately. */
  sumOfPartsPaise?: number;
}) {
  // The page is the same for everyone: the variant asked for in the address is read in the browser
  // (the server's render and hydration show the default one), and the shopper's own pick wins.
  const search = useSyncExternalStore(subscribeToHistory, () => window.location.search, () => "");
  const [picked, setPicked] = useState<string | null>(null);
  const fromAddress = useMemo(
    () => (search ? resolveVariant(variants, options, Object.fromEntries(new URLSearchParams(search)))?.sku : undefined),
    [search, variants, options],
  );
  const sku = picked ?? fromAddress ?? initialSku;
  const { visitor } = useVisitor();
  const signedIn = Boolean(visitor?.actor);
  const knownSignedIn = visitor ? signedIn : null;
  const noteId = useId();
  const liveDeals = useLiveDeals(deals);

  const selected = variants.find((v) => v.sku === sku) ?? variants[0];
  const deal = liveDeals[selected.id];
  const payPaise = deal ? Math.min(deal.dealPricePaise, selected.pricePaise) : selected.pricePaise;
  const price = priceDisplay(payPaise, selected.mrpPaise);
  const stock = stockStatus(selected.available);
  const look = stockLook[stock.kind];
  const StockIcon = look.icon;
  const inStock = stock.kind !== "out";
  const hasOptions = options.length > 0 && variants.length > 1;
  const note = purchaseNote({ inStock, signedIn, hasOptions });

  function choose(next: string) {
    setPicked(next);
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
        {sumOfPartsPaise !== undefined && <BundleSaving pricePaise={payPaise} sumOfPartsPaise={sumOfPartsPaise} />}
        <p className="text-xs text-slate-600">Inclusive of all taxes</p>
        <p className={cn("flex items-center gap-1.5 text-sm font-semibold", look.className)}>
          <StockIcon className="size-4" aria-hidden="true" />
          {stock.label}
        </p>
        {digital && (
          <p className="flex items-start gap-1.5 text-sm text-slate-700">
            <Download className="mt-0.5 size-4 shrink-0 text-brand-700" aria-hidden="true" />
            <span>
              <span className="font-semibold text-slate-900">{digitalDelivery(digital)}</span> — no shipping, nothing to wait for.
            </span>
          </p>
        )}
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
        <PurchaseActions variantId={selected.id} productId={productId} inStock={inStock} signedIn={knownSignedIn} noteId={noteId} />
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
        <PurchaseActions variantId={selected.id} productId={productId} inStock={inStock} signedIn={knownSignedIn} noteId={`${noteId}-m`} />
        <p id={`${noteId}-m`} className="sr-only">
          {note}
        </p>
      </div>
    </div>
  );
}
