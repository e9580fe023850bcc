/** Child processes for benchmarks: commands that must succeed, a free port, and a `next start` server. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const CLUSTER_SCRIPT = path.join(process.cwd(), "scripts", "next-cluster.mjs");
export const TSX_BIN = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/** The environment without the given variables (e.g. a hermetic build without DATABASE_URL). */
export function envWithout(...names: string[]): NodeJS.ProcessEnv {
  const out = { ...process.env };
  for (const name of names) delete out[name];
  return out;
}

/** Runs a command with inherited output (lines prefixed), resolving with its stdout; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; label: string; quiet?: boolean }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    const relay = (chunk: Buffer, into: NodeJS.WriteStream) => {
      if (options.quiet) return;
      for (const line of chunk.toString().split("\n")) if (line.trim()) into.write(`  [${options.label}] ${line}\n`);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      relay(chunk, process.stdout);
    });
    child.stderr.on("data", (chunk: Buffer) => relay(chunk, process.stderr));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${options.label} exited with code ${code}`))));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function hasBuild(distDir: string): boolean {
  return existsSync(path.join(process.cwd(), distDir, "BUILD_ID"));
}

/**
 * `next build --webpack` into `distDir` (no database or Redis: the build is hermetic). Next adds the
 * build directory's types to tsconfig.json; the file is put back as it was, so the checkout stays clean.
 */
export async function buildApp(distDir: string): Promise<void> {
  const tsconfig = path.join(process.cwd(), "tsconfig.json");
  const before = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : null;
  try {
    await run(process.execPath, [NEXT_BIN, "build", "--webpack"], {
      label: "build",
      env: { ...envWithout("DATABASE_URL", "REDIS_URL"), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    if (before !== null && readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

/**
 * `next start` on the build in `distDir`, on a free port, in env.WEB_CONCURRENCY processes (default 1,
 * scripts/next-cluster.mjs); resolves once /api/health answers.
 */
export async function startServer(distDir: string, env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [CLUSTER_SCRIPT, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: url, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`  [server] ${chunk.toString()}`));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    await waitForHealth(url, child, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

/** The production build to benchmark: `buildDir` when given (it must hold one), else a fresh build into `defaultDir`. */
export async function productionBuild(buildDir: string | undefined, defaultDir: string, since: () => string): Promise<string> {
  if (buildDir) {
    if (!hasBuild(buildDir)) throw new Error(`${buildDir} holds no production build (no BUILD_ID); drop --build-dir to build one`);
    console.log(`reusing the production build in ${buildDir}`);
    return buildDir;
  }
  console.log(`building the app into ${defaultDir} (next build --webpack) …`);
  await buildApp(defaultDir);
  console.log(`built · ${since()}`);
  return defaultDir;
}
