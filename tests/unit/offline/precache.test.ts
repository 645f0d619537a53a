import { describe, expect, it } from 'vitest';
import { buildPrecache, fileUrl, isExcluded } from '../../../src/offline/precache.ts';

const file = (path: string, text = path) => ({ path, content: new TextEncoder().encode(text) });
const SITE = [
  file('index.html'),
  file('handout/index.html'),
  file('assets/app.1a2b.js'),
  file('maps/x.svg'),
  file('sw.js'),
  file('embed/x/index.html'),
  file('embed.js'),
  file('oembed/x.json'),
];

describe('fileUrl', () => {
  it('serves index.html at its folder and other files as they are', () => {
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('handout/teacher/index.html')).toBe('/handout/teacher/');
    expect(fileUrl('data/layers.json')).toBe('/data/layers.json');
    expect(fileUrl('maps\\x.svg')).toBe('/maps/x.svg');
  });
});

describe('buildPrecache', () => {
  it('lists every file but the worker itself and the embeds, in a stable order', () => {
    expect(buildPrecache(SITE).urls).toEqual(['/', '/assets/app.1a2b.js', '/handout/', '/maps/x.svg']);
    expect(buildPrecache([...SITE].reverse())).toEqual(buildPrecache(SITE));
    expect(['sw.js', 'embed.js', 'embed/a/index.html', 'hy/embed/a/index.html', 'ru/embed/index.html', 'oembed/a.json', '.DS_Store'].every(isExcluded)).toBe(
      true,
    );
    expect(['hy/index.html', 'az/glossary/index.html', 'hyembed/x.html'].some(isExcluded)).toBe(false);
  });

  it('gives a new version when any cached file changes, is added or is renamed, and only then', () => {
    const v = buildPrecache(SITE).version;
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    const edited = SITE.map((f) => (f.path === 'maps/x.svg' ? file(f.path, 'changed') : f));
    expect(buildPrecache(edited).version).not.toBe(v);
    expect(buildPrecache([...SITE, file('glossary/index.html')]).version).not.toBe(v);
    expect(buildPrecache(SITE.map((f) => (f.path === 'maps/x.svg' ? file('maps/y.svg', 'maps/x.svg') : f))).version).not.toBe(v);
    // The worker and the embeds are not cached, so they do not change the version.
    expect(buildPrecache(SITE.map((f) => (f.path === 'sw.js' || f.path === 'embed.js' ? file(f.path, 'other') : f))).version).toBe(v);
  });
});
