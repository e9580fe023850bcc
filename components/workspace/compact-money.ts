const compactInr = new Intl.NumberFormat("en-IN", {
  style: "currency",
  currency: "INR",
  notation: "compact",
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** Large rupee amounts the Indian way for headline numbers: ₹2.22L, ₹1.23Cr (exact values go in a hint). */
export function formatCompactInr(paise: number): string {
  if (!Number.isInteger(paise)) throw new TypeError(`money must be integer minor units, got ${paise}`);
  return compactInr.format(paise / 100);
}
