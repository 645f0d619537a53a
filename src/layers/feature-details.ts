import type { LayerId } from '../schemas/layer-properties.ts';

/** A citation as the layer files store it. */
export interface DetailSource {
  citation: string;
  url?: string;
}

/** What the details panel shows about one feature, taken from the GeoJSON we loaded (never from rendered tiles). */
export interface FeatureDetails {
  id: string;
  layer: LayerId;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  accuracy: string;
  note: string | null;
  sources: DetailSource[];
}

/** A GeoJSON feature collection as /data/<layer>.geojson serves it (only the fields read here). */
export interface LayerCollection {
  features: { properties: Record<string, unknown> | null }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Returns the details of one feature's properties, or null when it has no id. */
export function featureDetails(props: Record<string, unknown>, layer: LayerId): FeatureDetails | null {
  const id = str(props.id);
  if (!id) return null;
  const sources = Array.isArray(props.sources)
    ? (props.sources as unknown[]).flatMap((s) => {
        const c = s as Record<string, unknown>;
        const citation = str(c?.citation);
        if (!citation) return [];
        const url = str(c.url);
        return [url && /^https?:\/\//.test(url) ? { citation, url } : { citation }];
      })
    : [];
  return {
    id,
    layer,
    name: str(props.name_en) ?? id,
    kind: str(props.kind) ?? '',
    validFrom: str(props.valid_from),
    validTo: str(props.valid_to),
    accuracy: str(props.accuracy) ?? '',
    note: str(props.note),
    sources,
  };
}

/** Returns an index from feature id to details over the loaded layers; ids are unique across layers. */
export function indexFeatures(collections: readonly { layer: LayerId; data: LayerCollection }[]): Map<string, FeatureDetails> {
  const index = new Map<string, FeatureDetails>();
  for (const { layer, data } of collections) {
    for (const f of data.features) {
      const d = f.properties && featureDetails(f.properties, layer);
      if (d && !index.has(d.id)) index.set(d.id, d);
    }
  }
  return index;
}

/** Returns a kind id as words: "road-crossing" → "road crossing". */
/** What a feature is, in the reader's language: the labels of every kind (built into the page), else the kind spelt out. */
export const kindLabel = (kind: string, labels: Readonly<Record<string, string>> = {}): string => labels[kind] ?? kind.replace(/-/g, ' ');

/**
 * Returns the validity as text, e.g. "1923-07-07 – 1991-11-26". An open start reads `openStart`
 * ("before the story begins"), an open end `openEnd` ("still current"). valid_to is exclusive,
 * so it is shown as the first day no longer valid, labelled by the caller.
 */
export function validityText(from: string | null, to: string | null, words: { openStart: string; openEnd: string }): string {
  return `${from ?? words.openStart} – ${to ?? words.openEnd}`;
}
