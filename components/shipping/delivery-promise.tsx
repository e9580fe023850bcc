"use client";

import { useEffect, useState } from "react";
import { MapPin, PackageX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useVisitor } from "@/components/storefront/visitor-provider";
import { getDeliveryPromise, type DeliveryPromiseResult } from "@/lib/shipping/actions";
import { fastestQuote, type DeliveryQuote } from "@/lib/shipping/rules";
import { DeliveryQuoteList } from "./delivery-quote-list";
import { PincodeInlineForm } from "./pincode-inline-form";

/** "Delivery today, by 9 pm", "Delivery by tomorrow", "Delivery by Thu, 3 Dec". */
export function promiseHeadline(quote: DeliveryQuote): string {
  if (quote.label === "Tomorrow") return "Delivery by tomorrow";
  if (quote.label.startsWith("Today")) return `Delivery ${quote.label.replace("Today", "today")}`;
  return `Delivery ${quote.label.replace(/^By /, "by ")}`;
}

type State = { key: string; result: DeliveryPromiseResult | null };

/**
 * "Delivery by …" on a product page for the visitor's PIN code (the header chip's cookie). Product
 * pages are cached for everyone, so the promise is asked for in the browser once the visitor's PIN is
 * known, and again whenever it changes (here or in the header).
 */
export function DeliveryPromise({ productId }: { productId: string }) {
  const { visitor } = useVisitor();
  const pincode = visitor?.pincode ?? null;
  const [state, setState] = useState<State | null>(null);
  const [editing, setEditing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const key = `${productId}:${pincode}:${attempt}`;

  useEffect(() => {
    if (!pincode) return;
    let current = true;
    getDeliveryPromise({ productId, pincode })
      .catch((): DeliveryPromiseResult => ({ ok: false, error: "We couldn't check delivery. Check your connection and try again." }))
      .then((result) => {
        if (current) setState({ key, result });
      });
    return () => {
      current = false;
    };
  }, [productId, pincode, key]);

  const result = state?.key === key ? state.result : null;
  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl border border-slate-200 bg-white p-3" data-testid="delivery-promise">
      <h2 id="delivery-heading" className="sr-only">
        Delivery
      </h2>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
        <MapPin className="size-4 shrink-0 text-brand-700" aria-hidden="true" />
        <span>
          Deliver to <span className="font-semibold text-slate-900">{pincode ?? "…"}</span>
        </span>
        {pincode && !editing ? (
          <Button variant="link" className="h-auto min-h-11 px-1 sm:min-h-0" onClick={() => setEditing(true)}>
            Change<span className="sr-only"> delivery PIN code</span>
          </Button>
        ) : null}
      </div>
      {editing && pincode ? <PincodeInlineForm initial={pincode} onDone={() => setEditing(false)} /> : null}
      <div className="mt-2" aria-live="polite">
        {!result ? (
          <div className="grid gap-2" role="status" aria-label="Checking delivery">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-4 w-64" />
          </div>
        ) : !result.ok ? (
          <p className="text-sm text-red-700">
            {result.error}{" "}
            <Button variant="link" className="h-auto px-0" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          </p>
        ) : !result.serviceable ? (
          <p className="flex items-start gap-2 text-sm font-medium text-red-700">
            <PackageX className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span>{result.message} Try another PIN code.</span>
          </p>
        ) : (
          <QuoteSummary quotes={result.quotes} />
        )}
      </div>
    </section>
  );
}

function QuoteSummary({ quotes }: { quotes: DeliveryQuote[] }) {
  const fastest = fastestQuote(quotes);
  return (
    <>
      {fastest ? <p className="mb-2 text-base font-bold text-green-800">{promiseHeadline(fastest)}</p> : null}
      <DeliveryQuoteList quotes={quotes} />
    </>
  );
}
