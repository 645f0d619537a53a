/** Milliseconds in a day. */
const DAY = 86_400_000;

/** Returns the number of whole days from ISO date `origin` to ISO date `iso` (UTC, no DST drift). */
export function isoToDay(iso: string, origin: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${origin}T00:00:00Z`)) / DAY);
}

/** Returns the ISO date `day` days after ISO date `origin`. */
export function dayToIso(day: number, origin: string): string {
  return new Date(Date.parse(`${origin}T00:00:00Z`) + Math.round(day) * DAY).toISOString().slice(0, 10);
}

/** Returns today's ISO date in the reader's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Returns `iso` clamped to [min, max] (ISO strings compare as dates). */
export function clampIso(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso;
}
