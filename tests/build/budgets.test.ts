// Byte budgets of the built site, deterministic: gzip -9 sizes computed from the files of the build,
// no browser and no server (the model of what a page fetches: tests/bench/build-bytes.ts; `npm run
// bench` measures the same in Chromium). Asserted: the story's JavaScript before the map library
// loads, the map library reached only through a dynamic import, each chapter's data, every embed
// page in full (MapLibre and its worker included), and the fonts: subset to the scripts the site
// uses, each face limited by its unicode-range, each file within its budget.
import { describe, expect, it } from 'vitest';
import { DIST_PATH } from '../support/dist-dir.ts';
import {
  BUDGETS,
  Build,
  FONT_SUBSETS,
  isMaplibre,
  chapterDataFiles,
  fontFilesFor,
  fontsourceRanges,
  kb,
  labelFontFiles,
  mapPageBytes,
  parseUnicodeRange,
  subsetOf,
  visibleText,
} from '../bench/build-bytes.ts';
import { loadChapters } from '../support/chapters.ts';

const build = new Build(DIST_PATH);
const chapters = loadChapters();
const assets = build.files.filter((f) => f.startsWith('assets/'));
const maplibreFiles = build.files.filter(isMaplibre);
const htmlPages = build.files.filter((f) => f.endsWith('.html'));
const cssFiles = build.files.filter((f) => f.endsWith('.css'));
const fontFiles = assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));

