import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { layerDataUrl } from './layer-data-url.ts';
import type { LayerId } from '../schemas/layer-properties.ts';

/** The notice's strings in the page's language (JSON in a `data-data-errors` attribute, see data-error-strings.ts). */
export interface DataErrorStrings {
  /** 'map.data-error': what a missing file means for the reader. */
  some: string;
  /** 'map.data-error-layers', with `{layers}`. */
  layers: string;
  /** 'map.retry'. */
  retry: string;
  /** Layer titles by layer id ('layer.<id>'). */
  titles: Record<string, string>;
}

const ENGLISH: DataErrorStrings = {
  some: 'Some map data could not be loaded; layers may be missing.',
  layers: 'Could not load: {layers}.',
  retry: 'Try again',
  titles: {},
};

/** Returns the notice strings from an element's `data-data-errors` JSON; English when it is missing or broken. */
export function readDataErrorStrings(el: HTMLElement | null | undefined): DataErrorStrings {
  try {
    const parsed = JSON.parse(el?.dataset.dataErrors ?? 'null') as Partial<DataErrorStrings> | null;
    return { ...ENGLISH, ...parsed, titles: { ...parsed?.titles } };
  } catch {
    return ENGLISH;
  }
}

/**
 * The notice's look, adopted by the document the first time a notice shows: no stylesheet request on
 * the pages' normal path, and CSSOM is outside the CSP's style-src (no inline style attribute either).
 */
const NOTICE_CSS = `
.map-data-error {
  position: absolute;
  z-index: 5;
  top: 3.5rem;
  left: 0.75rem;
  right: 0.75rem;
  max-width: 48ch;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.4rem 0.75rem;
  margin: 0;
  padding: 0.5rem 0.75rem;
  background: var(--cr-paper);
  color: var(--cr-ink);
  border: 1px solid var(--cr-rule);
  border-left: 4px solid var(--cr-crossing-closed);
  font-size: 0.9rem;
}
.map-data-error[hidden] {
  display: none;
}
.map-data-error p {
  flex: 1 1 14rem;
  margin: 0;
}
.map-data-error-retry {
  font: inherit;
  min-height: 36px;
  padding: 0.3rem 0.75rem;
  border: 1px solid var(--cr-ink);
  border-radius: 4px;
  background: var(--cr-paper);
  color: var(--cr-ink);
  cursor: pointer;
}
.map-data-error-retry:focus-visible {
  outline: 3px solid var(--cr-focus);
  outline-offset: 2px;
}
.map-data-error[aria-busy='true'] .map-data-error-retry {
  opacity: 0.6;
  cursor: progress;
}
/* The explorer's map box and the embeds have no buttons over the map's top-left corner. */
.map-stage > .map-data-error {
  top: 0.75rem;
}
.embed-map-box > .map-data-error {
  top: 0.5rem;
  left: 0.5rem;
  right: 0.5rem;
  font-size: 0.85rem;
}
/* Slides: over the map, under the blackout (z-index 20). */
.deck > .map-data-error {
  position: fixed;
  z-index: 7;
  top: 1rem;
  left: auto;
  right: 1rem;
}
`;
let styled = false;
function adoptNoticeStyles(): void {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NOTICE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Very old browsers: the notice shows unstyled, still readable and usable.
  }
}

/** Sources that are not a layer of their own, and the layer whose title names them. */
const SOURCE_TITLE_OF: Record<string, LayerId> = { 'country-labels': 'countries' };

/** Returns the notice text: the general sentence, then the failed layers by title (each once, in the order given). */
export function dataErrorText(strings: DataErrorStrings, failedSources: readonly string[]): string {
  const titles = [...new Set(failedSources.map((id) => strings.titles[SOURCE_TITLE_OF[id] ?? id] ?? id))];
  return titles.length ? `${strings.some} ${strings.layers.replace('{layers}', titles.join(', '))}` : strings.some;
}

/** Returns the source a MapLibre `error` event is about (MapLibre adds `sourceId` to a source's events), if any. */
export const errorSourceId = (e: object): string | undefined => {
  const id = (e as { sourceId?: unknown }).sourceId;
  return typeof id === 'string' ? id : undefined;
};

/** Watches a map's GeoJSON sources and offers to reload those that failed. */
export interface DataErrorWatch {
  /** Source ids whose data failed to load and has not loaded since, sorted. */
  failed(): string[];
  /** Reloads the failed sources (only those); resolves when each has answered. */
  retry(): Promise<void>;
}

/** What the watch is told. */
export interface DataErrorOptions {
  /** Where the notice goes (the map's box, positioned). */
  host: HTMLElement;
  strings: DataErrorStrings;
  /** Called whenever the set of failed sources changes (e.g. to show the still map while the basemap is missing). */
  onChange?(failed: string[]): void;
}

/**
 * Shows a notice (role=alert) naming the layers whose GeoJSON failed (HTTP error, network error, invalid
 * JSON; MapLibre reports each as an `error` event with its `sourceId`) and a "Try again" button that
 * calls setData(url) on those sources only. The rest of the map stays drawn meanwhile.
 */
export function watchDataErrors(map: MaplibreMap, { host, strings, onChange }: DataErrorOptions): DataErrorWatch {
  const failed = new Set<string>();
  let retrying = false;
  let notice: HTMLElement | undefined;
  let text: HTMLElement | undefined;
  let button: HTMLButtonElement | undefined;

  const list = () => [...failed].sort();

  const render = () => {
    if (!failed.size) {
      if (!notice || notice.hidden) return;
      // The button goes away under the reader's focus: hand it to the map rather than to the page's top.
      const hadFocus = notice.contains(document.activeElement);
      notice.hidden = true;
      if (hadFocus) map.getCanvas().focus({ preventScroll: true });
      return;
    }
    if (!notice) {
      adoptNoticeStyles();
      notice = document.createElement('div');
      notice.className = 'map-data-error';
      notice.dataset.mapDataError = '';
      notice.setAttribute('role', 'alert');
      text = document.createElement('p');
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-data-error-retry';
      button.dataset.mapRetry = '';
      button.textContent = strings.retry;
      button.addEventListener('click', () => void retry());
      notice.append(text, button);
      host.append(notice);
    }
    text!.textContent = dataErrorText(strings, list());
    notice.hidden = false;
  };

  map.on('error', (e) => {
    const id = errorSourceId(e);
    if (!id || map.getSource(id)?.type !== 'geojson') return;
    failed.add(id);
    if (retrying) return;
    render();
    onChange?.(list());
  });

  async function retry(): Promise<void> {
    if (retrying || !failed.size) return;
    retrying = true;
    const ids = list();
    notice?.setAttribute('aria-busy', 'true');
    for (const id of ids) failed.delete(id);
    // setData resolves once the worker has answered; a failure has fired its `error` event by then.
    await Promise.all(
      ids.map((id) => (map.getSource(id) as GeoJSONSource | undefined)?.setData(layerDataUrl(id as LayerId, location.origin)).catch(() => failed.add(id))),
    );
    retrying = false;
    notice?.removeAttribute('aria-busy');
    // The page first (it may unhide the map), then the notice (which may hand focus to the map).
    onChange?.(list());
    render();
  }

  return { failed: list, retry };
}
