import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Name of the style's global-state property holding the selected date (ISO YYYY-MM-DD). */
export const DATE_STATE = 'date';

/** The selected date as a style expression: reads the `date` global state. */
export const SELECTED_DATE: ExpressionSpecification = ['to-string', ['global-state', DATE_STATE]];

/** Used for an open `valid_to`: later than any ISO date the story can select. */
const END_OF_TIME = '9999-12-31';

/**
 * Returns a filter that keeps a feature on a date d when valid_from <= d < valid_to.
 * A null or missing bound is open. ISO dates compare correctly as strings, so plain string
 * comparison is exact. `date` is an ISO string or an expression (by default the global state).
 */
export function dateFilter(date: string | ExpressionSpecification = SELECTED_DATE): FilterSpecification {
  return [
    'all',
    ['<=', ['to-string', ['coalesce', ['get', 'valid_from'], '']], date],
    ['>', ['to-string', ['coalesce', ['get', 'valid_to'], END_OF_TIME]], date],
  ];
}

/** Returns true when a feature's validity contains the date: the same rule as dateFilter, in TS. */
export function isValidOn(props: { valid_from?: string | null; valid_to?: string | null }, date: string): boolean {
  return (props.valid_from ?? '') <= date && date < (props.valid_to ?? END_OF_TIME);
}
