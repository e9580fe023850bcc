import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getOrderDigitalGoods } from "@/lib/orders/digital-queries";
import { fulfilDigitalLines } from "@/lib/orders/digital-service";
import { getDb } from "@/lib/platform/db";
import { makeUser } from "../support/fixtures";
import { makeDigitalShop, makeOrder } from "./digital-delivery-fixtures";

const actorRef: { current: Actor | null } = { current: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => actorRef.current }));

const { GET } = await import("@/app/api/downloads/[entitlementId]/route");

let buyer: Actor;
let other: Actor;
let link: string;

beforeAll(async () => {
  const shop = await makeDigitalShop(0);
  [buyer, other] = await Promise.all([makeUser("customer"), makeUser("customer")]);
  const order = await makeOrder(null, { customerId: buyer.id, parts: [{ sellerId: shop.seller.id, lines: [{ productId: shop.withFile.product.id, variantId: shop.withFile.variant.id }] }] });
  await (await getDb()).transaction((tx) => fulfilDigitalLines(tx, order.id));
  const [goods] = await getOrderDigitalGoods(buyer, order.id);
  link = goods.download!.url!;
});

function get(path: string) {
  const url = new URL(path, "http://localhost:3107");
  const entitlementId = url.pathname.split("/").pop()!;
  return GET(new Request(url), { params: Promise.resolve({ entitlementId }) });
}

describe("GET /api/downloads/[entitlementId]", () => {
  it("sends anonymous visitors to sign in and back", async () => {
    actorRef.current = null;
    const res = await get(link);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent(link)}`);
  });

  it("refuses another customer with 403 and a readable page", async () => {
    actorRef.current = other;
    const res = await get(link);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("belongs to another account");
  });

  it("serves the buyer the file as an attachment, then 410 once the downloads are used up", async () => {
    actorRef.current = buyer;
    const res = await get(link);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="recipes.pdf"; filename*=UTF-8''recipes.pdf`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-downloads-left")).toBe("4");
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe("%PDF-1.4 sample");
    for (let i = 0; i < 4; i++) expect((await get(link)).status).toBe(200);
    expect((await get(link)).status).toBe(410);
  });

  it("answers 403 to a tampered link and 404 to a malformed one", async () => {
    actorRef.current = buyer;
    expect((await get(link.replace(/sig=([0-9a-f])/, (_, c: string) => `sig=${c === "a" ? "b" : "a"}`))).status).toBe(403);
    expect((await get("/api/downloads/nope?exp=1&sig=00")).status).toBe(404);
  });
});
