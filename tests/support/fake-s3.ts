/**
 * A local S3 stand-in for adapter tests: speaks the S3 REST wire format for PutObject, GetObject,
 * HeadObject and DeleteObject (path-style, one bucket) and checks every request's AWS Signature
 * Version 4 for real — it rebuilds the canonical request, derives the signing key from the shared
 * secret and compares signatures, and checks the declared payload hash against the body.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeS3Options {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  /** Why the request was refused, when it was. */
  error?: string;
}

const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(search: URLSearchParams): string {
  return [...search.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

function headerValue(req: IncomingMessage, name: string): string {
  const raw = req.headers[name];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return value.trim().replace(/\s+/g, " ");
}

function xmlError(res: ServerResponse, status: number, code: string, message: string, withBody: boolean): void {
  res.writeHead(status, { "Content-Type": "application/xml" });
  res.end(withBody ? `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>` : undefined);
}

export class FakeS3Server {
  readonly objects = new Map<string, { body: Buffer; contentType: string; etag: string }>();
  readonly requests: RecordedRequest[] = [];
  private server: Server | null = null;
  endpoint = "";

  constructor(readonly options: FakeS3Options) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => this.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((err) => (err ? reject(err) : resolve())));
  }

  /** null when the signature is valid, else the reason it is not. */
  verifySignature(req: IncomingMessage, body: Buffer): string | null {
    const match = AUTH_RE.exec(headerValue(req, "authorization"));
    if (!match) return "missing or malformed Authorization header";
    const [, accessKeyId, date, region, signedHeadersList, signature] = match;
    if (accessKeyId !== this.options.accessKeyId) return "unknown access key";
    if (region !== this.options.region) return "wrong region in the credential scope";
    const amzDate = headerValue(req, "x-amz-date");
    if (!/^\d{8}T\d{6}Z$/.test(amzDate) || !amzDate.startsWith(date)) return "missing or inconsistent x-amz-date";
    const when = Date.parse(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
    if (Math.abs(Date.now() - when) > MAX_CLOCK_SKEW_MS) return "request time too skewed";
    const signedHeaders = signedHeadersList.split(";");
    if (!signedHeaders.includes("host") || !signedHeaders.includes("x-amz-date")) return "host and x-amz-date must be signed";
    const payloadHash = headerValue(req, "x-amz-content-sha256");
    if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256Hex(body)) return "x-amz-content-sha256 does not match the body";

    const url = new URL(req.url ?? "/", "http://s3.local");
    const canonicalRequest = [
      req.method,
      url.pathname,
      canonicalQuery(url.searchParams),
      signedHeaders.map((h) => `${h}:${headerValue(req, h)}\n`).join(""),
      signedHeadersList,
      payloadHash,
    ].join("\n");
    const scope = `${date}/${region}/s3/aws4_request`;
    const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${this.options.secretAccessKey}`, date), region), "s3"), "aws4_request");
    const expected = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
    return timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : "signature does not match";
  }

  private handle(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://s3.local").pathname;
    const record = (status: number, error?: string) => this.requests.push({ method, path, status, error });
    const withBody = method !== "HEAD";

    const problem = this.verifySignature(req, body);
    if (problem) {
      record(403, problem);
      return xmlError(res, 403, problem.startsWith("signature") ? "SignatureDoesNotMatch" : "AccessDenied", problem, withBody);
    }
    const prefix = `/${this.options.bucket}/`;
    if (!path.startsWith(prefix) || path.length === prefix.length) {
      record(404);
      return xmlError(res, 404, "NoSuchBucket", "The specified bucket does not exist", withBody);
    }
    const key = decodeURIComponent(path.slice(prefix.length));
    const object = this.objects.get(key);

    switch (method) {
      case "PUT": {
        const etag = `"${createHash("md5").update(body).digest("hex")}"`;
        this.objects.set(key, { body, contentType: headerValue(req, "content-type") || "binary/octet-stream", etag });
        record(200);
        res.writeHead(200, { ETag: etag });
        return void res.end();
      }
      case "GET":
      case "HEAD": {
        if (!object) {
          record(404);
          return xmlError(res, 404, "NoSuchKey", "The specified key does not exist.", withBody);
        }
        record(200);
        res.writeHead(200, { "Content-Type": object.contentType, "Content-Length": String(object.body.length), ETag: object.etag, "Last-Modified": new Date().toUTCString() });
        return void res.end(withBody ? object.body : undefined);
      }
      case "DELETE":
        this.objects.delete(key);
        record(204);
        res.writeHead(204);
        return void res.end();
      default:
        record(405);
        return xmlError(res, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.", withBody);
    }
  }
}
