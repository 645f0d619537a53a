/**
 * The one palette of Crossroads: map colours and page colours, shared by MapLibre, d3 and CSS.
 *
 * Categorical hues are taken from the Okabe–Ito scheme (Okabe & Ito, "Color Universal Design", 2008),
 * which stays distinguishable under protanopia, deuteranopia and tritanopia; large fills use light
 * tints of those hues. tests/unit/map/style/palette.test.ts simulates the three colour-vision
 * deficiencies (Machado, Oliveira & Fernandes 2009) and checks that the pairs a reader must tell
 * apart stay apart. Contested areas are never told by colour alone: they are hatched and outlined.
 *
 * Land is painted in land tones and water in blue, in every palette (issue 13: a pale-blue Azerbaijan
 * read as sea). Armenia (salmon) and Azerbaijan (khaki) are two equally light, equally strong tints
 * with no national or "good/bad" meaning; the neighbours are a pale neutral so the two read first.
 * The palette test checks that no land fill leans blue, that water does, and that the two countries'
 * lightness and chroma match.
 */

/** Every colour token; names are kebab-cased into CSS custom properties (`--cr-<token>`). */
export interface Palette {
  /** Palette id, also the `data-palette` value. */
  name: 'light' | 'dark' | 'projector';
  // Page
  paper: string;
  ink: string;
  inkMuted: string;
  rule: string;
  accent: string;
  focus: string;
  // Basemap
  mapBackground: string;
  land: string;
  countryBorder: string;
  armenia: string;
  azerbaijan: string;
  water: string;
  waterLine: string;
  adminLine: string;
  // Story layers
  nkao: string;
  heldByArmenianForces: string;
  takenIn2020War: string;
  returnedDistrict: string;
  armenianControlAfter2020: string;
  peacekeepingZone: string;
  lineOfContact: string;
  corridorZone: string;
  corridorRoad: string;
  railway: string;
  railwayCasing: string;
  crossingOpen: string;
  crossingClosed: string;
  crossingLimited: string;
  crossingProposed: string;
  event: string;
  // Labels
  placeDot: string;
  label: string;
  labelHalo: string;
  countryLabel: string;
}

/** The light palette: the default for screens and projectors. */
export const LIGHT: Palette = {
  name: 'light',
  paper: '#fbfaf7',
  ink: '#1c1b19',
  inkMuted: '#55524c',
  rule: '#d7d3ca',
  accent: '#005a8c',
  focus: '#0072B2',
  mapBackground: '#e9e6df',
  land: '#efeeea',
  countryBorder: '#6f6b63',
  armenia: '#edb3b1',
  azerbaijan: '#dacb94',
  water: '#78a9d1',
  waterLine: '#4f86b3',
  adminLine: '#8a857b',
  nkao: '#a0407a',
  heldByArmenianForces: '#D55E00',
  takenIn2020War: '#0072B2',
  returnedDistrict: '#009E73',
  armenianControlAfter2020: '#b84f00',
  peacekeepingZone: '#1c1b19',
  lineOfContact: '#1c1b19',
  corridorZone: '#F0E442',
  corridorRoad: '#1c1b19',
  railway: '#3d3a35',
  railwayCasing: '#fbfaf7',
  crossingOpen: '#009E73',
  crossingClosed: '#D55E00',
  crossingLimited: '#F0E442',
  crossingProposed: '#fbfaf7',
  event: '#CC79A7',
  placeDot: '#1c1b19',
  label: '#1c1b19',
  labelHalo: '#fbfaf7',
  countryLabel: '#55524c',
};

