import { describe, expect, it } from 'vitest';
import { bindingFor, KEY_TABLE, parseSlideNumber, pushDigit } from '../../../src/presentation/keyboard.ts';
import { parseMessage } from '../../../src/presentation/sync.ts';
import { createFuzzer, FUZZ_RUNS, show } from '../support/fuzz.ts';

// The slides' inputs: typed slide numbers, key presses, and messages from the other window.

describe('typed slide numbers fuzz', () => {
  it(`keeps at most three digits and never jumps outside the deck, for ${FUZZ_RUNS} key sequences`, () => {
    const f = createFuzzer(0x7e9d);
    const keys = ['0', '1', '2', '9', '١', '٣', '０', '²', 'a', '-', '.', 'e', ' ', 'Enter', '10', ''];
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const total = f.pick([0, 1, 3, 18, 99, 999, 1000]);
      let buffer = f.next() < 0.1 ? f.nasty(6) : '';
      for (let k = f.int(8); k > 0; k--) buffer = pushDigit(buffer, f.next() < 0.2 ? f.nasty(2) : f.pick(keys));
      let index: number | null = null;
      expect(() => (index = parseSlideNumber(buffer, total)), show(buffer)).not.toThrow();
      if (index !== null) {
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(total);
        expect(index).toBe(Number(buffer) - 1);
        expect(buffer, show(buffer)).toMatch(/^[0-9]{1,3}$/);
      }
    }
  });
});

describe('key presses fuzz', () => {
  it(`maps any key press to a binding of the table or to nothing, for ${FUZZ_RUNS} presses`, () => {
    const f = createFuzzer(0xb1d);
    const keys = [...KEY_TABLE.flatMap((b) => b.keys), 'Shift', 'Tab', 'F5', 'Dead', 'Unidentified', 'B', 'W', 'ß', 'İ', 'ı'];
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const press = {
        key: f.next() < 0.5 ? f.pick(keys) : f.nasty(4),
        shiftKey: f.next() < 0.3,
        ctrlKey: f.next() < 0.1,
        altKey: f.next() < 0.1,
        metaKey: f.next() < 0.1,
      };
      let binding: ReturnType<typeof bindingFor> = null;
      expect(() => (binding = bindingFor(press)), show(press)).not.toThrow();
      if (press.ctrlKey || press.altKey || press.metaKey) expect(binding).toBeNull();
      if (binding) expect(KEY_TABLE, show(press)).toContain(binding);
    }
  });
});

describe('sync messages fuzz', () => {
  it(`accepts only well-formed messages of our protocol, for ${FUZZ_RUNS} messages`, () => {
    const f = createFuzzer(0x5c);
    const values = () => f.pick<unknown>([0, 1, -1, 1.5, NaN, Infinity, 2 ** 53, '1', true, false, null, undefined, {}, [], f.nasty(4)]);
    for (let i = 0; i < FUZZ_RUNS; i++) {
      const data: unknown =
        f.next() < 0.15
          ? f.pick<unknown>([null, undefined, 1, 'show', [], f.nasty(), Object.create(null)])
          : {
              v: f.next() < 0.8 ? 1 : values(),
              type: f.pick(['show', 'blackout', 'prompt', 'state', 'hello', 'SHOW', '', '__proto__', 'toString']),
              index: values(),
              on: values(),
              blackout: values(),
              prompt: values(),
            };
      let m: ReturnType<typeof parseMessage> = null;
      expect(() => (m = parseMessage(data)), show(data)).not.toThrow();
      if (m === null) continue;
      const msg = m as Record<string, unknown>;
      expect(['show', 'blackout', 'prompt', 'state', 'hello']).toContain(msg.type);
      if ('index' in msg) expect(Number.isInteger(msg.index) && (msg.index as number) >= 0, show(data)).toBe(true);
      for (const k of ['on', 'blackout', 'prompt']) if (k in msg) expect(typeof msg[k], show(data)).toBe('boolean');
    }
  });
});
