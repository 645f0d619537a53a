import type { UiStringKey } from '../../i18n/ui-strings.ts';
import type { LayerId } from '../../schemas/layer-properties.ts';
import { crossingStatusOn } from './crossing-status.ts';
import { AGREED_BORDER_STYLE, CONTROL_AREA_STYLE } from './data-layers.ts';
import type { Palette } from './palette.ts';

type Token = Exclude<keyof Palette, 'name'>;

/** How a legend swatch is drawn; colours are palette tokens, so CSS and map never drift apart. */
export type Swatch =
  | { shape: 'fill'; fill: Token; stroke: Token; dashed?: boolean; opacity?: number }
  | { shape: 'hatch'; stroke: Token; direction: '/' | '\\'; dashed?: boolean }
  | { shape: 'line'; stroke: Token; dashed?: boolean; casing?: Token; dotted?: boolean; pillars?: boolean }
  | { shape: 'circle'; fill: Token; stroke: Token; hollow?: boolean }
  /** A broad translucent band with chevrons pointing along it (a movement of people). */
  | { shape: 'flow'; band: Token; arrow: Token };

/** One row of the legend. */
export interface LegendEntry {
  label: UiStringKey;
  swatch: Swatch;
  /**
   * The values of the layer's legend key (LEGEND_KEYS) this row stands for; the row shows only while
   * a feature with one of them is drawn in the view. Rows without values show whenever their layer does.
   */
  values?: string[];
}

/**
 * Layers whose rows depend on which features the view draws, and the feature property that picks the
 * row. The crossings' row is their status on the map's date, read from each one's `status_history`.
 */
export const LEGEND_KEYS: Partial<Record<LayerId, { key: string }>> = {
  rivers: { key: 'kind' },
  'lines-of-contact': { key: 'kind' },
  relief: { key: 'kind' },
  'control-areas': { key: 'kind' },
  'lachin-corridor': { key: 'kind' },
  routes: { key: 'kind' },
  crossings: { key: 'status_history' },
};

/** A feature the map drew, as queryRenderedFeatures reports it, with the registry layer it belongs to. */
export interface DrawnFeature {
  layer: LayerId;
  properties: Record<string, unknown> | null | undefined;
}

/** The legend value of a drawn feature: its key property, or for a crossing its status on `date`. */
function legendValue(f: DrawnFeature, key: string, date: string): unknown {
  const value = f.properties?.[key];
  if (key !== 'status_history') return value;
  return Array.isArray(value) ? (crossingStatusOn(value as Parameters<typeof crossingStatusOn>[0], date) ?? 'none') : 'none';
}

/** The legend-key values drawn per layer on the map's date (only layers with a legend key), each list sorted and without repeats. */
export function drawnLegendValues(features: readonly DrawnFeature[], date: string): Partial<Record<LayerId, string[]>> {
  const drawn: Partial<Record<LayerId, Set<string>>> = {};
  for (const f of features) {
    const key = LEGEND_KEYS[f.layer];
    if (!key) continue;
    const value = legendValue(f, key.key, date);
    // A crossing with no status on the map's date is drawn fully transparent: not in the legend.
    if (typeof value !== 'string' || value === 'none') continue;
    (drawn[f.layer] ??= new Set()).add(value);
  }
  return Object.fromEntries(Object.entries(drawn).map(([id, values]) => [id, [...values].sort()]));
}

