import { beforeAll, describe, expect, it } from "vitest";

let links: typeof import("@/lib/orders/digital-links");

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "unit-secret-unit-secret-unit-secret-0123";
  process.env.DATA_DIR = "memory://";
  links = await import("@/lib/orders/digital-links");
});

const ENTITLEMENT = "0f9b8a6e-3c1d-4e2f-9a7b-5c6d7e8f9a0b";
const BUYER = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const OTHER = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

function parts(path: string) {
  const url = new URL(path, "http://x");
  return { entitlementId: url.pathname.split("/").pop()!, exp: Number(url.searchParams.get("exp")), sig: url.searchParams.get("sig")! };
}

describe("signed download links", () => {
  const now = new Date("2026-11-30T10:00:00Z");

  it("points at the downloads route and verifies for its buyer until it expires", () => {
    const path = links.signedDownloadPath(ENTITLEMENT, BUYER, now);
    expect(path.startsWith(`/api/downloads/${ENTITLEMENT}?exp=`)).toBe(true);
    const p = parts(path);
    expect(p.exp).toBe(Math.floor(now.getTime() / 1000) + links.DOWNLOAD_LINK_TTL_SECONDS);
    expect(links.checkDownloadLink({ ...p, customerId: BUYER, now })).toBe("ok");
    const atExpiry = new Date(p.exp * 1000);
    expect(links.checkDownloadLink({ ...p, customerId: BUYER, now: atExpiry })).toBe("ok");
    expect(links.checkDownloadLink({ ...p, customerId: BUYER, now: new Date(atExpiry.getTime() + 1000) })).toBe("expired");
  });

  it("is invalid for anyone else, with an edited expiry or entitlement, or a mangled signature", () => {
    const p = parts(links.signedDownloadPath(ENTITLEMENT, BUYER, now));
    expect(links.checkDownloadLink({ ...p, customerId: OTHER, now })).toBe("invalid");
    expect(links.checkDownloadLink({ ...p, exp: p.exp + 60, customerId: BUYER, now })).toBe("invalid");
    expect(links.checkDownloadLink({ ...p, entitlementId: OTHER, customerId: BUYER, now })).toBe("invalid");
    for (const sig of ["", "zz", p.sig.toUpperCase(), p.sig.slice(0, 63), `${p.sig}00`]) {
      expect(links.checkDownloadLink({ ...p, sig, customerId: BUYER, now })).toBe("invalid");
    }
  });
});
