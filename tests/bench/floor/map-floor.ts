// The map floor of the benchmark: the least a page can do to show a chapter's map with this stack —
// the same MapLibre build (served from the site's own /vendor/ folder), fonts and style code, only the
// chapter's own layers and camera, and nothing else (no page, no story, no notice, no data-error
// watch). It then makes the same camera moves as the story's chapters, on request. Built by
// tests/bench/floors.ts with Vite, like the site's own scripts; driven through `window.__floor`.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createStateApplier, initialCamera, type StateApplier } from '../../../src/map/apply-map-state.ts';
import { createMap } from '../../../src/map/create-map.ts';
import type { MapState } from '../../../src/map/map-state.ts';
import { buildStyle } from '../../../src/map/style/build-style.ts';
import { labelFontFaces } from '../../../src/map/style/font-faces.ts';
import { LIGHT } from '../../../src/map/style/palette.ts';

/** What the benchmark drives. */
interface Floor {
  ready: Promise<void>;
  /** Resolves when the map has drawn its current camera. */
  idle(): Promise<void>;
  /** Eases to the i-th camera of the list (as the story does between neighbouring chapters). */
  move(i: number): void;
}
declare global {
  interface Window {
    __floor?: Floor;
  }
}

const root = document.getElementById('floor')!;
const { first, cameras } = JSON.parse(root.dataset.floor!) as { first: MapState; cameras: MapState['camera'][] };
// The map box of the page it stands for (?w=&h=, CSS px): SwiftShader's cost grows with the pixels drawn.
const query = new URLSearchParams(location.search);
if (query.has('w')) root.style.width = `${Number(query.get('w'))}px`;
if (query.has('h')) root.style.height = `${Number(query.get('h'))}px`;
let map: MaplibreMap | undefined;
let applier: StateApplier | undefined;

const ready = (async () => {
  const style = buildStyle({
    palette: LIGHT,
    layers: first.layers,
    date: first.date,
    highlight: first.highlight,
    callouts: first.callouts,
    lang: first.language,
    naming: first.naming,
    origin: location.origin,
    fontFaces: labelFontFaces(location.origin),
  });
  const camera = initialCamera(first.camera, root.clientWidth, root.clientHeight);
  const created = await createMap(root, { style, palette: LIGHT, camera, label: 'Map' });
  if (!created.ok) throw new Error(created.message);
  map = created.map;
  applier = createStateApplier(map);
  if (!map.loaded()) await map.once('load');
  applier.apply(first, { animate: false });
  await idle();
})();

async function idle(): Promise<void> {
  if (!map) return;
  if (map.isMoving()) await map.once('moveend');
  const done = map.once('idle');
  map.triggerRepaint();
  await done;
}

window.__floor = {
  ready,
  idle,
  move: (i) => applier?.apply({ ...first, camera: cameras[i]! }, { animate: true }),
};
