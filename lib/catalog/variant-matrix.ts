/**
 * The variant matrix: one variant per combination of option values (up to three options). Pure, so
 * the seller's editor regenerates rows as options change and the server checks the same rule.
 */

export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 20;
export const MAX_VARIANTS = 200;

export interface OptionSpec {
  name: string;
  values: string[];
}

export type Combination = Record<string, string>;

/** Every combination of the options' values, first option varying slowest. No options → one empty combination. */
export function variantCombinations(options: readonly OptionSpec[]): Combination[] {
  return options.reduce<Combination[]>(
    (rows, option) => rows.flatMap((row) => option.values.map((value) => ({ ...row, [option.name]: value }))),
    [{}],
  );
}

/** A stable identity for a combination, independent of key order: "Colour=Red|Size=M". */
export function combinationKey(combination: Combination): string {
  return Object.keys(combination)
    .sort()
    .map((name) => `${name}=${combination[name]}`)
    .join("|");
}

/** "Red / M" for a combination in option order; "Standard" for a product without options. */
export function combinationTitle(options: readonly OptionSpec[], combination: Combination): string {
  const parts = options.map((o) => combination[o.name]).filter((v): v is string => Boolean(v));
  return parts.length ? parts.join(" / ") : "Standard";
}

/** Upper-case SKU fragment of a value: "Navy Blue" → "NAVYBLUE", "4-5 Y" → "4-5Y". */
export function skuFragment(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9-]/g, "")
    .toUpperCase()
    .slice(0, 12);
}

/** Suggested SKU for a combination: base plus each value's fragment, e.g. "TSHIRT-RED-M". */
export function suggestSku(base: string, options: readonly OptionSpec[], combination: Combination): string {
  const fragments = options.map((o) => skuFragment(combination[o.name] ?? "")).filter(Boolean);
  return [skuFragment(base) || "SKU", ...fragments].join("-");
}

export interface MatrixRow {
  optionValues: Combination;
}

/**
 * Regenerates the rows for new options: rows whose combination still exists are kept as they are
 * (with their prices, stock and ids), new combinations are made by `create`, vanished ones dropped.
 */
export function mergeVariantMatrix<T extends MatrixRow>(
  options: readonly OptionSpec[],
  current: readonly T[],
  create: (combination: Combination) => T,
): T[] {
  const byKey = new Map(current.map((row) => [combinationKey(row.optionValues), row]));
  return variantCombinations(options).map((combination) => byKey.get(combinationKey(combination)) ?? create(combination));
}

/** Problems with a set of variants against the options: missing, duplicate or unknown combinations. */
export function matrixProblems(options: readonly OptionSpec[], rows: readonly MatrixRow[]): string[] {
  const expected = new Map(variantCombinations(options).map((c) => [combinationKey(c), c]));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const row of rows) {
    const key = combinationKey(row.optionValues);
    if (!expected.has(key)) problems.push(`${combinationTitle(options, row.optionValues)} is not a combination of the options`);
    else if (seen.has(key)) problems.push(`${combinationTitle(options, row.optionValues)} appears twice`);
    seen.add(key);
  }
  for (const [key, combination] of expected) {
    if (!seen.has(key)) problems.push(`${combinationTitle(options, combination)} has no variant`);
  }
  return problems;
}
