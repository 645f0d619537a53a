import { describe, expect, it } from 'vitest';
import { indexDiscussion, questionsForChapters } from '../../../src/handout/discussion-index.ts';

const q = (n: number) => ({ question: `Question number ${n}?`, answer: `Answer number ${n}.` });
const ENTRIES = [
  { id: 'a', questions: [q(1), q(2)] },
  { id: 'b', questions: [q(3), q(4), q(5)] },
];

describe('indexDiscussion', () => {
  it('indexes questions by chapter id', () => {
    const { byChapter, missing, unknown } = indexDiscussion(ENTRIES, ['a', 'b']);
    expect(byChapter.get('b')).toHaveLength(3);
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
  });
  it('reports chapters without questions and entries without a chapter', () => {
    const { missing, unknown } = indexDiscussion(ENTRIES, ['a', 'c']);
    expect(missing).toEqual(['c']);
    expect(unknown).toEqual(['b']);
  });
});

describe('questionsForChapters', () => {
  it('returns the questions in chapter order', () => {
    expect(questionsForChapters(ENTRIES, ['b', 'a']).map((qs) => qs.length)).toEqual([3, 2]);
  });
  it('fails naming what does not match, so the build stops', () => {
    expect(() => questionsForChapters(ENTRIES, ['a', 'c'])).toThrow(/no questions for c; questions for unknown chapters b/);
  });
});
