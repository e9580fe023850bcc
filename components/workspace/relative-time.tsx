import { formatDateTime, formatWhen } from "./format-date";

/** "2 hours ago" for recent dates, "12 Mar 2026" otherwise (India time); the exact time on hover. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className={className}>
      {formatWhen(date)}
    </time>
  );
}
