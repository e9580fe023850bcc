import { describe, expect, it } from "vitest";
import { imageDto, imageUrl } from "@/lib/catalog/image-url";
import {
  digitalFileKey,
  imageUploadKey,
  imageUploadKeys,
  isPrivateKey,
  isSellerDigitalKey,
  isSellerImageKey,
  newUploadId,
  parseImageUploadKey,
  safeFileName,
} from "@/lib/media/keys";
import { extensionOf, formatBytes } from "@/lib/media/limits";
import { contentMatchesExtension, sniffImage } from "@/lib/media/sniff";
import { isValidKey } from "@/lib/platform/storage";

const SELLER = "5b0e6a52-7c1e-4f57-9d43-3f7e0c2b9a11";
const OTHER = "0d6f3e1a-2b4c-4d5e-8f90-a1b2c3d4e5f6";
const UPLOAD = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("image upload keys", () => {
  it("follow catalog/uploads/<sellerId>/<uploadId>/w<width>.webp and are valid storage keys", () => {
    expect(imageUploadKey(SELLER, UPLOAD, 1280)).toBe(`catalog/uploads/${SELLER}/${UPLOAD}/w1280.webp`);
    expect(imageUploadKeys(SELLER, UPLOAD).map((k) => k.width)).toEqual([320, 640, 1280]);
    expect(imageUploadKeys(SELLER, UPLOAD).every((k) => isValidKey(k.key))).toBe(true);
    expect(parseImageUploadKey(imageUploadKey(SELLER, UPLOAD, 640))).toEqual({ sellerId: SELLER, uploadId: UPLOAD, width: 640 });
  });

  it("refuse ids that are not UUIDs (no path tricks through the builders)", () => {
    expect(() => imageUploadKey("../x", UPLOAD, 320)).toThrow(/sellerId/);
    expect(() => digitalFileKey(SELLER, "a/b", "x.pdf")).toThrow(/uploadId/);
    expect(newUploadId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("isSellerImageKey accepts only that seller's saved (w1280) key", () => {
    expect(isSellerImageKey(SELLER, imageUploadKey(SELLER, UPLOAD, 1280))).toBe(true);
    expect(isSellerImageKey(OTHER, imageUploadKey(SELLER, UPLOAD, 1280))).toBe(false);
    expect(isSellerImageKey(SELLER, imageUploadKey(SELLER, UPLOAD, 640))).toBe(false);
    for (const key of [
      `catalog/uploads/${SELLER}/${UPLOAD}/w1280.png`,
      `catalog/uploads/${SELLER}/${UPLOAD}/w999.webp`,
      `catalog/uploads/${SELLER}/not-a-uuid/w1280.webp`,
      `catalog/seed-v1/grocery/rice-1a2b3c-1.webp`,
      `x/catalog/uploads/${SELLER}/${UPLOAD}/w1280.webp`,
      `catalog/uploads/${SELLER}/${UPLOAD}/w1280.webp/../../x`,
    ]) {
      expect(isSellerImageKey(SELLER, key)).toBe(false);
    }
  });
});

describe("digital file keys", () => {
  it("live under private/digital/<sellerId>/<uploadId>/<safe name>", () => {
    const key = digitalFileKey(SELLER, UPLOAD, "My Book (2nd ed).PDF");
    expect(key).toBe(`private/digital/${SELLER}/${UPLOAD}/My-Book-2nd-ed.pdf`);
    expect(isValidKey(key)).toBe(true);
    expect(isPrivateKey(key)).toBe(true);
    expect(isSellerDigitalKey(SELLER, key)).toBe(true);
    expect(isSellerDigitalKey(OTHER, key)).toBe(false);
    expect(isSellerDigitalKey(SELLER, `private/digital/${SELLER}/${UPLOAD}/.hidden`)).toBe(false);
    expect(isSellerDigitalKey(SELLER, imageUploadKey(SELLER, UPLOAD, 1280))).toBe(false);
    expect(isPrivateKey(imageUploadKey(SELLER, UPLOAD, 1280))).toBe(false);
  });

  it.each([
    ["résumé final.pdf", "resume-final.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\Song.MP3", "Song.mp3"],
    ["...", "file"],
    [".env", "env"],
    ["गीत.mp3", "file.mp3"],
    ["a  b__c--d.txt", "a-b_c-d.txt"],
    ["name.with.dots.tar.zip", "name.with.dots.tar.zip"],
  ])("safeFileName(%j) is %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it("safeFileName keeps the extension when it shortens a long name, and its output is a valid key segment", () => {
    const long = safeFileName(`${"x".repeat(300)}.epub`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".epub")).toBe(true);
    for (const name of ["-x", "_.pdf", "a b", "ü.txt", "x.", "%00.pdf"]) expect(isValidKey(`d/${safeFileName(name)}`)).toBe(true);
  });
});

describe("content sniffing", () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF")],
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
    ["gif", bytes("GIF89a", [1, 0])],
    ["avif", bytes([0, 0, 0, 28], "ftypavif", [0, 0, 0, 0], "avifmif1miaf")],
  ])("recognises %s", (format, data) => {
    expect(sniffImage(data)).toBe(format);
  });

  it.each([
    ["PHP", bytes("<?php echo 1; ?>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["HEIC", bytes([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0], "mif1heic")],
    ["empty", bytes()],
    ["HTML", bytes("<!doctype html>")],
  ])("refuses %s as an image", (_label, data) => {
    expect(sniffImage(data)).toBeNull();
  });

  it("checks digital files against their extension", () => {
    expect(contentMatchesExtension(bytes("%PDF-1.4"), "pdf")).toBe(true);
    expect(contentMatchesExtension(bytes("<?php"), "pdf")).toBe(false);
    expect(contentMatchesExtension(bytes([0x50, 0x4b, 0x05, 0x06], [0, 0, 0, 0]), "zip")).toBe(true);
    expect(contentMatchesExtension(bytes([0, 0, 0, 20], "ftypisom", [0, 0, 2, 0], "isom"), "mp4")).toBe(true);
    expect(contentMatchesExtension(bytes("hello\n"), "txt")).toBe(true);
    expect(contentMatchesExtension(bytes([0xc3, 0x28]), "txt")).toBe(false);
    expect(contentMatchesExtension(bytes(), "txt")).toBe(false);
  });

  it("formats sizes and extensions for messages", () => {
    expect([formatBytes(1), formatBytes(2048), formatBytes(9.5 * 1024 * 1024), formatBytes(20 * 1024 * 1024)]).toEqual(["1 byte", "2 KB", "9.5 MB", "20 MB"]);
    expect([extensionOf("a.B.PDF"), extensionOf(".env"), extensionOf("noext")]).toEqual(["pdf", "", ""]);
  });
});