describe('byte budgets (gzip -9)', () => {
  const story = build.pageRefs('index.html');
  const storyStatic = build.closure(story.scripts, false);

  it(`story page: JavaScript before the map library loads ≤ ${kb(BUDGETS.storyJsBeforeMap)}`, () => {
    expect(story.scripts.length).toBeGreaterThan(0);
    const total = build.sum(storyStatic);
    console.log(
      `story JS before the map: ${kb(total)} gzip of ${kb(BUDGETS.storyJsBeforeMap)} (${[...storyStatic].map((f) => `${f.replace('assets/', '')} ${kb(build.gz(f))}`).join(', ')})`,
    );
    expect(total).toBeLessThanOrEqual(BUDGETS.storyJsBeforeMap);
  });

  it('reaches the map library and its worker only through a dynamic import, from every page', () => {
    const maplibre = maplibreFiles;
    expect(
      maplibre.some((f) => /worker/.test(f)),
      'the worker is emitted',
    ).toBe(true);
    expect(
      maplibre.some((f) => /shared/.test(f)),
      'the shared chunk is emitted',
    ).toBe(true);
    expect(
      maplibre.some((f) => !/worker|shared/.test(f)),
      'the library module is emitted',
    ).toBe(true);
    // Nothing of MapLibre is bundled into our own chunks (it would be downloaded twice).
    expect(assets.filter((f) => /maplibre-gl(?!.*\.css$)/.test(f))).toEqual([]);
    const entries = [...new Set([...htmlPages.flatMap((p) => build.pageRefs(p).scripts), ...build.files.filter((f) => f === 'embed.js')])];
    for (const entry of entries) expect([...build.closure([entry], false)].filter(isMaplibre), entry).toEqual([]);
    // …and the story does load it, dynamically.
    expect([...build.closure(story.scripts, true)].filter(isMaplibre).sort()).toEqual([...maplibre].sort());
  });

  it(`each chapter's data ≤ ${kb(BUDGETS.chapterData)}`, () => {
    expect(chapters.length).toBeGreaterThan(0);
    const rows = chapters.map((c) => ({ id: c.id, bytes: build.sum(chapterDataFiles(build, c.layers)) }));
    console.log(`chapter data (budget ${kb(BUDGETS.chapterData)}):\n  ${rows.map((r) => `${r.id}: ${kb(r.bytes)}`).join('\n  ')}`);
    for (const r of rows) expect(r.bytes, r.id).toBeLessThanOrEqual(BUDGETS.chapterData);
  });

  it(`every embed page, in every language, everything it fetches in its default view (MapLibre included) ≤ ${kb(BUDGETS.embedPageTotal)}`, () => {
    // Every chapter's embed in every language: the labels (and their fonts) follow the page's language.
    const rows = (['en', 'hy', 'az', 'ru'] as const).flatMap((lang) =>
      chapters.map((c) => mapPageBytes(build, `${lang === 'en' ? '' : `${lang}/`}embed/${c.id}/index.html`, chapterDataFiles(build, c.layers), lang)),
    );
    const worst = rows.reduce((a, b) => (b.total > a.total ? b : a));
    console.log(
      `embed pages (budget ${kb(BUDGETS.embedPageTotal)}): smallest ${kb(Math.min(...rows.map((r) => r.total)))}, largest /${worst.page.replace('index.html', '')} ${kb(worst.total)}: ` +
        Object.entries(worst.parts)
          .map(([k, v]) => `${k} ${kb(v.bytes)}`)
          .join(', ') +
        `\n  fonts: ${[...worst.parts.fonts.files, ...worst.parts['label fonts (upper bound)'].files].join(', ')}`,
    );
    // The model counts what the page needs: the map library, its data, and fonts.
    expect(worst.parts['map library + worker'].files.length).toBe(3);
    expect(worst.parts.data.files.length).toBeGreaterThan(0);
    expect(worst.parts.fonts.files.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.total, r.page).toBeLessThanOrEqual(BUDGETS.embedPageTotal);
  });

  it('ships fonts only in the Latin, Latin-ext, Cyrillic and Armenian subsets, as woff2, each file within its budget', () => {
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const f of fontFiles) {
      const subset = subsetOf(f);
      expect(FONT_SUBSETS as readonly (string | null)[], f).toContain(subset);
      expect(f, 'woff2 only: every browser with a service worker reads woff2').toMatch(/\.woff2$/);
      expect(build.read(f).length, f).toBeLessThanOrEqual(BUDGETS.fontFile[subset!]!);
    }
    for (const s of FONT_SUBSETS)
      expect(
        fontFiles.some((f) => subsetOf(f) === s),
        s,
      ).toBe(true);
    console.log(`fonts: ${fontFiles.map((f) => `${f.replace('assets/', '')} ${kb(build.read(f).length)}`).join(', ')}`);
  });

  it("gives every @font-face its subset's unicode-range, so a page fetches only the scripts its text uses", () => {
    const reference = fontsourceRanges();
    const faces = build.fontFaces(cssFiles);
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      const where = `${face.stylesheet}: ${face.urls[0]}`;
      expect(face.unicodeRange, where).not.toBeNull();
      expect(face.ranges, where).toEqual(parseUnicodeRange(reference[subsetOf(face.urls[0]!)!]!));
    }
    // The map labels (MapLibre's font-faces) use the very files the pages' CSS uses: one download each.
    const labelFonts = labelFontFiles(build, build.closure(story.scripts, true));
    expect(labelFonts.length).toBe(FONT_SUBSETS.length);
    for (const f of labelFonts)
      expect(
        faces.some((face) => face.urls[0] === f),
        f,
      ).toBe(true);
  });

  it("fetches only the font subsets a page's text needs: Latin for an English embed, plus Armenian, Latin-ext or Cyrillic for the other languages", () => {
    const chapter = chapters[0]!;
    const expected: Record<string, string[]> = { en: ['latin'], hy: ['armenian', 'latin'], az: ['latin', 'latin-ext'], ru: ['cyrillic', 'latin'] };
    for (const [lang, subsets] of Object.entries(expected)) {
      const html = `${lang === 'en' ? '' : `${lang}/`}embed/${chapter.id}/index.html`;
      const faces = build.fontFaces(build.pageRefs(html).styles);
      // Every page declares all four scripts…
      expect(new Set(faces.map((f) => subsetOf(f.urls[0]!))).size, html).toBe(FONT_SUBSETS.length);
      // …and needs only its own.
      expect([...new Set(fontFilesFor(faces, visibleText(build.text(html))).map(subsetOf))].sort(), html).toEqual(subsets);
    }
  });
});
