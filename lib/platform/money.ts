const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, fractionDigits: number) {
  const key = `${currency}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-IN", {
      style: "currency",
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** ₹1,23,456.00 from 12345600 paise; whole rupees drop the ".00" when `compact` is set. */
export function formatMoney(paise: number, currency = "INR", { compact = false } = {}): string {
  if (!Number.isInteger(paise)) throw new TypeError(`money must be integer minor units, got ${paise}`);
  const whole = paise % 100 === 0;
  return formatter(currency, compact && whole ? 0 : 2).format(paise / 100);
}

/** Converts a decimal major-unit amount (e.g. 199.5 rupees) to integer paise, rounding half away from zero. */
export function toPaise(major: number): number {
  if (!Number.isFinite(major)) throw new TypeError(`not a finite amount: ${major}`);
  return Math.sign(major) * Math.round(Math.abs(major) * 100);
}

/** Whole-percent discount of price against MRP, rounded down so we never overstate a saving. */
export function discountPercent(pricePaise: number, mrpPaise: number): number {
  if (mrpPaise <= 0 || pricePaise >= mrpPaise) return 0;
  return Math.floor(((mrpPaise - pricePaise) * 100) / mrpPaise);
}
