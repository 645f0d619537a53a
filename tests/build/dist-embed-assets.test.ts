// The built embed and data assets: per chapter an oEmbed JSON and a share-card PNG (and SVG); the CSV
// exports; the /data/ page linking every layer. Reads dist/ (run `npx astro build` first).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { FeatureCollection } from 'geojson';
import { parseCsv } from '../../src/data-export/csv.ts';
import { oembedProblems } from '../../src/embed-code/oembed.ts';
import { DIST_URL } from '../support/dist-dir.ts';
import { loadChapters } from '../support/chapters.ts';

const dist = DIST_URL;
const read = (path: string) => readFileSync(new URL(path, dist), 'utf8');
/** The English chapters' ids and titles, in story order. */
const chapters = () => loadChapters().map(({ id, title }) => ({ id, title }));

describe('dist: per-chapter embed assets', () => {
  it('has chapters to check', () => {
    expect(chapters().length).toBeGreaterThan(0);
  });

  describe.each(chapters())('$id', ({ id, title }) => {
    it('has an oEmbed response valid for type "rich" that frames the chapter’s embed page', () => {
      const path = `oembed/${id}.json`;
      expect(existsSync(new URL(path, dist))).toBe(true);
      const r = JSON.parse(read(path));
      expect(oembedProblems(r)).toEqual([]);
      expect(r.title).toBe(title);
      const iframe = /<iframe\b[^>]*>/.exec(r.html)?.[0];
      expect(iframe).toBeDefined();
      const src = /\ssrc="([^"]+)"/.exec(iframe!)![1]!;
      expect(new URL(src).pathname).toBe(`/embed/${id}/`);
      expect(iframe).toMatch(/\stitle="[^"]+"/);
      expect(new URL(r.thumbnail_url).pathname).toBe(`/maps/${id}.png`);
      expect([r.thumbnail_width, r.thumbnail_height]).toEqual([1200, 630]);
    });

    it('has a 1200×630 PNG share card that is not blank and has dark text', () => {
      const png = PNG.sync.read(readFileSync(new URL(`maps/${id}.png`, dist)));
      expect([png.width, png.height]).toEqual([1200, 630]);
      const colours = new Set<number>();
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (colours.size < 1000) colours.add((r << 16) | (g << 8) | b);
        if (r < 70 && g < 70 && b < 70) dark++;
      }
      expect(colours.size).toBeGreaterThan(20);
      // The title panel alone has a few thousand dark pixels.
      expect(dark).toBeGreaterThan(2000);
    });

    it('has the share card as SVG too, with the title', () => {
      const svg = read(`maps/card/${id}.svg`);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
      expect(svg).toContain('id="card-title"');
    });
  });
});

describe('dist: CSV exports', () => {
  const layer = (id: string) => JSON.parse(read(`data/${id}.geojson`)) as FeatureCollection;
  it('crossings.csv has one row per status-history entry', () => {
    const table = parseCsv(read('data/crossings.csv'));
    const expected = layer('crossings').features.reduce((n, f) => n + (f.properties!.status_history as unknown[]).length, 0);
    expect(table.length - 1).toBe(expected);
    expect(table[0]).toEqual(expect.arrayContaining(['crossing_id', 'name_en', 'name_hy', 'name_az', 'name_ru', 'status', 'status_from']));
    for (const record of table) expect(record).toHaveLength(table[0]!.length);
  });
  it('events.csv has one row per event', () => {
    const table = parseCsv(read('data/events.csv'));
    expect(table.length - 1).toBe(layer('events').features.length);
    for (const record of table) expect(record).toHaveLength(table[0]!.length);
  });
  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = readFileSync(new URL('data/crossings.csv', dist));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/\r\n$/);
  });
});

describe('dist: the data page', () => {
  const html = () => read('data/index.html');
  const catalog = () => JSON.parse(read('data/layers.json')).layers as { id: string; path: string }[];
  it('links every layer of the catalog for download', () => {
    expect(catalog().length).toBeGreaterThan(0);
    for (const l of catalog()) {
      expect(html()).toMatch(new RegExp(`<a href="${l.path}" download="${l.id}\\.geojson"`));
      expect(existsSync(new URL(l.path.slice(1), dist))).toBe(true);
    }
  });
  it('links the CSV exports', () => {
    for (const id of ['crossings', 'events']) expect(html()).toMatch(new RegExp(`<a href="/data/${id}\\.csv" download="${id}\\.csv"`));
  });
  it('has accessible tables, a citation per layer, and needs no script', () => {
    const page = html();
    expect(page.match(/<caption/g)!.length).toBeGreaterThanOrEqual(3);
    expect(page).toContain('scope="col"');
    expect(page).toContain('scope="row"');
    expect(page.match(/class="citation"/g)!.length).toBe(catalog().length);
    // Works without JavaScript: no inline script, and no script but the site-wide service-worker registration.
    expect(page).not.toMatch(/<script\b(?![^>]*\bsrc=)/);
    const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.every((src) => /BaseLayout[^/]*\.js$/.test(src))).toBe(true);
  });
});
