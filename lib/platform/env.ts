import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(" or ")}`,
    });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const fields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** App processes `npm start` runs on the one port (one per core is usual); above 1 needs DATABASE_URL and REDIS_URL. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_URL: optionalUrl(["postgres", "postgresql"]),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: optionalUrl(["redis", "rediss"]),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  NEXTAUTH_URL: optionalUrl(["http", "https"]),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  GITHUB_ID: optionalText,
  GITHUB_SECRET: optionalText,
  SMTP_URL: optionalUrl(["smtp", "smtps"]),
  MAIL_FROM: z.string().trim().min(3).default("QuickLocal <no-reply@quicklocal.local>"),
  WORKER_MODE: z.enum(["inline", "off"]).default("inline"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DATA_DIR: z.string().trim().min(1).default("../shared/data"),
  /** Unset: 2,400 products from the shared data, or 300 generated ones without it. */
  SEED_PRODUCTS: z.coerce.number().int().min(1).max(1_000_000).optional(),
  RATE_LIMIT_SIGNIN_PER_IP: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SIGNIN_PER_ACCOUNT: z.coerce.number().int().min(1).default(8),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** S3-compatible object storage: set S3_BUCKET (with its keys) to use it instead of local disk. */
  S3_BUCKET: optionalText,
  S3_ENDPOINT: optionalUrl(["http", "https"]),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** "true" for MinIO and most self-hosted stores (bucket in the path, not the host name). */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
    .optional()
    .transform((v) => v === "true" || v === "1"),
});

const schema = fields.superRefine((v, ctx) => {
  if (v.WEB_CONCURRENCY > 1) {
    // PGlite lives in one process, and the in-process cache would not see another process's invalidations.
    for (const key of ["DATABASE_URL", "REDIS_URL"] as const) {
      if (!v[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when WEB_CONCURRENCY is above 1" });
    }
  }
  if (!v.S3_BUCKET) return;
  for (const key of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
    if (!v[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when S3_BUCKET is set" });
  }
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string; NEXTAUTH_URL: string };

export class EnvError extends Error {}

/** Parses process.env, naming every bad variable in one clear message. */
export function parseEnv(source: Record<string, string | undefined>): z.infer<typeof schema> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The embedded default keeps a generated secret under DATA_DIR so sessions survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (parsed.NODE_ENV === "production" && parsed.DATABASE_URL && !parsed.NEXTAUTH_SECRET && !building) {
    throw new EnvError("Invalid environment configuration:\n  NEXTAUTH_SECRET: required when DATABASE_URL is set in production");
  }
  const secret = parsed.NEXTAUTH_SECRET ?? persistentSecret(parsed.DATA_DIR);
  const url = parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`;
  process.env.NEXTAUTH_SECRET ??= secret;
  process.env.NEXTAUTH_URL ??= url;
  cached = { ...parsed, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url };
  return cached;
}
