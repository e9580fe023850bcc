/**
 * npm run seed [-- --products N]
 * Builds the demo marketplace on the configured database (PostgreSQL with DATABASE_URL, else PGlite under
 * DATA_DIR). Safe to run again: nothing is duplicated.
 */
process.env.LOG_LEVEL ??= "warn";

function parseArgs(argv: string[]): { products?: number } {
  const out: { products?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg.startsWith("--products=") ? arg.slice("--products=".length) : arg === "--products" ? argv[++i] : undefined;
    if (value !== undefined) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--products needs a whole number of at least 1, got ${JSON.stringify(value ?? "")}`);
      out.products = n;
    } else if (arg === "--help" || arg === "-h") {
      console.log("usage: npm run seed [-- --products N]   (or SEED_PRODUCTS=N)");
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${JSON.stringify(arg)} (try --products N)`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { seed } = await import("@/lib/seed");
  const { closeDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  try {
    await seed({ products: args.products });
  } finally {
    await Promise.allSettled([closeDb(), closeCache()]);
  }
}

/** One readable line: database errors arrive wrapped (with the whole SQL statement), so show the cause. */
function describeError(err: unknown): string {
  const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);
  if (!(err instanceof Error)) return short(String(err));
  const cause = err.cause instanceof Error ? err.cause.message : null;
  const first = err.message.split("\n")[0];
  return cause ? `${short(cause)} (while running: ${short(first)})` : short(err.message);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`\nseed failed: ${describeError(err)}`);
    if (err instanceof Error && err.stack && process.env.DEBUG) console.error(err.stack);
    process.exit(1);
  },
);
