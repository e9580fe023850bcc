/** A whole-number option of at least 1, or its default when absent. */
export function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number of at least 1, got ${JSON.stringify(value)}`);
  return n;
}
