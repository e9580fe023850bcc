import type { NextConfig } from "next";
import withSerwistInit from "@serwist/next";
import { securityHeaders } from "./lib/platform/security-headers";

const withSerwist = withSerwistInit({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  disable: process.env.NODE_ENV === "development",
  additionalPrecacheEntries: [{ url: "/offline", revision: process.env.BUILD_ID ?? "1" }],
});

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // Hashing every HTML response for an ETag costs more than serving a cached page (npm run bench -- product).
  generateEtags: false,
  // Lets several dev servers share one checkout (each with its own NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "pino", "pino-pretty", "sharp", "ioredis", "bullmq", "pdfkit"],
  outputFileTracingIncludes: { "/**": ["./drizzle/**/*", "./assets/fonts/**/*"] },
  images: { unoptimized: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default withSerwist(nextConfig);
