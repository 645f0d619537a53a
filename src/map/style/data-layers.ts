import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ControlAreaPropertiesSchema, LayerId } from '../../schemas/layer-properties.ts';
import type { z } from 'zod';
import { crossingStatusExpression } from './crossing-status.ts';
import { dateFilter } from './date-filter.ts';
import { hatchPattern, type PatternImage } from './hatch-pattern.ts';
import { labelField } from './label-field.ts';
import { meta, type LayerOptions } from './layer-meta.ts';
import type { Palette } from './palette.ts';

type ControlKind = z.infer<typeof ControlAreaPropertiesSchema>['kind'];

/** Palette token and stripe direction of each kind of control area. */
export const CONTROL_AREA_STYLE: Record<ControlKind, { token: keyof Palette; direction: '/' | '\\'; dashed: boolean }> = {
  'held-by-armenian-forces': { token: 'heldByArmenianForces', direction: '/', dashed: false },
  'armenian-control-after-2020': { token: 'armenianControlAfter2020', direction: '/', dashed: false },
  'taken-in-2020-war': { token: 'takenIn2020War', direction: '\\', dashed: false },
  'returned-district': { token: 'returnedDistrict', direction: '\\', dashed: true },
  'peacekeeping-zone': { token: 'peacekeepingZone', direction: '/', dashed: true },
};

/** Returns the image id of a hatch pattern. */
export const hatchId = (kind: string): string => `hatch-${kind}`;

/**
 * Returns the hatch images the style's fill-patterns need, built in code (no sprite file):
 * contested areas are drawn as stripes over the country tint, never as a solid national fill.
 */
export function patternImages(palette: Palette): { id: string; image: PatternImage; pixelRatio: number }[] {
  return Object.entries(CONTROL_AREA_STYLE).map(([kind, s]) => ({
    id: hatchId(kind),
    image: hatchPattern(palette[s.token] as string, { direction: s.direction, size: 16, stripe: kind === 'peacekeeping-zone' ? 2 : 4 }),
    pixelRatio: 2,
  }));
}

const withDate = (...filters: FilterSpecification[]): FilterSpecification => ['all', dateFilter(), ...filters] as FilterSpecification;

