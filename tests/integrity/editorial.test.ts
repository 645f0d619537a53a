// Editorial checks of the story (issue 14): the map agrees with the prose, every source can be found
// again, every chapter lets someone speak, process notes stay out of the reader's text, and no address
// is cited that nobody read (src/content/sources.yaml). Pure Node, no build.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Feature, Geometry, Position } from 'geojson';
import { loadChapterFiles, ROOT } from '../support/chapters.ts';
import type { Chapter } from '../../src/schemas/chapter.ts';
import { BASEMAP_LAYERS } from '../../src/map/map-state.ts';
import { CALLOUT_SOURCES } from '../../src/map/style/callout-layers.ts';
import type { Camera } from '../../src/schemas/camera.ts';
import { SourceRecordSchema, type SourceCitation } from '../../src/schemas/source-citation.ts';
import { CorrectionSchema } from '../../src/schemas/correction.ts';
import { GlossaryTermSchema } from '../../src/schemas/glossary-term.ts';
import { EventsSourceSchema } from '../../geodata/scripts/events.geojson.ts';

const LAYER_DIR = join(ROOT, 'geodata/layers');
const chapters = loadChapterFiles();
const TODAY = new Date().toISOString().slice(0, 10);

type Props = Record<string, unknown> & { id: string; name_en?: string; valid_from?: string | null; valid_to?: string | null };
type LayerFeature = Feature<Geometry, Props>;

/** Every feature of the built layers, by layer id and feature id. */
const layers = new Map<string, Map<string, LayerFeature>>(
  readdirSync(LAYER_DIR)
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => {
      const fc = JSON.parse(readFileSync(join(LAYER_DIR, f), 'utf8')) as { features: LayerFeature[] };
      return [f.replace(/\.geojson$/, ''), new Map(fc.features.map((ft) => [ft.properties.id, ft]))];
    }),
);

/** Features of a chapter by id, looked up in the chapter's own layers (all of them, or only `among`). */
function lookUp(chapter: Chapter, ids: readonly string[], among?: readonly string[]): { id: string; feature: LayerFeature | undefined }[] {
  // The basemap layers (countries, water, rivers, relief, places…) are drawn in every chapter.
  const drawn = [...chapter.layers, ...BASEMAP_LAYERS].filter((l) => !among || among.includes(l));
  return ids.map((id) => ({ id, feature: drawn.map((l) => layers.get(l)?.get(id)).find((f) => f !== undefined) }));
}

/** The highlighted features of a chapter, looked up in the chapter's own layers. */
const highlighted = (chapter: Chapter) => lookUp(chapter, chapter.highlight);

/** The called-out points of a chapter, looked up in the layers a callout can name (callout-layers.ts). */
const calledOut = (chapter: Chapter) =>
  lookUp(
    chapter,
    chapter.callouts.map((c) => c.id),
    CALLOUT_SOURCES,
  );

/** True when a feature is drawn on a date (its validity holds the date). */
const shownOn = (feature: LayerFeature, date: string) => {
  const { valid_from: from, valid_to: to } = feature.properties;
  return (!from || from <= date) && (!to || date < to);
};

// ---------------------------------------------------------------------------------------------------
// Geometry helpers

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

/** [west, south, east, north] of a geometry. */
function bbox(g: Geometry): [number, number, number, number] {
  const ps = positions(g);
  return [Math.min(...ps.map((p) => p[0]!)), Math.min(...ps.map((p) => p[1]!)), Math.max(...ps.map((p) => p[0]!)), Math.max(...ps.map((p) => p[1]!))];
}

/** The desktop map the camera is checked against, in CSS px, and MapLibre's 512 px tiles. */
const DESKTOP = { width: 1440, height: 900 };
const TILE = 512;

/** The box a camera shows on the desktop map: its bounds, or the view of a centre and zoom (Web Mercator). */
export function cameraBox(camera: Camera): [number, number, number, number] {
  if ('bounds' in camera) return camera.bounds;
  const world = TILE * 2 ** camera.zoom;
  const [lon, lat] = camera.center;
  const halfLon = (DESKTOP.width / 2 / world) * 360;
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  const toLat = (yy: number) => (Math.atan(Math.exp((0.5 - yy) * 2 * Math.PI)) * 360) / Math.PI - 90;
  const dy = DESKTOP.height / 2 / world;
  return [lon - halfLon, toLat(y + dy), lon + halfLon, toLat(y - dy)];
}

