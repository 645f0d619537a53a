import type { Language } from '../schemas/place-names.ts';

/**
 * Every interface string of the site, by key, in the four languages.
 * English is complete; a `null` entry is a TODO that falls back to English until translated.
 * Keep strings plain text (no HTML).
 */
export const UI_STRINGS = {
  'site.title': { en: 'Crossroads', hy: null, az: null, ru: null },
  'site.subtitle': { en: 'Armenia, Azerbaijan and the roads between them', hy: null, az: null, ru: null },
  'site.description': {
    en: 'An interactive map of Armenia and Azerbaijan: borders, the former Nagorno-Karabakh oblast, front lines, the Lachin corridor, railways and border crossings, by date.',
    hy: null, az: null, ru: null,
  },
  'intro.lead': {
    en: 'Since the late 1980s the map between Armenia and Azerbaijan has been redrawn by war, ceasefire and negotiation. This map shows the region as it was on any date you choose: the Soviet-era Nagorno-Karabakh Autonomous Oblast, who held which ground after the 1994 and 2020 ceasefires, the Lachin corridor, the railways to Nakhchivan and whether each border crossing was open.',
    hy: null, az: null, ru: null,
  },
  'intro.how': {
    en: 'Pick a date with the slider or one of the preset dates, and switch layers on and off. Hatched areas were held or contested at that date; they are not drawn as anyone’s settled territory. Contested places carry both names.',
    hy: null, az: null, ru: null,
  },
  'map.label': { en: 'Map of Armenia, Azerbaijan and their neighbours', hy: null, az: null, ru: null },
  'map.loading': { en: 'Loading the map…', hy: null, az: null, ru: null },
  'map.no-webgl': {
    en: 'This browser cannot draw the interactive map (it needs WebGL 2). The text and the layer descriptions below still tell the story.',
    hy: null, az: null, ru: null,
  },
  'map.error': { en: 'The map could not be loaded. Please reload the page.', hy: null, az: null, ru: null },
  'map.data-error': { en: 'Some map data could not be loaded; layers may be missing.', hy: null, az: null, ru: null },
  'map.noscript': {
    en: 'The interactive map needs JavaScript. The text, the legend and the list of layers on this page work without it.',
    hy: null, az: null, ru: null,
  },
  'layers.heading': { en: 'Layers', hy: null, az: null, ru: null },
  'layers.missing': { en: 'data not available yet', hy: null, az: null, ru: null },
  'legend.heading': { en: 'Legend', hy: null, az: null, ru: null },
  'legend.empty': { en: 'No layer is switched on.', hy: null, az: null, ru: null },
  'date.heading': { en: 'Date', hy: null, az: null, ru: null },
  'date.slider': { en: 'Date on the map', hy: null, az: null, ru: null },
  'date.input': { en: 'Exact date', hy: null, az: null, ru: null },
  'date.presets': { en: 'Key dates', hy: null, az: null, ru: null },
  'date.showing': { en: 'Showing', hy: null, az: null, ru: null },
  'preset.1988-01-01': { en: '1988: before the war', hy: null, az: null, ru: null },
  'preset.1994-06-01': { en: '1994: after the ceasefire', hy: null, az: null, ru: null },
  'preset.2010-01-01': { en: '2010', hy: null, az: null, ru: null },
  'preset.2020-12-15': { en: 'Dec 2020: after the war', hy: null, az: null, ru: null },
  'preset.2023-01-01': { en: '2023: blockade', hy: null, az: null, ru: null },
  'preset.2024-07-01': { en: 'Jul 2024', hy: null, az: null, ru: null },
  'preset.today': { en: 'Today', hy: null, az: null, ru: null },
  'attribution.label': { en: 'Map data', hy: null, az: null, ru: null },
  'attribution.text': {
    en: '© OpenStreetMap contributors (ODbL) · Natural Earth (public domain) · GeoNames (CC BY 4.0) · Crossroads research (CC BY 4.0)',
    hy: null, az: null, ru: null,
  },
  'layer.countries': { en: 'Countries', hy: null, az: null, ru: null },
  'layer.water': { en: 'Seas and lakes', hy: null, az: null, ru: null },
  'layer.admin-areas': { en: 'Districts and provinces', hy: null, az: null, ru: null },
  'layer.nkao': { en: 'Nagorno-Karabakh Autonomous Oblast (1923–1991)', hy: null, az: null, ru: null },
  'layer.control-areas': { en: 'Areas of control', hy: null, az: null, ru: null },
  'layer.lines-of-contact': { en: 'Lines of contact', hy: null, az: null, ru: null },
  'layer.lachin-corridor': { en: 'Lachin corridor', hy: null, az: null, ru: null },
  'layer.routes': { en: 'Railways to Nakhchivan', hy: null, az: null, ru: null },
  'layer.crossings': { en: 'Border crossings', hy: null, az: null, ru: null },
  'layer.places': { en: 'Places', hy: null, az: null, ru: null },
  'layer.events': { en: 'Events', hy: null, az: null, ru: null },
  'legend.armenia': { en: 'Armenia', hy: null, az: null, ru: null },
  'legend.azerbaijan': { en: 'Azerbaijan (with Nakhchivan)', hy: null, az: null, ru: null },
  'legend.other-country': { en: 'Neighbouring countries', hy: null, az: null, ru: null },
  'legend.water': { en: 'Sea or lake', hy: null, az: null, ru: null },
  'legend.admin-areas': { en: 'District or province boundary', hy: null, az: null, ru: null },
  'legend.nkao': { en: 'Former autonomous oblast (Soviet boundary)', hy: null, az: null, ru: null },
  'legend.held-by-armenian-forces': { en: 'Held by Armenian forces (1994–2020)', hy: null, az: null, ru: null },
  'legend.taken-in-2020-war': { en: 'Taken by Azerbaijan in the 2020 war', hy: null, az: null, ru: null },
  'legend.returned-district': { en: 'District returned to Azerbaijan, Nov–Dec 2020', hy: null, az: null, ru: null },
  'legend.armenian-control-after-2020': { en: 'Under Armenian control, 2020–2023', hy: null, az: null, ru: null },
  'legend.peacekeeping-zone': { en: 'Russian peacekeeping zone, 2020–2024', hy: null, az: null, ru: null },
  'legend.line-of-contact': { en: 'Line of contact', hy: null, az: null, ru: null },
  'legend.corridor-zone': { en: 'Lachin corridor (5 km)', hy: null, az: null, ru: null },
  'legend.corridor-road': { en: 'Corridor road', hy: null, az: null, ru: null },
  'legend.railway': { en: 'Railway', hy: null, az: null, ru: null },
  'legend.planned-railway': { en: 'Planned railway', hy: null, az: null, ru: null },
  'legend.crossing-open': { en: 'Crossing open', hy: null, az: null, ru: null },
  'legend.crossing-limited': { en: 'Crossing open with limits', hy: null, az: null, ru: null },
  'legend.crossing-closed': { en: 'Crossing closed', hy: null, az: null, ru: null },
  'legend.crossing-proposed': { en: 'Crossing proposed', hy: null, az: null, ru: null },
  'legend.place': { en: 'Town or city', hy: null, az: null, ru: null },
  'legend.event': { en: 'Event', hy: null, az: null, ru: null },
  'story.intro-lead': {
    en: 'Since the late 1980s the map between Armenia and Azerbaijan has been redrawn by war, ceasefire and negotiation. Scroll to follow the story; the map beside the text changes with each chapter.',
    hy: null, az: null, ru: null,
  },
  'story.explore-link': { en: 'Open the map explorer (any date, any layer)', hy: null, az: null, ru: null },
  'story.no-chapters': { en: 'No chapters have been published yet.', hy: null, az: null, ru: null },
  'story.contents': { en: 'Contents', hy: null, az: null, ru: null },
  'story.chapters-nav': { en: 'Chapters', hy: null, az: null, ru: null },
  'story.progress': { en: 'Chapter {n} of {total}', hy: null, az: null, ru: null },
  'story.timeline': { en: 'Timeline of the chapters, 1988 to today; choose a period to go to its chapter', hy: null, az: null, ru: null },
  'story.unknown-hash': { en: 'There is no chapter called “{hash}”; starting from the beginning.', hy: null, az: null, ru: null },
  'story.on-the-map': { en: 'On the map', hy: null, az: null, ru: null },
  'story.marked': { en: 'Marked on the map', hy: null, az: null, ru: null },
  'story.sources': { en: 'Sources', hy: null, az: null, ru: null },
  'story.explore': { en: 'Explore the map', hy: null, az: null, ru: null },
  'story.back': { en: 'Back to the story', hy: null, az: null, ru: null },
  'story.map-failed': { en: 'The interactive map could not start, so each chapter shows a still map instead. Reason:', hy: null, az: null, ru: null },
  'story.static-alt-prefix': { en: 'Still map:', hy: null, az: null, ru: null },
  'details.kind': { en: 'Kind', hy: null, az: null, ru: null },
  'details.dates': { en: 'On the map', hy: null, az: null, ru: null },
  'details.accuracy': { en: 'Accuracy', hy: null, az: null, ru: null },
  'details.note': { en: 'Note', hy: null, az: null, ru: null },
  'details.sources': { en: 'Sources', hy: null, az: null, ru: null },
  'details.close': { en: 'Close', hy: null, az: null, ru: null },
  'details.open-start': { en: 'before 1988', hy: null, az: null, ru: null },
  'details.open-end': { en: 'today', hy: null, az: null, ru: null },
  'details.unknown': { en: 'No details are recorded for this feature.', hy: null, az: null, ru: null },
} as const satisfies Record<string, Record<Language, string | null>>;

export type UiStringKey = keyof typeof UI_STRINGS;

/** Returns the interface string for a key in a language, falling back to English where untranslated. */
export function t(key: UiStringKey, lang: Language = 'en'): string {
  const entry = UI_STRINGS[key] as Record<Language, string | null>;
  return entry[lang] ?? entry.en!;
}

/** Returns the keys still untranslated in a language (TODO list for translators). */
export function untranslatedKeys(lang: Language): UiStringKey[] {
  return (Object.keys(UI_STRINGS) as UiStringKey[]).filter((k) => (UI_STRINGS[k] as Record<Language, string | null>)[lang] === null);
}
