/** Returns an ISO date as "July 1923" in a language (UTC, so the day never drifts). */
export function monthYear(iso: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Returns a chapter period as text: "July 1923 – January 2025", or one month when both ends share it. */
export function formatPeriod({ from, to }: { from: string; to: string }, locale = 'en'): string {
  const a = monthYear(from, locale);
  const b = monthYear(to, locale);
  return a === b ? a : `${a} – ${b}`;
}

/** Returns an ISO date as "2 December 2026" in a language (UTC, so the day never drifts). */
export function dayMonthYear(iso: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
