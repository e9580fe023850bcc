// The production server: Next.js behind a small front cache for the search API (server/front-cache.mjs),
// in WEB_CONCURRENCY worker processes sharing one port (Node's cluster module). The app keeps no state in
// process that another instance needs (sessions are JWTs; cache, jobs and pub/sub go through Redis), so
// one instance per core serves that many more requests. Needs DATABASE_URL and REDIS_URL when above 1 —
// scripts/start.ts checks; the embedded PGlite database is single-process.
//   node scripts/next-cluster.mjs [-p PORT] [-H HOST]
import cluster from "node:cluster";
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { createFrontCache } from "./server/front-cache.mjs";

/** Public GET routes answered from the front cache when the app marks a response cacheable. */
const FRONT_CACHED_PATHS = ["/api/search", "/api/search/suggest"];

const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);

function startPrimary() {
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
}

async function startServer() {
  const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } }, allowPositionals: true });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
  const server = http.createServer();
  const app = next({ dev: false, webpack: true, dir: process.cwd(), hostname, port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  const frontCache = createFrontCache({ paths: FRONT_CACHED_PATHS });
  server.on("request", (req, res) => frontCache.handle(req, res, () => void handle(req, res)));
  // Longer than a load balancer's idle timeout, as `next start` does, so kept-alive sockets are not cut mid-request.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname === "0.0.0.0" ? undefined : hostname, () => {
    if (!cluster.isWorker || cluster.worker?.id === 1) console.log(`  ▲ QuickLocal ready on http://${hostname}:${port} (${workers} process${workers > 1 ? "es" : ""})`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

if (cluster.isPrimary && workers > 1) startPrimary();
else
  startServer().catch((err) => {
    console.error(err);
    process.exit(1);
  });
