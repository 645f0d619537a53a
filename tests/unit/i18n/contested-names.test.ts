import { describe, expect, it } from 'vitest';
import { contestedPairsFrom, splitContested } from '../../../src/i18n/contested-names.ts';
import { languageOfPath } from '../../../src/i18n/markdown-contested-names.ts';
import { contestedPairs } from '../../../src/layers/layer-files.ts';

const PAIRS = [
  { arm: 'Stepanakert', aze: 'Khankendi' },
  { arm: 'Shushi', aze: 'Shusha' },
];

describe('contested names in text', () => {
  it('marks slash pairs in either order, with or without spaces, and keeps the rest', () => {
    expect(splitContested('The council in Stepanakert/Khankendi voted.', PAIRS)).toEqual([
      { text: 'The council in ' },
      { first: 'Stepanakert', second: 'Khankendi', firstUsage: 'arm', separator: '/' },
      { text: ' voted.' },
    ]);
    expect(splitContested('Shusha / Shushi fell', PAIRS)).toEqual([
      { first: 'Shusha', second: 'Shushi', firstUsage: 'aze', separator: ' / ' },
      { text: ' fell' },
    ]);
  });

  it('leaves prose explanations, single names and partial words alone', () => {
    for (const text of ['a town Azerbaijanis call Khankendi', 'Stepanakert', 'Stepanakerts/Khankendi', 'Shushi/Shushaland', 'Khankendi/Khankendi']) {
      expect(splitContested(text, PAIRS), text).toEqual([{ text }]);
    }
    expect(splitContested('', PAIRS)).toEqual([]);
  });

  it('round-trips: the segments join back to the original text', () => {
    const text = 'From Stepanakert/Khankendi to Shusha/Shushi and Shushi / Shusha.';
    const joined = splitContested(text, PAIRS)
      .map((s) => ('text' in s ? s.text : `${s.first}${s.separator}${s.second}`))
      .join('');
    expect(joined).toBe(text);
  });

  it('works in Armenian and Cyrillic script, with the built places layer’s pairs', () => {
    const hy = contestedPairs('hy');
    const ru = contestedPairs('ru');
    expect(hy.length).toBeGreaterThanOrEqual(10);
    expect(splitContested('Ստեփանակերտ/Խանքենդի։', hy)[0]).toMatchObject({ first: 'Ստեփանակերտ', second: 'Խանքենդի', firstUsage: 'arm' });
    expect(splitContested('в город Степанакерт/Ханкенди.', ru)[1]).toMatchObject({ first: 'Степанакерт', firstUsage: 'arm' });
  });

  it('takes pairs only from features flagged contested, with both names', () => {
    const features = [
      { properties: { contested_name: true, name_arm_en: 'A', name_aze_en: 'B' } },
      { properties: { contested_name: false, name_arm_en: 'C', name_aze_en: 'D' } },
      { properties: { contested_name: true, name_arm_en: 'E' } },
    ];
    expect(contestedPairsFrom(features, 'en')).toEqual([{ arm: 'A', aze: 'B' }]);
  });

  it('reads a chapter file’s language from its path', () => {
    expect(languageOfPath('/x/src/content/chapters/hy/02-soviet-oblast.md')).toBe('hy');
    expect(languageOfPath('/x/src/content/chapters/en/02-soviet-oblast.md')).toBe('en');
    expect(languageOfPath(undefined)).toBe('en');
  });
});