/** Returns the legend rows of a registry layer, matching what data-layers.ts and basemap-layers.ts draw. */
export function legendEntries(id: LayerId): LegendEntry[] {
  switch (id) {
    case 'countries':
      return [
        { label: 'legend.armenia', swatch: { shape: 'fill', fill: 'armenia', stroke: 'countryBorder' } },
        { label: 'legend.azerbaijan', swatch: { shape: 'fill', fill: 'azerbaijan', stroke: 'countryBorder' } },
        { label: 'legend.other-country', swatch: { shape: 'fill', fill: 'land', stroke: 'countryBorder' } },
      ];
    case 'water':
      return [{ label: 'legend.water', swatch: { shape: 'fill', fill: 'water', stroke: 'waterLine' } }];
    case 'rivers':
      return [{ label: 'legend.river', swatch: { shape: 'line', stroke: 'waterLine' }, values: ['river'] }];
    case 'relief':
      // A range is a name only; the pass has a symbol.
      return [{ label: 'legend.pass', swatch: { shape: 'circle', fill: 'labelHalo', stroke: 'inkMuted' }, values: ['pass'] }];
    case 'admin-areas':
      return [{ label: 'legend.admin-areas', swatch: { shape: 'line', stroke: 'adminLine', dashed: true } }];
    case 'nkao':
      return [{ label: 'legend.nkao', swatch: { shape: 'fill', fill: 'nkao', stroke: 'nkao', dashed: true, opacity: 0.35 } }];
    case 'control-areas':
      return (Object.keys(CONTROL_AREA_STYLE) as (keyof typeof CONTROL_AREA_STYLE)[]).map((kind) => ({
        label: `legend.${kind}` as UiStringKey,
        values: [kind],
        swatch: {
          shape: 'hatch',
          stroke: CONTROL_AREA_STYLE[kind].token as Token,
          direction: CONTROL_AREA_STYLE[kind].direction,
          dashed: CONTROL_AREA_STYLE[kind].dashed,
        },
      }));
    case 'lines-of-contact':
      return [
        { label: 'legend.line-of-contact', swatch: { shape: 'line', stroke: 'lineOfContact', dashed: true, casing: 'labelHalo' }, values: ['line-of-contact'] },
        ...(Object.keys(AGREED_BORDER_STYLE) as (keyof typeof AGREED_BORDER_STYLE)[]).map((kind) => ({
          label: `legend.${kind}` as UiStringKey,
          values: [kind],
          swatch: {
            shape: 'line' as const,
            stroke: 'lineOfContact' as const,
            casing: 'labelHalo' as const,
            dotted: AGREED_BORDER_STYLE[kind].dash !== null,
            pillars: AGREED_BORDER_STYLE[kind].pillars,
          },
        })),
      ];
    case 'lachin-corridor':
      return [
        {
          label: 'legend.corridor-zone',
          swatch: { shape: 'fill', fill: 'corridorZone', stroke: 'corridorRoad', dashed: true, opacity: 0.55 },
          values: ['corridor-zone'],
        },
        { label: 'legend.corridor-road', swatch: { shape: 'line', stroke: 'corridorRoad' }, values: ['corridor-road'] },
        // The count is a label on the flow, not a symbol of its own: it shares the flow's row.
        { label: 'legend.exodus-flow', swatch: { shape: 'flow', band: 'event', arrow: 'corridorRoad' }, values: ['exodus-flow', 'exodus-count'] },
      ];
    case 'routes':
      return [
        { label: 'legend.railway', swatch: { shape: 'line', stroke: 'railway', casing: 'railwayCasing' }, values: ['railway', 'railway-section'] },
        { label: 'legend.planned-railway', swatch: { shape: 'line', stroke: 'railway', dashed: true }, values: ['planned-railway'] },
      ];
    case 'crossings':
      return [
        { label: 'legend.crossing-open', swatch: { shape: 'circle', fill: 'crossingOpen', stroke: 'ink' }, values: ['open'] },
        { label: 'legend.crossing-limited', swatch: { shape: 'circle', fill: 'crossingLimited', stroke: 'ink' }, values: ['limited'] },
        { label: 'legend.crossing-closed', swatch: { shape: 'circle', fill: 'crossingClosed', stroke: 'ink' }, values: ['closed'] },
        { label: 'legend.crossing-proposed', swatch: { shape: 'circle', fill: 'crossingProposed', stroke: 'ink', hollow: true }, values: ['proposed'] },
      ];
    case 'places':
      return [{ label: 'legend.place', swatch: { shape: 'circle', fill: 'placeDot', stroke: 'labelHalo' } }];
    case 'events':
      return [{ label: 'legend.event', swatch: { shape: 'circle', fill: 'event', stroke: 'ink' } }];
  }
}
