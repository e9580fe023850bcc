import { formatDistanceStrict } from "date-fns";

const ZONE = "Asia/Kolkata";
const absolute = new Intl.DateTimeFormat("en-IN", { timeZone: ZONE, dateStyle: "medium", timeStyle: "short" });

/** "5 minutes ago" for the last day, else an absolute date — both in Asia/Kolkata, full time on hover. */
export function MailTime({ date, now = new Date() }: { date: Date; now?: Date }) {
  const ageMs = now.getTime() - date.getTime();
  const full = `${absolute.format(date)} IST`;
  const label = ageMs >= 0 && ageMs < 24 * 3600_000 ? (ageMs < 60_000 ? "just now" : formatDistanceStrict(date, now, { addSuffix: true })) : absolute.format(date);
  return (
    <time dateTime={date.toISOString()} title={full}>
      {label}
    </time>
  );
}