/** Half a kilometre or so: features drawn on a border may sit a hair outside a box drawn to that border. */
const CAMERA_SLACK = 0.01;
const inside = (box: number[], [w, s, e, n]: number[]) =>
  w! >= box[0]! - CAMERA_SLACK && s! >= box[1]! - CAMERA_SLACK && e! <= box[2]! + CAMERA_SLACK && n! <= box[3]! + CAMERA_SLACK;

// ---------------------------------------------------------------------------------------------------
// Naming helpers: is a highlighted feature named in the prose or the alt text?

/** Capitalised words that name no particular feature (sentence starts, sides, kinds of thing, months). */
const COMMON = new Set([
  'The',
  'A',
  'An',
  'First',
  'Attack',
  'Checkpoint',
  'Exodus',
  'Dissolution',
  'Offensive',
  'Ceasefire',
  'Trilateral',
  'Held',
  'Left',
  'Russian',
  'Armenian',
  'Azerbaijani',
  'Soviet',
  'Turkish',
  'Armenia',
  'Azerbaijan',
  'Turkey',
  'Iran',
  'Line',
  'Peace',
  'Pogrom',
  'Protests',
  'Fuel',
  'Delimitation',
  'Washington',
  'Aliyev',
  'Pashinyan',
  'US',
  'EU',
  'ICJ',
  'TRIPP',
  'Province',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
/** Lower-case words that say nothing about which feature is meant. */
const FILLER = new Set([
  'the',
  'and',
  'with',
  'near',
  'taken',
  'handed',
  'over',
  'opens',
  'from',
  'into',
  'under',
  'control',
  'returned',
  'begins',
  'begin',
  'leave',
  'gone',
  'district',
  'section',
  'railway',
  'meeting',
  'order',
  'launched',
  'unveiled',
  'agreed',
  'signed',
  'forces',
  'toward',
  'with',
  'their',
  'over',
  'held',
  'left',
  'killed',
  'civilians',
]);

/** The two names of every contested place: either counts as naming the place. */
const contested: string[][] = [...(layers.get('places')?.values() ?? [])]
  .map((f) => f.properties.name_en ?? '')
  .filter((n) => n.includes(' / '))
  .map((n) => n.split(' / '));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (text: string, w: string, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}])`, flags).test(text);

/**
 * A feature counts as named when the text holds one of the proper names in its English label (either
 * name of a contested place). A label with no proper name counts when at least half of its content words
 * appear (matched on their first five letters, so "dissolving" names "Dissolution decree").
 */
export function namedIn(label: string, text: string): boolean {
  const tokens = label.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  const proper = tokens.filter((t, i) => /^\p{Lu}/u.test(t) && !COMMON.has(t) && !(i === 0 && COMMON.has(t)));
  if (proper.length > 0) {
    return proper.some((p) => wordIn(text, p) || contested.some((pair) => pair.includes(p) && pair.some((q) => wordIn(text, q))));
  }
  const content = tokens.map((t) => t.toLowerCase()).filter((t) => t.length >= 4 && !FILLER.has(t) && !/^\d+$/.test(t));
  if (content.length === 0) return true;
  const found = content.filter((t) => new RegExp(`(?<![\\p{L}])${escape(t.slice(0, 5))}`, 'iu').test(text));
  return found.length >= Math.ceil(content.length / 2);
}

// ---------------------------------------------------------------------------------------------------
// Sources

const fullReference = (s: SourceCitation) => Boolean(s.author && s.title && s.publisher && s.date);
const events = EventsSourceSchema.parse(yaml.load(readFileSync(join(ROOT, 'geodata/sources/events.yaml'), 'utf8'))).events;
const glossary = GlossaryTermSchema.array().parse(yaml.load(readFileSync(join(ROOT, 'src/content/glossary/en.yaml'), 'utf8')));
const corrections = CorrectionSchema.array().parse(yaml.load(readFileSync(join(ROOT, 'src/content/corrections/en.yaml'), 'utf8')));
const register = SourceRecordSchema.array().parse(yaml.load(readFileSync(join(ROOT, 'src/content/sources.yaml'), 'utf8')));

/** Every citation of the story, with where it is cited. */
const allCitations: { where: string; source: SourceCitation }[] = [
  ...chapters.flatMap(({ file, chapter }) => chapter.sources.map((source) => ({ where: file, source }))),
  ...events.flatMap((e) => e.sources.map((source) => ({ where: `event ${e.id}`, source }))),
  ...glossary.flatMap((g) => g.sources.map((source) => ({ where: `glossary ${g.id}`, source }))),
  ...corrections.flatMap((c) => c.sources.map((source) => ({ where: `correction ${c.id}`, source }))),
];

// ---------------------------------------------------------------------------------------------------
// Reader text

/** What a reader sees of a chapter (not the presenter notes, which are for the teacher). */
const readerText = (chapter: Chapter, body: string) =>
  [chapter.title, chapter.short_title, chapter.alt, chapter.changes, ...(chapter.key_facts ?? []), body].join('\n');

/** Phrases about how the story was made, which belong in the presenter notes. */
const PROCESS_NOTES = [
  /\bour sources?\b/i,
  /\bwe report\b/i,
  /\bwe do not guess\b/i,
  /\bdo not guess\b/i,
  /\bresearch notes?\b/i,
  /\bour research\b/i,
  /\bnot re-read\b/i,
  /\bgeneral knowledge\b/i,
  /\bthe sources (?:we|this story) rel(?:y|ies) on\b/i,
  /\bwe rel(?:y|ied) on\b/i,
  /\bthe pages? read\b/i,
  /\bnot (?:yet )?verified by us\b/i,
];

/** Verbs and markers that attribute a quotation to someone. */
const ATTRIBUTION =
  /\b(said|says|say|told|tells|wrote|writes|write|declared|announced|announcing|called|calls|concluded|conclude|recalled|argued|argue|warned|stated|added|asked|replied|answered|according to|in the words of|in (?:the )?[\p{L}]+['’]s words|under the statement|reads|ordered|obliged|refused|demanded)\b|^> ?[—–-]/imu;

/** Quotations of a body: blockquotes, and “curly” quotations of at least six words, with their paragraph. */
function quotations(body: string): { quote: string; paragraph: string }[] {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.flatMap((paragraph) => {
    if (paragraph.startsWith('>'))
      return [
        {
          quote: paragraph
            .split('\n')
            .filter((l) => !/^> ?[—–-]/.test(l))
            .join(' '),
          paragraph,
        },
      ];
    return [...paragraph.matchAll(/“([^”]+)”/g)]
      .map((m) => m[1]!)
      .filter((q) => q.split(/\s+/).length >= 6)
      .map((quote) => ({ quote, paragraph }));
  });
}

/** The names a chapter's sources give: citations, authors, publishers. */
const sourceText = (chapter: Chapter) => chapter.sources.map((s) => [s.citation, s.author, s.publisher, s.title].filter(Boolean).join(' ')).join('\n');

/** Capitalised words (names) of a paragraph outside its quotations, minus sentence-start filler. */
const FILLER_CAPS = new Set([
  'The',
  'In',
  'On',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'His',
  'Her',
  'Their',
  'After',
  'When',
  'From',
  'For',
  'At',
  'By',
  'As',
  'But',
  'And',
  'Then',
  'Until',
  'Yet',
  'Once',
  'Within',
  'That',
  'This',
  'Why',
  'Each',
  'Many',
  'Some',
  'Its',
  'Under',
  'Over',
  'Early',
  'Months',
  'Seven',
  'Over',
]);
function speakerNames(paragraph: string): string[] {
  const outside = paragraph.replace(/“[^”]*”/g, ' ').replace(/^> ?(?![—–-]).*$/gmu, ' ');
  return [...new Set((outside.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !FILLER_CAPS.has(w)))];
}

// ---------------------------------------------------------------------------------------------------

describe('editorial: the map agrees with the prose', () => {
  it("the map date lies inside the chapter's period", () => {
    const bad = chapters.flatMap(({ file, chapter }) =>
      chapter.date >= chapter.period.from && chapter.date <= chapter.period.to
        ? []
        : [`${file}: ${chapter.date} outside ${chapter.period.from}..${chapter.period.to}`],
    );
    expect(bad).toEqual([]);
  });

  it("every highlighted feature is on the map at the chapter's date", () => {
    const bad = chapters.flatMap(({ file, chapter }) =>
      highlighted(chapter).flatMap(({ id, feature }) => {
        if (!feature) return [`${file}: ${id} is in none of the chapter's layers`];
        const { valid_from: from, valid_to: to } = feature.properties;
        return (!from || from <= chapter.date) && (!to || chapter.date < to)
          ? []
          : [`${file}: ${id} (${from ?? '…'}–${to ?? '…'}) not shown on ${chapter.date}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('every highlighted feature is named in the prose or the alt text', () => {
    const bad = chapters.flatMap(({ file, chapter, body }) =>
      highlighted(chapter).flatMap(({ id, feature }) => {
        const label = feature?.properties.name_en ?? id;
        return namedIn(label, `${body}\n${chapter.alt}`) ? [] : [`${file}: ${id} "${label}"`];
      }),
    );
    expect(bad).toEqual([]);
  });

  // A phone fits the same kind of box to a narrow screen (its longitudes set the zoom), so the
  // phone camera is held to the same rule: a highlighted marker off the phone's map is not shown.
  it.each(['desktop', 'phone'] as const)('the %s camera contains every highlighted feature', (device) => {
    const bad = chapters.flatMap(({ file, chapter }) => {
      const box = cameraBox(chapter.camera[device] ?? chapter.camera.desktop);
      return highlighted(chapter).flatMap(({ id, feature }) =>
        feature && inside(box, bbox(feature.geometry))
          ? []
          : [`${file}: ${id} ${feature ? JSON.stringify(bbox(feature.geometry)) : 'missing'} outside ${JSON.stringify(box)}`],
      );
    });
    expect(bad).toEqual([]);
  });

  it('every callout names a point the chapter draws on its date, once, and named in the prose or the alt text', () => {
    const bad = chapters.flatMap(({ file, chapter, body }) => {
      const ids = chapter.callouts.map((c) => c.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${file}: ${id} called out twice`);
      return [
        ...twice,
        ...calledOut(chapter).flatMap(({ id, feature }) => {
          if (!feature) return [`${file}: ${id} is in none of the chapter's places, events or crossings`];
          if (feature.geometry.type !== 'Point') return [`${file}: ${id} is a ${feature.geometry.type}, not a point`];
          if (!shownOn(feature, chapter.date)) return [`${file}: ${id} is not shown on ${chapter.date}`];
          const label = feature.properties.name_en ?? id;
          // An event's name says what happened ("Hadrut taken"): its place must be named, not the phrase.
          const named = namedIn(label, `${body}\n${chapter.alt}`) || label.split(/[ ,]/).some((w) => w.length > 4 && /^[A-Z]/.test(w) && body.includes(w));
          return named ? [] : [`${file}: ${id} "${label}" is named neither in the prose nor in the alt text`];
        }),
      ];
    });
    expect(bad).toEqual([]);
  });

  it.each(['desktop', 'phone'] as const)('the %s camera contains every callout', (device) => {
    const bad = chapters.flatMap(({ file, chapter }) => {
      const box = cameraBox(chapter.camera[device] ?? chapter.camera.desktop);
      return calledOut(chapter).flatMap(({ id, feature }) =>
        feature && inside(box, bbox(feature.geometry)) ? [] : [`${file}: ${id} outside ${JSON.stringify(box)}`],
      );
    });
    expect(bad).toEqual([]);
  });

  it('a centre-and-zoom camera is measured on a 1440×900 desktop map', () => {
    // Zoom 6 at 40° N: 1440 px of a 32,768 px world is about 15.8° of longitude.
    const [w, s, e, n] = cameraBox({ center: [46, 40], zoom: 6, bearing: 0, pitch: 0 });
    expect(e - w).toBeCloseTo(15.82, 1);
    expect(s).toBeLessThan(40);
    expect(n).toBeGreaterThan(40);
  });

  it('the feature-name rule accepts either name of a contested place and rejects a feature the text never names', () => {
    expect(namedIn('Shusha/Shushi taken', 'the fall of Shushi in 1992')).toBe(true);
    expect(namedIn('Lachin district', 'the town of Berdzor')).toBe(true);
    expect(namedIn('Crossroads of Peace presented', 'a joint statement on prisoners')).toBe(false);
    expect(namedIn('Dissolution decree', 'a decree dissolving the republic')).toBe(true);
  });
});

