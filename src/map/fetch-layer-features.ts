import type { LayerId } from '../schemas/layer-properties.ts';
import { layerDataUrl } from './layer-data-url.ts';

/**
 * Returns a layer file's features, or null when it cannot be had (HTTP error, network error, invalid
 * JSON): the feature dialogs read a layer's file themselves and must not fail with them; the map
 * reports the same file's failure and offers to retry it (data-error-notice.ts).
 */
export async function fetchLayerFeatures<T>(id: LayerId): Promise<T[] | null> {
  try {
    const res = await fetch(layerDataUrl(id));
    if (!res.ok) return null;
    const body = (await res.json()) as { features?: unknown };
    return Array.isArray(body?.features) ? (body.features as T[]) : null;
  } catch {
    return null;
  }
}
