import { describe, expect, it } from 'vitest';
import { deckReducer, initialDeckState, messageFor, parseMessage, PROTOCOL, stateMessage } from '../../../src/presentation/sync.ts';

const deck = (index = 0) => initialDeckState(5, index);

describe('the deck reducer', () => {
  it('starts on the asked slide, clamped, with nothing over it', () => {
    expect(initialDeckState(5, 2)).toEqual({ index: 2, total: 5, step: 0, steps: [1, 1, 1, 1, 1], blackout: false, prompt: false });
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
    expect(deckReducer(deck(0), { type: 'state', index: 3, step: 0, blackout: true, prompt: false })).toMatchObject({
      index: 3,
      step: 0,
      total: 5,
      blackout: true,
      prompt: false,
    });
  });

  it('sets the blackout and the prompt', () => {
    expect(deckReducer(deck(), { type: 'blackout', on: true }).blackout).toBe(true);
    expect(deckReducer(deck(), { type: 'prompt', on: true }).prompt).toBe(true);
  });

  it('is idempotent: a message applied twice lands where applying it once does', () => {
    for (const m of [
      messageFor(deck(1), { type: 'next' }),
      { type: 'blackout', on: true } as const,
      { type: 'state', index: 2, step: 0, blackout: false, prompt: true } as const,
    ]) {
      const once = deckReducer(deck(1), m);
      expect(deckReducer(once, m)).toEqual(once);
    }
  });
});

describe('intents become absolute messages', () => {
  it('next and prev stop at the ends', () => {
    expect(messageFor(deck(1), { type: 'next' })).toEqual({ type: 'show', index: 2, step: 0 });
    expect(messageFor(deck(4), { type: 'next' })).toEqual({ type: 'show', index: 4, step: 0 });
    expect(messageFor(deck(0), { type: 'prev' })).toEqual({ type: 'show', index: 0, step: 0 });
  });
  it('next and prev walk through a slide’s dated steps: forward from its first, back from its last', () => {
    // Slide 1 has three steps; the deck opens on a slide's last step.
    const walk = (from: ReturnType<typeof deck>, type: 'next' | 'prev', times: number) => {
      const seen: [number, number][] = [];
      let s = from;
      for (let i = 0; i < times; i++) {
        s = deckReducer(s, messageFor(s, { type }));
        seen.push([s.index, s.step]);
      }
      return seen;
    };
    const start = initialDeckState(3, 0, [1, 3, 1]);
    expect(walk(start, 'next', 5)).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 0],
      [2, 0],
    ]);
    expect(walk(initialDeckState(3, 2, [1, 3, 1]), 'prev', 5)).toEqual([
      [1, 2],
      [1, 1],
      [1, 0],
      [0, 0],
      [0, 0],
    ]);
  });
  it('lands on a slide’s last step when opened, jumped to, or shown without a step', () => {
    expect(initialDeckState(3, 1, [1, 3, 1]).step).toBe(2);
    const s = initialDeckState(3, 0, [1, 3, 1]);
    expect(deckReducer(s, messageFor(s, { type: 'go', index: 1 })).step).toBe(2);
    expect(deckReducer(s, { type: 'show', index: 1, step: 9 }).step).toBe(2);
    expect(deckReducer(s, { type: 'state', index: 1, step: 1, blackout: false, prompt: false }).step).toBe(1);
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
    expect(parseMessage({ v: PROTOCOL, type: 'show', index: 2, step: 1 })).toEqual({ type: 'show', index: 2, step: 1 });
    expect(parseMessage({ v: PROTOCOL, type: 'state', index: 1, step: 0, blackout: true, prompt: false })).toEqual({
      type: 'state',
      index: 1,
      step: 0,
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
    expect(parseMessage({ v: PROTOCOL, type: 'show', index: 1, step: -1 })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'state', index: 1, blackout: true, prompt: false })).toBeNull();
    expect(parseMessage({ v: PROTOCOL, type: 'go-away' })).toBeNull();
    expect(parseMessage('show')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
