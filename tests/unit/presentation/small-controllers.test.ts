import { describe, expect, it } from 'vitest';
import { authoredFact, formatDateRange, keyFacts, type KeyFactContext } from '../../../src/chapters/key-facts.ts';
import { swipeIntent } from '../../../src/presentation/swipe.ts';
import { elapsed, formatDuration, pauseStopwatch, startStopwatch, STOPPED } from '../../../src/presentation/timer.ts';
import { PROJECTOR } from '../../../src/map/style/palette.ts';

const ctx = (names: Record<string, string> = {}): KeyFactContext => ({
  names,
  layerTitle: (id) => `L:${id}`,
  more: (list, n) => `${list} and ${n} more`,
  basemap: ['countries', 'water', 'places'],
  locale: 'en-GB',
});

describe('key facts', () => {
  const chapter = { period: { from: '2020-09-27', to: '2020-11-10' }, date: '2020-11-09', highlight: ['a', 'b'], layers: ['control-areas', 'events'] } as const;

  it('gives the dates, the map date, the marked places and the story layers', () => {
    // Intl puts thin spaces around the range dash; compare with plain spaces.
    const facts = keyFacts({ ...chapter, highlight: [...chapter.highlight], layers: [...chapter.layers] }, ctx({ a: 'Hadrut', b: 'Shusha/Shushi' }));
    expect(facts.map((f) => ({ ...f, text: f.text.replace(/\s/g, ' ') }))).toEqual([
      { label: 'present.fact.when', text: '27 September – 10 November 2020' },
      { label: 'present.fact.map-date', text: '9 November 2020' },
      { label: 'present.fact.marked', text: 'Hadrut · Shusha/Shushi' },
      { label: 'present.fact.layers', text: 'L:control-areas, L:events' },
    ]);
  });

  it('leaves out the map date when it is an end of the period, and names that are unknown', () => {
    const facts = keyFacts({ ...chapter, date: '2020-11-10', highlight: ['zzz'], layers: ['events'] }, ctx());
    expect(facts.map((f) => f.label)).toEqual(['present.fact.when', 'present.fact.layers']);
  });

  it('shortens a long list of marked places to "and N more", always naming the first', () => {
    const names = { a: 'A very long place name number one', b: 'Another long place name two', c: 'Third', d: 'Fourth' };
    const marked = keyFacts({ ...chapter, highlight: ['a', 'b', 'c', 'd'], layers: ['events'] }, ctx(names)).find((f) => f.label === 'present.fact.marked')!;
    expect(marked.text).toBe('A very long place name number one · Another long place name two and 2 more');
  });

  it('never gives more than four facts, never the changes text', () => {
    const facts = keyFacts({ ...chapter, highlight: ['a'], layers: ['control-areas'] }, ctx({ a: 'X' }));
    expect(facts.length).toBeLessThanOrEqual(4);
    expect(facts.length).toBeGreaterThanOrEqual(2);
  });

  it("shows a chapter's own key_facts, in order, instead of the derived ones, each under its leading date", () => {
    const key_facts = ['12 Dec 2022: the Lachin road is blocked', '100,417 people had crossed into Armenia by 30 Sep 2023'];
    const facts = keyFacts({ ...chapter, highlight: [...chapter.highlight], layers: [...chapter.layers], key_facts }, ctx({ a: 'Hadrut', b: 'Shusha/Shushi' }));
    expect(facts).toEqual([
      { label: 'present.fact.key', heading: '12 Dec 2022', text: 'The Lachin road is blocked' },
      { label: 'present.fact.key', text: '100,417 people had crossed into Armenia by 30 Sep 2023' },
    ]);
  });

  it('shows at most four key_facts, and derives the facts as before when key_facts is absent or empty', () => {
    const base = { ...chapter, highlight: [...chapter.highlight], layers: [...chapter.layers] };
    const four = keyFacts({ ...base, key_facts: ['1993: a', '1994: b', '1995: c', '1996: d', '1997: e'] }, ctx());
    expect(four.map((f) => f.heading)).toEqual(['1993', '1994', '1995', '1996']);
    const derived = keyFacts(base, ctx({ a: 'Hadrut' })).map((f) => f.label);
    expect(derived).toEqual(['present.fact.when', 'present.fact.map-date', 'present.fact.marked', 'present.fact.layers']);
    expect(keyFacts({ ...base, key_facts: [] }, ctx({ a: 'Hadrut' })).map((f) => f.label)).toEqual(derived);
  });

  it('takes a leading date only when it is short and holds a year', () => {
    expect(authoredFact("Since 1993: Armenia's border with Turkey is closed")).toEqual({
      label: 'present.fact.key',
      heading: 'Since 1993',
      text: "Armenia's border with Turkey is closed",
    });
    expect(authoredFact('Early 1990s: the railway falls out of use').heading).toBe('Early 1990s');
    expect(authoredFact('Note: nothing dated here at all')).toEqual({ label: 'present.fact.key', text: 'Note: nothing dated here at all' });
    expect(authoredFact('In the long years after the 1994 ceasefire: talks stall').heading).toBeUndefined();
  });

  it('takes an Armenian leading date, set off by the Armenian comma (՝), and keeps later commas in the text', () => {
    expect(authoredFact('2020 թ. սեպտեմբեր–նոյեմբեր՝ սպանվում է ավելի քան 6 000 մարդ, մեծ մասը՝ զինվորներ')).toEqual({
      label: 'present.fact.key',
      heading: '2020 թ. սեպտեմբեր–նոյեմբեր',
      text: 'Սպանվում է ավելի քան 6 000 մարդ, մեծ մասը՝ զինվորներ',
    });
  });

  it('writes one date when both ends agree', () => expect(formatDateRange({ from: '2024-04-19', to: '2024-04-19' }, 'en-GB')).toBe('19 April 2024'));
});

describe('swipes', () => {
  it('left is next, right is previous', () => {
    expect(swipeIntent(-120, 10)).toBe('next');
    expect(swipeIntent(120, -10)).toBe('prev');
  });
  it('ignores short and mostly vertical moves', () => {
    expect(swipeIntent(-30, 0)).toBeNull();
    expect(swipeIntent(-80, 90)).toBeNull();
  });
});

describe('the speaker view stopwatch', () => {
  it('counts while running, keeps its time while paused, and starts again from there', () => {
    const running = startStopwatch(STOPPED, 1000);
    expect(elapsed(running, 4000)).toBe(3000);
    const paused = pauseStopwatch(running, 5000);
    expect(elapsed(paused, 9000)).toBe(4000);
    expect(elapsed(startStopwatch(paused, 10_000), 11_000)).toBe(5000);
  });
  it('formats minutes and hours', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the projector palette', () => {
  it('is black on white for text (WCAG AAA, ≥ 7:1) and keeps muted text and the accent at AAA too', () => {
    expect(contrast(PROJECTOR.ink, PROJECTOR.paper)).toBeGreaterThanOrEqual(20);
    expect(contrast(PROJECTOR.inkMuted, PROJECTOR.paper)).toBeGreaterThanOrEqual(7);
    expect(contrast(PROJECTOR.accent, PROJECTOR.paper)).toBeGreaterThanOrEqual(7);
  });
  it('keeps map labels at AAA over their halo and the country borders at 3:1 over the fills', () => {
    expect(contrast(PROJECTOR.label, PROJECTOR.labelHalo)).toBeGreaterThanOrEqual(7);
    for (const fill of [PROJECTOR.armenia, PROJECTOR.azerbaijan, PROJECTOR.land]) expect(contrast(PROJECTOR.countryBorder, fill)).toBeGreaterThanOrEqual(3);
  });
});