describe('editorial: sources', () => {
  it('every source has an address or a full reference (author or issuing body, title, publisher, date)', () => {
    const bad = allCitations.filter(({ source }) => !source.url && !fullReference(source)).map(({ where, source }) => `${where}: ${source.citation}`);
    expect(bad).toEqual([]);
  });

  it('no source is "general knowledge" or the internal research notes', () => {
    const bad = allCitations
      .filter(({ source }) => /general knowledge|research notes|not re-read|facts\.md/i.test(source.citation))
      .map(({ where, source }) => `${where}: ${source.citation}`);
    expect(bad).toEqual([]);
  });

  it('every cited address is in the register of pages read (src/content/sources.yaml)', () => {
    const read = new Set(register.map((r) => r.url));
    const bad = allCitations.filter(({ source }) => source.url && !read.has(source.url)).map(({ where, source }) => `${where}: ${source.url}`);
    expect(bad).toEqual([]);
  });

  it('the register lists each address once, each is cited somewhere, and none was read after today', () => {
    const urls = register.map((r) => r.url);
    expect(urls.length - new Set(urls).size).toBe(0);
    const cited = new Set(allCitations.map(({ source }) => source.url).filter(Boolean));
    expect(urls.filter((u) => !cited.has(u))).toEqual([]);
    expect(register.filter((r) => r.read > TODAY || Number.isNaN(Date.parse(r.read))).map((r) => r.url)).toEqual([]);
  });
});