describe("image URLs of uploaded images", () => {
  const key = imageUploadKey(SELLER, UPLOAD, 1280);
  const at = (w: number) => `/media/catalog/uploads/${SELLER}/${UPLOAD}/w${w}.webp`;

  it("serve the nearest stored rendition for a requested width", () => {
    expect(imageUrl(key)).toBe(at(1280));
    expect([imageUrl(key, 160), imageUrl(key, 320), imageUrl(key, 400), imageUrl(key, 640), imageUrl(key, 2000)]).toEqual([at(320), at(320), at(640), at(640), at(1280)]);
  });

  it("list the 320/640/1280 siblings in srcSet, only those narrower than the image itself", () => {
    expect(imageDto({ storageKey: key, alt: "Blue shoe", width: 1280, height: 960 })).toEqual({
      url: at(1280),
      srcSet: `${at(320)} 320w, ${at(640)} 640w, ${at(1280)} 1280w`,
      alt: "Blue shoe",
      width: 1280,
      height: 960,
    });
    expect(imageDto({ storageKey: key, alt: null, width: 500, height: 400 })?.srcSet).toBe(`${at(320)} 320w, ${at(1280)} 500w`);
  });

  it("leave seed images on the media route's resize widths", () => {
    const seed = "catalog/seed-v1/grocery/rice-1a2b3c-1.webp";
    expect(imageUrl(seed, 300)).toBe(`/media/${seed}?w=320`);
    expect(imageDto({ storageKey: seed, alt: "Rice", width: 600, height: 600 })?.srcSet).toBe(
      `/media/${seed}?w=160 160w, /media/${seed}?w=320 320w, /media/${seed}?w=480 480w, /media/${seed} 600w`,
    );
  });
});
