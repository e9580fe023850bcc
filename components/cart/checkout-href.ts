/** Where "Checkout" leads: the checkout, through sign-in for a guest (the cart merges on the way). */
export const CHECKOUT_PATH = "/checkout";

export function checkoutHref(signedIn: boolean | null): string {
  return signedIn === false ? `/sign-in?callbackUrl=${encodeURIComponent(CHECKOUT_PATH)}` : CHECKOUT_PATH;
}
