"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { toast } from "@/components/ui/toaster";
import { placeOrderAction } from "@/app/(storefront)/checkout/actions";
import type { AddressDto } from "@/lib/identity/address-queries";
import { OPTION_LABELS } from "@/lib/shipping/rules";
import type { CheckoutQuote } from "@/lib/workflows/checkout-types";
import { AddressStep, addressLine } from "./address-step";
import { CheckoutProblems, type FixTarget } from "./checkout-problems";
import { DeliveryStep } from "./delivery-step";
import { EmptyCheckout } from "./empty-checkout";
import { PaymentStep } from "./payment-step";
import { PlaceOrderPanel } from "./place-order-panel";
import { ReviewStep } from "./review-step";
import { StepSection, type StepState } from "./step-section";
import { chosenOptions, useCheckout, type CheckoutSelection } from "./use-checkout";
import { MobilePlaceBar } from "./mobile-place-bar";

const STEPS = ["address", "delivery", "payment", "review"] as const;
type Step = (typeof STEPS)[number];
export const LAST_PAYMENT_KEY = "ql:last-payment-method";

/**
 * The checkout: address → delivery per seller → payment → review, one step open at a time, with the
 * order summary always in view. Every choice is priced by the server; placing the order sends one
 * idempotency key per checkout attempt, so a double click or a retry after a lost answer places one order.
 */
