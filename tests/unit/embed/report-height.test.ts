import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, HEIGHT_RANGE, heightMessages, naturalHeight } from '../../../src/embed/report-height.ts';
import {
  acceptHeight,
  FRAME_ATTRIBUTE,
  heightOf,
  LOADER_HEIGHT_RANGE,
  LOADER_MESSAGE_TYPE,
  originOf,
  placeholderFrame,
  type FrameLike,
} from '../../../src/embed-code/embed-loader.ts';
import { EMBED_DATA_ATTRIBUTE } from '../../../src/embed-code/embed-snippet.ts';

describe('height messages (embed page side)', () => {
  it('posts Pym, AMP and our own format', () => {
    expect(heightMessages(612.2, 'map-1')).toEqual([
      'pymxPYMxmap-1xPYMxheightxPYMx613',
      { sentinel: 'amp', type: 'embed-size', height: 613 },
      { type: 'crossroads:height', id: 'map-1', height: 613 },
    ]);
  });
  it('measures the page with the map at its natural height, not the frame’s', () => {
    // A 900 px frame whose map stretched to 700 px; the map would like 400 px: the page wants 600.
    expect(naturalHeight({ contentHeight: 900, flexHeight: 700, naturalFlexHeight: 400 })).toBe(600);
    // A short frame that overflows: the same answer.
    expect(naturalHeight({ contentHeight: 400, flexHeight: 140, naturalFlexHeight: 400 })).toBe(660);
  });
});

describe('/embed.js core (host page side)', () => {
  const ORIGIN = 'https://maps.example.org';
  const win = {};
  const frame = (contentWindow: unknown, src = `${ORIGIN}/embed/war-2020/`): FrameLike => ({
    contentWindow,
    src,
    style: { height: '' },
    getAttribute: () => 'war-2020',
  });
  const msg = (height: unknown) => ({ type: 'crossroads:height', id: 'x', height });

  it('shares its constants with the page side and the snippets', () => {
    expect(LOADER_MESSAGE_TYPE).toBe(HEIGHT_MESSAGE_TYPE);
    expect([...LOADER_HEIGHT_RANGE]).toEqual([...HEIGHT_RANGE]);
    expect(FRAME_ATTRIBUTE).toBe(EMBED_DATA_ATTRIBUTE);
  });
  it('accepts our message from one of our frames on our origin', () => {
    const f = frame(win);
    expect(acceptHeight({ origin: ORIGIN, source: win, data: msg(640.4) }, [frame({}), f], ORIGIN)).toEqual({ frame: f, height: 641 });
  });
  it('ignores a foreign origin, a frame not ours, a missing source and our frame on another origin', () => {
    expect(acceptHeight({ origin: 'https://evil.example', source: win, data: msg(640) }, [frame(win)], ORIGIN)).toBeNull();
    expect(acceptHeight({ origin: ORIGIN, source: {}, data: msg(640) }, [frame(win)], ORIGIN)).toBeNull();
    expect(acceptHeight({ origin: ORIGIN, source: null, data: msg(640) }, [frame(null)], ORIGIN)).toBeNull();
    expect(acceptHeight({ origin: ORIGIN, source: win, data: msg(640) }, [frame(win, 'https://evil.example/embed/x/')], ORIGIN)).toBeNull();
    expect(acceptHeight({ origin: '', source: win, data: msg(640) }, [frame(win)], '')).toBeNull();
  });
  it('ignores other message shapes and absurd heights', () => {
    for (const data of [
      'pymxPYMxxPYMxheightxPYMx500',
      { sentinel: 'amp', type: 'embed-size', height: 500 },
      null,
      42,
      msg('500'),
      msg(NaN),
      msg(Infinity),
      msg(10),
      msg(1e6),
    ]) {
      expect(heightOf(data)).toBeNull();
    }
  });
  it('reads origins strictly', () => {
    expect(originOf('https://a.example/x?y')).toBe('https://a.example');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('/relative')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
  it('turns only placeholders of our embed pages into iframes', () => {
    const ok = placeholderFrame({ src: `${ORIGIN}/embed/war-2020/?plain=1`, title: 'War', height: '500', id: 'war-2020' }, ORIGIN);
    expect(ok).toMatchObject({ src: `${ORIGIN}/embed/war-2020/?plain=1`, title: 'War', height: '500', [FRAME_ATTRIBUTE]: 'war-2020' });
    expect(placeholderFrame({ src: 'https://evil.example/embed/war-2020/', title: null, height: null, id: null }, ORIGIN)).toBeNull();
    expect(placeholderFrame({ src: `${ORIGIN}/data/`, title: null, height: null, id: null }, ORIGIN)).toBeNull();
    expect(placeholderFrame({ src: `${ORIGIN}/embed/x/`, title: null, height: '99999', id: null }, ORIGIN)!.height).toBe('600');
  });
});
