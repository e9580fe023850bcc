import { describe, expect, it } from "vitest";
import { formatCompactInr } from "@/components/workspace/compact-money";
import { count } from "@/components/workspace/count";
import { formatDate, formatDateTime, formatWhen } from "@/components/workspace/format-date";
import { isNavActive } from "@/components/workspace/nav-config";

const now = new Date("2026-11-26T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("formatWhen", () => {
  it("is relative within the last week", () => {
    expect(formatWhen(ago(10), now)).toBe("just now");
    expect(formatWhen(ago(90), now)).toBe("1 minute ago");
    expect(formatWhen(ago(2 * 3600 + 5), now)).toBe("2 hours ago");
    expect(formatWhen(ago(6 * 86400), now)).toBe("6 days ago");
  });

  it("is an absolute India-time date for older and future dates", () => {
    expect(formatWhen(ago(8 * 86400), now)).toBe("18 Nov 2026");
    expect(formatWhen(new Date(now.getTime() + 60_000), now)).toBe("26 Nov 2026");
  });
});

describe("absolute formats", () => {
  it("use Asia/Kolkata, which can be the next calendar day", () => {
    // 20:00 UTC is 01:30 the next morning in India.
    expect(formatDate(new Date("2026-11-25T20:00:00Z"))).toBe("26 Nov 2026");
    expect(formatDateTime(new Date("2026-11-25T20:00:00Z"))).toMatch(/^26 Nov 2026, 1:30\sam IST$/);
  });
});

describe("isNavActive", () => {
  it("matches exact items only on their path and others on descendants too", () => {
    expect(isNavActive({ href: "/seller", exact: true }, "/seller")).toBe(true);
    expect(isNavActive({ href: "/seller", exact: true }, "/seller/products")).toBe(false);
    expect(isNavActive({ href: "/seller/products" }, "/seller/products/123")).toBe(true);
    expect(isNavActive({ href: "/seller/products" }, "/seller/products-archive")).toBe(false);
  });
});

describe("formatCompactInr", () => {
  it("abbreviates in lakhs and crores", () => {
    expect(formatCompactInr(22_222_940)).toBe("₹2.22L");
    expect(formatCompactInr(1_234_567_890)).toBe("₹1.23Cr");
    expect(formatCompactInr(99_900)).toBe("₹999");
    expect(() => formatCompactInr(1.5)).toThrow(TypeError);
  });
});

describe("count", () => {
  it("groups digits the Indian way and picks the noun form", () => {
    expect(count(1, "customer")).toBe("1 customer");
    expect(count(0, "store")).toBe("0 stores");
    expect(count(123456, "listed SKU")).toBe("1,23,456 listed SKUs");
    expect(count(2, "person", "people")).toBe("2 people");
  });
});
