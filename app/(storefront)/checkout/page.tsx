import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ShieldCheck } from "lucide-react";
import { CheckoutFlow } from "@/components/checkout/checkout-flow";
import { requirePageRole } from "@/lib/auth/policies";
import { listAddresses } from "@/lib/identity/address-queries";
import { getAccountProfile } from "@/lib/identity/queries";
import { quoteCheckout } from "@/lib/workflows/checkout";

export const metadata: Metadata = {
  title: "Checkout",
  description: "Choose where and how your order is delivered, how you pay, and place your order.",
  robots: { index: false },
};

/** The checkout of the signed-in customer's cart, priced for the default address to start with. */
export default async function CheckoutPage() {
  const actor = await requirePageRole("customer", "/checkout");
  const [addresses, profile] = await Promise.all([listAddresses(actor), getAccountProfile(actor.id)]);
  const address = addresses.find((a) => a.isDefault) ?? addresses[0] ?? null;
  const quote = await quoteCheckout(actor, { addressId: address?.id });
  const paymentMethod = quote.paymentMethods.find((m) => m.available)?.method ?? null;
  return (
    <div className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <div>
          <Link href="/cart" className="inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
            <ChevronLeft className="size-4" aria-hidden="true" />
            Back to cart
          </Link>
          <h1 className="text-2xl font-semibold text-slate-900">Checkout</h1>
        </div>
        <p className="flex items-center gap-1.5 text-sm text-slate-600">
          <ShieldCheck className="size-4 text-brand-700" aria-hidden="true" />
          Prices include GST
        </p>
      </div>
      <CheckoutFlow
        initialQuote={quote}
        initialSelection={{ addressId: quote.addressId, deliveryOptions: {}, paymentMethod, couponCode: null }}
        addresses={addresses}
        defaultName={profile?.name ?? actor.name}
        defaultPhone={profile?.phone ?? null}
      />
    </div>
  );
}
