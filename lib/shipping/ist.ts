/**
 * India Standard Time helpers for delivery promises. IST is UTC+05:30 all year (no daylight saving),
 * so a fixed offset is exact. Pure: no I/O, safe in the browser.
 */

export const IST_OFFSET_MS = 330 * 60_000;

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

export interface IstClock {
  /** The IST calendar date (month 0-11), as used by Date.UTC. */
  year: number;
  month: number;
  day: number;
  /** Minutes since IST midnight (0-1439). */
  minutes: number;
}

/** The IST calendar day and time of day of an instant. */
export function istClock(now: Date): IstClock {
  const shifted = new Date(now.getTime() + IST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant `minutes` after IST midnight of the day `addDays` after `clock`'s day. */
export function istInstant(clock: IstClock, addDays: number, minutes: number): Date {
  return new Date(Date.UTC(clock.year, clock.month, clock.day + addDays, 0, minutes) - IST_OFFSET_MS);
}

/** The last millisecond of the IST day `addDays` after `clock`'s day (23:59:59.999 IST). */
export function istEndOfDay(clock: IstClock, addDays: number): Date {
  return new Date(istInstant(clock, addDays + 1, 0).getTime() - 1);
}

/** "Thu, 3 Dec" for the IST day `addDays` after `clock`'s day. */
export function istDayLabel(clock: IstClock, addDays: number): string {
  const d = new Date(Date.UTC(clock.year, clock.month, clock.day + addDays));
  return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "12 pm", "8:30 pm", "12 am" for minutes after midnight. */
export function formatCutoff(minutes: number): string {
  const h24 = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${h12}${m ? `:${String(m).padStart(2, "0")}` : ""} ${h24 < 12 ? "am" : "pm"}`;
}

/** "2 h 10 min", "2 h", "45 min" — a positive duration in whole minutes. */
export function formatDuration(totalMinutes: number): string {
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (h === 0) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "20:00" ↔ 1200 minutes, for time inputs. */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
