import { formatDate, formatWhen } from "@/components/workspace/format-date";

/** "+91 98450 12345" for a stored ten-digit mobile number. */
export function formatIndianMobile(digits: string): string {
  return /^\d{10}$/.test(digits) ? `+91 ${digits.slice(0, 5)} ${digits.slice(5)}` : digits;
}

/** "Joined 2 hours ago" for the first week, then "Member since 12 Mar 2026" (India time). */
export function memberSince(createdAt: Date, now: Date = new Date()): string {
  const when = formatWhen(createdAt, now);
  return when === formatDate(createdAt) ? `Member since ${when}` : `Joined ${when}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}
