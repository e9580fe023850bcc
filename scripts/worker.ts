/** `npm run worker`: consumes background jobs from Redis (BullMQ). Run the app with WORKER_MODE=off when using it. */
import { startPeriodicJobs } from "@/lib/platform/jobs/handlers";
import { closeCache } from "@/lib/platform/cache";
import { closeDb } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { closeJobs, getJobs } from "@/lib/platform/jobs";
import { logger } from "@/lib/platform/logger";
import { ensureSearchIndex } from "@/lib/search/indexer";

async function main() {
  const settings = env();
  if (!settings.REDIS_URL) {
    logger.warn("REDIS_URL is not set: jobs run inside the app process in the embedded mode, no worker needed");
    return;
  }
  const stopWorker = await getJobs().startWorker();
  const stopPeriodic = startPeriodicJobs();
  const stop = async () => {
    stopPeriodic();
    await stopWorker();
  };
  logger.info("worker consuming jobs");
  void ensureSearchIndex().catch((err: unknown) => logger.error({ err }, "search index build failed"));
  const shutdown = async () => {
    logger.info("worker stopping");
    await stop();
    await Promise.all([closeJobs(), closeDb(), closeCache()]);
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((err: unknown) => {
  logger.fatal({ err }, "worker failed to start");
  process.exit(1);
});
