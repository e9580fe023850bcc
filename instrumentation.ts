/** Runs once per server process at start: applies migrations and, unless WORKER_MODE=off, consumes background jobs in-process. */
export async function register() {
  // Not while `next build` prerenders: the build must not need (or touch) a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/platform/env");
  const { getDb } = await import("./lib/platform/db");
  const settings = env();
  await getDb();
  if (settings.WORKER_MODE === "inline") {
    await import("./lib/platform/jobs/handlers");
    const { getJobs } = await import("./lib/platform/jobs");
    await getJobs().startWorker();
  }
}
