import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

// MapLibre compiles a shader program for each kind of draw it meets, and a variant of it for each set
// of paint properties that vary by feature (vertex attributes) rather than per layer (uniforms). A
// program costs a compile and a link on any GPU; under a software GPU its first draw also costs a
// machine-code compile, and the frame that first draws the story's points and fills was the longest
// of the map's start (npm run profile; tests/bench). This pass writes the style so that it needs
// fewer programs, without changing what is drawn:
//  - every layer of a type varies the same paint properties by feature, so all share one variant:
//    the crossings coloured by status, the towns sized by kind and the fixed rings were three circle
//    variants; the countries coloured by code and the fixed-colour water, two fill variants; the
//    control lines coloured by kind made a line variant and a dashed-line variant of their own, first
//    compiled while the reader moved to the next chapter;
//  - no fill draws MapLibre's antialiasing outline (a second program per kind of fill, and a second
//    draw per fill): every fill of the style has its edges drawn by a line layer of its own source
//    (the test checks it), which covers that outline's one pixel.

/** The paint properties that vary by feature in every layer of a type (patterned fills draw no colour). */
export const PER_FEATURE_PAINT = {
  circle: ['circle-radius', 'circle-color', 'circle-stroke-width', 'circle-opacity', 'circle-stroke-opacity'],
  fill: ['fill-color'],
  line: ['line-color'],
} as const;

/** The style specification's defaults of those properties. */
const DEFAULTS: Record<string, number | string> = {
  'circle-radius': 5,
  'circle-color': '#000000',
  'circle-stroke-width': 0,
  'circle-opacity': 1,
  'circle-stroke-opacity': 1,
  'fill-color': '#000000',
  'line-color': '#000000',
};

/** A per-feature expression that gives `value` for every feature (every feature has a geometry type). */
const perFeature = (value: number | string): ExpressionSpecification => ['match', ['geometry-type'], 'Point', value, value];

/** Returns the layer written to share the style's programs (see above); what it draws is the same. */
export function withFewerPrograms(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'circle' && layer.type !== 'fill' && layer.type !== 'line') return layer;
  const paint: Record<string, unknown> = { ...layer.paint };
  if (layer.type === 'fill') paint['fill-antialias'] = false;
  // A patterned fill is drawn by its own program, which has no colour.
  if (layer.type === 'fill' && paint['fill-pattern'] !== undefined) return { ...layer, paint } as LayerSpecification;
  for (const property of PER_FEATURE_PAINT[layer.type]) {
    const value = paint[property] ?? DEFAULTS[property]!;
    // An expression here is already per feature (the style's own are 'match'es on feature properties; the test checks every layer).
    if (typeof value === 'number' || typeof value === 'string') paint[property] = perFeature(value);
  }
  return { ...layer, paint } as LayerSpecification;
}