/** The dark palette: for `prefers-color-scheme: dark`. */
export const DARK: Palette = {
  name: 'dark',
  paper: '#161615',
  ink: '#ecebe7',
  inkMuted: '#b3b0a8',
  rule: '#3b3935',
  accent: '#7cc4f0',
  focus: '#56B4E9',
  mapBackground: '#1f1e1c',
  land: '#3a3834',
  countryBorder: '#8d897f',
  armenia: '#8b5a5c',
  azerbaijan: '#616033',
  water: '#0f2a40',
  waterLine: '#2f5670',
  adminLine: '#7a756b',
  nkao: '#e08cc0',
  heldByArmenianForces: '#f08a3c',
  takenIn2020War: '#56B4E9',
  returnedDistrict: '#2fd09f',
  armenianControlAfter2020: '#ffb070',
  peacekeepingZone: '#ecebe7',
  lineOfContact: '#ecebe7',
  corridorZone: '#F0E442',
  corridorRoad: '#ecebe7',
  railway: '#d6d3cc',
  railwayCasing: '#161615',
  crossingOpen: '#2fd09f',
  crossingClosed: '#f08a3c',
  crossingLimited: '#F0E442',
  crossingProposed: '#161615',
  event: '#e08cc0',
  placeDot: '#ecebe7',
  label: '#ecebe7',
  labelHalo: '#161615',
  countryLabel: '#b3b0a8',
};

/**
 * The projector palette: the slides at /present/. Classroom projectors wash out pale tints and thin
 * greys, so the page is black on white, country fills are stronger tints of the same hues, and
 * lines and labels are near-black. Hues stay those of LIGHT, so the legend reads the same.
 */
export const PROJECTOR: Palette = {
  name: 'projector',
  paper: '#ffffff',
  ink: '#000000',
  inkMuted: '#2e2c29',
  rule: '#5c5850',
  accent: '#004a75',
  focus: '#0072B2',
  mapBackground: '#d4d0c6',
  land: '#e4e2dc',
  countryBorder: '#1c1b19',
  armenia: '#f49795',
  azerbaijan: '#cfb464',
  water: '#3a7fb8',
  waterLine: '#1f5a85',
  adminLine: '#4f4b44',
  nkao: '#8f2468',
  heldByArmenianForces: '#D55E00',
  takenIn2020War: '#0062a0',
  returnedDistrict: '#008a63',
  armenianControlAfter2020: '#a34600',
  peacekeepingZone: '#000000',
  lineOfContact: '#000000',
  corridorZone: '#F0E442',
  corridorRoad: '#000000',
  railway: '#1c1b19',
  railwayCasing: '#ffffff',
  crossingOpen: '#008a63',
  crossingClosed: '#D55E00',
  crossingLimited: '#F0E442',
  crossingProposed: '#ffffff',
  event: '#b8548f',
  placeDot: '#000000',
  label: '#000000',
  labelHalo: '#ffffff',
  countryLabel: '#2e2c29',
};

/** Every palette the site can draw with. */
export const PALETTES: readonly Palette[] = [LIGHT, DARK, PROJECTOR];

/** Returns the CSS custom-property name of a palette token, e.g. `inkMuted` → `--cr-ink-muted`. */
export function cssVarName(token: string): string {
  return `--cr-${token.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
}

/** Returns `name: value;` declarations for every colour token of a palette. */
export function paletteDeclarations(palette: Palette): string[] {
  return Object.entries(palette)
    .filter(([key]) => key !== 'name')
    .map(([key, value]) => `${cssVarName(key)}: ${value};`);
}

/**
 * Returns the text of src/styles/tokens.css: LIGHT on :root, DARK under prefers-color-scheme, and
 * PROJECTOR on `[data-palette='projector']` (last, so it wins in dark mode too: the slides are light).
 */
export function paletteCss(light: Palette = LIGHT, dark: Palette = DARK, projector: Palette = PROJECTOR): string {
  const indent = (lines: string[], n: number) => lines.map((l) => ' '.repeat(n) + l).join('\n');
  return [
    '/* Generated from src/map/style/palette.ts by tests/unit/map/style/tokens.test.ts (REGEN=1). Do not edit. */',
    ':root {',
    '  color-scheme: light dark;',
    indent(paletteDeclarations(light), 2),
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    indent(paletteDeclarations(dark), 4),
    '  }',
    '}',
    `[data-palette='${projector.name}'] {`,
    '  color-scheme: light;',
    indent(paletteDeclarations(projector), 2),
    '}',
    '',
  ].join('\n');
}
