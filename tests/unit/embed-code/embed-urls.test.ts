import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildSite, embedPath, embedQuery, normaliseSite, parseEmbedQuery, viewPaths, viewUrls } from '../../../src/embed-code/embed-urls.ts';

const SITE = 'https://crossroads.example.org';

describe('normaliseSite', () => {
  it('adds one trailing slash and drops query and hash', () => {
    expect(normaliseSite(SITE)).toBe('https://crossroads.example.org/');
    expect(normaliseSite('https://example.org/maps/crossroads?x=1#y')).toBe('https://example.org/maps/crossroads/');
  });
  it('falls back to the local preview origin', () => {
    expect(normaliseSite(undefined)).toBe('http://127.0.0.1:4321/');
    expect(normaliseSite('  ')).toBe('http://127.0.0.1:4321/');
  });
  it('rejects relative and non-http URLs', () => {
    expect(() => normaliseSite('/crossroads')).toThrow(/absolute URL/);
    expect(() => normaliseSite('ftp://example.org')).toThrow(/http or https/);
  });
  it('reads SITE_URL first', () => {
    const before = process.env.SITE_URL;
    process.env.SITE_URL = 'https://news.example.com/graphics/crossroads';
    try {
      expect(buildSite()).toBe('https://news.example.com/graphics/crossroads/');
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  });
});

describe('view URLs', () => {
  it('names every file of a chapter view', () => {
    expect(viewUrls(SITE, 'closed-borders')).toEqual({
      embed: 'https://crossroads.example.org/embed/closed-borders/',
      svg: 'https://crossroads.example.org/maps/closed-borders.svg',
      png: 'https://crossroads.example.org/maps/closed-borders.png',
      cardSvg: 'https://crossroads.example.org/maps/card/closed-borders.svg',
      oembed: 'https://crossroads.example.org/oembed/closed-borders.json',
      story: 'https://crossroads.example.org/#closed-borders',
    });
  });
  it('keeps a sub-path of the site', () => {
    expect(viewUrls('https://example.org/graphics/crossroads', 'war-2020').embed).toBe('https://example.org/graphics/crossroads/embed/war-2020/');
    expect(absoluteUrl('https://example.org/graphics/crossroads/', '/#war-2020')).toBe('https://example.org/graphics/crossroads/#war-2020');
  });
  it('rejects ids that are not chapter ids (no path tricks)', () => {
    for (const bad of ['../x', 'A', 'a b', 'x/', '']) expect(() => viewPaths(bad)).toThrow(/chapter id/);
  });
});

describe('custom views', () => {
  it('has no query for the chapter as published', () => {
    expect(embedPath('blockade')).toBe('/embed/blockade/');
    expect(embedQuery({ lang: 'en', theme: 'auto' })).toBe('');
  });
  it('writes keys in a fixed order and layers in registry order', () => {
    expect(
      embedPath('blockade', { static: true, layers: ['crossings', 'nkao', 'crossings'], date: '2023-01-01', names: 'aze', theme: 'dark', plain: true }),
    ).toBe('/embed/blockade/?names=aze&date=2023-01-01&layers=nkao,crossings&theme=dark&plain=1&static=1');
  });
  it('puts the language in the path, as the site routes it, and leaves defaults out', () => {
    expect(embedPath('blockade', { lang: 'hy' })).toBe('/hy/embed/blockade/');
    expect(embedPath('blockade', { lang: 'en', names: 'both' })).toBe('/embed/blockade/');
    expect(viewPaths('blockade', { lang: 'ru', names: 'arm' }).story).toBe('/ru/?names=arm#blockade');
    expect(viewPaths('blockade', { lang: 'az' }).story).toBe('/az/#blockade');
    expect(() => embedPath('blockade', { lang: 'fr' as never })).toThrow(/Unknown language/);
    expect(() => embedQuery({ names: 'both-ways' as never })).toThrow(/naming mode/);
  });
  it('refuses unknown layers and bad dates', () => {
    expect(() => embedQuery({ layers: ['nope' as never] })).toThrow(/Unknown layer/);
    expect(() => embedQuery({ date: '1 May 2020' })).toThrow(/ISO date/);
  });
  it('reads a query back (round trip)', () => {
    const view = { names: 'aze', date: '2020-11-10', layers: ['control-areas', 'lachin-corridor'], theme: 'light', plain: true, static: true } as const;
    expect(parseEmbedQuery(embedQuery(view))).toEqual({ options: view, ignored: [] });
  });
  it('drops what it does not understand and says so', () => {
    const { options, ignored } = parseEmbedQuery('?lang=fr&date=2020-02-30&layers=nkao,bogus&theme=pink&utm_source=x');
    expect(options).toEqual({ layers: ['nkao'] });
    expect(ignored.sort()).toEqual(['date', 'lang', 'layers', 'theme', 'utm_source']);
  });
});
