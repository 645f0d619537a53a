import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CrossingStatus } from '../schemas/layer-properties.ts';
import { LANGUAGES } from '../schemas/place-names.ts';
import type { SourceCitation } from '../schemas/source-citation.ts';
import { buildCsv, type CsvColumn } from './csv.ts';

/**
 * The CSV exports of the point layers that read naturally as tables: crossings (one row per dated
 * status) and events (one row per event). Columns are documented here and listed on /data/.
 */

/** The layers that have a CSV export. */
export const CSV_LAYERS = ['crossings', 'events'] as const;
export type CsvLayerId = (typeof CSV_LAYERS)[number];

type Props = Record<string, unknown>;

/** "citation <url>" joined by " | ". */
export function sourcesText(sources: readonly SourceCitation[] | undefined): string {
  return (sources ?? []).map((s) => (s.url ? `${s.citation} <${s.url}>` : s.citation)).join(' | ');
}

/** The points of a point layer's geometry (Point or MultiPoint); anything else throws. */
function pointsOf(geometry: Geometry | null): Position[] {
  if (geometry?.type === 'Point') return [geometry.coordinates];
  if (geometry?.type === 'MultiPoint') return geometry.coordinates;
  throw new Error(`CSV export expects Point or MultiPoint geometry, got ${geometry?.type ?? 'none'}`);
}

/** Well-known text of a point geometry (OGC WKT), for GIS imports. */
export function pointWkt(geometry: Geometry | null): string {
  const pts = pointsOf(geometry).map((p) => `${p[0]} ${p[1]}`);
  return geometry?.type === 'Point' ? `POINT (${pts[0]})` : `MULTIPOINT (${pts.map((p) => `(${p})`).join(', ')})`;
}

/** name_en, name_hy, name_az, name_ru: the default label in each language (empty where not yet recorded). */
function nameColumns<Row>(props: (r: Row) => Props): CsvColumn<Row>[] {
  return LANGUAGES.map((lang) => ({
    name: `name_${lang}`,
    description: `Name in ${{ en: 'English', hy: 'Armenian', az: 'Azerbaijani', ru: 'Russian' }[lang]}${lang === 'en' ? '' : ' (empty where not yet recorded)'}; contested places carry both sides’ names`,
    value: (r: Row) => props(r)[`name_${lang}`] as string | undefined,
  }));
}

function locationColumns<Row>(geometry: (r: Row) => Geometry | null): CsvColumn<Row>[] {
  return [
    { name: 'longitude', description: 'Longitude, WGS 84 decimal degrees (first point where there are several)', value: (r) => pointsOf(geometry(r))[0]![0] },
    { name: 'latitude', description: 'Latitude, WGS 84 decimal degrees (first point where there are several)', value: (r) => pointsOf(geometry(r))[0]![1] },
    { name: 'wkt', description: 'The full geometry as OGC well-known text (POINT or MULTIPOINT), longitude first', value: (r) => pointWkt(geometry(r)) },
  ];
}

/** One row of the crossings export: a crossing and one entry of its status history. */
export interface CrossingStatusRow {
  feature: Feature;
  entry: CrossingStatus;
  /** The next entry's first day (the end of this status, exclusive), or null when it is current. */
  until: string | null;
}

