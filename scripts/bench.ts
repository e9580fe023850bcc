/**
 * npm run bench -- <name> [options]
 *   product   product (and category) pages of a production build under load — scripts/bench/product.ts
 *   import    the 27,555-row BigBasket import on PostgreSQL — scripts/bench/import.ts
 * Each benchmark module exports `run(args)`; it is loaded only when asked for.
 */
export {};

process.env.NEXT_TELEMETRY_DISABLED = "1";

const BENCHES: Record<string, string> = {
  product: "./bench/product",
  import: "./bench/import",
};

interface BenchModule {
  run?: (args: string[]) => Promise<void>;
}

function usage(): string {
  return `usage: npm run bench -- <${Object.keys(BENCHES).join("|")}> [options]   (npm run bench -- <name> --help for its options)`;
}

/** The benchmark's module, or null when its file does not exist (a missing import inside it is still an error). */
async function load(specifier: string): Promise<BenchModule | null> {
  try {
    return (await import(specifier)) as BenchModule;
  } catch (err) {
    const { code, message } = err as { code?: string; message?: string };
    const missing = (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String(message).includes(specifier.slice(2));
    if (missing) return null;
    throw err;
  }
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h") {
    console.log(usage());
    return;
  }
  const specifier = BENCHES[name];
  if (!specifier) throw new Error(`unknown benchmark ${JSON.stringify(name)}. ${usage()}`);
  const bench = await load(specifier);
  if (!bench?.run) {
    throw new Error(`the ${name} benchmark is not available yet (scripts/bench/${name}.ts with \`export async function run(args)\` is missing)`);
  }
  await bench.run(args);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(`\nbench failed: ${err instanceof Error ? err.message : String(err)}`);
    if (err instanceof Error && err.stack && process.env.DEBUG) console.error(err.stack);
    process.exit(1);
  },
);
