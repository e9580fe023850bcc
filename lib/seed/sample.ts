/**
 * Orders items round-robin across their groups (first item of every group, then the second, …), groups
 * in order of first appearance and items in input order. Taking the first N of the result gives a small
 * catalogue that still spans every category, and a larger N always contains a smaller N's products.
 */
export function interleaveByGroup<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const lists = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const list of lists) if (round < list.length) out.push(list[round]);
  }
  return out;
}

/** Maps items in order, dropping nulls, until `limit` results are collected. */
export function takeValid<T, R>(items: readonly T[], map: (item: T) => R | null, limit: number): R[] {
  const out: R[] = [];
  for (const item of items) {
    if (out.length >= limit) break;
    const mapped = map(item);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

export interface DomainCounts {
  grocery: number;
  fashion: number;
  toys: number;
}

/** Splits a product total over the three sources in the default 10 : 8 : 6 proportion (2,400 → 1,000/800/600). */
export function splitTotal(total: number): DomainCounts {
  const n = Math.max(0, Math.floor(total));
  const grocery = Math.round((n * 10) / 24);
  const fashion = Math.round((n * 8) / 24);
  return { grocery, fashion, toys: Math.max(0, n - grocery - fashion) };
}
