/**
 * Browser side of search analytics: beacons to POST /api/search/events that survive the navigation a
 * click starts (navigator.sendBeacon, falling back to a keepalive fetch). Fire-and-forget: tracking
 * never throws and never delays what the shopper does.
 *
 * A click remembers its search per product in sessionStorage, so adding that product to the cart
 * later in the tab (the cart calls trackSearchAddToCart) is attributed to the search that found it.
 */
const EVENTS_URL = "/api/search/events";
const STORAGE_KEY = "ql:search-attribution";
/** Products remembered per tab; the oldest are forgotten first. */
const MAX_REMEMBERED = 50;

type Attribution = Record<string, { queryId: string; at: number }>;

function send(payload: Record<string, unknown>): void {
  try {
    const body = JSON.stringify(payload);
    if (typeof navigator !== "undefined" && typeof navigator.sendBeacon === "function") {
      if (navigator.sendBeacon(EVENTS_URL, new Blob([body], { type: "application/json" }))) return;
    }
    if (typeof fetch === "function") {
      void fetch(EVENTS_URL, { method: "POST", body, keepalive: true, headers: { "content-type": "application/json" } }).catch(() => undefined);
    }
  } catch {
    // Analytics must never break the storefront.
  }
}

function readAttribution(): Attribution {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === "object" ? (parsed as Attribution) : {};
  } catch {
    return {};
  }
}

function remember(productId: string, queryId: string): void {
  try {
    const entries = Object.entries({ ...readAttribution(), [productId]: { queryId, at: Date.now() } })
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_REMEMBERED);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or disabled: attribution is lost, nothing else.
  }
}

/** The id of the last search whose result for this product was clicked in this tab, or null. */
export function rememberedSearchQueryId(productId: string): string | null {
  return readAttribution()[productId]?.queryId ?? null;
}

/** A click on a search result (position 1-based over the whole result list). */
export function trackSearchClick({ queryId, productId, position }: { queryId: string; productId: string; position: number }): void {
  if (!queryId || !productId) return;
  remember(productId, queryId);
  send({ kind: "click", queryId, productId, position });
}

/** An add-to-cart of a product; recorded only when a search in this tab led to it (see trackSearchClick). */
export function trackSearchAddToCart(productId: string): void {
  const queryId = rememberedSearchQueryId(productId);
  if (queryId) send({ kind: "add_to_cart", queryId, productId });
}
