import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CrossingStatus } from '../../schemas/layer-properties.ts';
import { MAX_STATUS_CHANGES, statusStepKeys } from '../../schemas/status-steps.ts';
import { SELECTED_DATE } from './date-filter.ts';

export type CrossingStatusValue = CrossingStatus['status'];

/** Returns a crossing's status on a date: the last history entry with from <= date, or null before the first. */
export function crossingStatusOn(history: readonly Pick<CrossingStatus, 'from' | 'status'>[], date: string): CrossingStatusValue | null {
  let status: CrossingStatusValue | null = null;
  for (const entry of [...history].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    if (entry.from <= date) status = entry.status;
  }
  return status;
}

/**
 * The same rule as crossingStatusOn, as a style expression over the feature's flat status steps
 * (statusStepKeys, oldest first) and the selected date: 'none' before the first step. In the style, a
 * crossing is coloured in the worker as its tile is laid out, so the map is complete at its first
 * idle, with no second fetch of the layer and no feature-state pass from the main thread.
 */
export function crossingStatusExpression(date: string | ExpressionSpecification = SELECTED_DATE): ExpressionSpecification {
  const cases: ExpressionSpecification[] = [];
  // From the latest possible step back: the first that has begun by the date wins (a missing step's
  // date reads as '~', after every ISO date).
  for (let i = MAX_STATUS_CHANGES - 1; i >= 0; i--) {
    const { from, status } = statusStepKeys(i);
    cases.push(['<=', ['to-string', ['coalesce', ['get', from], '~']], date], ['to-string', ['get', status]]);
  }
  return ['case', ...cases, 'none'] as ExpressionSpecification;
}
