import type { LayerId } from '../schemas/layer-ids.ts';
import type { NamingMode } from '../schemas/naming.ts';
import { chapterFromHash, urlForChapter } from '../chapters/hash-chapter.ts';
import { wireExploreMode } from '../components/explore-mode.ts';
import { wireFeatureDialog } from '../components/feature-dialog.ts';
import { showDrawnRows, showLegendFor } from '../components/legend.ts';
import { wireStoryBar } from '../components/story-bar.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import type { MapState } from '../map/map-state.ts';
import type { MapReady, MapStatus, MapView } from '../map/mount-map.ts';
import { DARK, LIGHT } from '../map/style/palette.ts';
import { mapHook, type CrossroadsHook } from '../map/test-hook.ts';
import { createScrollDriver, type ScrollPosition } from './scroll-driver.ts';
import { afterFirstPaint } from '../site/first-paint.ts';
import { pinToTop } from './pin-to-top.ts';
import { wireStepStrips } from './step-strip.ts';
import { stepAt } from '../chapters/dated-steps.ts';
import { stillMapPath } from '../chapters/still-map-paths.ts';
import { parseLocalePath } from '../i18n/locale-routes.ts';
import type { StoryChapterData } from '../chapters/story-data.ts';

/** Same breakpoint as the CSS: below it the map is full-screen behind the text cards. */
const PHONE_QUERY = '(max-width: 899px)';
/** On phones the chapter card covers about the lower 40 % of the map (story.css); frame chapters above it. */
const PHONE_CARD_SHARE = 0.4;

/**
 * The scroll story's shell: the scroll driver picks the chapter; the chapter gives a map state
 * (computed at build with mapStateFor); the map (src/map/mount-map.ts, loaded when its box is about
 * to show) draws the latest one. The page around it: the address follows the chapter, the bar, the
 * legend and the live region follow it too, and the components own the rest (explore mode, feature
 * details).
 */
