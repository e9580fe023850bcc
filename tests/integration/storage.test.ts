import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, HEAD } from "@/app/media/[...key]/route";
import { imageUrl } from "@/lib/catalog/image-url";
import { assertValidKey, getStorage, LocalDiskStorage, MemoryStorage } from "@/lib/platform/storage";
import { storageContract as contract } from "@/tests/support/storage-contract";

// Pictures go to in-memory storage even when the tests run against PostgreSQL (DATA_DIR would be the dev folder).
process.env.DATA_DIR = "memory://";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ql-storage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

contract("local disk", async () => new LocalDiskStorage(dir));
contract("memory", async () => new MemoryStorage());

describe("local disk layout", () => {
  it("writes under its root without leaving temporary files", async () => {
    const storage = new LocalDiskStorage(dir);
    await storage.put("catalog/a/b.png", Buffer.from("png"), "image/png");
    expect(await readdir(path.join(dir, "catalog", "a"))).toEqual(["b.png"]);
  });

  it("accepts ordinary nested keys", () => {
    expect(() => assertValidKey("catalog/seed-v1/fashion/roadster-jeans-1a2b3c-1.webp")).not.toThrow();
  });
});

describe("GET /media/[...key]", () => {
  const key = "test/media/square.webp";
  let bytes: Buffer;
  const call = (url: string, headers: Record<string, string> = {}) => {
    const segments = new URL(url, "http://localhost").pathname.replace(/^\/media\//, "").split("/").map(decodeURIComponent);
    return GET(new Request(new URL(url, "http://localhost"), { headers }), { params: Promise.resolve({ key: segments }) });
  };

  beforeAll(async () => {
    bytes = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#0f7a37" } }).webp().toBuffer();
    await getStorage().put(key, bytes, "image/webp");
  });

  it("serves stored files with type, strong ETag and immutable caching", async () => {
    const res = await call(imageUrl(key));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers 304 when the ETag matches", async () => {
    const etag = (await call(imageUrl(key))).headers.get("etag") as string;
    const res = await call(imageUrl(key), { "If-None-Match": `W/${etag}, "other"` });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
  });

  it("serves a smaller copy for a supported width", async () => {
    const res = await call(imageUrl(key, 160));
    expect(res.status).toBe(200);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta.width).toBe(160);
  });

  it("answers HEAD without a body", async () => {
    const res = await HEAD(new Request("http://localhost/media/test/media/square.webp", { method: "HEAD" }), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
  });

  it.each([["test/media/missing.webp"], ["../etc/passwd"], ["cache/w160/test/media/square.webp"]])("answers 404 for %s", async (k) => {
    const res = await GET(new Request("http://localhost/media/x"), { params: Promise.resolve({ key: k.split("/") }) });
    expect(res.status).toBe(404);
  });
});
