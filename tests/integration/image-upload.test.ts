import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { MediaRejectedError } from "@/lib/media/errors";
import { uploadProductImage } from "@/lib/media/image-upload";
import { isSellerImageKey } from "@/lib/media/keys";
import { MAX_IMAGE_BYTES } from "@/lib/media/limits";
import { handleUpload, UPLOADS_PER_WINDOW } from "@/lib/media/upload-http";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";
import { getStorage } from "@/lib/platform/storage";
import { makeSeller, makeUser } from "@/tests/support/fixtures";
import { hugePng, jpegWithExif, PHP_SCRIPT } from "@/tests/support/media-samples";

let seller: Actor;
let otherSeller: Actor;
let jpeg: Buffer;

beforeAll(async () => {
  seller = (await makeSeller("Photo store")).actor;
  otherSeller = (await makeSeller("Other store")).actor;
  jpeg = await jpegWithExif();
});
afterEach(() => vi.restoreAllMocks());

const file = (bytes: Buffer | string, name: string, type = "image/jpeg") => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
const siblings = (key: string) => [320, 640, 1280].map((w) => key.replace(/w1280\.webp$/, `w${w}.webp`));

/** Expects `work` to be refused with `reason` and no storage write to have happened. */
async function refusedWithoutWrites(work: () => Promise<unknown>, reason: string, status: number) {
  const put = vi.spyOn(getStorage(), "put");
  const err = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MediaRejectedError);
  expect(err).toMatchObject({ reason, status });
  expect(put).not.toHaveBeenCalled();
  return err as MediaRejectedError;
}

