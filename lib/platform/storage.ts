import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, type Env } from "./env";
import { S3Storage } from "./storage-s3";

/**
 * Object storage for uploaded and generated files (product images, documents).
 * Keys are slash-separated relative paths such as "catalog/seed-v1/grocery/rice-1a2b3c-1.webp".
 * Local disk (embedded default), memory (tests), or an S3-compatible bucket when S3_BUCKET is set (storage-s3.ts).
 */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface Storage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string, reason: string) {
    super(`invalid storage key ${JSON.stringify(key.slice(0, 80))}: ${reason}`);
    this.name = "InvalidStorageKeyError";
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/** Throws unless `key` is a safe relative path: no "..", no absolute paths, no hidden or empty segments. */
export function assertValidKey(key: string): void {
  if (typeof key !== "string" || key.length === 0) throw new InvalidStorageKeyError(String(key), "empty");
  if (key.length > MAX_KEY_LENGTH) throw new InvalidStorageKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  if (key.startsWith("/") || key.includes("\\")) throw new InvalidStorageKeyError(key, "must be a relative path with forward slashes");
  for (const segment of key.split("/")) {
    if (segment === "" || segment === "." || segment === "..") throw new InvalidStorageKeyError(key, "empty, '.' or '..' segment");
    if (!SEGMENT.test(segment)) throw new InvalidStorageKeyError(key, `segment ${JSON.stringify(segment)} has unsupported characters`);
  }
}

export function isValidKey(key: string): boolean {
  try {
    assertValidKey(key);
    return true;
  } catch {
    return false;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** The content type implied by a key's extension (local disk keeps no metadata beside the bytes). */
export function contentTypeForKey(key: string): string {
  return CONTENT_TYPES[path.extname(key).toLowerCase()] ?? "application/octet-stream";
}

/** Refuses a content type that contradicts the key's extension (a ".webp" key holding text/html). */
export function assertTypeMatchesKey(key: string, contentType: string): void {
  const expected = contentTypeForKey(key);
  const base = (t: string) => t.split(";")[0].trim().toLowerCase();
  if (expected !== "application/octet-stream" && base(expected) !== base(contentType)) {
    throw new InvalidStorageKeyError(key, `extension implies ${expected}, got ${contentType}`);
  }
}

/** Files under a root directory; writes go to a temporary file first and are renamed into place. */
export class LocalDiskStorage implements Storage {
  constructor(readonly root: string) {}

  private file(key: string): string {
    assertValidKey(key);
    const file = path.resolve(this.root, ...key.split("/"));
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new InvalidStorageKeyError(key, "escapes the storage root");
    return file;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const file = this.file(key);
    assertTypeMatchesKey(key, contentType);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, bytes);
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.file(key);
    try {
      return { bytes: await readFile(file), contentType: contentTypeForKey(key) };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.file(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }
}

/** Process-local storage, used when the database itself is in memory (tests). */
export class MemoryStorage implements Storage {
  private readonly objects = new Map<string, StoredObject>();

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertValidKey(key);
    assertTypeMatchesKey(key, contentType);
    this.objects.set(key, { bytes: Buffer.from(bytes), contentType: contentTypeForKey(key) });
  }

  async get(key: string): Promise<StoredObject | null> {
    assertValidKey(key);
    const found = this.objects.get(key);
    return found ? { bytes: Buffer.from(found.bytes), contentType: found.contentType } : null;
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    this.objects.delete(key);
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    return this.objects.has(key);
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

const globalForStorage = globalThis as unknown as { __qlStorage?: Storage };

/** Where local uploads live: `${DATA_DIR}/uploads`, resolved against the working directory. */
export function uploadsDir(dataDir = env().DATA_DIR): string {
  return path.resolve(process.cwd(), dataDir, "uploads");
}

/** The storage a configuration selects: S3 when S3_BUCKET is set, else memory for DATA_DIR "memory://", else local disk. */
export function createStorage(config: Pick<Env, "DATA_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">): Storage {
  if (config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    return new S3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return config.DATA_DIR.startsWith("memory://") ? new MemoryStorage() : new LocalDiskStorage(uploadsDir(config.DATA_DIR));
}

/** The process-wide storage (see createStorage). */
export function getStorage(): Storage {
  globalForStorage.__qlStorage ??= createStorage(env());
  return globalForStorage.__qlStorage;
}
