import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rememberedSearchQueryId, trackSearchAddToCart, trackSearchClick } from "@/lib/search/analytics-client";

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const Q1 = "6f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b01";
const Q2 = "6f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b02";
const P1 = "7f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b01";
const P2 = "7f1c1c1e-4a6b-4c43-8d0f-0a0c7b0b7b02";

let beacons: Array<{ url: string; body: unknown }>;

async function bodies() {
  return Promise.all(beacons.map(async (b) => JSON.parse(await (b.body as Blob).text()) as Record<string, unknown>));
}

beforeEach(() => {
  beacons = [];
  vi.stubGlobal("sessionStorage", new MemoryStorage());
  vi.stubGlobal("navigator", {
    sendBeacon: (url: string, body: unknown) => {
      beacons.push({ url, body });
      return true;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("search analytics beacons", () => {
  it("sends a click and remembers its search for the product", async () => {
    trackSearchClick({ queryId: Q1, productId: P1, position: 3 });
    expect(beacons.map((b) => b.url)).toEqual(["/api/search/events"]);
    expect(await bodies()).toEqual([{ kind: "click", queryId: Q1, productId: P1, position: 3 }]);
    expect(rememberedSearchQueryId(P1)).toBe(Q1);
    expect(rememberedSearchQueryId(P2)).toBeNull();
  });

  it("attributes an add-to-cart to the last search that led to the product, and sends nothing otherwise", async () => {
    trackSearchClick({ queryId: Q1, productId: P1, position: 1 });
    trackSearchClick({ queryId: Q2, productId: P1, position: 2 });
    trackSearchAddToCart(P1);
    trackSearchAddToCart(P2);
    const sent = await bodies();
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual({ kind: "add_to_cart", queryId: Q2, productId: P1 });
  });

  it("falls back to a keepalive fetch when there is no sendBeacon, and never throws", () => {
    const fetchMock = vi.fn(() => Promise.reject(new Error("offline")));
    vi.stubGlobal("navigator", {});
    vi.stubGlobal("fetch", fetchMock);
    expect(() => trackSearchClick({ queryId: Q1, productId: P1, position: 1 })).not.toThrow();
    expect(fetchMock).toHaveBeenCalledWith("/api/search/events", expect.objectContaining({ method: "POST", keepalive: true }));
  });

  it("survives storage that throws (private mode)", () => {
    vi.stubGlobal("sessionStorage", {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    });
    expect(() => trackSearchClick({ queryId: Q1, productId: P1, position: 1 })).not.toThrow();
    expect(rememberedSearchQueryId(P1)).toBeNull();
  });
});