describe('editorial: chapters', () => {
  it('every chapter carries the date its facts were last checked, not later than today', () => {
    const bad = chapters
      .filter(({ chapter }) => !(chapter.checked <= TODAY) || Number.isNaN(Date.parse(chapter.checked)))
      .map(({ file, chapter }) => `${file}: ${chapter.checked}`);
    expect(bad).toEqual([]);
  });

  it('every longer quotation is attributed in its paragraph', () => {
    const bad = chapters.flatMap(({ file, body }) =>
      quotations(body)
        .filter(({ paragraph }) => !ATTRIBUTION.test(paragraph))
        .map(({ quote }) => `${file}: “${quote.slice(0, 60)}…”`),
    );
    expect(bad).toEqual([]);
  });

  it('every chapter quotes someone by name, backed by one of its cited sources', () => {
    const bad = chapters.flatMap(({ file, chapter, body }) => {
      const sources = sourceText(chapter);
      const ok = quotations(body).some(({ paragraph }) => ATTRIBUTION.test(paragraph) && speakerNames(paragraph).some((name) => wordIn(sources, name)));
      return ok ? [] : [file];
    });
    expect(bad).toEqual([]);
  });

  it("no process notes in the reader's text (they belong in the presenter notes)", () => {
    const bad = chapters.flatMap(({ file, chapter, body }) => {
      const text = readerText(chapter, body);
      return PROCESS_NOTES.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
    });
    expect(bad).toEqual([]);
  });

  it('"blockade" is always someone\'s word, never the story\'s own', () => {
    const WHO = /\b(Armenia|Armenian|Armenians|Yerevan|Azerbaijan|Azerbaijani|Baku|Aliyev|Hajiyev|called|calls|call|word|said|self-blockade)\b/;
    const bad = chapters.flatMap(({ file, chapter, body }) =>
      readerText(chapter, body)
        .split(/(?<=[.!?])\s+/)
        .filter((s) => /blockade/i.test(s.replace(/“[^”]*”/g, '')) && !WHO.test(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('editorial: corrections', () => {
  it('each correction names a chapter that exists, once, dated no later than today', () => {
    const ids = new Set(chapters.map(({ chapter }) => chapter.id));
    expect(corrections.filter((c) => !ids.has(c.chapter)).map((c) => c.id)).toEqual([]);
    expect(corrections.length - new Set(corrections.map((c) => c.id)).size).toBe(0);
    expect(corrections.filter((c) => c.date > TODAY).map((c) => c.id)).toEqual([]);
  });

  it('a chapter with a correction was checked on or after the correction', () => {
    const checked = new Map(chapters.map(({ chapter }) => [chapter.id, chapter.checked]));
    expect(corrections.filter((c) => (checked.get(c.chapter) ?? '') < c.date).map((c) => c.id)).toEqual([]);
  });
});
