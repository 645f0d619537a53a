import { describe, expect, it } from 'vitest';
import { mapStateFor, type ChapterMapFields } from '../../../src/map/map-state.ts';

const chapter: ChapterMapFields = {
  id: 'x',
  date: '2020-11-10',
  camera: { desktop: { bounds: [45, 39, 47, 41], padding: 0 }, phone: { bounds: [45.5, 39.5, 46.5, 40.5], padding: 0 } },
  layers: [],
  highlight: [],
  callouts: [
    { id: 'b', toward: 'e', phone_toward: 'n' },
    { id: 'a', toward: 'sw' },
  ],
};

describe('mapStateFor: callouts by viewport', () => {
  it('points a callout its phone way in the phone view, and its own way elsewhere', () => {
    expect(mapStateFor(chapter, { language: 'en', viewport: 'desktop' }).callouts).toEqual({ a: 'sw', b: 'e' });
    expect(mapStateFor(chapter, { language: 'en', viewport: 'phone' }).callouts).toEqual({ a: 'sw', b: 'n' });
  });

  it('lists the callouts by id, whatever order the chapter gives', () => {
    expect(Object.keys(mapStateFor(chapter, { language: 'en', viewport: 'phone' }).callouts)).toEqual(['a', 'b']);
  });
});
