import { geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { t } from '../i18n/ui-strings.ts';
import { countryLabelPoints, interiorLabelPoint } from '../layers/country-label-points.ts';
import { COUNTRY_LABEL_SOURCE } from '../map/style/basemap-layers.ts';
import { buildStyle, STYLE_LAYER_ORDER, type BuildStyleOptions } from '../map/style/build-style.ts';
import { isLabelLayer, registryLayerOf } from '../map/style/layer-meta.ts';
import { CALLOUT_LEADER, isCalloutLayer } from '../map/style/callout-layers.ts';
import type { Palette } from '../map/style/palette.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import type { MapState } from '../map/map-state.ts';
import { hatchDefs } from './hatch-defs.ts';
import { LINE_HEIGHT, placeLabels, type Anchor, type LabelCandidate, type PlacedLabel } from './place-labels.ts';
import { CompactPath, pixelSimplify } from './pixel-simplify.ts';
import { windForD3 } from './d3-winding.ts';
import { evaluateLayer, type EvaluatedLayer } from './style-evaluator.ts';
import { staticProjection } from './static-projection.ts';

/** The label font: the self-hosted family of the page and the live map, then generic fallbacks. */
export const STATIC_MAP_FONT = "'Noto Sans', 'Noto Sans Armenian', Arial, Helvetica, sans-serif";

/** Douglas–Peucker tolerance in px: below what a reader can see at 1×, it keeps files small. */
export const SIMPLIFY_TOLERANCE_PX = 0.7;

/** Height of the attribution strip at the bottom, in px. */
export const ATTRIBUTION_HEIGHT = 20;

/** Everything a static map is drawn from. */
export interface StaticMapInput {
  /** The chapter's map state (mapStateFor): camera, date, layers, highlight, language. */
  state: MapState;
  /** The geodata of the layers; layers of the state without data are skipped. */
  layers: Partial<Record<LayerId, FeatureCollection>>;
  palette: Palette;
  width: number;
  height: number;
  /** The image's accessible title (default: the chapter id). */
  title?: string;
  /** The image's description: the chapter's alt text. */
  description?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (v: number) => String(Math.round(v * 10) / 10);
const attr = (name: string, value: string | number | undefined | null) =>
  value === undefined || value === null || value === '' ? '' : ` ${name}="${esc(String(value))}"`;

/** Returns the point a symbol layer labels a feature at: the point itself, or a polygon's interior point. */
function labelPoint(geometry: Geometry): Position | null {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const parts: Polygon[] =
      geometry.type === 'Polygon' ? [geometry] : (geometry as MultiPolygon).coordinates.map((c) => ({ type: 'Polygon', coordinates: c }));
    // The part with the longest outer ring stands in for the largest (labels need no exact area).
    const main = parts.reduce((a, b) => (b.coordinates[0]!.length > a.coordinates[0]!.length ? b : a));
    return interiorLabelPoint(main);
  }
  return null;
}

/** Groups SVG elements of equal style under one <path> or <g>, keeping insertion order. */
class Groups {
  private readonly order: string[] = [];
  private readonly items = new Map<string, string[]>();
  add(key: string, item: string): void {
    if (!this.items.has(key)) {
      this.items.set(key, []);
      this.order.push(key);
    }
    this.items.get(key)!.push(item);
  }
  entries(): [string, string[]][] {
    return this.order.map((k) => [k, this.items.get(k)!]);
  }
}

/**
 * Returns the static map of a map state as an SVG string: the same geodata, filtered to the
 * state's date, styled by evaluating the live map's own style layers (src/map/style), in registry
 * order with labels on top, projected with the Web Mercator camera MapLibre would use.
 * Pure: no I/O; the caller reads the geodata.
 */
export function renderStaticMap({ state, layers, palette, width, height, title, description }: StaticMapInput): string {
  const { projection, zoom } = staticProjection(state.camera, width, height);
  // Clip a little outside the frame so clipped polygons' cut edges are never stroked in view.
  projection.clipExtent([
    [-8, -8],
    [width + 8, height + 8],
  ]);
  const simplified = { stream: (sink: never) => projection.stream(pixelSimplify(SIMPLIFY_TOLERANCE_PX)(sink)) };
  const context = new CompactPath();
  const path = geoPath(simplified as never, context as never);
  const d = (g: Geometry) => {
    path(windForD3(g) as GeoPermissibleObjects);
    return context.take();
  };
  const project = (p: Position) => projection(p as [number, number]);
  const inFrame = ([x, y]: [number, number], margin = 0) => x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;

  const drawnIds = STYLE_LAYER_ORDER.filter((id) => state.layers.includes(id) && layers[id]);
  // The live map's own style for this state: the static map draws exactly its layers, in its order.
  const styleOptions = {
    palette,
    layers: drawnIds,
    date: state.date,
    lang: state.language,
    naming: 'both',
    highlight: state.highlight,
    callouts: state.callouts,
  };
  const style = buildStyle(styleOptions as BuildStyleOptions);
  const globalState = Object.fromEntries(Object.entries(style.state ?? {}).map(([k, v]) => [k, (v as { default: unknown }).default]));
  const ctx = { zoom, globalState };
  const highlight = new Set(state.highlight);

  const patterns = hatchDefs(palette);
  const usedPatterns = new Set<string>();
  const body: string[] = [];
  const candidates: { priority: number; candidate: LabelCandidate }[] = [];

  const featuresOf = (source: string): Feature[] =>
    source === COUNTRY_LABEL_SOURCE
      ? countryLabelPoints(layers.countries as FeatureCollection<Polygon | MultiPolygon>).features
      : (layers[source as LayerId]?.features ?? []);

  const drawFill = (ev: EvaluatedLayer, features: Feature[]) => {
    const groups = new Groups();
    for (const f of features) {
      const pattern = ev.paint<string | null>('fill-pattern', f);
      const opacity = ev.paint<number>('fill-opacity', f);
      let fill: string;
      if (pattern) fill = `url(#${pattern})`;
      else fill = ev.paint<string>('fill-color', f);
      if (fill.startsWith('url(#')) usedPatterns.add(fill.slice(5, -1));
      groups.add(`${attr('fill', fill)}${opacity < 1 ? attr('fill-opacity', opacity) : ''}`, d(f.geometry));
    }
    return groups.entries().map(([style, ds]) => `<path${style} d="${ds.join('')}"/>`);
  };

  const drawLine = (ev: EvaluatedLayer, features: Feature[], extra = '') => {
    const groups = new Groups();
    for (const f of features) {
      const w = ev.paint<number>('line-width', f);
      const dash = ev.paint<number[] | undefined>('line-dasharray', f);
      const opacity = ev.paint<number>('line-opacity', f);
      const join = ev.layout<string>('line-join', f);
      const cap = ev.layout<string>('line-cap', f);
      // MapLibre's dash lengths are in line widths.
      const dasharray = Array.isArray(dash) && dash.length ? dash.map((v) => n1(v * w)).join(' ') : undefined;
      const style = `${attr('stroke', ev.paint<string>('line-color', f))}${attr('stroke-width', n1(w))}${attr('stroke-dasharray', dasharray)}${opacity < 1 ? attr('stroke-opacity', opacity) : ''}${join !== 'miter' ? attr('stroke-linejoin', join) : ''}${cap !== 'butt' ? attr('stroke-linecap', cap) : ''}`;
      groups.add(style, d(f.geometry));
    }
    return groups.entries().map(([style, ds]) => `<path fill="none"${style}${extra} d="${ds.join('')}"/>`);
  };

  const drawCircle = (ev: EvaluatedLayer, features: Feature[]) => {
    const groups = new Groups();
    for (const f of features) {
      const opacity = ev.paint<number>('circle-opacity', f);
      const strokeOpacity = ev.paint<number>('circle-stroke-opacity', f);
      if (opacity <= 0 && strokeOpacity <= 0) continue;
      const r = ev.paint<number>('circle-radius', f);
      const style = `${attr('fill', ev.paint<string>('circle-color', f))}${opacity < 1 ? attr('fill-opacity', opacity) : ''}${attr('stroke', ev.paint<string>('circle-stroke-color', f))}${attr('stroke-width', n1(ev.paint<number>('circle-stroke-width', f)))}${strokeOpacity < 1 ? attr('stroke-opacity', strokeOpacity) : ''}`;
      const points = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPoint' ? f.geometry.coordinates : [];
      for (const p of points) {
        const xy = project(p);
        if (xy && inFrame(xy, r)) groups.add(style, `<circle cx="${n1(xy[0])}" cy="${n1(xy[1])}" r="${n1(r)}"/>`);
      }
    }
    return groups.entries().map(([style, circles]) => `<g${style}>${circles.join('')}</g>`);
  };

  // Leader lines of the callouts, by the candidate they lead to: drawn only when its label is placed.
  const leaders = new Map<LabelCandidate, { x1: number; y1: number; x2: number; y2: number }>();

  const collectSymbols = (ev: EvaluatedLayer, features: Feature[], layerPriority: number) => {
    const callout = isCalloutLayer(ev.layer);
    for (const f of features) {
      const text = ev.layout<string>('text-field', f);
      const point = f.geometry && labelPoint(f.geometry);
      const xy = point && project(point);
      if (!text || !xy || !inFrame(xy)) continue;
      const transform = ev.layout<string>('text-transform', f);
      const variable = ev.layout<Anchor[] | undefined>('text-variable-anchor', f);
      const emphasised = highlight.has(String(f.properties?.id));
      const candidate: LabelCandidate = {
        text: transform === 'uppercase' ? text.toLocaleUpperCase(state.language) : transform === 'lowercase' ? text.toLocaleLowerCase(state.language) : text,
        x: xy[0],
        y: xy[1],
        // Callouts keep their size: their offset in ems must meet the leader drawn in px.
        size: ev.layout<number>('text-size', f) * (emphasised && !callout ? 1.1 : 1),
        anchors: variable?.length ? variable : [ev.layout<Anchor>('text-anchor', f)],
        offset: ev.layout<number>('text-radial-offset', f) || 0,
        shift: ev.layout<[number, number]>('text-offset', f),
        maxWidth: ev.layout<number>('text-max-width', f),
        allowOverlap: ev.layout<boolean>('text-allow-overlap', f),
        letterSpacing: ev.layout<number>('text-letter-spacing', f),
        style: {
          colour: ev.paint<string>('text-color', f),
          halo: ev.paint<string>('text-halo-color', f),
          haloWidth: ev.paint<number>('text-halo-width', f),
          bold: emphasised,
        },
      };
      if (callout) {
        // The leader runs as the live map turns its image (icon-rotate, clockwise from east), from
        // just outside the marker to the label's anchor.
        const a = (ev.layout<number>('icon-rotate', f) * Math.PI) / 180;
        const at = (r: number) => [xy[0] + r * Math.cos(a), xy[1] + r * Math.sin(a)] as const;
        const [x1, y1] = at(CALLOUT_LEADER.gap);
        const [x2, y2] = at(CALLOUT_LEADER.length);
        leaders.set(candidate, { x1, y1, x2, y2 });
      }
      candidates.push({
        // Callouts before every other label (MapLibre draws them on top, so they are placed first);
        // then emphasised features, the layer's place in the order, and its symbol-sort-key.
        priority: (callout ? -1e9 : 0) + (emphasised ? 0 : 1e6) + layerPriority * 1e3 + (ev.layout<number | undefined>('symbol-sort-key', f) ?? 0),
        candidate,
      });
    }
  };

  const labelLayers = style.layers.filter(isLabelLayer);
  for (const layer of style.layers) {
    const ev = evaluateLayer(layer, ctx);
    if (!ev.visible) continue;
    if (layer.type === 'background') {
      body.push(`<rect width="${width}" height="${height}" fill="${ev.paint<string>('background-color')}"/>`);
      continue;
    }
    const source = (layer as { source: string }).source;
    const id = registryLayerOf(layer) ?? (source as LayerId);
    const features = featuresOf(source).filter((f) => f.geometry && ev.passes(f));
    // Each style layer becomes one group named after it, so the drawing order can be read back.
    const drawn =
      layer.type === 'fill' ? drawFill(ev, features) : layer.type === 'line' ? drawLine(ev, features) : layer.type === 'circle' ? drawCircle(ev, features) : [];
    if (drawn.length) body.push(`<g id="${esc(layer.id)}">${drawn.join('')}</g>`);
    // MapLibre places the topmost label layer first; places rank by importance instead, so a
    // static image never trades a capital for a village.
    else if (layer.type === 'symbol') collectSymbols(ev, features, id === 'places' ? 0 : labelLayers.length - labelLayers.indexOf(layer));
  }

  const placed = placeLabels(
    candidates.sort((a, b) => a.priority - b.priority).map((c) => c.candidate),
    { width, height },
    [{ x0: 0, y0: height - ATTRIBUTION_HEIGHT, x1: width, y1: height }],
  );
  body.push(
    ...drawLeaders(
      placed.flatMap((p) => leaders.get(p.candidate) ?? []),
      palette,
    ),
    ...drawLabels(placed),
  );

  const attribution = `${t('attribution.label', state.language)}: ${t('attribution.text', state.language)}`;
  const defs = [...usedPatterns]
    .map((id) => patterns.get(id))
    .filter(Boolean)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc" font-family="${STATIC_MAP_FONT}" lang="${state.language}">`,
    `<title id="title">${esc(title ?? state.chapterId)}</title>`,
    `<desc id="desc">${esc(description ?? '')}</desc>`,
    defs ? `<defs>${defs}</defs>` : '',
    ...body,
    `<g id="attribution"><rect y="${height - ATTRIBUTION_HEIGHT}" width="${width}" height="${ATTRIBUTION_HEIGHT}" fill="${palette.paper}" fill-opacity="0.85"/>`,
    `<text x="8" y="${height - 6}" font-size="11" fill="${palette.inkMuted}">${esc(attribution)}</text></g>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Returns the callouts' leader lines as one path on a halo, in the colours the live map's leader image is made of. */
function drawLeaders(lines: { x1: number; y1: number; x2: number; y2: number }[], palette: Palette): string[] {
  if (!lines.length) return [];
  const d = lines.map((l) => `M${n1(l.x1)} ${n1(l.y1)}L${n1(l.x2)} ${n1(l.y2)}`).join('');
  const { width, halo } = CALLOUT_LEADER;
  return [
    `<g id="callout-leaders" fill="none"><path stroke="${palette.labelHalo}" stroke-width="${n1(width + 2 * halo)}" d="${d}"/><path stroke="${palette.label}" stroke-width="${width}" d="${d}"/></g>`,
  ];
}

/** Returns the <text> elements of placed labels, grouped by style, halo drawn under the fill. */
function drawLabels(placed: PlacedLabel[]): string[] {
  const groups = new Groups();
  for (const p of placed) {
    const { size, letterSpacing, style } = p.candidate;
    const key = `${attr('fill', style.colour)}${attr('stroke', style.halo)}${attr('stroke-width', n1(style.haloWidth * 2))}${attr('font-size', n1(size))}${letterSpacing ? attr('letter-spacing', `${letterSpacing}em`) : ''}${style.bold ? ' font-weight="700"' : ''}`;
    const anchor = p.textAnchor === 'start' ? '' : attr('text-anchor', p.textAnchor);
    const x = n1(p.x);
    const tspans =
      p.lines.length === 1 ? esc(p.lines[0]!) : p.lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${LINE_HEIGHT}em"` : ''}>${esc(line)}</tspan>`).join('');
    groups.add(key, `<text x="${x}" y="${n1(p.y)}"${anchor}>${tspans}</text>`);
  }
  const groupsSvg = groups.entries().map(([style, texts]) => `<g${style} stroke-linejoin="round" paint-order="stroke">${texts.join('')}</g>`);
  return groupsSvg.length ? [`<g id="labels">${groupsSvg.join('')}</g>`] : [];
}