export function mountStory(root: HTMLElement): CrossroadsHook {
  const chapters = JSON.parse(root.dataset.chapters ?? '[]') as StoryChapterData[];
  const available = JSON.parse(root.dataset.layers ?? '[]') as LayerId[];
  const ids = chapters.map((c) => c.id);
  const sections = ids.map((id) => document.getElementById(id)).filter((s): s is HTMLElement => !!s);
  const container = root.querySelector<HTMLElement>('[data-map]')!;
  const status = root.querySelector<HTMLElement>('[data-map-status]')!;
  const description = root.querySelector<HTMLElement>('[data-map-description]');
  const changesLive = root.querySelector<HTMLElement>('[data-map-changes]');
  const placeholder = root.querySelector<HTMLImageElement>('[data-map-placeholder]');
  const { lang } = parseLocalePath(location.pathname);
  // A live map is expected (WebGL 2 exists): the still image stays unpainted until the map reports
  // how it went (story.css). Browsers without WebGL 2 keep it, as they never get a map.
  if (typeof WebGL2RenderingContext !== 'undefined') root.dataset.mapState = 'pending';
  const legendBox = root.querySelector<HTMLDetailsElement>('[data-legend-box]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-feature-dialog]');
  const phone = window.matchMedia(PHONE_QUERY);

  let active: string | null = null;
  let view: MapView | undefined;
  // The reader's naming mode (URL only); chapter states are built with `both` and take it on here.
  let naming: NamingMode = currentNaming();

  const chapterOf = (id: string | null) => chapters.find((c) => c.id === id);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  /**
   * The dated step the map shows in a chapter with steps: set by scrolling through the chapter, or
   * held by a press on the strip until the chapter changes. Under reduced motion scrolling leaves the
   * map on the final step (the chapter's own state), which the still maps show too.
   */
  let step: { chapter: string | null; index: number; held: boolean } = { chapter: null, index: -1, held: false };
  const stateOf = (id: string | null): MapState | null => {
    const chapter = chapterOf(id);
    const state = chapter?.states[phone.matches ? 'phone' : 'desktop'];
    if (!state) return null;
    const dated = step.chapter === id ? chapter!.steps[step.index] : undefined;
    return { ...state, naming, ...(dated ? { date: dated.date } : {}) };
  };
  /** Asks the map for the active chapter's state (not while the reader explores), and to get the next chapter's data ready. */
  const request = (animate: boolean, force = false) => {
    const state = stateOf(active);
    if (!state || !view || explore.active()) return;
    view.show(state, { animate, force });
    const next = stateOf(ids[ids.indexOf(active ?? '') + 1] ?? null);
    if (next) view.preload(next.layers);
  };

  const strips = wireStepStrips(root, chapters, {
    onPick: (id, index) => {
      setStep(id, index, true);
      if (id === active) request(false);
    },
  });
  /** Shows step `index` of chapter `id` on its strip and says so to screen readers. */
  const setStep = (id: string | null, index: number, held: boolean) => {
    const changed = step.chapter !== id || step.index !== index;
    step = { chapter: id, index, held };
    const dated = chapterOf(id)?.steps[index];
    if (!id || !dated || !changed) return;
    strips.show(id, index);
    if (changesLive && root.dataset.stepShown) changesLive.textContent = root.dataset.stepShown.replace('{step}', dated.label);
  };
  /** Moves a chapter's map to the step for the reader's place in it (`within`, 0–1), unless a step is held. */
  const followSteps = (id: string | null, within: number) => {
    const count = chapterOf(id)?.steps.length ?? 0;
    if (!count || (step.chapter === id && step.held)) return false;
    const index = reducedMotion.matches ? count - 1 : stepAt(within, count);
    if (step.chapter === id && step.index === index) return false;
    setStep(id, index, false);
    return true;
  };

  const bar = wireStoryBar(root.querySelector<HTMLElement>('[data-story-bar]')!, root, { chapters, onJump: (id) => jumpTo(id) });
  const details = dialog ? wireFeatureDialog(dialog, root) : undefined;
  const explore = wireExploreMode(root, { view: () => view, onLeave: () => request(true, true), blocksEscape: () => !!dialog?.open });
  if (legendBox && !phone.matches) legendBox.open = true;

  document.addEventListener(NAMING_EVENT, (e) => {
    naming = (e as CustomEvent<NamingMode>).detail;
    // At once, also while exploring; the next chapter's state carries the same naming.
    view?.relabel(stateOf(active)?.language ?? 'en', naming);
  });

  /** Makes `id` the active chapter: page furniture at once, the map at the next frame. */
  const setActive = (id: string | null, { animate, writeUrl }: { animate: boolean; writeUrl: boolean }) => {
    const previous = active;
    active = id;
    const chapter = chapterOf(id);
    bar.setChapter(id);
    if (chapter && previous !== id) {
      if (description) description.textContent = chapter.alt;
      // Not for the chapter the page opens on: the reader has not changed anything yet.
      if (changesLive && previous !== null) changesLive.textContent = chapter.changes;
      if (placeholder && view?.status() !== 'ready') placeholder.src = stillMapPath(chapter.id, lang);
      showLegendFor(root, stateOf(id)!.layers);
    }
    if (writeUrl) history.replaceState(history.state, '', urlForChapter(location, id));
    // Neighbouring chapters ease; a jump over several chapters (fast scroll, contents, timeline) lands at once.
    const near = previous !== null && Math.abs(ids.indexOf(previous) - ids.indexOf(id ?? '')) === 1;
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

  /** The chapter a jump or a #chapter landing holds in place while the page settles (pin-to-top.ts). */
  let unpin: (() => void) | null = null;
  const bringToTop = (section: HTMLElement) => {
    unpin?.();
    unpin = pinToTop(section);
  };

  /** Goes to a chapter at once (contents, timeline): scroll without animation, focus its heading. */
  function jumpTo(id: string) {
    const section = document.getElementById(id);
    if (!section) return;
    if (explore.active()) explore.leave(false);
    bringToTop(section);
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    // At the chapter's top, as a reader arriving there by scrolling.
    followSteps(id, 0);
    setActive(id, { animate: false, writeUrl: true });
    bar.closeContents();
  }

  // Where to start: a #chapter link, an unknown #hash (notice, then the top), or wherever the page is.
  const hash = chapterFromHash(location.hash, ids);
  if (hash.kind === 'unknown') {
    const notice = root.querySelector<HTMLElement>('[data-hash-notice]');
    if (notice) {
      notice.textContent = (root.dataset.unknownHash ?? '{hash}').replace('{hash}', hash.hash);
      notice.hidden = false;
    }
    history.replaceState(history.state, '', urlForChapter(location, null));
    window.scrollTo(0, 0);
  } else if (hash.kind === 'chapter') {
    // A link, a reload or a step back lands on the chapter in the address, which follows the reader.
    // The browser's own restoration is off (below): it restores an offset measured on a laid-out page
    // onto one whose far chapters are still estimates (content-visibility) and whose bar has not its
    // final height, and so could land a chapter early.
    const section = document.getElementById(hash.id);
    if (section) bringToTop(section);
  }
  history.scrollRestoration = 'manual';
  setActive(hash.kind === 'chapter' ? hash.id : (ids[0] ?? null), { animate: false, writeUrl: false });
  const driver = createScrollDriver(sections, {
    onChange: (pos) => {
      bar.setProgress(pos.progress);
      // The step first, so a chapter that becomes active opens on the step for the reader's place in it.
      const stepped = followSteps(pos.chapter, pos.within);
      if (pos.chapter !== active) setActive(pos.chapter, { animate: true, writeUrl: false });
      else if (stepped) request(false);
      followUrl(pos);
    },
  });
  // The first measure decides; it never animates.
  const first = driver.refresh();
  followSteps(first.chapter, first.within);
  if (first.chapter !== active) setActive(first.chapter, { animate: false, writeUrl: false });
  // A change of the motion preference moves the steps at once (to the last, or back to the reader's place).
  reducedMotion.addEventListener('change', () => {
    const pos = driver.refresh();
    if (followSteps(pos.chapter, pos.within)) request(false);
  });
  phone.addEventListener('change', () => request(false));

  const onStatus = (s: MapStatus) => {
    root.dataset.mapState = s;
    if (s === 'degraded' && placeholder && active) placeholder.src = stillMapPath(active, lang);
  };
  /** The map could not start: the still maps stay, and a note says why. */
  const failed = (reason: string) => {
    onStatus('failed');
    root.classList.add('map-failed');
    const why = root.querySelector<HTMLElement>('[data-map-failed-reason]');
    if (why) why.textContent = reason === 'no-webgl' ? (status.dataset.noWebgl ?? reason) : reason;
    const note = root.querySelector<HTMLElement>('[data-map-failed]');
    if (note) note.hidden = false;
  };

  /** Loads the map code and mounts the map (once the map box is about to show). */
  const start = async (): Promise<MapReady> => {
    const { mountMap } = await import('../map/mount-map.ts');
    const state = stateOf(active);
    if (!state) return { ok: false, reason: 'no-chapters' };
    view = mountMap({
      container,
      layers: available,
      first: state,
      palette: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? DARK : LIGHT,
      label: root.dataset.mapLabel ?? 'Map',
      notice: { host: status.parentElement ?? root, strings: status },
      status,
      interaction: 'none',
      coveredBottom: () => (phone.matches ? PHONE_CARD_SHARE : 0),
      onStatus,
      onFeatureClick: (id) => void details?.show(id),
      onDrawn: (drawn) => showDrawnRows(root, drawn),
    });
    const result = await view.ready;
    if (!result.ok) {
      failed(result.reason);
      return result;
    }
    // The chapter may have changed while the map loaded.
    request(false);
    await idle();
    return result;
  };

  // Lazy: import the map code only when the map box is about to show.
  const ready = new Promise<MapReady>((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        afterFirstPaint()
          .then(start)
          .then(resolve, (err: unknown) => {
            failed(String(err));
            resolve({ ok: false, reason: String(err) });
          });
      },
      { rootMargin: '200px' },
    );
    io.observe(container);
  });

  async function idle(): Promise<void> {
    // Measure the scroll position now, so a scroll of this frame has reached the map before the answer.
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    driver.refresh();
    await view?.idle();
  }

  return {
    ...mapHook(() => view, { ready, available, fallback: () => stateOf(active) }),
    idle,
    chapter: () => active,
    exploring: () => explore.active(),
  };
}
