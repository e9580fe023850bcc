import { readFileSync } from "node:fs";
import type { z } from "zod";

/** Parses a JSON-lines file, keeping the rows that match `schema` (malformed lines are skipped and counted). */
export function readJsonl<S extends z.ZodType>(file: string, schema: S): { rows: z.infer<S>[]; skipped: number } {
  const rows: z.infer<S>[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else skipped++;
  }
  return { rows, skipped };
}
