import { differenceInSeconds, formatDistanceStrict } from "date-fns";

export const DISPLAY_TIME_ZONE = "Asia/Kolkata";

/** Dates within this many days are shown relative to now ("2 hours ago"). */
const RECENT_DAYS = 7;

const dateFormat = new Intl.DateTimeFormat("en-IN", { timeZone: DISPLAY_TIME_ZONE, day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("en-IN", {
  timeZone: DISPLAY_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

/** "26 Nov 2026" in India time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "26 Nov 2026, 3:04 pm IST" — for tooltips and screen readers. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/**
 * "just now", "2 hours ago", "3 days ago" for the last week; an absolute India-time date otherwise
 * (and for anything in the future, which only clock skew produces).
 */
export function formatWhen(date: Date, now: Date = new Date()): string {
  const seconds = differenceInSeconds(now, date);
  if (seconds < 0 || seconds > RECENT_DAYS * 24 * 60 * 60) return formatDate(date);
  if (seconds < 45) return "just now";
  return formatDistanceStrict(date, now, { addSuffix: true, roundingMethod: "floor" });
}
