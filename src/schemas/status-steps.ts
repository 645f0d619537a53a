// Zod-free, like layer-ids.ts: the map style reads these keys in the browser, where the schemas (and
// their zod, which compiles parsers with eval, refused by the CSP) must not be loaded.
import type { CrossingStatus } from './layer-properties.ts';

/** The most status changes one crossing may have: the map style reads this many flat steps. */
export const MAX_STATUS_CHANGES = 8;

/**
 * The keys of a crossing's status history flattened into plain values: `status_<i>_from` and
 * `status_<i>`, oldest first. The map style reads these, not `status_history`: MapLibre hands nested
 * values to expressions as JSON text wherever it evaluates them from a tile's encoded copy (hit tests
 * on the main thread), while flat values read the same everywhere.
 */
export const statusStepKeys = (i: number): { from: string; status: string } => ({ from: `status_${i}_from`, status: `status_${i}` });

/** Returns the flat status steps of a history (statusStepKeys), sorted oldest first. */
export function statusSteps(history: readonly Pick<CrossingStatus, 'from' | 'status'>[]): Record<string, string> {
  const sorted = [...history].sort((a, b) => a.from.localeCompare(b.from));
  return Object.fromEntries(
    sorted.flatMap((e, i) => [
      [statusStepKeys(i).from, e.from],
      [statusStepKeys(i).status, e.status],
    ]),
  );
}
