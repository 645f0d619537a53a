import { describe, expect, it } from 'vitest';
import { chapterFromHash, urlForChapter } from '../../../src/chapters/hash-chapter.ts';

const IDS = ['closed-borders', 'soviet-oblast'];

describe('chapterFromHash', () => {
  it('reads no hash as none', () => expect(chapterFromHash('', IDS)).toEqual({ kind: 'none' }));
  it('reads a bare # as none', () => expect(chapterFromHash('#', IDS)).toEqual({ kind: 'none' }));
  it('finds a chapter', () => expect(chapterFromHash('#soviet-oblast', IDS)).toEqual({ kind: 'chapter', id: 'soviet-oblast' }));
  it('reports an unknown id', () => expect(chapterFromHash('#nowhere', IDS)).toEqual({ kind: 'unknown', hash: 'nowhere' }));
  it('survives a malformed escape', () => expect(chapterFromHash('#%E0%A4%A', IDS)).toEqual({ kind: 'unknown', hash: '%E0%A4%A' }));
});

describe('urlForChapter', () => {
  it('adds the fragment', () => expect(urlForChapter({ pathname: '/', search: '?a=1' }, 'soviet-oblast')).toBe('/?a=1#soviet-oblast'));
  it('drops the fragment for no chapter', () => expect(urlForChapter({ pathname: '/', search: '' }, null)).toBe('/'));
});
