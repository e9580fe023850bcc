/**
 * POST /api/search/visual (lib/search/visual/http.ts) refusals and results, and the "product.changed"
 * subscriber that computes the features of new product images.
 */
import { eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/platform/db";
import { flushEvents, publish } from "@/lib/platform/events";
import { getStorage } from "@/lib/platform/storage";
import { indexProducts } from "@/lib/search/indexer";
import "@/lib/search/subscribers";
import "@/lib/search/visual/subscriber";
import { handleVisualSearch } from "@/lib/search/visual/http";
import { productImageFeatures, productImages, products } from "@/models";
import { makeCategory, makeProduct, makeSeller, unique } from "../support/fixtures";
import { hugePng } from "../support/media-samples";

const URL_ = "http://localhost/api/search/visual";

function post(parts: Record<string, Blob | string>, headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.set(name, value);
  return handleVisualSearch(new Request(URL_, { method: "POST", body: form, headers: { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...headers } }));
}

const blob = (bytes: Buffer, type = "image/jpeg") => new Blob([new Uint8Array(bytes)], { type });

/** A distinctive picture: a coloured disc and bars on white, different per `seed`. */
async function picture(seed: number): Promise<Buffer> {
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="white"/>
    <circle cx="${120 + (seed % 5) * 30}" cy="${160 + (seed % 3) * 40}" r="${70 + (seed % 4) * 10}" fill="hsl(${hue},80%,50%)"/>
    <rect x="${40 + (seed % 7) * 20}" y="300" width="${200 - (seed % 6) * 20}" height="40" fill="hsl(${(hue + 150) % 360},70%,35%)"/>
    <polygon points="300,${40 + seed * 7} 380,200 260,220" fill="hsl(${(hue + 60) % 360},60%,45%)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

let sellerId: string;
let categoryId: string;
const live: { productId: string; bytes: Buffer }[] = [];

async function productWithImage(seed: number, status: "active" | "archived" = "active") {
  const { product } = await makeProduct({ sellerId, categoryId, status, title: unique(`Pictured ${seed}`) });
  const bytes = await picture(seed);
  const key = `catalog/test-visual-api/${unique("img")}.png`;
  await getStorage().put(key, bytes, "image/png");
  const db = await getDb();
  await db.insert(productImages).values({ productId: product.id, storageKey: key, alt: "Front", width: 400, height: 400, position: 0 });
  return { productId: product.id, bytes };
}

beforeAll(async () => {
  sellerId = (await makeSeller("Visual API Store")).seller.id;
  categoryId = (await makeCategory(null, "Visual API")).id;
  for (let seed = 1; seed <= 6; seed++) live.push(await productWithImage(seed));
  await indexProducts(live.map((p) => p.productId));
  // The subscriber computes features when the products' events are delivered.
  const db = await getDb();
  await publish(db, live.map((p) => ({ topic: "product.changed" as const, aggregateId: p.productId, payload: { reason: "test" } })));
  await flushEvents();
});

describe("product.changed subscriber", () => {
  it("computed one feature row per new image", async () => {
    const db = await getDb();
    const rows = await db.select().from(productImageFeatures).where(inArray(productImageFeatures.productId, live.map((p) => p.productId)));
    expect(rows).toHaveLength(live.length);
    for (const row of rows) {
      expect(row.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(row.vector.byteLength % 4).toBe(0);
    }
  });
});

describe("POST /api/search/visual", () => {
  it("returns the pictured product first for a cropped, darkened JPEG of its photo, with similarity and timing", async () => {
    const target = live[2];
    const query = await sharp(target.bytes).extract({ left: 20, top: 10, width: 360, height: 370 }).rotate(5, { background: "#fff" }).modulate({ brightness: 0.75 }).jpeg({ quality: 65 }).toBuffer();
    const res = await post({ image: blob(query), limit: "3" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { hits: { id: string; similarity: number; title: string; image: { url: string } | null }[]; took_ms: number };
    expect(body.hits.length).toBeLessThanOrEqual(3);
    expect(body.hits[0].id).toBe(target.productId);
    expect(body.hits[0].similarity).toBeGreaterThan(0.8);
    expect(body.hits[0].image?.url).toMatch(/^\/media\/catalog\/test-visual-api\//);
    expect(body.took_ms).toBeGreaterThanOrEqual(0);
  });

  it("never returns a product that is not on sale", async () => {
    const hidden = await productWithImage(42, "archived");
    const db = await getDb();
    await publish(db, { topic: "product.changed", aggregateId: hidden.productId, payload: { reason: "test" } });
    await flushEvents();
    expect(await db.select().from(productImageFeatures).where(eq(productImageFeatures.productId, hidden.productId))).toHaveLength(1);
    const res = await post({ image: blob(hidden.bytes, "image/png"), limit: "60" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { id: string }[] };
    expect(body.hits.map((h) => h.id)).not.toContain(hidden.productId);
    const [row] = await db.select({ status: products.status }).from(products).where(eq(products.id, hidden.productId));
    expect(row.status).toBe("archived");
  });

  it("refuses a file that is not an image with 415", async () => {
    const res = await post({ image: new Blob(["<?php echo 1; ?>"], { type: "image/jpeg" }) });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: "not_an_image" });
  });

  it("refuses a body over 10 MB with 413 before reading it", async () => {
    const res = await handleVisualSearch(
      new Request(URL_, { method: "POST", body: "x", headers: { "content-type": "multipart/form-data; boundary=abc", "content-length": String(12 * 1024 * 1024), "x-forwarded-for": "10.8.0.1" } }),
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "too_large" });
  });

  it("refuses a decompression bomb and an undecodable image with 422", async () => {
    const bomb = await post({ image: blob(hugePng(), "image/png") });
    expect(bomb.status).toBe(422);
    expect(await bomb.json()).toMatchObject({ code: "too_many_pixels" });
    const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#3366cc" } }).jpeg().toBuffer();
    const truncated = await post({ image: blob(jpeg.subarray(0, 400)) });
    expect(truncated.status).toBe(422);
    expect(await truncated.json()).toMatchObject({ fieldErrors: { image: [expect.any(String)] } });
  });

  it("names the field: a missing image is 422, a bad limit 400, a non-multipart body 400", async () => {
    const missing = await post({ limit: "5" });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ fieldErrors: { image: [expect.any(String)] } });
    const badLimit = await post({ image: blob(live[0].bytes, "image/png"), limit: "500" });
    expect(badLimit.status).toBe(400);
    expect(await badLimit.json()).toMatchObject({ fieldErrors: { limit: [expect.any(String)] } });
    const json = await handleVisualSearch(new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json", "x-forwarded-for": "10.8.0.2" } }));
    expect(json.status).toBe(400);
  });

  it("rate-limits one client to 30 searches a minute (429 with Retry-After)", async () => {
    const ip = `10.7.${Math.floor(Math.random() * 250)}.1`;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await post({ limit: "1" }, { "x-forwarded-for": ip });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 422)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
