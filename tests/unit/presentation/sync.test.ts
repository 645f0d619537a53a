import { describe, expect, it } from 'vitest';
import { deckReducer, initialDeckState, messageFor, parseMessage, PROTOCOL, stateMessage } from '../../../src/presentation/sync.ts';

const deck = (index = 0) => initialDeckState(5, index);

describe('the deck reducer', () => {
  it('starts on the asked slide, clamped, with nothing over it', () => {
    expect(initialDeckState(5, 2)).toEqual({ index: 2, total: 5, blackout: false, prompt: false });
    expect(initialDeckState(5, 9).index).toBe(4);
  });

  it('shows a slide, clamped to the deck', () => {
    expect(deckReducer(deck(), { type: 'show', index: 3 }).index).toBe(3);
    expect(deckReducer(deck(), { type: 'show', index: 99 }).index).toBe(4);
    expect(deckReducer(deck(2), { type: 'show', index: -1 }).index).toBe(0);
  });

  it('closes the prompt and lifts the blackout on a new slide', () => {
    const s = { ...deck(1), blackout: true, prompt: true };
    expect(deckReducer(s, { type: 'show', index: 2 })).toMatchObject({ index: 2, blackout: false, prompt: false });
  });

  it('returns the same object when nothing changes (so nothing is redrawn or re-sent)', () => {
    const s = deck(1);
    expect(deckReducer(s, { type: 'show', index: 1 })).toBe(s);
    expect(deckReducer(s, { type: 'blackout', on: false })).toBe(s);
    expect(deckReducer(s, { type: 'hello' })).toBe(s);
    expect(deckReducer(s, stateMessage(s))).toBe(s);
  });

  it('takes another window’s whole state', () => {
    expect(deckReducer(deck(0), { type: 'state', index: 3, blackout: true, prompt: false })).toEqual({ index: 3, total: 5, blackout: true, prompt: false });
  });

  it('sets the blackout and the prompt', () => {
    expect(deckReducer(deck(), { type: 'blackout', on: true }).blackout).toBe(true);
    expect(deckReducer(deck(), { type: 'prompt', on: true }).prompt).toBe(true);
  });

  it('is idempotent: a message applied twice lands where applying it once does', () => {
    for (const m of [
      messageFor(deck(1), { type: 'next' }),
      { type: 'blackout', on: true } as const,
      { type: 'state', index: 2, blackout: false, prompt: true } as const,
    ]) {
      const once = deckReducer(deck(1), m);
      expect(deckReducer(once, m)).toEqual(once);
    }
  });
});

describe('intents become absolute messages', () => {
  it('next and prev stop at the ends', () => {
    expect(messageFor(deck(1), { type: 'next' })).toEqual({ type: 'show', index: 2 });
    expect(messageFor(deck(4), { type: 'next' })).toEqual({ type: 'show', index: 4 });
    expect(messageFor(deck(0), { type: 'prev' })).toEqual({ type: 'show', index: 0 });
  });
  it('first, last and go', () => {
    expect(messageFor(deck(2), { type: 'first' })).toEqual({ type: 'show', index: 0 });
    expect(messageFor(deck(2), { type: 'last' })).toEqual({ type: 'show', index: 4 });
    expect(messageFor(deck(2), { type: 'go', index: 3 })).toEqual({ type: 'show', index: 3 });
  });
  it('toggles carry the new value', () => {
    expect(messageFor(deck(), { type: 'toggle-blackout' })).toEqual({ type: 'blackout', on: true });
    expect(messageFor({ ...deck(), prompt: true }, { type: 'toggle-prompt' })).toEqual({ type: 'prompt', on: false });
  });
});

describe('reading messages off the channel', () => {
  it('accepts our messages of this protocol version', () => {
    expect(parseMessage({ v: PROTOCOL, type: 'show', index: 2 })).toEqual({ type: 'show', index: 2 });
    expect(parseMessage({ v: PROTOCOL, type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ v: PROTOCOL, type: 'state', index: 1, blackout: true, prompt: false })).toEqual({
      type: 'state',
      index: 1,
      blackout: true,
      prompt: false,
    });
    expect(parseMessage({ v: PROTOCOL, type: 'prompt', on: true })).toEqual({ type: 'prompt', on: true });
  });
  it('refuses other versions, shapes and values', () => {
    expect(parseMessage({ v: PROTOCOL + 1, type: 'show', index: 2 })).toBeNull();
    expect(parseMessage({ type: 'show', index: 2 })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'show', index: -1 })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'show', index: 1.5 })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'blackout', on: 'yes' })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'go-away' })).toBeNull();
    expect(parseMessage('show')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
