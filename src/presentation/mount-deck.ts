import { mapHook, type CrossroadsHook } from '../map/test-hook.ts';
import type { MapReady, MapView } from '../map/mount-map.ts';
import { PROJECTOR } from '../map/style/palette.ts';
import type { LayerId } from '../schemas/layer-ids.ts';
import type { MapState } from '../map/map-state.ts';
import { createDeckController } from './deck-controller.ts';
import { currentNaming, NAMING_EVENT } from '../i18n/page-language.ts';
import type { NamingMode } from '../schemas/naming.ts';
import type { DeckState } from './sync.ts';
import { afterFirstPaint } from '../site/first-paint.ts';
import { fitCaptionColumn } from './fit-caption.ts';
import type { DatedStep } from '../chapters/dated-steps.ts';

/** What the slides page hands its script about each slide (JSON in a data attribute: no inline script). */
export interface DeckSlideData {
  id: string;
  title: string;
  state: MapState;
  /** The slide's dated steps (datedSteps); the last is `state` itself. */
  steps: DatedStep[];
}

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
  const live = root.querySelector<HTMLElement>('[data-live]');
  const counter = root.querySelector<HTMLElement>('[data-counter]');
  const progress = root.querySelector<HTMLElement>('[data-progress-fill]');
  const blackout = root.querySelector<HTMLElement>('[data-blackout]')!;
  const typedBox = root.querySelector<HTMLElement>('[data-typed]');
  const help = root.querySelector<HTMLDialogElement>('[data-help]')!;
  const popupNote = root.querySelector<HTMLElement>('[data-popup-blocked]');
  const notesUrl = root.dataset.notesUrl ?? '/present/notes/';

  root.classList.add('deck-live');
  // The caption ends where the controls begin; their height depends on the font and on wrapping.
  const controls = root.querySelector<HTMLElement>('.deck-controls');
  // The caption column widens until every caption fits (fit-caption.ts): again when the controls'
  // height, the window or the fonts change. One fit per frame at most.
  let fitQueued = false;
  const refit = () => {
    if (fitQueued) return;
    fitQueued = true;
    requestAnimationFrame(() => {
      fitQueued = false;
      if (controls) root.style.setProperty('--controls-h', `${controls.offsetHeight}px`);
      fitCaptionColumn(root, sections);
    });
  };
  if (controls) new ResizeObserver(refit).observe(controls);
  addEventListener('resize', refit);
  void document.fonts.ready.then(refit);
  // The one map (src/map/mount-map.ts), in the projector palette, never interactive: the deck owns the keys.
  // Without the countries it is a blank sea: the slide's still map (shown unless the state is 'ready') stands in.
  let map: MapView | undefined;
  const ready: Promise<MapReady> = slides[0]
    ? Promise.all([import('../map/mount-map.ts'), afterFirstPaint()]).then(([{ mountMap }]) => {
        map = mountMap({
          container: root.querySelector<HTMLElement>('[data-map]')!,
          layers,
          first: slides[deck.state().index] ? stateOf(deck.state()) : slides[0]!.state,
          palette: PROJECTOR,
          label: root.dataset.mapLabel ?? 'Map',
          notice: { host: root, strings: root },
          interaction: 'none',
          onStatus: (s) => (root.dataset.mapState = s),
        });
        return map.ready;
      })
    : Promise.resolve({ ok: false, reason: 'no-chapters' });

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
    // The dated step: its line on the slide, announced when the teacher steps within the slide.
    const step = slide.steps[state.step];
    const stepText = step
      ? fill(root.dataset.stepTemplate ?? '{n} / {total}: {label}', { n: state.step + 1, total: slide.steps.length, label: step.label })
      : '';
    const stepLine = sections[state.index]?.querySelector<HTMLElement>('[data-slide-step]');
    if (stepLine) stepLine.textContent = stepText;
    if (live && previous && previous.index !== state.index) live.textContent = fill(root.dataset.slideTemplate ?? '{n} / {total}: {title}', n);
    else if (live && previous && previous.step !== state.step && stepText) live.textContent = stepText;
    // Neighbouring slides ease (unless the reader asks for less motion); jumps land at once.
    const near = !!previous && Math.abs(previous.index - state.index) === 1;
    map?.show(stateOf(state), { animate: near });
    const next = slides[state.index + 1];
    if (next) map?.preload(next.state.layers);
  };

  /** The map state of a deck state: the slide's, on the date of its step. */
  const stateOf = (state: DeckState): MapState => {
    const slide = slides[state.index]!;
    const step = slide.steps[state.step];
    return step ? { ...slide.state, date: step.date } : slide.state;
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
    steps: slides.map((s) => s.steps.length),
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
    if (slides[deck.state().index]) map?.show(stateOf(deck.state()));
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

  return {
    ...mapHook(() => map, { ready, available: layers, fallback: () => (slides[deck.state().index] ? stateOf(deck.state()) : null) }),
    chapter: () => slides[deck.state().index]?.id ?? null,
    slide: () => ({ ...deck.state(), help: help.open }),
  };
}
