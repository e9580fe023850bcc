"use client";

import { useCallback, useRef, useState } from "react";
import { quoteCheckoutAction } from "@/app/(storefront)/checkout/actions";
import type { CheckoutQuote } from "@/lib/workflows/checkout-types";
import type { DeliveryOption, PaymentMethod } from "@/models/orders";

/** What the customer has chosen so far; the server prices it (quoteCheckout) after every change. */
export interface CheckoutSelection {
  addressId: string | null;
  /** Only the options the customer picked; the server proposes one for the other shipments. */
  deliveryOptions: Record<string, DeliveryOption>;
  paymentMethod: PaymentMethod | null;
  couponCode: string | null;
}

export function quoteInput(s: CheckoutSelection) {
  return {
    addressId: s.addressId ?? undefined,
    deliveryOptions: s.deliveryOptions,
    paymentMethod: s.paymentMethod ?? undefined,
    couponCode: s.couponCode ?? undefined,
  };
}

/** The delivery option of every shipping part as the quote shows it (what placing the order will use). */
export function chosenOptions(quote: CheckoutQuote): Record<string, DeliveryOption> {
  const out: Record<string, DeliveryOption> = {};
  for (const s of quote.shipments) if (s.requiresShipping && s.selected) out[s.sellerId] = s.selected;
  return out;
}

/**
 * Checkout state: the selection and the latest quote. Every change asks the server for a fresh quote;
 * answers arriving out of order are dropped, so the summary always matches the latest selection.
 */
export function useCheckout(initialQuote: CheckoutQuote, initialSelection: CheckoutSelection) {
  const [quote, setQuote] = useState(initialQuote);
  const [selection, setSelection] = useState(initialSelection);
  const [quoting, setQuoting] = useState(false);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const seq = useRef(0);
  const current = useRef(initialSelection);

  const requote = useCallback(async (next: CheckoutSelection): Promise<CheckoutQuote | null> => {
    const mine = ++seq.current;
    setQuoting(true);
    setQuoteError(null);
    try {
      const result = await quoteCheckoutAction(quoteInput(next));
      if (mine !== seq.current) return null;
      if (!result.ok) {
        setQuoteError(result.message);
        return null;
      }
      setQuote(result.data);
      return result.data;
    } catch {
      if (mine === seq.current) setQuoteError("We couldn't reach QuickLocal to update your order. Check your connection and try again.");
      return null;
    } finally {
      if (mine === seq.current) setQuoting(false);
    }
  }, []);

  const update = useCallback(
    (patch: Partial<CheckoutSelection>) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      setSelection(next);
      return requote(next);
    },
    [requote],
  );

  const refresh = useCallback(() => requote(current.current), [requote]);

  /** Changes the selection without asking for a new quote (a choice the totals do not depend on). */
  const preselect = useCallback((patch: Partial<CheckoutSelection>) => {
    current.current = { ...current.current, ...patch };
    setSelection(current.current);
  }, []);

  return { quote, selection, quoting, quoteError, update, refresh, preselect };
}
