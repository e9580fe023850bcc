import { createHash } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/media/[...key]/route";
import type { Actor } from "@/lib/auth/actor";
import { digitalFileInputSchema } from "@/lib/catalog/product-schemas";
import { uploadDigitalFile } from "@/lib/media/digital-upload";
import { MediaRejectedError } from "@/lib/media/errors";
import { isSellerDigitalKey } from "@/lib/media/keys";
import { MAX_DIGITAL_BYTES } from "@/lib/media/limits";
import { handleUpload } from "@/lib/media/upload-http";
import { ForbiddenError } from "@/lib/platform/errors";
import { getStorage } from "@/lib/platform/storage";
import { makeSeller, makeUser } from "@/tests/support/fixtures";
import { PHP_SCRIPT } from "@/tests/support/media-samples";

let seller: Actor;
beforeAll(async () => {
  seller = (await makeSeller("Ebook store")).actor;
});
afterEach(() => vi.restoreAllMocks());

const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const epub = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from("mimetypeapplication/epub+zip"), Buffer.alloc(64)]);
const upload = (bytes: Buffer | string, fileName: string, actor: Actor | null = seller) => uploadDigitalFile(actor, { file: new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]), fileName });

async function refused(work: () => Promise<unknown>, reason: string, status: number) {
  const put = vi.spyOn(getStorage(), "put");
  await expect(work()).rejects.toSatisfy((e: unknown) => e instanceof MediaRejectedError && e.reason === reason && e.status === status);
  expect(put).not.toHaveBeenCalled();
}

describe("uploadDigitalFile", () => {
  it("stores a PDF under private/ with a sanitised name, its type, size and sha256", async () => {
    const result = await upload(pdf, "Résumé (final) v2.PDF");
    expect(result).toMatchObject({
      fileName: "Resume-final-v2.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(result.storageKey).toMatch(new RegExp(`^private/digital/${seller.sellerId}/[0-9a-f-]{36}/Resume-final-v2\\.pdf$`));
    expect(isSellerDigitalKey(seller.sellerId as string, result.storageKey)).toBe(true);
    expect(digitalFileInputSchema.safeParse(result).success).toBe(true);
    expect((await getStorage().get(result.storageKey))?.bytes.equals(pdf)).toBe(true);
  });

  it("is never served by /media", async () => {
    const { storageKey } = await upload(pdf, "secret.pdf");
    const res = await GET(new Request(`http://localhost/media/${storageKey}`), { params: Promise.resolve({ key: storageKey.split("/") }) });
    expect(res.status).toBe(404);
  });

  it.each([
    ["epub", epub, "novel.epub", "application/epub+zip"],
    ["text", "Licence terms\nनमस्ते\n", "readme.txt", "text/plain; charset=utf-8"],
    ["mp3", Buffer.concat([Buffer.from("ID3"), Buffer.alloc(32)]), "song.mp3", "audio/mpeg"],
  ])("accepts %s", async (_label, bytes, name, contentType) => {
    expect(await upload(bytes, name)).toMatchObject({ contentType, fileName: name });
  });

  it.each([
    ["a PHP script renamed .pdf", PHP_SCRIPT, "book.pdf"],
    ["a plain ZIP renamed .epub", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(80)]), "book.epub"],
    ["binary data named .txt", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "notes.txt"],
    ["an executable", Buffer.from([0x4d, 0x5a, 0x90, 0x00]), "setup.exe"],
    ["a file without an extension", pdf, "book"],
  ])("refuses %s as unsupported (415), storing nothing", async (_label, bytes, name) => {
    await refused(() => upload(bytes, name), "unsupported_type", 415);
  });

  it("refuses a file over 100 MB (413) and an empty one (422), storing nothing", async () => {
    await refused(() => upload(Buffer.alloc(MAX_DIGITAL_BYTES + 1), "big.zip"), "too_large", 413);
    await refused(() => upload(Buffer.alloc(0), "empty.pdf"), "empty", 422);
  });

  it("refuses customers", async () => {
    await expect(upload(pdf, "a.pdf", await makeUser("customer"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("POST /api/uploads/digital (handler)", () => {
  it("answers 201 with the digital file fields, and 415 for a disguised script", async () => {
    const handler = { maxFileBytes: MAX_DIGITAL_BYTES, what: "digital files", store: uploadDigitalFile };
    const post = (f: File) => {
      const body = new FormData();
      body.set("file", f);
      return handleUpload(new Request("http://localhost/api/uploads/digital", { method: "POST", body }), seller, handler);
    };
    const ok = await post(new File([new Uint8Array(pdf)], "Guide.pdf", { type: "application/pdf" }));
    expect(ok.status).toBe(201);
    expect(Object.keys(await ok.json()).sort()).toEqual(["contentType", "fileName", "sha256", "sizeBytes", "storageKey"]);
    const bad = await post(new File([PHP_SCRIPT], "guide.pdf", { type: "application/pdf" }));
    expect(bad.status).toBe(415);
    expect(await bad.json()).toMatchObject({ code: "unsupported_type" });
  });
});
