import type { CrossroadsHook } from '../map/test-hook.ts';
import type { LayerId } from '../schemas/layer-properties.ts';
import type { MapState } from '../story/map-state.ts';
import { createDeckController } from './deck-controller.ts';
import { mountSlideMap } from './slide-map.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import type { NamingMode } from '../map/style/label-field.ts';
import type { DeckState } from './sync.ts';

/** What the slides page hands its script about each slide (JSON in a data attribute: no inline script). */
export interface DeckSlideData {
  id: string;
  title: string;
  state: MapState;
}

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), template);

/**
 * Wires the slides page (the audience window): one slide shown at a time over the one map, the
 * progress bar, the live region, blackout, the "what changed?" prompt, the help overlay, full
 * screen and the speaker view. The deck controller does keys, swipes, the address and the sync.
 */
export function mountDeck(root: HTMLElement): CrossroadsHook {
  // The teacher's naming mode (?names=) applies to every slide's map; the states are built with `both`.
  let naming = currentNaming();
  const slides = (JSON.parse(root.dataset.slides ?? '[]') as DeckSlideData[]).map((slide) => ({ ...slide, state: { ...slide.state, naming } }));
  const layers = JSON.parse(root.dataset.layers ?? '[]') as LayerId[];
  const sections = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const live = q<HTMLElement>(root, '[data-live]');
  const counter = q<HTMLElement>(root, '[data-counter]');
  const progress = q<HTMLElement>(root, '[data-progress-fill]');
  const blackout = q<HTMLElement>(root, '[data-blackout]')!;
  const typedBox = q<HTMLElement>(root, '[data-typed]');
  const help = q<HTMLDialogElement>(root, '[data-help]')!;
  const popupNote = q<HTMLElement>(root, '[data-popup-blocked]');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const notesUrl = root.dataset.notesUrl ?? '/present/notes/';

  root.classList.add('deck-live');
  // The caption ends where the controls begin; their height depends on the font and on wrapping.
  const controls = q<HTMLElement>(root, '.deck-controls');
  if (controls) new ResizeObserver(() => root.style.setProperty('--controls-h', `${controls.offsetHeight}px`)).observe(controls);
  // Without the countries the live map is a blank sea: the slide's still map (shown unless the state is 'ready') stands in.
  let basemapMissing = false;
  let mapReady = false;
  const notice = {
    host: root,
    onChange: (failed: string[]) => {
      basemapMissing = failed.includes('countries');
      if (mapReady) root.dataset.mapState = basemapMissing ? 'degraded' : 'ready';
    },
  };
  const map = slides[0] ? mountSlideMap(q<HTMLElement>(root, '[data-map]')!, { first: slides[0].state, layers, label: root.dataset.mapLabel ?? 'Map', notice }) : undefined;
  void map?.ready.then((r) => {
    mapReady = r.ok;
    root.dataset.mapState = r.ok ? (basemapMissing ? 'degraded' : 'ready') : 'failed';
  });

  const render = (state: DeckState, previous: DeckState | null) => {
    const slide = slides[state.index];
    if (!slide) return;
    sections.forEach((s, i) => (s.hidden = i !== state.index));
    for (const p of root.querySelectorAll<HTMLElement>('[data-prompt]')) p.hidden = !state.prompt;
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action="prompt"]')) b.setAttribute('aria-pressed', String(state.prompt));
    blackout.hidden = !state.blackout;
    root.dataset.current = slide.id;
    // The "Terms" button opens the current slide's glossary panel (a popover), or hides without terms.
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-terms-button]')) {
      const panel = document.getElementById(`terms-${slide.id}`);
      b.hidden = !panel;
      if (panel) b.setAttribute('popovertarget', panel.id);
      else b.removeAttribute('popovertarget');
    }
    if (previous && previous.index !== state.index) for (const p of root.querySelectorAll<HTMLElement>('[data-terms-panel]:popover-open')) p.hidePopover();
    if (progress) progress.style.transform = `scaleX(${(state.index + 1) / state.total})`;
    const n = { n: state.index + 1, total: state.total, title: slide.title };
    if (counter) counter.textContent = fill(root.dataset.counterTemplate ?? '{n} / {total}', n);
    if (live && previous && previous.index !== state.index) live.textContent = fill(root.dataset.slideTemplate ?? '{n} / {total}: {title}', n);
    // Neighbouring slides ease (unless the reader asks for less motion); jumps land at once.
    const near = !!previous && Math.abs(previous.index - state.index) === 1;
    map?.show(slide.state, near && !reducedMotion.matches);
  };

  const toggleHelp = (open = !help.open) => {
    if (open && !help.open) help.showModal();
    else if (!open && help.open) help.close();
  };
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const speaker = () => {
    const id = slides[deck.state().index]?.id ?? '';
    const win = window.open(`${notesUrl}#${encodeURIComponent(id)}`, 'crossroads-notes', 'popup=yes,width=1200,height=760');
    if (popupNote) popupNote.hidden = !!win;
  };

  const deck = createDeckController({
    ids: slides.map((s) => s.id),
    render,
    actions: {
      fullscreen,
      speaker,
      help: () => toggleHelp(),
      escape: () => {
        if (!help.open) return false;
        help.close();
        return true;
      },
    },
    onTyped: (typed) => {
      if (!typedBox) return;
      typedBox.hidden = typed === '';
      typedBox.textContent = typed ? fill(root.dataset.typedTemplate ?? '{n}', { n: typed }) : '';
    },
    swipeArea: root,
  });

  // The naming menu in the help overlay: every slide takes the new mode, and the one shown relabels at once.
  document.addEventListener(NAMING_EVENT, (e) => {
    naming = (e as CustomEvent<NamingMode>).detail;
    for (const slide of slides) slide.state = { ...slide.state, naming };
    const current = slides[deck.state().index];
    if (current) map?.show(current.state, false);
  });

  // The on-screen buttons do what the keys do.
  const buttons: Record<string, () => void> = {
    prev: () => deck.intent({ type: 'prev' }),
    next: () => deck.intent({ type: 'next' }),
    prompt: () => deck.intent({ type: 'toggle-prompt' }),
    help: () => toggleHelp(true),
    speaker,
    fullscreen,
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action]')) b.addEventListener('click', () => buttons[b.dataset.action!]?.());
  blackout.addEventListener('click', () => deck.intent({ type: 'toggle-blackout' }));
  help.addEventListener('click', (e) => {
    if (e.target === help) help.close();
  });

  const noMap = Promise.resolve({ ok: false, reason: 'no-chapters' });
  return {
    ready: map?.ready ?? noMap,
    idle: () => map?.idle() ?? Promise.resolve(),
    state: () => {
      const s = map?.last() ?? slides[deck.state().index]?.state;
      return { date: s?.date ?? '', visibleLayers: s?.layers ?? [], availableLayers: layers, mapErrors: map?.errors() ?? 0 };
    },
    project: (lngLat) => map?.project(lngLat) ?? null,
    labels: () => map?.labels() ?? [],
    failedData: () => map?.failedData() ?? [],
    chapter: () => slides[deck.state().index]?.id ?? null,
    mapState: () => map?.last() ?? null,
    animatedFrames: () => map?.animatedFrames() ?? 0,
    view: () => map?.view() ?? null,
    slide: () => ({ ...deck.state(), help: help.open }),
  };
}
