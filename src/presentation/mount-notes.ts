import { createDeckController } from './deck-controller.ts';
import { stillMapPath } from '../chapters/still-map-paths.ts';
import { parseLocalePath } from '../i18n/locale-routes.ts';
import type { DeckState } from './sync.ts';
import { elapsed, formatDuration, pauseStopwatch, startStopwatch, STOPPED, type Stopwatch } from './timer.ts';

/** What the speaker view hands its script about each slide. */
export interface NotesSlideData {
  id: string;
  title: string;
  period: string;
  notes: string;
  changes: string;
  /** The labels of the slide's dated steps (none: no steps). */
  steps: string[];
}

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);

/**
 * Wires the speaker view (/present/notes/, opened with S): the current and next slide with their
 * still maps, the presenter notes, the answer to the prompt, a stopwatch and a clock. It drives the
 * audience window and follows it, through the same deck controller.
 */
export function mountNotes(root: HTMLElement): void {
  const slides = JSON.parse(root.dataset.slides ?? '[]') as NotesSlideData[];
  const text = (sel: string, value: string) => {
    const el = q<HTMLElement>(root, sel);
    if (el) el.textContent = value;
  };
  const { lang } = parseLocalePath(location.pathname);
  const still = (sel: string, id: string | undefined) => {
    const img = q<HTMLImageElement>(root, sel);
    if (!img) return;
    img.hidden = !id;
    if (id) img.src = stillMapPath(id, lang);
  };

  const render = (state: DeckState) => {
    const now = slides[state.index];
    const next = slides[state.index + 1];
    if (!now) return;
    root.dataset.current = now.id;
    text('[data-counter]', (root.dataset.counterTemplate ?? '{n} / {total}').replace('{n}', String(state.index + 1)).replace('{total}', String(state.total)));
    text('[data-now-title]', now.title);
    text('[data-now-period]', now.period);
    const step = now.steps[state.step];
    text(
      '[data-now-step]',
      step
        ? (root.dataset.stepTemplate ?? '{n} / {total}: {label}')
            .replace('{n}', String(state.step + 1))
            .replace('{total}', String(now.steps.length))
            .replace('{label}', step)
        : '',
    );
    still('[data-now-still]', now.id);
    text('[data-next-title]', next ? next.title : (root.dataset.endText ?? ''));
    still('[data-next-still]', next?.id);
    text('[data-notes]', now.notes);
    text('[data-changes]', now.changes);
    q<HTMLElement>(root, '[data-status-blackout]')!.hidden = !state.blackout;
    q<HTMLElement>(root, '[data-status-prompt]')!.hidden = !state.prompt;
  };

  const deck = createDeckController({ ids: slides.map((s) => s.id), steps: slides.map((s) => s.steps.length), render, actions: {}, swipeArea: root });

  // Stopwatch and clock, redrawn once a second.
  let watch: Stopwatch = STOPPED;
  const timer = q<HTMLElement>(root, '[data-timer]');
  const clock = q<HTMLElement>(root, '[data-clock]');
  const clockFormat = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
  const tick = () => {
    if (timer) timer.textContent = formatDuration(elapsed(watch, performance.now()));
    if (clock) clock.textContent = clockFormat.format(new Date());
  };
  const startButton = q<HTMLButtonElement>(root, '[data-action="start"]');
  const pauseButton = q<HTMLButtonElement>(root, '[data-action="pause"]');
  const setWatch = (w: Stopwatch) => {
    watch = w;
    root.dataset.stopwatch = w.since === null ? 'paused' : 'running';
    if (startButton) startButton.disabled = w.since !== null;
    if (pauseButton) pauseButton.disabled = w.since === null;
    tick();
  };
  const buttons: Record<string, () => void> = {
    prev: () => deck.intent({ type: 'prev' }),
    next: () => deck.intent({ type: 'next' }),
    start: () => setWatch(startStopwatch(watch, performance.now())),
    pause: () => setWatch(pauseStopwatch(watch, performance.now())),
    reset: () => setWatch(watch.since === null ? STOPPED : { banked: 0, since: performance.now() }),
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action]')) b.addEventListener('click', () => buttons[b.dataset.action!]?.());
  setWatch(STOPPED);
  window.setInterval(tick, 1000);
}