describe("uploadProductImage", () => {
  it("stores upright WebP renditions at 320/640/1280 without any metadata, under the seller's folder", async () => {
    const before = await sharp(jpeg).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString("latin1")).toContain("QuickLocalCam");

    const result = await uploadProductImage(seller, { file: file(jpeg, "IMG_0001.JPG") });
    // 1600 × 1200 turned by EXIF orientation 6 is 1200 × 1600; 1280 wide is never reached, so no upscale.
    expect(result).toMatchObject({ width: 1200, height: 1600 });
    expect(result.storageKey).toMatch(new RegExp(`^catalog/uploads/${seller.sellerId}/[0-9a-f-]{36}/w1280\\.webp$`));
    expect(isSellerImageKey(seller.sellerId as string, result.storageKey)).toBe(true);

    const widths: number[] = [];
    for (const key of siblings(result.storageKey)) {
      const stored = await getStorage().get(key);
      expect(stored?.contentType).toBe("image/webp");
      const meta = await sharp(stored?.bytes).metadata();
      expect(meta.format).toBe("webp");
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect(meta.height).toBeGreaterThan(meta.width);
      widths.push(meta.width);
    }
    expect(widths).toEqual([320, 640, 1200]);
  });

  it("never enlarges a small picture", async () => {
    const small = await sharp({ create: { width: 500, height: 400, channels: 4, background: "#0f7a3780" } }).png().toBuffer();
    const result = await uploadProductImage(seller, { file: file(small, "logo.png", "image/png") });
    expect(result).toMatchObject({ width: 500, height: 400 });
    const metas = await Promise.all(siblings(result.storageKey).map(async (k) => sharp((await getStorage().get(k))?.bytes).metadata()));
    expect(metas.map((m) => m.width)).toEqual([320, 500, 500]);
  });

  it("refuses a 20 MB file as too large, storing nothing", async () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(20 * 1024 * 1024 - jpeg.length)]);
    const err = await refusedWithoutWrites(() => uploadProductImage(seller, { file: file(big, "huge.jpg") }), "too_large", 413);
    expect(err.message).toBe("This file is 20 MB: images can be at most 10 MB.");
  });

  it("refuses a PHP script named evil.jpg as not an image, storing nothing", async () => {
    const err = await refusedWithoutWrites(() => uploadProductImage(seller, { file: file(PHP_SCRIPT, "evil.jpg") }), "not_an_image", 415);
    expect(err.message).toMatch(/not an image we can read/);
  });

  it.each([
    ["an SVG (script-capable) named .png", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "a.png"],
    ["a GIF header followed by PHP", `GIF89a${PHP_SCRIPT}`, "shell.gif"],
    ["a truncated JPEG", "TRUNCATED", "cut.jpg"],
  ])("refuses %s", async (_label, content, name) => {
    const bytes = content === "TRUNCATED" ? jpeg.subarray(0, Math.floor(jpeg.length / 2)) : Buffer.from(content);
    await refusedWithoutWrites(() => uploadProductImage(seller, { file: file(bytes, name) }), "not_an_image", 415);
  });

  it("refuses a decompression bomb (30,000 × 30,000 PNG of a few hundred bytes) before decoding it", async () => {
    const bomb = hugePng();
    expect(bomb.length).toBeLessThan(1024);
    const err = await refusedWithoutWrites(() => uploadProductImage(seller, { file: file(bomb, "bomb.png", "image/png") }), "too_many_pixels", 422);
    expect(err.message).toContain("30,000 × 30,000");
  });

  it("refuses a picture too small to show", async () => {
    const tiny = await sharp({ create: { width: 60, height: 60, channels: 3, background: "#fff" } }).jpeg().toBuffer();
    await refusedWithoutWrites(() => uploadProductImage(seller, { file: file(tiny, "tiny.jpg") }), "too_small", 422);
  });

  it("refuses anonymous users, customers and other sellers' folders", async () => {
    await expect(uploadProductImage(null, { file: file(jpeg, "a.jpg") })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(uploadProductImage(await makeUser("customer"), { file: file(jpeg, "a.jpg") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadProductImage(seller, { file: file(jpeg, "a.jpg"), sellerId: otherSeller.sellerId })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an admin upload into a named seller's folder", async () => {
    const admin = await makeUser("admin");
    const result = await uploadProductImage(admin, { file: file(jpeg, "a.jpg"), sellerId: otherSeller.sellerId });
    expect(isSellerImageKey(otherSeller.sellerId as string, result.storageKey)).toBe(true);
  });
});

describe("POST /api/uploads/images (handler, with the session's actor passed in)", () => {
  const handler = { maxFileBytes: MAX_IMAGE_BYTES, what: "images", store: uploadProductImage };
  const post = (actor: Actor | null, body: BodyInit | null, init: { query?: string; headers?: Record<string, string> } = {}) =>
    handleUpload(new Request(`http://localhost/api/uploads/images${init.query ?? ""}`, { method: "POST", body, headers: init.headers }), actor, handler);
  const form = (f: File) => {
    const data = new FormData();
    data.set("file", f);
    return data;
  };

  it("answers 201 with { storageKey, width, height }", async () => {
    const res = await post(seller, form(file(jpeg, "shoe.jpg")));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { storageKey: string; width: number; height: number };
    expect(isSellerImageKey(seller.sellerId as string, body.storageKey)).toBe(true);
    expect(await getStorage().exists(body.storageKey)).toBe(true);
  });

  it("answers 413 for a 20 MB file streamed without a Content-Length", async () => {
    const put = vi.spyOn(getStorage(), "put");
    const res = await post(seller, form(file(Buffer.alloc(20 * 1024 * 1024, 0xff), "big.jpg")));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: "too_large", error: "This file is too large: images can be at most 10 MB." });
    expect(put).not.toHaveBeenCalled();
  });

  it("answers 413 from a declared Content-Length without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const res = await handleUpload(
      new Request("http://localhost/api/uploads/images", {
        method: "POST",
        body,
        duplex: "half",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(20 * 1024 * 1024) },
      } as RequestInit),
      seller,
      handler,
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/^This file is 20 MB: images can be at most 10 MB\.$/);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("answers 415 for a PHP script named evil.jpg", async () => {
    const res = await post(seller, form(file(PHP_SCRIPT, "evil.jpg")));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: "not_an_image" });
  });

  it("answers 401 anonymous, 403 customer, 403 another seller's folder, 422 missing file, 400 not multipart", async () => {
    expect((await post(null, form(file(jpeg, "a.jpg")))).status).toBe(401);
    expect((await post(await makeUser("customer"), form(file(jpeg, "a.jpg")))).status).toBe(403);
    expect((await post(seller, form(file(jpeg, "a.jpg")), { query: `?sellerId=${otherSeller.sellerId}` })).status).toBe(403);
    const empty = new FormData();
    empty.set("title", "no file here");
    const missing = await post(seller, empty);
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ fieldErrors: { file: ["Choose a file to upload"] } });
    expect((await post(seller, JSON.stringify({ file: "x" }), { headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await post(await makeUser("admin"), form(file(jpeg, "a.jpg")), { query: "?sellerId=not-a-uuid" })).status).toBe(422);
  });

  it("answers 429 once a user passes the upload rate limit", async () => {
    const busy = (await makeSeller("Busy store")).actor;
    const statuses: number[] = [];
    for (let i = 0; i <= UPLOADS_PER_WINDOW; i += 1) statuses.push((await post(busy, "not multipart", { headers: { "content-type": "text/plain" } })).status);
    expect(statuses.slice(0, UPLOADS_PER_WINDOW).every((s) => s === 400)).toBe(true);
    const last = await post(busy, form(file(jpeg, "a.jpg")));
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
