import { describe, expect, it } from 'vitest';
import { datedSteps, stepAt } from '../../../src/chapters/dated-steps.ts';

const events = new Map([
  ['begins', { date: '2020-09-27', name: 'The war begins' }],
  ['hadrut', { date: '2020-10-09', name: 'Hadrut taken' }],
  ['shusha', { date: '2020-11-08', name: 'Shusha/Shushi taken' }],
]);
const chapter = { id: 'war', date: '2020-11-09', steps: [{ event: 'begins' }, { event: 'hadrut' }, { event: 'shusha' }] };

describe('datedSteps', () => {
  it("shows each event's day, and the chapter's own date at the last step", () => {
    expect(datedSteps(chapter, events, 'en').map((s) => s.date)).toEqual(['2020-09-27', '2020-10-09', '2020-11-09']);
  });
  it("labels a step with its event's date and name in the language", () => {
    expect(datedSteps(chapter, events, 'en')[1]!.label).toBe('Oct 9, 2020: Hadrut taken');
    expect(datedSteps(chapter, events, 'ru')[1]!.label).toMatch(/^9 окт\. 2020/);
  });
  it('is empty for a chapter without steps', () => expect(datedSteps({ id: 'x', date: '2020-01-01' }, events, 'en')).toEqual([]));
  it('refuses an unknown event, steps out of order, and a last event after the chapter date', () => {
    expect(() => datedSteps({ ...chapter, steps: [{ event: 'begins' }, { event: 'nope' }] }, events, 'en')).toThrow(/not an event/);
    expect(() => datedSteps({ ...chapter, steps: [{ event: 'hadrut' }, { event: 'begins' }] }, events, 'en')).toThrow(/comes before/);
    expect(() => datedSteps({ ...chapter, date: '2020-11-01' }, events, 'en')).toThrow(/after the chapter's date/);
  });
});

describe('stepAt', () => {
  it('opens on the first step at the top of the chapter', () => expect(stepAt(0, 3)).toBe(0));
  it('reaches the last step at 70 % of the chapter and keeps it to the end', () => {
    expect(stepAt(0.69, 3)).toBe(2);
    expect(stepAt(1, 3)).toBe(2);
  });
  it('moves through the steps in order as the reader scrolls', () => {
    const seen = Array.from({ length: 101 }, (_, i) => stepAt(i / 100, 4));
    expect([...new Set(seen)]).toEqual([0, 1, 2, 3]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
  it('clamps readings outside 0–1', () => {
    expect(stepAt(-0.2, 3)).toBe(0);
    expect(stepAt(1.4, 3)).toBe(2);
  });
});
