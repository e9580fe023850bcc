import type { Metadata } from "next";
import { CartScreen } from "@/components/cart/cart-screen";
import { getActor } from "@/lib/auth/session";
import { getCartView } from "@/lib/cart";

export const metadata: Metadata = {
  title: "Your cart",
  description: "Review the items in your QuickLocal cart, save some for later and check out.",
  robots: { index: false },
};

/** The visitor's cart (a guest's signed-cookie cart, or the account cart merged with it after sign-in). */
export default async function CartPage() {
  const actor = await getActor();
  const view = await getCartView(actor);
  return <CartScreen initial={view} signedIn={actor !== null} />;
}
