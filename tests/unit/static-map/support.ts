// Fixtures for the static-map tests: the committed geodata, chapter frontmatter and a tiny XML check.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { LAYER_REGISTRY } from '../../../src/layers/layer-registry.ts';
import type { LayerId } from '../../../src/schemas/layer-properties.ts';
import type { MapState } from '../../../src/map/map-state.ts';

const root = new URL('../../../', import.meta.url);

/** Returns every committed layer, keyed by id. */
export function createLayers(): Partial<Record<LayerId, FeatureCollection>> {
  return Object.fromEntries(LAYER_REGISTRY.map((l) => [l.id, JSON.parse(readFileSync(new URL(`geodata/layers/${l.id}.geojson`, root), 'utf8'))]));
}

/** Returns a map state of the whole region on a date with the given story layers (basemap always on). */
export function createState(overrides: Partial<MapState> = {}): MapState {
  return {
    chapterId: 'fixture',
    date: '2020-12-15',
    layers: ['countries', 'water', 'places'],
    highlight: [],
    callouts: {},
    camera: { center: [46.5, 40.0], zoom: 6.8, bearing: 0, pitch: 0 },
    language: 'en',
    naming: 'both',
    ...overrides,
  };
}

/**
 * Returns the first well-formedness error of an XML document, or null: tags balance, attributes
 * are quoted and unique, `&` starts an entity and text holds no `<`. Enough for generated SVG;
 * not a validating parser.
 */
export function xmlError(xml: string): string | null {
  const stack: string[] = [];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = token.exec(xml))) {
    if (m[0] === '<') return `stray "<" at ${m.index}`;
    if (m[0] === '&') return `unescaped "&" at ${m.index}`;
    if (!m[2]) continue;
    const [, close, name, attrs, selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return `</${name}> does not close the open element at ${m.index}`;
      continue;
    }
    const names = [...attrs!.matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}> at ${m.index}`;
    if (stack.length === 0) roots++;
    if (!selfClose) stack.push(name!);
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? null : `expected one root element, found ${roots}`;
}
