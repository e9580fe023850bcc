/** Runs once per server process at start: applies migrations and, unless WORKER_MODE=off, consumes background jobs in-process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
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
