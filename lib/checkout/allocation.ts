/**
 * Pure integer helpers for money maths in paise: exact ratios and largest-remainder allocation.
 * Products of paise amounts can pass 2^53, so ratios are computed with BigInt.
 */

function assertNonNegativeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`${what} must be a non-negative whole number of paise, got ${value}`);
}

/** round(a × b / c), halves rounded up, for non-negative integers (c > 0). */
export function mulDivRound(a: number, b: number, c: number): number {
  assertNonNegativeInteger(a, "a");
  assertNonNegativeInteger(b, "b");
  if (!Number.isSafeInteger(c) || c <= 0) throw new TypeError(`divisor must be a positive whole number, got ${c}`);
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  return Number((n * 2n + d) / (d * 2n));
}

/** floor(a × b / c) for non-negative integers (c > 0). */
export function mulDivFloor(a: number, b: number, c: number): number {
  assertNonNegativeInteger(a, "a");
  assertNonNegativeInteger(b, "b");
  if (!Number.isSafeInteger(c) || c <= 0) throw new TypeError(`divisor must be a positive whole number, got ${c}`);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/**
 * Splits `amount` over `weights` pro rata with the largest-remainder method: every share is
 * floor(amount × w / Σw) plus one paisa for the shares with the largest remainders (earlier index
 * first on ties) until the shares sum to exactly `amount`. With amount ≤ Σw no share exceeds its
 * weight. Zero weights get zero. Throws when Σw is 0 and amount is not.
 */
export function allocateLargestRemainder(amount: number, weights: readonly number[]): number[] {
  assertNonNegativeInteger(amount, "amount");
  weights.forEach((w, i) => assertNonNegativeInteger(w, `weight ${i}`));
  const total = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0n) {
    if (amount !== 0) throw new RangeError("cannot allocate a non-zero amount over zero weights");
    return weights.map(() => 0);
  }
  const a = BigInt(amount);
  const shares = weights.map((w) => (a * BigInt(w)) / total);
  const remainders = weights.map((w, i) => ({ i, r: (a * BigInt(w)) % total }));
  let left = Number(a - shares.reduce((s, x) => s + x, 0n));
  remainders.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i] += 1n;
    left -= 1;
  }
  return shares.map(Number);
}
