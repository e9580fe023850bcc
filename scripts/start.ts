/**
 * `npm start`: prepares the configured database (migrations, demo data when empty), then runs the
 * production server and prints where to find it. PGlite allows one process, so the seed closes it
 * before `next start` opens it again.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { closeCache } from "@/lib/platform/cache";
import { closeDb } from "@/lib/platform/db";
import { env, EnvError } from "@/lib/platform/env";
import { DEMO_LOGINS } from "@/lib/seed/demo-logins";
import { seed } from "@/lib/seed";

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function main() {
  const settings = env();
  if (!existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    console.error("No production build found. Run `npm run build` first (or `npm run app`, which does everything).");
    process.exit(1);
  }
  const mode = settings.DATABASE_URL ? "PostgreSQL" : `embedded PGlite in ${settings.DATA_DIR}/`;
  console.log(`QuickLocal: preparing the database (${mode}) …`);
  await seed({ ifEmpty: true, printLogins: false, log: (line) => console.log(`  ${line}`) });
  await Promise.all([closeDb(), closeCache()]);

  const server = path.join(process.cwd(), "scripts", "next-cluster.mjs");
  const child = spawn(process.execPath, [server, "-p", String(settings.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WEB_CONCURRENCY: String(settings.WEB_CONCURRENCY) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));

  const url = `http://localhost:${settings.PORT}`;
  if (await waitForHealth(url, 60_000)) {
    const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
    console.log(`\n  QuickLocal is running at ${url}\n\n  Demo logins (password for all: ${DEMO_LOGINS[0].password}):`);
    for (const login of DEMO_LOGINS) console.log(`    ${login.role.padEnd(9)} ${login.email.padEnd(width)}  → ${url}${login.home}`);
    console.log("");
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof EnvError ? err.message : err);
  process.exit(1);
});