/** nkao: the Soviet oblast as a dashed outline over a translucent tint; a former unit, not a state. */
export function nkaoLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  return [
    { id: 'nkao-fill', type: 'fill', source, filter: withDate(), metadata: meta('nkao'), paint: { 'fill-color': palette.nkao, 'fill-opacity': 0.35 } },
    {
      id: 'nkao-line',
      type: 'line',
      source,
      filter: withDate(),
      metadata: meta('nkao'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.nkao, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'nkao-label',
      type: 'symbol',
      source,
      filter: withDate(),
      metadata: meta('nkao', true),
      layout: { 'text-field': labelField(opts.lang, opts.naming), 'text-font': opts.font, 'text-size': 12, 'text-max-width': 8 },
      paint: { 'text-color': palette.nkao, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

const kindMatch = (palette: Palette, pick: (s: (typeof CONTROL_AREA_STYLE)[ControlKind]) => string): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...Object.entries(CONTROL_AREA_STYLE).flatMap(([kind, s]) => [kind, pick(s)]), palette.ink] as unknown as ExpressionSpecification;

/** control-areas: hatched fills with an outline per kind; dashed outlines mark the transitional kinds. */
export function controlAreasLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  const dashedKinds = Object.entries(CONTROL_AREA_STYLE)
    .filter(([, s]) => s.dashed)
    .map(([k]) => k);
  const isDashed: FilterSpecification = ['in', ['get', 'kind'], ['literal', dashedKinds]];
  return [
    {
      id: 'control-areas-hatch',
      type: 'fill',
      source,
      filter: withDate(),
      metadata: meta('control-areas'),
      paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'kind']] },
    },
    {
      id: 'control-areas-line',
      type: 'line',
      source,
      filter: withDate(['!', isDashed]),
      metadata: meta('control-areas'),
      paint: { 'line-color': kindMatch(palette, (s) => palette[s.token] as string), 'line-width': 1.5 },
    },
    {
      id: 'control-areas-line-dashed',
      type: 'line',
      source,
      filter: withDate(isDashed),
      metadata: meta('control-areas'),
      paint: { 'line-color': kindMatch(palette, (s) => palette[s.token] as string), 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
  ];
}

/**
 * The stages of the first agreed border (lines-of-contact kinds border-*): dotted while agreed in
 * principle, solid once fixed by protocol, and with pillars once the border guards hold it. Neutral
 * ink like the lines of contact: the line belongs to both countries.
 */
export const AGREED_BORDER_STYLE = {
  'border-agreed': { dash: [1, 1.5], pillars: false },
  'border-protocol': { dash: null, pillars: false },
  'border-taken-over': { dash: null, pillars: true },
} as const;

const kindIn = (kinds: readonly string[]): FilterSpecification => ['in', ['get', 'kind'], ['literal', kinds]] as FilterSpecification;
const agreedKinds = (pick: (s: (typeof AGREED_BORDER_STYLE)[keyof typeof AGREED_BORDER_STYLE]) => boolean) =>
  Object.entries(AGREED_BORDER_STYLE)
    .filter(([, s]) => pick(s))
    .map(([k]) => k);

/** lines-of-contact: heavy dashed front lines; the agreed border in its stages (AGREED_BORDER_STYLE). */
export function linesOfContactLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  const line = (id: string, filter: FilterSpecification | null, paint: Record<string, unknown>): LayerSpecification =>
    ({
      id,
      type: 'line',
      source,
      filter: filter ? withDate(filter) : withDate(),
      metadata: meta('lines-of-contact'),
      layout: { 'line-join': 'round' },
      paint,
    }) as LayerSpecification;
  return [
    // One halo under every kind keeps the lines legible over borders and hatching.
    line('lines-of-contact-casing', null, { 'line-color': palette.labelHalo, 'line-width': 4.5 }),
    line('lines-of-contact-line', ['==', ['get', 'kind'], 'line-of-contact'], {
      'line-color': palette.lineOfContact,
      'line-width': 2.5,
      'line-dasharray': [2, 1],
    }),
    line('agreed-border-dotted', kindIn(agreedKinds((s) => s.dash !== null)), {
      'line-color': palette.lineOfContact,
      'line-width': 2.5,
      'line-dasharray': [...AGREED_BORDER_STYLE['border-agreed'].dash],
    }),
    line('agreed-border-line', kindIn(agreedKinds((s) => s.dash === null)), { 'line-color': palette.lineOfContact, 'line-width': 2.5 }),
    // Pillars: dashes one-thirtieth of their 8 px width long, i.e. short bars across the line.
    line('agreed-border-pillars', kindIn(agreedKinds((s) => s.pillars)), { 'line-color': palette.lineOfContact, 'line-width': 8, 'line-dasharray': [0.3, 3] }),
  ];
}

/**
 * lachin-corridor: the 5 km zone as a translucent band, the road as a solid line; the exodus of
 * September 2023 as a broad band along the road with chevrons pointing toward Armenia (the flow's line
 * runs that way), and its count labelled where the flow enters Armenia.
 */
