import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayerId } from '../schemas/layer-properties.ts';
import { createMap } from '../map/create-map.ts';
import { projectToViewport, whenMapIdle } from '../map/map-hook-helpers.ts';
import type { DataErrorWatch } from '../map/data-error-notice.ts';
import { fetchLayerFeatures } from '../map/fetch-layer-features.ts';
import type { CrossroadsHook } from '../map/test-hook.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import type { NamingMode } from '../map/style/label-field.ts';
import { renderTimeline, type Timeline } from '../timeline/render-timeline.ts';
import { todayIso } from '../timeline/day-scale.ts';
import type { CrossingFeature, StateApplier } from './apply-map-state.ts';
import { indexFeatures, kindLabel, validityText, type FeatureDetails, type LayerCollection } from './feature-details.ts';
import { chapterFromHash, urlForChapter } from './hash-chapter.ts';
import type { MapState } from './map-state.ts';
import { createScrollDriver, type ScrollPosition } from './scroll-driver.ts';
import type { StoryChapterData } from './story-data.ts';

/** The whole region, the view the map is created with before the first chapter's camera applies. */
const REGION_BOUNDS: [[number, number], [number, number]] = [[43.4, 38.35], [50.7, 41.95]];
/** Same breakpoint as the CSS: below it the map is full-screen behind the text cards. */
const PHONE_QUERY = '(max-width: 899px)';
/** On phones the chapter card covers about the lower 40 % of the map (story.css); frame chapters above it. */
const PHONE_CARD_SHARE = 0.4;
/** Layers a click never describes (the base every chapter shares). */
const NOT_CLICKABLE = new Set<LayerId>(['countries', 'water']);

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);

/**
 * Wires the story page: the scroll driver picks the chapter, the chapter gives a map state
 * (precomputed with mapStateFor), and one applier puts the latest state on the map. Also the table of
 * contents, progress, timeline, legend, hash links, the explore mode and the feature details.
 * The map library is imported only when the map box is about to show.
 */
