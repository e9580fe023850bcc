/**
 * Pure numeric helpers of visual search (no I/O, no sharp): perceptual-hash bits, vector
 * normalisation and cosine similarity. Unit-tested in tests/unit/visual-search-math.test.ts.
 */

/** Scales `v` in place to unit length (a zero vector stays zero) and returns it. */
export function l2Normalize<T extends Float32Array | Float64Array | number[]>(v: T): T {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  if (sum > 0) {
    const inv = 1 / Math.sqrt(sum);
    for (let i = 0; i < v.length; i++) v[i] *= inv;
  }
  return v;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>, aOffset = 0, bOffset = 0, length = a.length): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += a[aOffset + i] * b[bOffset + i];
  return sum;
}

/** Cosine similarity of two vectors of equal length (0 when either is zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`vector lengths differ: ${a.length} vs ${b.length}`);
  const ab = dot(a, b);
  const aa = dot(a, a);
  const bb = dot(b, b);
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Number of differing bits between two 64-bit hashes written as 16 hex characters. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) throw new Error("hashes must be 16 hex characters");
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}

/** 1-D DCT-II coefficients cos(π(2x+1)u / 2n), rows u, columns x (cached per size). */
const dctTables = new Map<number, Float64Array>();
function dctTable(n: number): Float64Array {
  let table = dctTables.get(n);
  if (!table) {
    table = new Float64Array(n * n);
    for (let u = 0; u < n; u++) for (let x = 0; x < n; x++) table[u * n + x] = Math.cos((Math.PI * (2 * x + 1) * u) / (2 * n));
    dctTables.set(n, table);
  }
  return table;
}

/** The top-left `keep` × `keep` block of the 2-D DCT of an n × n image (row-major), unscaled. */
export function dctLowFrequencies(pixels: ArrayLike<number>, n: number, keep: number): Float64Array {
  if (pixels.length !== n * n) throw new Error(`expected ${n * n} pixels, got ${pixels.length}`);
  const table = dctTable(n);
  const rows = new Float64Array(keep * n); // DCT along x for each row y, first `keep` frequencies
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < keep; u++) {
      let s = 0;
      for (let x = 0; x < n; x++) s += table[u * n + x] * pixels[y * n + x];
      rows[u * n + y] = s;
    }
  }
  const out = new Float64Array(keep * keep);
  for (let v = 0; v < keep; v++) {
    for (let u = 0; u < keep; u++) {
      let s = 0;
      for (let y = 0; y < n; y++) s += table[v * n + y] * rows[u * n + y];
      out[v * keep + u] = s;
    }
  }
  return out;
}

/**
 * DCT perceptual hash (pHash) of an n × n grayscale image: the 8 × 8 lowest frequencies, each bit
 * set when the coefficient is above their median (the DC term is replaced by the median so it never
 * dominates), as 16 lower-case hex characters.
 */
export function perceptualHash(gray: ArrayLike<number>, n: number): string {
  const coefficients = dctLowFrequencies(gray, n, 8);
  const rest = Array.from(coefficients.subarray(1)).sort((a, b) => a - b);
  const median = (rest[31] + rest[32]) / 2;
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) {
      const i = nibble * 4 + bit;
      const c = i === 0 ? median : coefficients[i];
      value = (value << 1) | (c > median ? 1 : 0);
    }
    hex += value.toString(16);
  }
  return hex;
}

export interface Scored {
  /** Row of the best-scoring member of the group. */
  index: number;
  group: number;
  score: number;
}

/**
 * Best `k` groups by their best row's score, highest first. `groups[i]` is row i's group as a dense
 * integer 0…groupCount−1 (e.g. a product with several images counts once, with its most similar
 * image). Linear in the rows plus a bounded insertion list of k: no sort of the whole matrix.
 */
export function topKByGroup(scores: ArrayLike<number>, groups: ArrayLike<number>, groupCount: number, k: number): Scored[] {
  if (k <= 0 || scores.length === 0) return [];
  const bestScore = new Float64Array(groupCount).fill(-Infinity);
  const bestRow = new Int32Array(groupCount).fill(-1);
  for (let i = 0; i < scores.length; i++) {
    const g = groups[i];
    if (scores[i] > bestScore[g]) {
      bestScore[g] = scores[i];
      bestRow[g] = i;
    }
  }
  const top: Scored[] = [];
  for (let g = 0; g < groupCount; g++) {
    const row = bestRow[g];
    if (row < 0) continue;
    const score = bestScore[g];
    if (top.length === k && score <= top[k - 1].score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1].score < score) at--;
    top.splice(at, 0, { index: row, group: g, score });
    if (top.length > k) top.pop();
  }
  return top;
}
