// Zod-free, like status-steps.ts: the map style reads these in the browser, where zod must not load.

/**
 * Where a callout's label sits from the place it names, as a compass point: the leader line runs
 * from the place that way, and the label starts where the line ends.
 */
export const CALLOUT_DIRECTIONS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;

export type CalloutDirection = (typeof CALLOUT_DIRECTIONS)[number];

/** The callouts of a map state: feature id → the direction its label sits in. */
export type Callouts = Readonly<Record<string, CalloutDirection>>;
