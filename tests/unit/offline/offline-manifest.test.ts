import { describe, expect, it } from 'vitest';
import { buildOfflineManifest, copyOf, offlineSummary } from '../../../src/offline/offline-manifest.ts';
import { fileUrl, isExcluded } from '../../../src/offline/precache.ts';

const file = (path: string, text = path) => ({ path, content: new TextEncoder().encode(text) });
const SITE = [
  file('index.html', '12345'),
  file('handout/index.html'),
  file('hy/index.html', '1234567'),
  file('hy/handout/index.html'),
  file('404.html'),
  file('assets/app.1a2b.js', '123'),
  file('assets/noto-sans-latin-400-normal.a1.woff2'),
  file('assets/noto-sans-latin-400-normal.b2.woff'),
  file('data/places.geojson'),
  file('maps/x.svg'),
  file('hy/maps/x.svg'),
  file('maps/x.png'),
  file('maps/card/x.svg'),
  file('sw.js'),
  file('offline.json'),
  file('_headers'),
  file('embed/x/index.html'),
  file('hy/embed/x/index.html'),
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

describe('which copy holds a file', () => {
  it('puts pages and still maps in their language, shared files in every copy, and leaves out embeds, the worker, share cards and header rules', () => {
    expect(copyOf('index.html')).toBe('en');
    expect(copyOf('glossary/index.html')).toBe('en');
    expect(copyOf('ru/present/speaker/index.html')).toBe('ru');
    expect(copyOf('404.html')).toBe('shared');
    expect(copyOf('vendor/maplibre-gl-6.12.0/maplibre-gl.mjs')).toBe('shared');
    expect(copyOf('maps/blockade.svg')).toBe('en');
    expect(copyOf('maps/steps/blockade-1.svg')).toBe('en');
    expect(copyOf('hy/maps/blockade.svg')).toBe('hy');
    expect(copyOf('ru/maps/steps/blockade-2.svg')).toBe('ru');
    for (const path of [
      'sw.js',
      'offline.json',
      '_headers',
      'nginx-headers.conf',
      'maps/blockade.png',
      'maps/card/blockade.svg',
      'embed.js',
      'az/embed/x/index.html',
      'oembed/a.json',
      '.DS_Store',
    ])
      expect(copyOf(path), path).toBeUndefined();
    expect(['sw.js', 'embed.js', 'embed/a/index.html', 'hy/embed/a/index.html', 'ru/embed/index.html', 'oembed/a.json', '.DS_Store'].every(isExcluded)).toBe(
      true,
    );
    expect(['hy/index.html', 'az/glossary/index.html', 'hyembed/x.html'].some(isExcluded)).toBe(false);
  });
});

describe('buildOfflineManifest', () => {
  it('gives each language its own pages and the shared files, in a stable order, with their total size', () => {
    const { copies } = buildOfflineManifest(SITE);
    const shared = ['/404.html', '/assets/app.1a2b.js', '/assets/noto-sans-latin-400-normal.a1.woff2', '/data/places.geojson'];
    expect(copies.en.urls).toEqual(['/', ...shared, '/handout/', '/maps/x.svg']);
    expect(copies.hy.urls).toEqual([...shared, '/hy/', '/hy/handout/', '/hy/maps/x.svg'].sort());
    expect(copies.az.urls).toEqual(shared);
    const size = (paths: string[]) => SITE.filter((f) => paths.includes(fileUrl(f.path))).reduce((n, f) => n + f.content.byteLength, 0);
    expect(copies.en.bytes).toBe(size(copies.en.urls));
    expect(copies.hy.bytes).toBe(size(copies.hy.urls));
    expect(buildOfflineManifest([...SITE].reverse())).toEqual(buildOfflineManifest(SITE));
    expect(offlineSummary(buildOfflineManifest(SITE)).copies.hy).toEqual({ files: copies.hy.urls.length, bytes: copies.hy.bytes });
  });

  it('gives a new version when any stored file changes, is added or is renamed, and only then', () => {
    const v = buildOfflineManifest(SITE).version;
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    const edited = SITE.map((f) => (f.path === 'maps/x.svg' ? file(f.path, 'changed') : f));
    expect(buildOfflineManifest(edited).version).not.toBe(v);
    expect(buildOfflineManifest([...SITE, file('glossary/index.html')]).version).not.toBe(v);
    expect(buildOfflineManifest(SITE.map((f) => (f.path === 'maps/x.svg' ? file('maps/y.svg', 'maps/x.svg') : f))).version).not.toBe(v);
    // Files no copy holds do not change the version.
    const others = new Set(['sw.js', 'embed.js', 'offline.json', 'maps/x.png', 'embed/x/index.html']);
    expect(buildOfflineManifest(SITE.map((f) => (others.has(f.path) ? file(f.path, 'other') : f))).version).toBe(v);
  });
});
