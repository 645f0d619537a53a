import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayerId } from '../schemas/layer-properties.ts';
import { clampIso, dayToIso, isoToDay, todayIso } from '../timeline/day-scale.ts';
import { applyLayerVisibility } from './apply-layer-visibility.ts';
import { createMap } from './create-map.ts';
import { projectToViewport, renderedLabels, whenMapIdle } from './map-hook-helpers.ts';
import { buildStyle } from './style/build-style.ts';
import { setLabels } from './set-labels.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import { LANGUAGES, type Language } from '../schemas/languages.ts';
import type { NamingMode } from './style/label-field.ts';
import { errorSourceId, readDataErrorStrings, watchDataErrors, type DataErrorWatch } from './data-error-notice.ts';
import { fetchLayerFeatures } from './fetch-layer-features.ts';
import { crossingStatesOn } from './style/crossing-status.ts';
import { CROSSING_STATE } from './style/data-layers.ts';
import { DATE_STATE } from './style/date-filter.ts';
import { labelFontFaces } from './style/font-faces.ts';
import { DARK, LIGHT } from './style/palette.ts';
import type { CrossroadsHook } from './test-hook.ts';

/** The whole region: Armenia, Azerbaijan with Nakhchivan, and the Caspian coast. */
const REGION_BOUNDS: [[number, number], [number, number]] = [[43.4, 38.35], [50.7, 41.95]];

type CrossingFeature = Parameters<typeof crossingStatesOn>[0][number];

const byId = <T extends HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel);

/**
 * Wires the explorer page: builds the style, creates the map, connects the layer checkboxes, the
 * legend and the date controls, and installs the test hook. All state lives here; the map only
 * mirrors it.
 */
export function mountExplorer(root: HTMLElement): CrossroadsHook {
  const available = JSON.parse(root.dataset.layers ?? '[]') as LayerId[];
  const minDate = root.dataset.minDate ?? '1988-01-01';
  const maxDate = todayIso();
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-layer-toggle]')];
  const range = byId<HTMLInputElement>(root, '[data-date-range]')!;
  const dateInput = byId<HTMLInputElement>(root, '[data-date-input]')!;
  const output = byId<HTMLOutputElement>(root, '[data-date-output]')!;
  const status = byId<HTMLElement>(root, '[data-map-status]')!;
  const container = byId<HTMLElement>(root, '[data-map]')!;

  let date = clampIso(root.dataset.date || maxDate, minDate, maxDate);
  let map: MaplibreMap | undefined;
  let mapErrors = 0;
  // Labels in the page's language and the reader's naming mode (?names=), switched in place when it changes.
  const lang: Language = (LANGUAGES as readonly string[]).includes(root.dataset.lang ?? '') ? (root.dataset.lang as Language) : 'en';
  let naming: NamingMode = currentNaming();
  document.addEventListener(NAMING_EVENT, (e) => {
    naming = (e as CustomEvent<NamingMode>).detail;
    if (map) setLabels(map, lang, naming);
  });
  let dataErrors: DataErrorWatch | undefined;
  let crossings: CrossingFeature[] = [];
  const visible = () => new Set(checkboxes.filter((c) => c.checked).map((c) => c.value as LayerId));

  const showStatus = (text: string | null, kind: 'info' | 'error' = 'info') => {
    status.hidden = text === null;
    status.textContent = text ?? '';
    status.dataset.kind = kind;
  };

  const syncLegend = () => {
    const shown = visible();
    let any = false;
    for (const group of root.querySelectorAll<HTMLElement>('[data-legend-layer]')) {
      group.hidden = !shown.has(group.dataset.legendLayer as LayerId);
      any ||= !group.hidden;
    }
    const empty = byId<HTMLElement>(root, '[data-legend-empty]');
    if (empty) empty.hidden = any;
  };

  const applyCrossingStates = () => {
    if (!map || !crossings.length) return;
    for (const [id, s] of Object.entries(crossingStatesOn(crossings, date))) {
      map.setFeatureState({ source: 'crossings', id }, { [CROSSING_STATE]: s });
    }
  };

  const setDate = (iso: string) => {
    // Something that is not a date (a browser without a date picker lets anything through) keeps the date shown.
    date = clampIso(iso, minDate, maxDate, date);
    range.value = String(isoToDay(date, minDate));
    dateInput.value = date;
    output.value = date;
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-date-preset]')) {
      b.setAttribute('aria-pressed', String((b.dataset.datePreset === 'today' ? maxDate : b.dataset.datePreset) === date));
    }
    map?.setGlobalStateProperty(DATE_STATE, date);
    applyCrossingStates();
  };

  // Controls work (and the legend follows them) even before the map exists, or without it.
  range.min = '0';
  range.max = String(isoToDay(maxDate, minDate));
  dateInput.min = minDate;
  dateInput.max = maxDate;
  range.addEventListener('input', () => setDate(dayToIso(Number(range.value), minDate)));
  dateInput.addEventListener('change', () => dateInput.value && setDate(dateInput.value));
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-date-preset]')) {
    b.addEventListener('click', () => setDate(b.dataset.datePreset === 'today' ? maxDate : b.dataset.datePreset!));
  }
  for (const c of checkboxes) {
    c.addEventListener('change', () => {
      syncLegend();
      if (map) applyLayerVisibility(map, visible());
    });
  }
  setDate(date);
  syncLegend();

  const ready = (async (): Promise<{ ok: boolean; reason?: string }> => {
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
    const palette = dark ? DARK : LIGHT;
    const style = buildStyle({
      palette,
      layers: available,
      visible: visible(),
      date,
      lang,
      naming,
      origin: location.origin,
      fontFaces: labelFontFaces(location.origin),
    });
    const result = await createMap(container, { style, palette, bounds: REGION_BOUNDS, label: root.dataset.mapLabel ?? 'Map' });
    if (!result.ok) {
      root.dataset.mapState = 'failed';
      showStatus(result.reason === 'no-webgl' ? status.dataset.noWebgl! : status.dataset.error!, 'error');
      return { ok: false, reason: result.reason };
    }
    map = result.map;
    map.on('error', (e) => {
      mapErrors += 1;
      // A layer file that failed has its own notice with "Try again" (watchDataErrors).
      if (!errorSourceId(e)) showStatus(status.dataset.dataError!, 'error');
    });
    const loadCrossings = async () => {
      crossings = (await fetchLayerFeatures<CrossingFeature>('crossings')) ?? [];
    };
    dataErrors = watchDataErrors(map, {
      host: status.parentElement ?? root,
      strings: readDataErrorStrings(status),
      onRecovered: (sources) => {
        if (sources.includes('crossings')) void loadCrossings().then(applyCrossingStates);
      },
    });
    if (available.includes('crossings')) await loadCrossings();
    if (!map.loaded()) await map.once('load');
    // The date may have moved while the map loaded.
    map.setGlobalStateProperty(DATE_STATE, date);
    applyLayerVisibility(map, visible());
    applyCrossingStates();
    await idle();
    root.dataset.mapState = 'ready';
    showStatus(null);
    return { ok: true };
  })();

  function idle(): Promise<void> {
    return whenMapIdle(map);
  }

  return {
    ready,
    idle,
    state: () => ({ date, visibleLayers: [...visible()], availableLayers: available, mapErrors }),
    project: (lngLat) => projectToViewport(map, lngLat),
    labels: () => renderedLabels(map),
    failedData: () => dataErrors?.failed() ?? [],
  };
}
