import type { CrossingStatus } from '../../schemas/layer-properties.ts';

export type CrossingStatusValue = CrossingStatus['status'];

/** Returns a crossing's status on a date: the last history entry with from <= date, or null before the first. */
export function crossingStatusOn(history: readonly Pick<CrossingStatus, 'from' | 'status'>[], date: string): CrossingStatusValue | null {
  let status: CrossingStatusValue | null = null;
  for (const entry of [...history].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))) {
    if (entry.from <= date) status = entry.status;
  }
  return status;
}

/** Returns the status of every crossing on a date, keyed by feature id, for map feature-state. */
export function crossingStatesOn(
  features: readonly { properties: { id: string; status_history: Pick<CrossingStatus, 'from' | 'status'>[] } | null }[],
  date: string,
): Record<string, CrossingStatusValue | null> {
  const states: Record<string, CrossingStatusValue | null> = {};
  for (const f of features) {
    if (f.properties) states[f.properties.id] = crossingStatusOn(f.properties.status_history ?? [], date);
  }
  return states;
}
