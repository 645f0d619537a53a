// The timeline's named phases: in date order from the story's start, and each chapter's map date
// inside the phase its period starts in (a chapter never sits under another phase's name).
import { describe, expect, it } from 'vitest';
import { TIMELINE_PHASES } from '../../../src/timeline/phases.ts';
import { STORY_START } from '../../../src/schemas/story-start.ts';
import { loadChapters } from '../../support/chapters.ts';

/** The index of the phase a date falls in (dates before the story's start fall in the first). */
const phaseIndex = (date: string) =>
  Math.max(
    0,
    TIMELINE_PHASES.findLastIndex((p) => p.from <= date),
  );

describe('timeline phases', () => {
  it('start at the story’s start and run in date order', () => {
    expect(TIMELINE_PHASES[0]!.from).toBe(STORY_START);
    const starts = TIMELINE_PHASES.map((p) => p.from);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('put every chapter’s map date in the phase where its period starts, or on its closing day', () => {
    for (const c of loadChapters()) {
      const i = phaseIndex(c.period.from);
      const next = TIMELINE_PHASES[i + 1]?.from ?? '9999-12-31';
      expect(c.date >= TIMELINE_PHASES[i]!.from || i === 0, c.id).toBe(true);
      expect(c.date <= next, `${c.id}: ${c.date} is past the end of its phase, ${next}`).toBe(true);
    }
  });

  it('name the 2020 war by its dates, not by either side’s name for it', () => {
    const war = TIMELINE_PHASES.find((p) => p.id === 'war-2020')!;
    expect(war.from).toBe('2020-09-27');
    expect(war.label).toBe('timeline.phase.war-2020');
  });
});