export const CROSSING_COLUMNS: readonly CsvColumn<CrossingStatusRow>[] = [
  { name: 'crossing_id', description: 'Stable id of the crossing (the same in crossings.geojson)', value: (r) => r.feature.properties?.id as string },
  ...nameColumns<CrossingStatusRow>((r) => r.feature.properties ?? {}),
  { name: 'kind', description: 'road-crossing, rail-crossing, checkpoint, meeting-point or tripoint', value: (r) => r.feature.properties?.kind as string },
  {
    name: 'countries',
    description: 'The two states whose border it crosses, ISO 3166-1 alpha-2, joined by a hyphen',
    value: (r) => ((r.feature.properties?.countries as string[]) ?? []).join('-'),
  },
  ...locationColumns<CrossingStatusRow>((r) => r.feature.geometry),
  { name: 'status', description: 'open, closed, limited (open with restrictions) or proposed', value: (r) => r.entry.status },
  { name: 'status_from', description: 'First day of this status (ISO 8601 date)', value: (r) => r.entry.from },
  { name: 'status_until', description: 'First day of the next status (exclusive); empty when the status is current', value: (r) => r.until },
  { name: 'status_note', description: 'What happened, in our own words', value: (r) => r.entry.note },
  { name: 'status_sources', description: 'Sources of this status: citation <url>, separated by " | "', value: (r) => sourcesText(r.entry.sources) },
  { name: 'crossing_note', description: 'Note on the crossing as a whole', value: (r) => r.feature.properties?.note as string | undefined },
  { name: 'accuracy', description: 'How far the drawn position may be from the real one', value: (r) => r.feature.properties?.accuracy as string },
];

/** The crossings as rows: one per status-history entry, crossings in file order, entries oldest first. */
export function crossingRows(fc: FeatureCollection): CrossingStatusRow[] {
  return fc.features.flatMap((feature) => {
    const history = [...((feature.properties?.status_history ?? []) as CrossingStatus[])].sort((a, b) => a.from.localeCompare(b.from));
    return history.map((entry, i) => ({ feature, entry, until: history[i + 1]?.from ?? null }));
  });
}

export const EVENT_COLUMNS: readonly CsvColumn<Feature>[] = [
  { name: 'event_id', description: 'Stable id of the event (the same in events.geojson)', value: (f) => f.properties?.id as string },
  { name: 'date', description: 'When it happened: first day, ISO 8601 date', value: (f) => f.properties?.date as string },
  ...nameColumns<Feature>((f) => f.properties ?? {}),
  { name: 'kind', description: 'war, ceasefire, incursion, blockade, exodus, diplomacy, handover or border', value: (f) => f.properties?.kind as string },
  { name: 'phase', description: 'The part of the story it belongs to (a chapter id or phase name)', value: (f) => f.properties?.phase as string },
  { name: 'description', description: 'One line, in our own words', value: (f) => f.properties?.description as string },
  ...locationColumns<Feature>((f) => f.geometry),
  {
    name: 'valid_from',
    description: 'First day the event is shown on the map (ISO; empty = before the story begins)',
    value: (f) => f.properties?.valid_from as string | null,
  },
  { name: 'valid_to', description: 'First day it is no longer shown (exclusive; empty = still shown)', value: (f) => f.properties?.valid_to as string | null },
  { name: 'note', description: 'What a reader needs to read the event fairly', value: (f) => f.properties?.note as string | undefined },
  { name: 'accuracy', description: 'How far the drawn position may be from the real place', value: (f) => f.properties?.accuracy as string },
  { name: 'sources', description: 'Sources: citation <url>, separated by " | "', value: (f) => sourcesText(f.properties?.sources as SourceCitation[]) },
];

/** The events as rows: one per event, by date then id. */
export function eventRows(fc: FeatureCollection): Feature[] {
  return [...fc.features].sort(
    (a, b) => String(a.properties?.date).localeCompare(String(b.properties?.date)) || String(a.properties?.id).localeCompare(String(b.properties?.id)),
  );
}

/** The documented columns of a layer's CSV export. */
export function csvColumnsOf(layer: CsvLayerId): readonly { name: string; description: string }[] {
  return layer === 'crossings' ? CROSSING_COLUMNS : EVENT_COLUMNS;
}

/** Builds the CSV export of a layer from its GeoJSON (UTF-8 with BOM, RFC 4180). */
export function layerCsv(layer: CsvLayerId, fc: FeatureCollection): { csv: string; rows: number } {
  if (layer === 'crossings') {
    const rows = crossingRows(fc);
    return { csv: buildCsv(CROSSING_COLUMNS, rows, { bom: true }), rows: rows.length };
  }
  const rows = eventRows(fc);
  return { csv: buildCsv(EVENT_COLUMNS, rows, { bom: true }), rows: rows.length };
}
