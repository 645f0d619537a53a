/**
 * Keeps the audience window and the speaker view on the same slide: a small message protocol over
 * BroadcastChannel (same origin, no server). Every change is sent as an absolute state, so a message
 * applied twice, or late, cannot move a window one slide too far.
 */

/** What both windows show: the slide, and whether the screen is blacked out or the prompt is up. */
export interface DeckState {
  index: number;
  total: number;
  blackout: boolean;
  prompt: boolean;
}

/** The messages. `hello` asks the other windows to answer with their `state`. */
export type DeckMessage =
  | { type: 'show'; index: number }
  | { type: 'blackout'; on: boolean }
  | { type: 'prompt'; on: boolean }
  | { type: 'state'; index: number; blackout: boolean; prompt: boolean }
  | { type: 'hello' };

/** The channel's name; one deck per origin. */
export const CHANNEL_NAME = 'crossroads-present';

/** Protocol version: a window from an older build ignores newer messages instead of misreading them. */
export const PROTOCOL = 1;

const clampIndex = (index: number, total: number) => Math.max(0, Math.min(total - 1, Math.trunc(index)));

/** Returns the first state of a deck of `total` slides at `index`. */
export function initialDeckState(total: number, index = 0): DeckState {
  return { index: clampIndex(index, total), total, blackout: false, prompt: false };
}

/**
 * Returns the state after a message. Pure. Going to another slide closes the prompt and lifts the
 * blackout (a teacher who presses "next" wants to see the next map); `hello` changes nothing.
 */
export function deckReducer(state: DeckState, message: DeckMessage): DeckState {
  switch (message.type) {
    case 'show': {
      const index = clampIndex(message.index, state.total);
      return index === state.index ? state : { ...state, index, blackout: false, prompt: false };
    }
    case 'blackout':
      return state.blackout === message.on ? state : { ...state, blackout: message.on };
    case 'prompt':
      return state.prompt === message.on ? state : { ...state, prompt: message.on };
    case 'state': {
      const next = { ...state, index: clampIndex(message.index, state.total), blackout: message.blackout, prompt: message.prompt };
      return next.index === state.index && next.blackout === state.blackout && next.prompt === state.prompt ? state : next;
    }
    case 'hello':
      return state;
  }
}

/** A relative request from a key or button, turned into an absolute message by `messageFor`. */
export type DeckIntent = { type: 'next' | 'prev' | 'first' | 'last' | 'toggle-blackout' | 'toggle-prompt' } | { type: 'go'; index: number };

/** Returns the absolute message that carries out an intent from the current state. */
export function messageFor(state: DeckState, intent: DeckIntent): DeckMessage {
  switch (intent.type) {
    case 'next':
      return { type: 'show', index: clampIndex(state.index + 1, state.total) };
    case 'prev':
      return { type: 'show', index: clampIndex(state.index - 1, state.total) };
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
  return { type: 'state', index: state.index, blackout: state.blackout, prompt: state.prompt };
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
      return isIndex(d.index) ? { type: 'show', index: d.index } : null;
    case 'blackout':
    case 'prompt':
      return isBool(d.on) ? { type: d.type, on: d.on } : null;
    case 'state':
      return isIndex(d.index) && isBool(d.blackout) && isBool(d.prompt) ? { type: 'state', index: d.index, blackout: d.blackout, prompt: d.prompt } : null;
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
