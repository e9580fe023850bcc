// `next start` in WEB_CONCURRENCY worker processes sharing one port (Node's cluster module). The app
// keeps no state in process that another instance needs (sessions are JWTs; cache, jobs and pub/sub go
// through Redis), so one instance per core serves that many more requests. Needs DATABASE_URL and
// REDIS_URL when above 1 — scripts/start.ts checks; the embedded PGlite database is single-process.
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`app worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
} else {
  // Next's CLI reads process.argv: `node scripts/next-cluster.mjs start -p 3000` runs `next start -p 3000`.
  require("next/dist/bin/next");
}
