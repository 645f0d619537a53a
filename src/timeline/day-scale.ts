/** Milliseconds in a day. */
const DAY = 86_400_000;

/** Returns the number of whole days from ISO date `origin` to ISO date `iso` (UTC, no DST drift). */
export function isoToDay(iso: string, origin: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${origin}T00:00:00Z`)) / DAY);
}

/** The dates an ISO YYYY-MM-DD string can write (toISOString writes ±YYYYYY beyond them). */
const FIRST_MS = Date.parse('0000-01-01T00:00:00Z');
const LAST_MS = Date.parse('9999-12-31T00:00:00Z');

/** Returns the ISO date `day` days after ISO date `origin` (a non-finite day is 0; the result stays within years 0000–9999). Never throws. */
export function dayToIso(day: number, origin: string): string {
  const base = Date.parse(`${origin}T00:00:00Z`);
  const ms = (Number.isFinite(base) ? base : 0) + (Number.isFinite(day) ? Math.round(day) : 0) * DAY;
  return new Date(Math.min(LAST_MS, Math.max(FIRST_MS, ms))).toISOString().slice(0, 10);
}

/** Returns today's ISO date in the reader's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a YYYY-MM-DD date that exists on the calendar (2020-02-30 does not). */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Returns `iso` clamped to [min, max] (ISO strings compare as dates); anything that is not a real
 * YYYY-MM-DD date (a typed "2020-1", "2021-02-30", garbage) gives `fallback`, itself clamped (default `max`).
 */
export function clampIso(iso: string, min: string, max: string, fallback: string = max): string {
  if (!isCalendarDate(iso)) return fallback === iso ? max : clampIso(fallback, min, max, max);
  return iso < min ? min : iso > max ? max : iso;
}
