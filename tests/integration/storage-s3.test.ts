import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/platform/env";
import { createStorage, LocalDiskStorage, MemoryStorage } from "@/lib/platform/storage";
import { S3Storage, type S3StorageConfig } from "@/lib/platform/storage-s3";
import { FakeS3Server } from "@/tests/support/fake-s3";
import { storageContract } from "@/tests/support/storage-contract";

const credentials = { bucket: "ql-test", region: "ap-south-1", accessKeyId: "AKIAQLTEST0000000001", secretAccessKey: "quicklocal-test-secret/abc+123" };
const server = new FakeS3Server(credentials);
const opened: S3Storage[] = [];

function s3(overrides: Partial<S3StorageConfig> = {}): S3Storage {
  const storage = new S3Storage({ ...credentials, endpoint: server.endpoint, forcePathStyle: true, ...overrides });
  opened.push(storage);
  return storage;
}

beforeAll(() => server.start());
afterAll(async () => {
  for (const storage of opened) storage.close();
  await server.stop();
});

storageContract("s3", async () => s3());

describe("S3 storage on the wire", () => {
  it("signs every request (the server recomputes each SigV4 signature) and uses path-style URLs", async () => {
    const storage = s3();
    const before = server.requests.length;
    const bytes = Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 1, 2, 3]);
    await storage.put("catalog/uploads/a/w320.webp", bytes, "image/webp");
    expect(await storage.exists("catalog/uploads/a/w320.webp")).toBe(true);
    const got = await storage.get("catalog/uploads/a/w320.webp");
    await storage.delete("catalog/uploads/a/w320.webp");

    expect(got?.bytes.equals(bytes)).toBe(true);
    expect(got?.contentType).toBe("image/webp");
    const seen = server.requests.slice(before);
    expect(seen.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "PUT /ql-test/catalog/uploads/a/w320.webp 200",
      "HEAD /ql-test/catalog/uploads/a/w320.webp 200",
      "GET /ql-test/catalog/uploads/a/w320.webp 200",
      "DELETE /ql-test/catalog/uploads/a/w320.webp 204",
    ]);
    expect(seen.every((r) => r.error === undefined)).toBe(true);
  });

  it("keeps the given content type for extensions that imply none (digital files)", async () => {
    const storage = s3();
    await storage.put("private/digital/s/u/song.mp3", Buffer.from("ID3 not really"), "audio/mpeg");
    expect((await storage.get("private/digital/s/u/song.mp3"))?.contentType).toBe("audio/mpeg");
    expect(server.objects.get("private/digital/s/u/song.mp3")?.contentType).toBe("audio/mpeg");
  });

  it("fails loudly when the secret is wrong: the server refuses the signature and nothing is stored", async () => {
    const storage = s3({ secretAccessKey: "not-the-secret" });
    await expect(storage.put("test/wrong-secret.txt", Buffer.from("x"), "text/plain")).rejects.toMatchObject({ name: "SignatureDoesNotMatch" });
    expect(server.objects.has("test/wrong-secret.txt")).toBe(false);
    expect(server.requests.at(-1)).toMatchObject({ status: 403, error: "signature does not match" });
    await expect(storage.exists("test/anything.txt")).rejects.toThrow();
  });

  it("refuses unsigned and tampered requests (the check is real)", async () => {
    const unsigned = await fetch(`${server.endpoint}/ql-test/test/x.txt`, { method: "PUT", body: "x" });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain("<Code>AccessDenied</Code>");

    const storage = s3();
    await storage.put("test/signed.txt", Buffer.from("original"), "text/plain");
    const last = server.requests.at(-1);
    expect(last?.status).toBe(200);
    // Replaying a well-formed header against another key must fail the signature.
    const forged = await fetch(`${server.endpoint}/ql-test/test/other.txt`, {
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20260101/ap-south-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${"0".repeat(64)}`,
        "x-amz-date": new Date().toISOString().replace(/[-:]|\.\d{3}/g, ""),
        "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
      },
    });
    expect(forged.status).toBe(403);
  });

  it("answers a missing object as null / false rather than an error", async () => {
    const storage = s3();
    expect(await storage.get("test/missing.txt")).toBeNull();
    expect(await storage.exists("test/missing.txt")).toBe(false);
  });
});

describe("createStorage", () => {
  const s3Env = { S3_BUCKET: "b", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" };

  it("selects S3 when S3_BUCKET and its keys are set, else memory or local disk", () => {
    const chosen = createStorage(parseEnv({ ...s3Env, DATA_DIR: "memory://" }));
    expect(chosen).toBeInstanceOf(S3Storage);
    (chosen as S3Storage).close();
    expect(createStorage(parseEnv({ DATA_DIR: "memory://" }))).toBeInstanceOf(MemoryStorage);
    expect(createStorage(parseEnv({ DATA_DIR: ".data/x" }))).toBeInstanceOf(LocalDiskStorage);
  });

  it("refuses S3_BUCKET without its keys, naming them", () => {
    expect(() => parseEnv({ S3_BUCKET: "b" })).toThrow(/S3_ACCESS_KEY_ID: required when S3_BUCKET is set[\s\S]*S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set/);
    expect(() => parseEnv({ ...s3Env, S3_FORCE_PATH_STYLE: "yes" })).toThrow(/S3_FORCE_PATH_STYLE: must be true or false/);
    expect(() => parseEnv({ ...s3Env, S3_ENDPOINT: "ftp://x" })).toThrow(/S3_ENDPOINT: must start with http:\/\/ or https:\/\//);
  });
});