export function mountStory(root: HTMLElement): CrossroadsHook {
  const chapters = JSON.parse(root.dataset.chapters ?? '[]') as StoryChapterData[];
  const available = JSON.parse(root.dataset.layers ?? '[]') as LayerId[];
  const ids = chapters.map((c) => c.id);
  const sections = ids.map((id) => document.getElementById(id)).filter((s): s is HTMLElement => !!s);
  const container = q<HTMLElement>(root, '[data-map]')!;
  const status = q<HTMLElement>(root, '[data-map-status]')!;
  const description = q<HTMLElement>(root, '[data-map-description]');
  const changesLive = q<HTMLElement>(root, '[data-map-changes]');
  const kindWords = JSON.parse(root.dataset.kindLabels ?? '{}') as Record<string, string>;
  const placeholder = q<HTMLImageElement>(root, '[data-map-placeholder]');
  const exploreButton = q<HTMLButtonElement>(root, '[data-explore]')!;
  const backButton = q<HTMLButtonElement>(root, '[data-back]')!;
  const toc = q<HTMLDetailsElement>(root, '[data-toc]');
  const progressText = q<HTMLElement>(root, '[data-progress-text]');
  const progressFill = q<HTMLElement>(root, '[data-progress-fill]');
  const dialog = q<HTMLDialogElement>(root, '[data-feature-dialog]');
  const phone = window.matchMedia(PHONE_QUERY);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let active: string | null = null;
  let map: MaplibreMap | undefined;
  let applier: StateApplier | undefined;
  // The style code, loaded with the map (src/map/map-runtime.ts).
  let runtime: typeof import('../map/map-runtime.ts') | undefined;
  let exploring = false;
  let mapErrors = 0;
  let dataErrors: DataErrorWatch | undefined;
  // Without the countries the live map is a blank sea: the chapter's still map stands in until a retry brings them back.
  let basemapMissing = false;
  let frames = 0;
  let transitioning = false;
  let pending: { state: MapState; animate: boolean; force: boolean } | null = null;
  let frame = 0;
  // The reader's naming mode (URL only); chapter states are built with `both` and take it on here.
  let naming: NamingMode = currentNaming();

  // The map sits under the sticky bar, whose height depends on the timeline's lanes and the font.
  const bar = q<HTMLElement>(root, '[data-story-bar]');
  if (bar) new ResizeObserver(() => root.style.setProperty('--bar-h', `${bar.offsetHeight}px`)).observe(bar);
  const legendBox = q<HTMLDetailsElement>(root, '[data-legend-box]');
  if (legendBox && !phone.matches) legendBox.open = true;

  const chapterOf = (id: string | null) => chapters.find((c) => c.id === id);
  const stateOf = (id: string | null): MapState | null => {
    const state = chapterOf(id)?.states[phone.matches ? 'phone' : 'desktop'];
    return state ? { ...state, naming } : null;
  };
  document.addEventListener(NAMING_EVENT, (e) => {
    naming = (e as CustomEvent<NamingMode>).detail;
    // At once, also while exploring; the next chapter's state carries the same naming.
    if (map && runtime) runtime.setLabels(map, stateOf(active)?.language ?? 'en', naming);
  });

  const showStatus = (text: string | null, kind: 'info' | 'error' = 'info') => {
    status.hidden = text === null;
    status.textContent = text ?? '';
    status.dataset.kind = kind;
  };

  /** Puts the latest requested state on the map at the next frame; earlier requests are dropped. */
  const flush = () => {
    frame = 0;
    if (!applier || !pending || exploring) return;
    const { state, animate, force } = pending;
    pending = null;
    const animated = animate && !reducedMotion.matches;
    const applied = applier.apply(state, { animate: animated, force });
    if (applied) transitioning = animated;
  };
  const request = (animate: boolean, force = false) => {
    const state = stateOf(active);
    if (!state) return;
    pending = { state, animate, force: force || (pending?.force ?? false) };
    if (!frame) frame = requestAnimationFrame(flush);
  };

  const syncLegend = (layers: readonly string[]) => {
    for (const group of root.querySelectorAll<HTMLElement>('[data-legend-layer]')) group.hidden = !layers.includes(group.dataset.legendLayer!);
  };

  /** Makes `id` the active chapter: page furniture at once, the map at the next frame. */
  const setActive = (id: string | null, { animate, writeUrl }: { animate: boolean; writeUrl: boolean }) => {
    const previous = active;
    active = id;
    const index = ids.indexOf(id ?? '');
    const chapter = chapterOf(id);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
      if (a.dataset.tocLink === id) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    }
    if (progressText && chapter) {
      const tpl = root.dataset.progressTemplate ?? '{n} / {total}';
      progressText.textContent = `${tpl.replace('{n}', String(index + 1)).replace('{total}', String(ids.length))}: ${chapter.shortTitle}`;
    }
    timeline?.update(id);
    if (chapter && previous !== id) {
      if (description) description.textContent = chapter.alt;
      // Not for the chapter the page opens on: the reader has not changed anything yet.
      if (changesLive && previous !== null) changesLive.textContent = chapter.changes;
      if (placeholder && (!map || basemapMissing)) placeholder.src = `/maps/${chapter.id}.svg`;
      syncLegend(stateOf(id)!.layers);
    }
    if (writeUrl) history.replaceState(history.state, '', urlForChapter(location, id));
    // Neighbouring chapters ease; a jump over several chapters (fast scroll, contents, timeline) lands at once.
    const near = previous !== null && Math.abs(ids.indexOf(previous) - index) === 1;
    request(animate && near);
  };

  /** The URL follows the chapter (replaceState, never a new history entry); above the first chapter it has no #. */
  let urlWaitsForLoad = false;
  const followUrl = (pos: ScrollPosition) => {
    // Before `load` the browser still scrolls to the URL's fragment: writing #chapter then would jump the page.
    if (document.readyState !== 'complete') {
      if (!urlWaitsForLoad) window.addEventListener('load', () => followUrl(driver.refresh()), { once: true });
      urlWaitsForLoad = true;
      return;
    }
    const url = urlForChapter(location, pos.entered ? pos.chapter : null);
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };

  const onScroll = (pos: ScrollPosition) => {
    if (progressFill) progressFill.style.transform = `scaleX(${pos.progress})`;
    if (pos.chapter !== active) setActive(pos.chapter, { animate: true, writeUrl: false });
    followUrl(pos);
  };

  /** Goes to a chapter at once (contents, timeline): scroll without animation, focus its heading. */
  const jumpTo = (id: string) => {
    const section = document.getElementById(id);
    if (!section) return;
    if (exploring) leaveExplore(false);
    section.scrollIntoView({ block: 'start', behavior: 'instant' });
    q<HTMLElement>(section, 'h2')?.focus({ preventScroll: true });
    setActive(id, { animate: false, writeUrl: true });
    if (toc) toc.open = false;
  };

  for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      jumpTo(a.dataset.tocLink!);
    });
  }

  const timelineSvg = q<SVGSVGElement>(root, '[data-timeline]');
  const timeline: Timeline | undefined = timelineSvg
    ? renderTimeline(timelineSvg, {
        chapters: chapters.map((c) => ({ id: c.id, from: c.period.from, to: c.period.to, date: c.date, label: c.title })),
        end: todayIso(),
        onSelect: jumpTo,
      })
    : undefined;
  if (timelineSvg) new ResizeObserver(() => timeline?.redraw() ?? undefined).observe(timelineSvg);

  // Where to start: a #chapter link, an unknown #hash (notice, then the top), or wherever the page is.
  const hash = chapterFromHash(location.hash, ids);
  if (hash.kind === 'unknown') {
    const notice = q<HTMLElement>(root, '[data-hash-notice]');
    if (notice) {
      notice.textContent = (root.dataset.unknownHash ?? '{hash}').replace('{hash}', hash.hash);
      notice.hidden = false;
    }
    history.replaceState(history.state, '', urlForChapter(location, null));
    window.scrollTo(0, 0);
  } else if (hash.kind === 'chapter') {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // A reload keeps the reader's own position (the browser restores it); a fresh link goes to the chapter.
    if (nav?.type !== 'reload' && nav?.type !== 'back_forward') document.getElementById(hash.id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }
  const initial = hash.kind === 'chapter' ? hash.id : (ids[0] ?? null);
  setActive(initial, { animate: false, writeUrl: false });
  const driver = createScrollDriver(sections, { onChange: onScroll });
  // The first measure decides (a restored scroll position wins over the hash); it never animates.
  const first = driver.refresh();
  if (first.chapter !== active) setActive(first.chapter, { animate: false, writeUrl: false });
  phone.addEventListener('change', () => request(false));

  // Explore mode: the reader pans and zooms; "Back to the story" restores the chapter's state.
  const setInteractive = (on: boolean) => {
    if (!map) return;
    for (const h of [map.scrollZoom, map.boxZoom, map.dragPan, map.keyboard, map.doubleClickZoom, map.touchZoomRotate]) {
      if (on) h.enable();
      else h.disable();
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
  };
  const enterExplore = () => {
    exploring = true;
    root.classList.add('exploring');
    setInteractive(true);
    exploreButton.hidden = true;
    backButton.hidden = false;
    map?.resize();
    (map?.getCanvas() ?? backButton).focus();
  };
  function leaveExplore(focus = true) {
    exploring = false;
    root.classList.remove('exploring');
    setInteractive(false);
    exploreButton.hidden = false;
    backButton.hidden = true;
    map?.resize();
    request(true, true);
    if (focus) exploreButton.focus();
  }
  exploreButton.addEventListener('click', enterExplore);
  backButton.addEventListener('click', () => leaveExplore());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && exploring && !dialog?.open) leaveExplore();
  });

  // Feature details: looked up by id in the layer files, loaded on first use.
  let index: Promise<Map<string, FeatureDetails>> | undefined;
  const featureIndex = () =>
    (index ??= Promise.all(
      available
        .filter((id) => !NOT_CLICKABLE.has(id))
        .map(async (layer) => {
          const features = await fetchLayerFeatures<LayerCollection['features'][number]>(layer);
          // A file that failed is looked up again next time (after "Try again").
          if (!features) index = undefined;
          return { layer, data: { features: features ?? [] } as LayerCollection };
        }),
    ).then(indexFeatures));
  const showDetails = async (id: string) => {
    if (!dialog) return;
    const d = (await featureIndex()).get(id);
    const set = (sel: string, text: string) => {
      const el = q<HTMLElement>(dialog, sel);
      if (el) el.textContent = text;
    };
    set('[data-f-name]', d?.name ?? id);
    set('[data-f-kind]', d ? kindLabel(d.kind, kindWords) : '');
    set('[data-f-dates]', d ? validityText(d.validFrom, d.validTo, { openStart: root.dataset.openStart ?? '', openEnd: root.dataset.openEnd ?? '' }) : '');
    set('[data-f-accuracy]', d?.accuracy ?? root.dataset.noDetails ?? '');
    set('[data-f-note]', d?.note ?? '');
    for (const sel of ['[data-f-note]', '[data-f-note-label]']) q<HTMLElement>(dialog, sel)!.hidden = !d?.note;
    const list = q<HTMLUListElement>(dialog, '[data-f-sources]')!;
    list.replaceChildren(
      ...(d?.sources ?? []).map((s) => {
        const li = document.createElement('li');
        if (s.url) {
          const a = document.createElement('a');
          a.href = s.url;
          a.rel = 'noopener';
          a.textContent = s.citation;
          li.append(a);
        } else li.textContent = s.citation;
        return li;
      }),
    );
    dialog.dataset.feature = id;
    if (!dialog.open) dialog.showModal();
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-feature]')) b.addEventListener('click', () => void showDetails(b.dataset.feature!));
  dialog?.addEventListener('click', (e) => {
    // A click on the backdrop (outside the dialog box) closes it.
    if (e.target === dialog) dialog.close();
  });

  const start = async (): Promise<{ ok: boolean; reason?: string }> => {
    const state = stateOf(active);
    // The data-error notice travels with the map code, outside the story's first JavaScript (its budget).
    const [loaded, { errorSourceId, readDataErrorStrings, watchDataErrors }] = await Promise.all([import('../map/map-runtime.ts'), import('../map/data-error-notice.ts')]);
    runtime = loaded;
    const { buildStyle, labelFontFaces, DARK, LIGHT, registryLayerOf, createStateApplier } = runtime;
    const palette = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? DARK : LIGHT;
    const style = buildStyle({
      palette,
      layers: available,
      visible: new Set(state?.layers ?? available),
      date: state?.date ?? todayIso(),
      highlight: state?.highlight ?? [],
      lang: state?.language ?? 'en',
      naming,
      origin: location.origin,
      fontFaces: labelFontFaces(location.origin),
    });
    const result = await createMap(container, { style, palette, bounds: REGION_BOUNDS, label: root.dataset.mapLabel ?? 'Map' });
    if (!result.ok) {
      root.dataset.mapState = 'failed';
      root.classList.add('map-failed');
      const note = q<HTMLElement>(root, '[data-map-failed]');
      const reason = q<HTMLElement>(root, '[data-map-failed-reason]');
      if (reason) reason.textContent = result.reason === 'no-webgl' ? (status.dataset.noWebgl ?? result.message) : result.message;
      if (note) note.hidden = false;
      return { ok: false, reason: result.reason };
    }
    map = result.map;
    setInteractive(false);
    map.on('error', (e) => {
      mapErrors += 1;
      // A layer file that failed has its own notice with "Try again" (watchDataErrors).
      if (!errorSourceId(e)) showStatus(status.dataset.dataError!, 'error');
    });
    const loadCrossings = async () => applier?.setCrossings((await fetchLayerFeatures<CrossingFeature>('crossings')) ?? []);
    dataErrors = watchDataErrors(map, {
      host: status.parentElement ?? root,
      strings: readDataErrorStrings(status),
      onChange: (failed) => {
        basemapMissing = failed.includes('countries');
        container.style.visibility = basemapMissing ? 'hidden' : '';
        if (placeholder && basemapMissing && active) placeholder.src = `/maps/${active}.svg`;
        if (root.dataset.mapState !== 'loading') root.dataset.mapState = basemapMissing ? 'degraded' : 'ready';
      },
      onRecovered: (sources) => {
        if (sources.includes('crossings')) void loadCrossings();
      },
    });
    map.on('moveend', () => (transitioning = false));
    map.on('render', () => {
      if (transitioning) frames += 1;
    });
    map.on('click', (e) => {
      const layers = (map!.getStyle().layers ?? []).filter((l) => {
        const id = registryLayerOf(l);
        return id && !NOT_CLICKABLE.has(id);
      });
      const hit = map!.queryRenderedFeatures(e.point, { layers: layers.map((l) => l.id) })[0];
      const id = hit?.properties?.id ?? hit?.id;
      if (typeof id === 'string') void showDetails(id);
    });
    applier = createStateApplier(map, { coveredBottom: () => (phone.matches ? PHONE_CARD_SHARE : 0) });
    if (!map.loaded()) await map.once('load');
    request(false, true);
    flush();
    if (available.includes('crossings')) await loadCrossings();
    await idle();
    root.dataset.mapState = basemapMissing ? 'degraded' : 'ready';
    return { ok: true };
  };

  // Lazy: import the map library only when the map box is about to show.
  const ready = new Promise<{ ok: boolean; reason?: string }>((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        start().then(resolve, (err: unknown) => {
          root.dataset.mapState = 'failed';
          resolve({ ok: false, reason: String(err) });
        });
      },
      { rootMargin: '200px' },
    );
    io.observe(container);
  });

  async function idle(): Promise<void> {
    // Measure the scroll position now and let any pending request reach the map first, so the
    // answer never depends on which of this frame's callbacks ran first.
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    driver.refresh();
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    if (!map) return;
    if (map.isMoving()) await map.once('moveend');
    await whenMapIdle(map);
  }

  return {
    ready,
    idle,
    state: () => {
      const s = applier?.last() ?? stateOf(active);
      return { date: s?.date ?? '', visibleLayers: s?.layers ?? [], availableLayers: available, mapErrors };
    },
    project: (lngLat) => projectToViewport(map, lngLat),
    failedData: () => dataErrors?.failed() ?? [],
    labels: () => runtime?.renderedLabels(map) ?? [],
    chapter: () => active,
    mapState: () => applier?.last() ?? null,
    animatedFrames: () => frames,
    view: () => {
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    exploring: () => exploring,
  };
}
