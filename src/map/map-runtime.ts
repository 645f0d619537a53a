/**
 * Everything a page needs to draw its map once the map is about to show, in one module the pages
 * import dynamically, so the style code travels with the map library and not in the first JavaScript
 * (the story's budget: ≤ 30 KB gzip before the map library, tests/e2e/budgets.test.ts).
 */
export { buildStyle } from './style/build-style.ts';
export { labelFontFaces } from './style/font-faces.ts';
export { DARK, LIGHT } from './style/palette.ts';
export { registryLayerOf } from './style/layer-meta.ts';
export { setLabels } from './set-labels.ts';
export { renderedLabels } from './map-hook-helpers.ts';
export { createStateApplier } from '../story/apply-map-state.ts';
