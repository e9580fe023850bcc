/**
 * Environment for the app under test (no side effects: Playwright evaluates its config in every
 * worker). E2E_MODE=embedded (default) runs on PGlite in E2E_DATA_DIR with the in-process cache;
 * E2E_MODE=services on the fresh PostgreSQL database in E2E_DATABASE_URL and REDIS_URL.
 * scripts/test.sh prepares both before each run.
 */
export function e2eServerEnv(port: number, baseURL: string): Record<string, string> {
  const mode = process.env.E2E_MODE ?? "embedded";
  const common: Record<string, string> = {
    PORT: String(port),
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    NEXT_TELEMETRY_DISABLED: "1",
    SEED_PRODUCTS: process.env.SEED_PRODUCTS ?? "2400",
    LOG_LEVEL: "warn",
    RATE_LIMIT_SIGNIN_PER_IP: "1000",
  };
  if (mode === "services") {
    const url = process.env.E2E_DATABASE_URL;
    if (!url || !process.env.REDIS_URL) throw new Error("E2E_MODE=services needs E2E_DATABASE_URL and REDIS_URL");
    return { ...common, DATABASE_URL: url, REDIS_URL: process.env.REDIS_URL };
  }
  return { ...common, DATABASE_URL: "", REDIS_URL: "", DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e" };
}
