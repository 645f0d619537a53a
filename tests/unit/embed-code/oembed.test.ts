import { describe, expect, it } from 'vitest';
import { buildOEmbed, OEMBED_REQUIRED, OEMBED_RICH_REQUIRED, oembedDiscoveryLink, oembedProblems } from '../../../src/embed-code/oembed.ts';

const input = { site: 'https://crossroads.example.org', chapterId: 'war-2020', title: 'Forty-four days', alt: 'A map of the 2020 war.' };

describe('buildOEmbed', () => {
  const r = buildOEmbed(input);
  it('has every field the spec requires of a "rich" response', () => {
    for (const k of [...OEMBED_REQUIRED, ...OEMBED_RICH_REQUIRED]) expect(r).toHaveProperty(k);
    expect(r.version).toBe('1.0');
    expect(r.type).toBe('rich');
    expect(Number.isInteger(r.width) && r.width > 0).toBe(true);
    expect(Number.isInteger(r.height) && r.height > 0).toBe(true);
    expect(oembedProblems(JSON.parse(JSON.stringify(r)))).toEqual([]);
  });
  it('embeds the responsive iframe of the chapter, titled', () => {
    expect(r.html).toMatch(/^<iframe src="https:\/\/crossroads\.example\.org\/embed\/war-2020\/" title="Forty-four days"/);
    expect(r.html).toContain('/embed.js');
  });
  it('names the provider and the PNG thumbnail with its size', () => {
    expect(r).toMatchObject({
      title: 'Forty-four days',
      provider_name: 'Crossroads',
      provider_url: 'https://crossroads.example.org/',
      thumbnail_url: 'https://crossroads.example.org/maps/war-2020.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(r.cache_age).toBeGreaterThan(0);
    expect(r).not.toHaveProperty('author_name');
  });
  it('credits an author when given one', () => {
    expect(buildOEmbed({ ...input, authorName: 'Crossroads team' }).author_name).toBe('Crossroads team');
  });
});

describe('oembedProblems', () => {
  it('finds what a broken response lacks', () => {
    expect(oembedProblems(null)).toEqual(['not a JSON object']);
    const p = oembedProblems({ version: '1', type: 'video', width: '800', thumbnail_url: 'x' });
    expect(p).toEqual(
      expect.arrayContaining([
        'version must be "1.0"',
        'type must be "rich"',
        'html must be a non-empty string',
        'width must be a positive integer',
        'height must be a positive integer',
        'thumbnail_url, thumbnail_width and thumbnail_height must all be present or all absent',
      ]),
    );
  });
});

describe('oembedDiscoveryLink', () => {
  it('points at the static JSON of the chapter', () => {
    expect(oembedDiscoveryLink('https://crossroads.example.org/', 'war-2020', 'Forty-four days')).toEqual({
      rel: 'alternate',
      type: 'application/json+oembed',
      href: 'https://crossroads.example.org/oembed/war-2020.json',
      title: 'Forty-four days',
    });
  });
});
