/** Runs once per server process at start: applies migrations and, unless WORKER_MODE=off, consumes background jobs in-process. */
export async function register() {
  // Not while `next build` prerenders: the build must not need (or touch) a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/platform/env");
  const { getDb } = await import("./lib/platform/db");
  const settings = env();
  await getDb();
  if (settings.WORKER_MODE === "inline") {
    const { startPeriodicJobs } = await import("./lib/platform/jobs/handlers");
    const { getJobs } = await import("./lib/platform/jobs");
    await getJobs().startWorker();
    startPeriodicJobs();
    // A database from before search (or seeded without it) gets its documents in the background.
    const { ensureSearchIndex } = await import("./lib/search/indexer");
    const { logger } = await import("./lib/platform/logger");
    void ensureSearchIndex().catch((err: unknown) => logger.error({ err }, "search index build failed"));
  }
}
