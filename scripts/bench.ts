/**
 * npm run bench -- <name> [options]
 *   product   product (and category) pages of a production build under load — scripts/bench/product.ts
 *   import    the 27,555-row BigBasket import on PostgreSQL — scripts/bench/import.ts
 *   search    /api/search and /api/search/suggest at 100k products (npm run bench:search) — scripts/bench/search.ts
 *   checkout  place-order race (no oversell) and throughput/p95 at 50 buyers on PostgreSQL (npm run bench:checkout) — scripts/bench/checkout.ts
 * Each benchmark module exports `run(args)`.
 */
export {};

process.env.NEXT_TELEMETRY_DISABLED = "1";

/** Each benchmark is imported only when asked for (the product one pulls in the build tooling). */
const BENCHES: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  product: () => import("./bench/product"),
  import: () => import("./bench/import"),
  search: () => import("./bench/search"),
  checkout: () => import("./bench/checkout"),
};

function usage(): string {
  return `usage: npm run bench -- <${Object.keys(BENCHES).join("|")}> [options]   (npm run bench -- <name> --help for its options)`;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h") {
    console.log(usage());
    return;
  }
  const loadBench = BENCHES[name];
  if (!loadBench) throw new Error(`unknown benchmark ${JSON.stringify(name)}. ${usage()}`);
  const bench = await loadBench();
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
