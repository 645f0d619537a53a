/**
 * Keeps the audience window and the speaker view on the same slide: a small message protocol over
 * BroadcastChannel (same origin, no server). Every change is sent as an absolute state, so a message
 * applied twice, or late, cannot move a window one slide too far.
 */

/** What both windows show: the slide and its dated step, and whether the screen is blacked out or the prompt is up. */
export interface DeckState {
  index: number;
  total: number;
  /** The dated step of the slide's map (0 for a slide without steps); the last is the chapter's own state. */
  step: number;
  /** How many steps each slide has (1 for a slide without steps): the same in every window of the deck. */
  steps: readonly number[];
  blackout: boolean;
  prompt: boolean;
}

/** The messages. `hello` asks the other windows to answer with their `state`. */
export type DeckMessage =
  /** A slide, at a step (without one: its last step, the chapter's own state). */
  | { type: 'show'; index: number; step?: number }
  | { type: 'blackout'; on: boolean }
  | { type: 'prompt'; on: boolean }
  | { type: 'state'; index: number; step: number; blackout: boolean; prompt: boolean }
  | { type: 'hello' };

/** The channel's name; one deck per origin. */
export const CHANNEL_NAME = 'crossroads-present';

/** Protocol version: a window from an older build ignores newer messages instead of misreading them. */
export const PROTOCOL = 2;

const clampIndex = (index: number, total: number) => Math.max(0, Math.min(total - 1, Math.trunc(index)));
/** The number of steps of slide `index` (at least 1). */
const stepsOf = (state: Pick<DeckState, 'steps'>, index: number) => Math.max(1, state.steps[index] ?? 1);
/** A step of slide `index`, clamped; without one, the slide's last step. */
const clampStep = (state: Pick<DeckState, 'steps'>, index: number, step?: number) =>
  step === undefined ? stepsOf(state, index) - 1 : Math.max(0, Math.min(stepsOf(state, index) - 1, Math.trunc(step)));

/**
 * Returns the first state of a deck of `total` slides at `index`, on its last step (a reload or a
 * link shows the chapter's own state). `steps` gives each slide's number of dated steps (default 1).
 */
export function initialDeckState(total: number, index = 0, steps: readonly number[] = []): DeckState {
  const at = clampIndex(index, total);
  const counts = Array.from({ length: total }, (_, i) => Math.max(1, steps[i] ?? 1));
  return { index: at, total, step: counts[at]! - 1, steps: counts, blackout: false, prompt: false };
}

/**
 * Returns the state after a message. Pure. Going to another slide or step closes the prompt and lifts
 * the blackout (a teacher who presses "next" wants to see the next map); `hello` changes nothing.
 */
export function deckReducer(state: DeckState, message: DeckMessage): DeckState {
  switch (message.type) {
    case 'show': {
      const index = clampIndex(message.index, state.total);
      const step = clampStep(state, index, message.step);
      return index === state.index && step === state.step ? state : { ...state, index, step, blackout: false, prompt: false };
    }
    case 'blackout':
      return state.blackout === message.on ? state : { ...state, blackout: message.on };
    case 'prompt':
      return state.prompt === message.on ? state : { ...state, prompt: message.on };
    case 'state': {
      const index = clampIndex(message.index, state.total);
      const next = { ...state, index, step: clampStep(state, index, message.step), blackout: message.blackout, prompt: message.prompt };
      return next.index === state.index && next.step === state.step && next.blackout === state.blackout && next.prompt === state.prompt ? state : next;
    }
    case 'hello':
      return state;
  }
}

/** A relative request from a key or button, turned into an absolute message by `messageFor`. */
export type DeckIntent = { type: 'next' | 'prev' | 'first' | 'last' | 'toggle-blackout' | 'toggle-prompt' } | { type: 'go'; index: number };

/**
 * Returns the absolute message that carries out an intent from the current state. Next and previous
 * walk through a slide's dated steps before they leave it: forward into a slide starts at its first
 * step, back into one lands on its last; the other moves land on a slide's last step.
 */
export function messageFor(state: DeckState, intent: DeckIntent): DeckMessage {
  switch (intent.type) {
    case 'next':
      if (state.step < stepsOf(state, state.index) - 1) return { type: 'show', index: state.index, step: state.step + 1 };
      if (state.index >= state.total - 1) return { type: 'show', index: state.index, step: state.step };
      return { type: 'show', index: state.index + 1, step: 0 };
    case 'prev':
      if (state.step > 0) return { type: 'show', index: state.index, step: state.step - 1 };
      if (state.index <= 0) return { type: 'show', index: 0, step: 0 };
      return { type: 'show', index: state.index - 1 };
    case 'first':
      return { type: 'show', index: 0 };
    case 'last':
      return { type: 'show', index: state.total - 1 };
    case 'go':
      return { type: 'show', index: clampIndex(intent.index, state.total) };
    case 'toggle-blackout':
      return { type: 'blackout', on: !state.blackout };
    case 'toggle-prompt':
      return { type: 'prompt', on: !state.prompt };
  }
}

/** Returns the message a window sends to say where it is. */
export function stateMessage(state: DeckState): DeckMessage {
  return { type: 'state', index: state.index, step: state.step, blackout: state.blackout, prompt: state.prompt };
}

/** Returns a message read off the channel, or null when it is not one of ours (wrong shape or version). */
export function parseMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.v !== PROTOCOL) return null;
  const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
  switch (d.type) {
    case 'show':
      if (!isIndex(d.index) || (d.step !== undefined && !isIndex(d.step))) return null;
      return d.step === undefined ? { type: 'show', index: d.index } : { type: 'show', index: d.index, step: d.step };
    case 'blackout':
    case 'prompt':
      return isBool(d.on) ? { type: d.type, on: d.on } : null;
    case 'state':
      return isIndex(d.index) && isIndex(d.step) && isBool(d.blackout) && isBool(d.prompt)
        ? { type: 'state', index: d.index, step: d.step, blackout: d.blackout, prompt: d.prompt }
        : null;
    case 'hello':
      return { type: 'hello' };
    default:
      return null;
  }
}

/** A window's end of the channel. */
export interface DeckChannel {
  send(message: DeckMessage): void;
  close(): void;
}

/** Opens the channel (a no-op channel where BroadcastChannel is missing: the window then works alone). */
export function openDeckChannel(onMessage: (message: DeckMessage) => void): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (e: MessageEvent) => {
    const message = parseMessage(e.data);
    if (message) onMessage(message);
  });
  return {
    send: (message) => channel.postMessage({ v: PROTOCOL, ...message }),
    close: () => channel.close(),
  };
}
