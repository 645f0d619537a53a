import type { Map as MaplibreMap } from 'maplibre-gl';
import { isNameLayer } from './style/layer-meta.ts';

/** Resolves when the map has drawn everything for its current state (forces a frame so an idle map answers too). */
export async function whenMapIdle(map: MaplibreMap | undefined): Promise<void> {
  if (!map) return;
  const done = map.once('idle');
  map.triggerRepaint();
  await done;
}

/** Returns the viewport (CSS px) position of a [lng, lat] on the map, or null without a map. */
export function projectToViewport(map: MaplibreMap | undefined, [lng, lat]: [number, number]): { x: number; y: number } | null {
  if (!map) return null;
  const p = map.project([lng, lat]);
  const box = map.getContainer().getBoundingClientRect();
  return { x: box.left + p.x, y: box.top + p.y };
}

/** Evaluates our label expression shape, ['to-string', ['coalesce', ['get', key]…, '']], on a feature's properties. */
export function evaluateLabel(expression: unknown, properties: Record<string, unknown>): string {
  const coalesce = Array.isArray(expression) && expression[0] === 'to-string' ? expression[1] : expression;
  if (!Array.isArray(coalesce) || coalesce[0] !== 'coalesce') return '';
  for (const arg of coalesce.slice(1)) {
    if (Array.isArray(arg) && arg[0] === 'get') {
      const value = properties[arg[1] as string];
      if (value !== undefined && value !== null) return String(value);
    } else if (typeof arg === 'string') return arg;
  }
  return '';
}

/**
 * The label texts the map has placed on screen now: the placed symbols of every label layer, each
 * read through the layer's current text-field (so a relabel shows here as soon as it is drawn).
 */
export function renderedLabels(map: MaplibreMap | undefined): string[] {
  if (!map) return [];
  const fields = new Map(
    (map.getStyle()?.layers ?? []).filter(isNameLayer).map((l) => [l.id, (l.layout as Record<string, unknown> | undefined)?.['text-field']]),
  );
  const labels = map.queryRenderedFeatures({ layers: [...fields.keys()] }).map((f) => evaluateLabel(fields.get(f.layer.id), f.properties ?? {}));
  return [...new Set(labels.filter(Boolean))].sort();
}
