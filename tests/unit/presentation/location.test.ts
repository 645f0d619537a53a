import { describe, expect, it } from 'vitest';
import { slideFromHash, urlForSlide } from '../../../src/presentation/location.ts';

const IDS = ['closed-borders', 'soviet-oblast', 'war-2020'];

describe('slide deep links', () => {
  it('reads #<chapter-id> as that slide', () => expect(slideFromHash('#war-2020', IDS)).toEqual({ kind: 'slide', index: 2 }));
  it('reads reveal.js-style #/<chapter-id> too', () => expect(slideFromHash('#/soviet-oblast', IDS)).toEqual({ kind: 'slide', index: 1 }));
  it('reads percent-encoded ids', () => expect(slideFromHash('#war%2D2020', IDS)).toEqual({ kind: 'slide', index: 2 }));
  it('reads no fragment as none', () => {
    expect(slideFromHash('', IDS)).toEqual({ kind: 'none' });
    expect(slideFromHash('#', IDS)).toEqual({ kind: 'none' });
  });
  it('reports an unknown id', () => expect(slideFromHash('#nowhere', IDS)).toEqual({ kind: 'unknown', hash: 'nowhere' }));
  it('survives a malformed escape', () => expect(slideFromHash('#%E0%A4%A', IDS).kind).toBe('unknown'));
  it('writes the slide URL with its query kept', () =>
    expect(urlForSlide({ pathname: '/present/', search: '?x=1' }, 'war-2020')).toBe('/present/?x=1#war-2020'));
});
