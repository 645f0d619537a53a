import { bindingFor, comboOf, focusKind, keyAllowed, parseSlideNumber, pushDigit, type DeckAction } from './keyboard.ts';
import { createSlideLocation } from './location.ts';
import { swipeIntent } from './swipe.ts';
import { deckReducer, initialDeckState, messageFor, openDeckChannel, stateMessage, type DeckIntent, type DeckMessage, type DeckState } from './sync.ts';

/** How long a typed slide number waits for Enter before it is forgotten (ms). */
const TYPED_TIMEOUT = 3000;

/** What a window does with the actions that are its own (the rest move the deck). */
export interface WindowActions {
  fullscreen?(): void;
  speaker?(): void;
  help?(): void;
  /** Returns true when Escape closed something of the window's own (the help overlay). */
  escape?(): boolean;
}

/** What a deck window (slides or speaker view) is built from. */
export interface DeckControllerOptions {
  ids: readonly string[];
  /** Each slide's number of dated steps (default 1): next and previous walk through them. */
  steps?: readonly number[];
  /** Draws a state; `previous` is null on the first draw. */
  render(state: DeckState, previous: DeckState | null): void;
  actions: WindowActions;
  /** Shows the slide number being typed ('' when none). */
  onTyped?(buffer: string): void;
  /** Element that takes swipes (default: the document). */
  swipeArea?: HTMLElement;
}

/** A running deck window. */
export interface DeckController {
  state(): DeckState;
  /** Carries out a relative request (a button): here, and in the other windows. */
  intent(intent: DeckIntent): void;
}

/**
 * Wires one window of the deck: keys (from the one key table), swipes, the #id address and the
 * channel to the other windows. Every change goes through the sync reducer, here and there alike.
 */
export function createDeckController({ ids, steps, render, actions, onTyped, swipeArea }: DeckControllerOptions): DeckController {
  const location = createSlideLocation(ids, (request) => {
    if (request.kind === 'slide') apply({ type: 'show', index: request.index }, true);
  });
  const start = location.read();
  let state = initialDeckState(ids.length, start.kind === 'slide' ? start.index : 0, steps);

  const channel = openDeckChannel((message) => {
    if (message.type === 'hello') channel.send(stateMessage(state));
    else apply(message, false);
  });

  /** Applies a message; a change of our own is sent to the other windows (theirs are not echoed back). */
  function apply(message: DeckMessage, send: boolean) {
    const next = deckReducer(state, message);
    if (next === state) return;
    const previous = state;
    state = next;
    if (next.index !== previous.index) location.write(next.index);
    render(next, previous);
    if (send) channel.send(stateMessage(next));
  }
  const intent = (i: DeckIntent) => apply(messageFor(state, i), true);

  let typed = '';
  let typedTimer = 0;
  const setTyped = (value: string) => {
    typed = value;
    clearTimeout(typedTimer);
    if (value) typedTimer = window.setTimeout(() => setTyped(''), TYPED_TIMEOUT);
    onTyped?.(value);
  };

  /** Returns true when the key was used (its default is then prevented). */
  const act = (action: DeckAction, key: string): boolean => {
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        setTyped('');
        intent({ type: action });
        return true;
      case 'digit':
        setTyped(pushDigit(typed, key));
        return true;
      case 'jump': {
        const index = parseSlideNumber(typed, state.total);
        if (!typed) return false;
        setTyped('');
        if (index !== null) intent({ type: 'go', index });
        return true;
      }
      case 'blackout':
        intent({ type: 'toggle-blackout' });
        return true;
      case 'prompt':
        intent({ type: 'toggle-prompt' });
        return true;
      case 'escape':
        // Escape closes one thing at a time: the window's overlay, then the prompt, then the blackout.
        setTyped('');
        if (actions.escape?.()) return false;
        if (state.prompt) apply({ type: 'prompt', on: false }, true);
        else if (state.blackout) apply({ type: 'blackout', on: false }, true);
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        return false;
      default: {
        const own = actions[action];
        own?.();
        return !!own;
      }
    }
  };

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const binding = bindingFor(e);
    const combo = comboOf(e);
    if (!binding || combo === null || !keyAllowed(combo, focusKind(document.activeElement as HTMLElement | null))) return;
    if (act(binding.action, combo)) e.preventDefault();
  });

  // Touch: a horizontal swipe changes the slide (pinch and vertical scrolls are left alone).
  let touch: { x: number; y: number } | null = null;
  const area = swipeArea ?? document;
  area.addEventListener(
    'touchstart',
    (e) => {
      const t = (e as TouchEvent).touches;
      touch = t.length === 1 ? { x: t[0]!.clientX, y: t[0]!.clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener(
    'touchend',
    (e) => {
      const t = (e as TouchEvent).changedTouches[0];
      if (!touch || !t) return;
      const move = swipeIntent(t.clientX - touch.x, t.clientY - touch.y);
      touch = null;
      if (move) intent({ type: move });
    },
    { passive: true },
  );

  render(state, null);
  location.write(state.index);
  // Tell the other windows where this one is, and ask where they are: the last answer wins.
  channel.send({ type: 'hello' });

  return { state: () => state, intent };
}