export function CheckoutFlow({
  initialQuote,
  initialSelection,
  addresses: initialAddresses,
  defaultName,
  defaultPhone,
}: {
  initialQuote: CheckoutQuote;
  initialSelection: CheckoutSelection;
  addresses: AddressDto[];
  defaultName: string;
  defaultPhone: string | null;
}) {
  const router = useRouter();
  const { quote, selection, quoting, quoteError, update, refresh, preselect } = useCheckout(initialQuote, initialSelection);
  const [addresses, setAddresses] = useState(initialAddresses);
  const [step, setStep] = useState<Step>(initialSelection.addressId ? "delivery" : "address");
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [placing, setPlacing] = useState(false);
  const [placeError, setPlaceError] = useState<{ message: string; reload: boolean } | null>(null);
  const moved = useRef(false);
  const placingRef = useRef(false);

  useEffect(() => {
    // The last payment method used, when it can pay for this cart.
    const last = window.localStorage.getItem(LAST_PAYMENT_KEY);
    const usable = initialQuote.paymentMethods.find((m) => m.method === last && m.available);
    if (usable) preselect({ paymentMethod: usable.method });
  }, [initialQuote.paymentMethods, preselect]);

  useEffect(() => {
    if (!moved.current) return;
    document.querySelector<HTMLElement>(`[data-step-heading="${step}"]`)?.focus();
  }, [step]);

  function go(next: Step) {
    moved.current = true;
    setStep(next);
  }

  if (quote.lines.length === 0) return <EmptyCheckout />;

  const stateOf = (s: Step): StepState => (s === step ? "open" : STEPS.indexOf(s) < STEPS.indexOf(step) ? "done" : "upcoming");
  const address = addresses.find((a) => a.id === selection.addressId) ?? null;
  const payment = quote.paymentMethods.find((m) => m.method === selection.paymentMethod);

  function fix(target: FixTarget) {
    if (target === "coupon") void update({ couponCode: null });
    else go(target);
  }

  async function place() {
    if (placingRef.current || !quote.quote || !selection.addressId || !selection.paymentMethod) return;
    placingRef.current = true;
    setPlacing(true);
    setPlaceError(null);
    const input = {
      idempotencyKey,
      addressId: selection.addressId,
      deliveryOptions: chosenOptions(quote),
      paymentMethod: selection.paymentMethod,
      couponCode: selection.couponCode ?? undefined,
      expectedTotalPaise: quote.quote.totalPaise,
    };
    try {
      const result = await placeOrderAction(input);
      if (result.ok) {
        window.localStorage.setItem(LAST_PAYMENT_KEY, input.paymentMethod);
        router.push(result.data.paymentRedirectUrl ?? `/checkout/confirmation/${result.data.orderId}`);
        return;
      }
      // A key that already placed a different order: only a fresh checkout (new key) can go on.
      setPlaceError({ message: result.message, reload: Boolean(result.fieldErrors?.idempotencyKey) });
      toast.error("Your order was not placed", { id: "place-order" });
      await refresh();
    } catch {
      setPlaceError({ message: "We couldn't reach QuickLocal. Check your connection and press Place order again — you will not be charged twice.", reload: false });
    }
    placingRef.current = false;
    setPlacing(false);
  }

  const ready = step === "review";
  return (
    <div className={`grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:pb-0 ${ready ? "pb-28" : ""}`}>
      <div className="grid min-w-0 gap-3">
        {quoteError ? <FormAlert tone="error">{quoteError}</FormAlert> : null}
        <CheckoutProblems quote={quote} onFixed={() => void refresh()} onGoTo={fix} />
        <StepSection
          id="address"
          index={1}
          title="Delivery address"
          state={stateOf("address")}
          onChange={() => go("address")}
          summary={address ? <p><strong>{address.fullName}</strong>, {addressLine(address)}</p> : null}
        >
          <AddressStep
            addresses={addresses}
            selectedId={selection.addressId}
            defaultName={defaultName}
            defaultPhone={defaultPhone}
            busy={quoting}
            onSelect={(id) => void update({ addressId: id, deliveryOptions: {} })}
            onAdded={(a) => {
              setAddresses((list) => [a, ...list.filter((x) => x.id !== a.id)]);
              void update({ addressId: a.id, deliveryOptions: {} });
            }}
            onContinue={() => go("delivery")}
          />
        </StepSection>
        <StepSection
          id="delivery"
          index={2}
          title="Delivery options"
          state={stateOf("delivery")}
          onChange={() => go("delivery")}
          summary={
            <ul>
              {quote.shipments.map((s) => {
                const q = s.quotes.find((x) => x.option === s.selected);
                return <li key={s.sellerId}>{s.sellerName}: {!s.requiresShipping ? "digital delivery" : q ? `${OPTION_LABELS[q.option]} · ${q.label}` : "choose an option"}</li>;
              })}
            </ul>
          }
        >
          <DeliveryStep
            quote={quote}
            picked={selection.deliveryOptions}
            busy={quoting}
            onPick={(sellerId, option) => void update({ deliveryOptions: { ...chosenOptions(quote), ...selection.deliveryOptions, [sellerId]: option } })}
            onChangeAddress={() => go("address")}
            onContinue={() => go("payment")}
          />
        </StepSection>
        <StepSection id="payment" index={3} title="Payment method" state={stateOf("payment")} onChange={() => go("payment")} summary={payment ? (payment.sandbox ? "Card or UPI (SANDBOX test payment)" : payment.label) : null}>
          <PaymentStep methods={quote.paymentMethods} selected={selection.paymentMethod} busy={quoting} onSelect={(m) => void update({ paymentMethod: m })} onContinue={() => go("review")} />
        </StepSection>
        <StepSection id="review" index={4} title="Review your order" state={stateOf("review")}>
          <ReviewStep quote={quote} />
        </StepSection>
      </div>
      <div className="lg:sticky lg:top-20">
        <PlaceOrderPanel
          quote={quote}
          couponCode={selection.couponCode}
          paymentMethod={selection.paymentMethod}
          ready={ready}
          quoting={quoting}
          placing={placing}
          placeError={placeError}
          onApplyCoupon={(code) => void update({ couponCode: code })}
          onRemoveCoupon={() => void update({ couponCode: null })}
          onPlace={place}
        />
      </div>
      {ready ? <MobilePlaceBar quote={quote} ready={quote.canPlace && !quoting && selection.paymentMethod !== null} placing={placing} onPlace={place} /> : null}
    </div>
  );
}
