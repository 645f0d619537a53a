import type { LayerId } from '../schemas/layer-ids.ts';
import { LANGUAGES, type Language } from '../schemas/languages.ts';
import type { NamingMode } from '../schemas/naming.ts';
import { STORY_START } from '../schemas/story-start.ts';
import { showDrawnRows, showLegendFor } from '../components/legend.ts';
import { REGION_VIEW } from '../geo/region.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import type { MapState } from '../map/map-state.ts';
import type { MapView } from '../map/mount-map.ts';
import { DARK, LIGHT } from '../map/style/palette.ts';
import { mapHook, type CrossroadsHook } from '../map/test-hook.ts';
import { clampIso, dayToIso, isoToDay, todayIso } from '../timeline/day-scale.ts';
import { afterFirstPaint } from '../site/first-paint.ts';

/** The explorer opens on the whole region; the reader pans and zooms from there (the camera is never moved for them). */
const [[WEST, SOUTH], [EAST, NORTH]] = REGION_VIEW;
const REGION_CAMERA = { bounds: [WEST, SOUTH, EAST, NORTH] as [number, number, number, number], padding: 8 };

/**
 * The explorer's shell: the layer checkboxes, the date controls and the naming menu make a map
 * state, and the one map (src/map/mount-map.ts) draws it. The controls and the legend work even
 * before the map exists, or without it.
 */
export function mountExplorer(root: HTMLElement): CrossroadsHook {
  const available = JSON.parse(root.dataset.layers ?? '[]') as LayerId[];
  const minDate = STORY_START;
  const maxDate = todayIso();
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-layer-toggle]')];
  const range = root.querySelector<HTMLInputElement>('[data-date-range]')!;
  const dateInput = root.querySelector<HTMLInputElement>('[data-date-input]')!;
  const output = root.querySelector<HTMLOutputElement>('[data-date-output]')!;
  const status = root.querySelector<HTMLElement>('[data-map-status]')!;
  // Labels in the page's language and the reader's naming mode (?names=), switched in place when it changes.
  const lang: Language = (LANGUAGES as readonly string[]).includes(root.dataset.lang ?? '') ? (root.dataset.lang as Language) : 'en';
  let naming: NamingMode = currentNaming();
  let date = clampIso(root.dataset.date || maxDate, minDate, maxDate);
  let view: MapView | undefined;

  const state = (): MapState => ({
    chapterId: 'explore',
    date,
    layers: available.filter((id) => checkboxes.some((c) => c.checked && c.value === id)),
    highlight: [],
    callouts: {},
    camera: REGION_CAMERA,
    language: lang,
    naming,
  });

  const setDate = (iso: string) => {
    // Something that is not a date (a browser without a date picker lets anything through) keeps the date shown.
    date = clampIso(iso, minDate, maxDate, date);
    range.value = String(isoToDay(date, minDate));
    dateInput.value = date;
    output.value = date;
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-date-preset]')) {
      b.setAttribute('aria-pressed', String((b.dataset.datePreset === 'today' ? maxDate : b.dataset.datePreset) === date));
    }
    view?.show(state());
  };

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
      showLegendFor(root, state().layers);
      view?.show(state());
    });
  }
  document.addEventListener(NAMING_EVENT, (e) => {
    naming = (e as CustomEvent<NamingMode>).detail;
    view?.show(state());
  });
  setDate(date);
  showLegendFor(root, state().layers);

  const ready = (async () => {
    const [{ mountMap }] = await Promise.all([import('../map/mount-map.ts'), afterFirstPaint()]);
    view = mountMap({
      container: root.querySelector<HTMLElement>('[data-map]')!,
      layers: available,
      first: state(),
      palette: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? DARK : LIGHT,
      label: root.dataset.mapLabel ?? 'Map',
      notice: { host: status.parentElement ?? root, strings: status },
      status,
      interaction: 'all',
      onStatus: (s) => (root.dataset.mapState = s),
      onDrawn: (drawn) => showDrawnRows(root, drawn),
    });
    const result = await view.ready;
    if (!result.ok) {
      status.hidden = false;
      status.dataset.kind = 'error';
      status.textContent = (result.reason === 'no-webgl' ? status.dataset.noWebgl : status.dataset.error) ?? result.reason;
      return result;
    }
    // The controls may have moved while the map loaded.
    view.show(state());
    await view.idle();
    status.hidden = true;
    return result;
  })();

  return {
    ...mapHook(() => view, { ready, available, fallback: state }),
    // The explorer's state is its controls', with or without a map.
    state: () => ({ date, visibleLayers: state().layers, availableLayers: available, mapErrors: view?.errors() ?? 0 }),
  };
}
