import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/platform/env";

/**
 * Signed download links for purchased files: /api/downloads/<entitlementId>?exp=<unix s>&sig=<hex>.
 * The signature is an HMAC-SHA256 (key derived from the auth secret) over the entitlement, the buyer
 * and the expiry, so a link works only for its buyer, only until it expires, and cannot be edited.
 * The download count and the entitlement's own expiry are checked again in the database on every use.
 */

/** A link is good for this long after the order page (or an email) produced it. */
export const DOWNLOAD_LINK_TTL_SECONDS = 60 * 60;
/** Downloads allowed per purchased file, and for how long after payment. */
export const MAX_DOWNLOADS = 5;
export const DOWNLOAD_WINDOW_DAYS = 30;

export const DOWNLOAD_PATH_PREFIX = "/api/downloads/";

function signingKey(): Buffer {
  // A key of its own, so a download signature can never stand in for a session or reset token.
  return createHmac("sha256", env().NEXTAUTH_SECRET).update("quicklocal:digital-download:v1").digest();
}

function signature(entitlementId: string, customerId: string, exp: number): string {
  return createHmac("sha256", signingKey()).update(`${entitlementId}\n${customerId}\n${exp}`).digest("hex");
}

/** The relative download URL of an entitlement for its buyer, valid for DOWNLOAD_LINK_TTL_SECONDS from `now`. */
export function signedDownloadPath(entitlementId: string, customerId: string, now: Date = new Date()): string {
  const exp = Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS;
  const query = new URLSearchParams({ exp: String(exp), sig: signature(entitlementId, customerId, exp) });
  return `${DOWNLOAD_PATH_PREFIX}${entitlementId}?${query.toString()}`;
}

export type LinkCheck = "ok" | "invalid" | "expired";

/**
 * Whether `sig` is this customer's signature of the entitlement and expiry (constant-time compare),
 * and the link has not expired. A link signed for someone else is "invalid" for `customerId`.
 */
export function checkDownloadLink(a: { entitlementId: string; customerId: string; exp: number; sig: string; now?: Date }): LinkCheck {
  const expected = Buffer.from(signature(a.entitlementId, a.customerId, a.exp), "hex");
  const given = /^[0-9a-f]{64}$/.test(a.sig) ? Buffer.from(a.sig, "hex") : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const nowSeconds = Math.floor((a.now ?? new Date()).getTime() / 1000);
  return a.exp >= nowSeconds ? "ok" : "expired";
}