export function lachinCorridorLayers(source: LayerId, palette: Palette, opts: LayerOptions): LayerSpecification[] {
  const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];
  return [
    {
      id: 'lachin-corridor-zone',
      type: 'fill',
      source,
      filter: withDate(kind('corridor-zone')),
      metadata: meta('lachin-corridor'),
      paint: { 'fill-color': palette.corridorZone, 'fill-opacity': 0.55 },
    },
    {
      id: 'lachin-corridor-zone-line',
      type: 'line',
      source,
      filter: withDate(kind('corridor-zone')),
      metadata: meta('lachin-corridor'),
      paint: { 'line-color': palette.corridorRoad, 'line-width': 1, 'line-dasharray': [1, 1] },
    },
    {
      // Lifted with the labels, above the emphasis of the highlighted road it runs along, which would hide it.
      id: 'lachin-corridor-exodus-band',
      type: 'line',
      source,
      filter: withDate(kind('exodus-flow')),
      metadata: meta('lachin-corridor', true),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.event, 'line-width': 12, 'line-opacity': 0.8 },
    },
    {
      id: 'lachin-corridor-road',
      type: 'line',
      source,
      filter: withDate(kind('corridor-road')),
      metadata: meta('lachin-corridor'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.corridorRoad, 'line-width': 2.5 },
    },
    {
      // Chevrons along the flow: placed on the line and turned with it, never flipped to read upright,
      // so each points the way the people went. Lifted with the band; its text is a fixed glyph, which
      // relabelling (set-labels.ts) leaves alone.
      id: 'lachin-corridor-exodus-arrows',
      type: 'symbol',
      source,
      filter: withDate(kind('exodus-flow')),
      metadata: meta('lachin-corridor', true),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 32,
        'text-max-angle': 80,
        'text-field': FLOW_CHEVRON,
        'text-font': opts.font,
        'text-size': 24,
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.corridorRoad, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'lachin-corridor-exodus-count',
      type: 'symbol',
      source,
      filter: withDate(kind('exodus-count')),
      metadata: meta('lachin-corridor', true),
      // Below the point where the flow enters Armenia, in the open ground south of the place names there;
      // shown even where it touches them, as the figure is the point of the chapter (the still maps too).
      layout: {
        'text-field': labelField(opts.lang, opts.naming),
        'text-font': opts.font,
        'text-size': 13,
        'text-max-width': 10,
        'text-anchor': 'top',
        'text-radial-offset': 1.6,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': palette.ink, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

/** The exodus flow's double chevron (U+00BB, in the label font's Latin subset): it points along the line, toward Armenia. */
export const FLOW_CHEVRON = '\u00BB';

/** routes: railways with a light casing; planned lines dashed. */
export function routesLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  const planned: FilterSpecification = ['==', ['get', 'kind'], 'planned-railway'];
  return [
    {
      id: 'routes-casing',
      type: 'line',
      source,
      filter: withDate(),
      metadata: meta('routes'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.railwayCasing, 'line-width': 5 },
    },
    {
      id: 'routes-line',
      type: 'line',
      source,
      filter: withDate(['!', planned]),
      metadata: meta('routes'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.railway, 'line-width': 2.5 },
    },
    {
      id: 'routes-planned',
      type: 'line',
      source,
      filter: withDate(planned),
      metadata: meta('routes'),
      paint: { 'line-color': palette.railway, 'line-width': 2.5, 'line-dasharray': [1.5, 1.5] },
    },
  ];
}

/** crossings: circles coloured by the status on the selected date (from their own history); proposed ones hollow. */
export function crossingsLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  const status = crossingStatusExpression();
  return [
    {
      id: 'crossings-circle',
      type: 'circle',
      source,
      filter: withDate(),
      metadata: meta('crossings'),
      paint: {
        'circle-radius': 6,
        'circle-color': [
          'match',
          status,
          'open',
          palette.crossingOpen,
          'closed',
          palette.crossingClosed,
          'limited',
          palette.crossingLimited,
          palette.crossingProposed,
        ],
        'circle-stroke-color': palette.ink,
        'circle-stroke-width': ['match', status, 'proposed', 2, 1.2],
        'circle-opacity': ['match', status, 'none', 0, 1],
        'circle-stroke-opacity': ['match', status, 'none', 0, 1],
      },
    },
  ];
}

/** events: small diamonds-ish circles in the event colour. */
export function eventsLayers(source: LayerId, palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'events-circle',
      type: 'circle',
      source,
      filter: withDate(),
      metadata: meta('events'),
      paint: { 'circle-radius': 4.5, 'circle-color': palette.event, 'circle-stroke-color': palette.ink, 'circle-stroke-width': 1 },
    },
  ];
}
