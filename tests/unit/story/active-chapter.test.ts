import { describe, expect, it } from 'vitest';
import { activeChapter, chapterProgress, storyProgress } from '../../../src/story/active-chapter.ts';

const rects = (tops: number[], height = 500) => tops.map((top, i) => ({ id: `c${i + 1}`, top, bottom: top + height }));

describe('activeChapter', () => {
  it('returns null without chapters', () => expect(activeChapter([], 400)).toBeNull());
  it('returns the first chapter above the story (reading the intro)', () => expect(activeChapter(rects([900, 1400]), 400)).toBe('c1'));
  it('returns the last chapter whose top crossed the trigger line', () => expect(activeChapter(rects([-600, 100, 600]), 400)).toBe('c2'));
  it('returns the chapter whose top sits exactly on the line', () => expect(activeChapter(rects([-100, 400]), 400)).toBe('c2'));
  it('returns the last chapter past the end of the story', () => expect(activeChapter(rects([-3000, -2500, -2000]), 400)).toBe('c3'));
});

describe('storyProgress', () => {
  it('is 0 before the first chapter', () => expect(storyProgress(rects([900, 1400]), 400)).toBe(0));
  it('is 1 after the last chapter', () => expect(storyProgress(rects([-3000, -2500]), 400)).toBe(1));
  it('is halfway in the middle', () => expect(storyProgress(rects([0, 500]), 500)).toBe(0.5));
});

describe('chapterProgress', () => {
  it('is 0 until the trigger line reaches the chapter', () => expect(chapterProgress(rects([-600, 600]), 'c2', 400)).toBe(0));
  it('is the share of the chapter the line has passed', () => expect(chapterProgress(rects([-600, 100]), 'c2', 400)).toBeCloseTo(0.6));
  it('is 1 past its end, and 0 for an unknown chapter', () => {
    expect(chapterProgress(rects([-600, 100]), 'c1', 400)).toBe(1);
    expect(chapterProgress(rects([-600, 100]), 'nope', 400)).toBe(0);
  });
});
