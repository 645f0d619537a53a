/** The speaker view's stopwatch, as a value: time runs while `since` is set. */
export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started (ms, any monotonic clock), or null when paused. */
  since: number | null;
}

/** A stopwatch at zero, paused. */
export const STOPPED: Stopwatch = { banked: 0, since: null };

/** Returns the stopwatch running from `now` (unchanged when it already runs). */
export function startStopwatch(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? { ...w, since: now } : w;
}

/** Returns the stopwatch paused at `now`, its time so far banked. */
export function pauseStopwatch(w: Stopwatch, now: number): Stopwatch {
  return w.since === null ? w : { banked: w.banked + (now - w.since), since: null };
}

/** Returns the milliseconds the stopwatch shows at `now`. */
export function elapsed(w: Stopwatch, now: number): number {
  return w.banked + (w.since === null ? 0 : now - w.since);
}

/** Returns a duration as `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
