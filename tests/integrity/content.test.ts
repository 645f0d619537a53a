// Integrity of the story content: the chapters in src/content/chapters/en/*.md and the glossary in
// src/content/glossary/en.yaml, checked against the schemas, the built layers in geodata/layers and
// the editorial rules of the research notes (no unverified figures, no election result, both names
// of contested places). Pure Node: the frontmatter is parsed here with js-yaml, not by Astro.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { ChapterSchema, type Chapter } from '../../src/schemas/chapter.ts';
import { loadChapterFiles, readChapterFiles } from '../support/chapters.ts';
import { GlossaryTermSchema } from '../../src/schemas/glossary-term.ts';
import { LAYER_IDS } from '../../src/schemas/layer-properties.ts';
import { LAYER_REGISTRY } from '../../src/layers/layer-registry.ts';
import { BASEMAP_LAYERS } from '../../src/map/map-state.ts';
import { REGION_BBOX } from '../../src/geo/region.ts';
import { datedSteps } from '../../src/chapters/dated-steps.ts';
import type { Camera } from '../../src/schemas/camera.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GLOSSARY_FILE = join(ROOT, 'src/content/glossary/en.yaml');
const LAYER_DIR = join(ROOT, 'geodata/layers');

/** Body length limits, in words: readable on a phone, yet room for both sides' voices and a quotation (issue 14: 180–380). */
const MIN_WORDS = 180;
const MAX_WORDS = 380;
/** How far the map date may lie outside the chapter's period, in days. */
const DATE_SLACK_DAYS = 90;

function readGlossary(): unknown[] {
  return yaml.load(readFileSync(GLOSSARY_FILE, 'utf8')) as unknown[];
}

/** Feature ids of one built layer. */
function layerFeatureIds(layer: string): Set<string> {
  const fc = JSON.parse(readFileSync(join(LAYER_DIR, `${layer}.geojson`), 'utf8')) as {
    features: { properties: { id: string } }[];
  };
  return new Set(fc.features.map((f) => f.properties.id));
}

/** Words of prose: tokens holding at least one letter or digit (a lone dash is not a word). */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

function cameraInRegion(camera: Camera): boolean {
  const [W, S, E, N] = REGION_BBOX as [number, number, number, number];
  if ('bounds' in camera) {
    const [w, s, e, n] = camera.bounds;
    return w >= W && e <= E && s >= S && n <= N && w < e && s < n;
  }
  const [lon, lat] = camera.center;
  return lon >= W && lon <= E && lat >= S && lat <= N;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Everything a reader sees of a chapter, prose, key facts and map text together. */
function readerText(chapter: Chapter, body: string): string {
  return [chapter.title, chapter.short_title, chapter.alt, chapter.changes, ...(chapter.key_facts ?? []), chapter.notes, body].join('\n');
}

/** Figures the research notes mark UNVERIFIED (section 9), and the lease term TRIPP does not have: never stated anywhere. */
const UNVERIFIED = ['100,617', '100617', '189,085', '189085', '99-year', '99 years', '99 year'];

describe('chapters: schema and files', () => {
  it('has at least 14 chapters', () => {
    expect(readChapterFiles().length).toBeGreaterThanOrEqual(14);
  });

  it('every chapter validates against ChapterSchema', () => {
    const failures = readChapterFiles().flatMap(({ file, raw }) => {
      const r = ChapterSchema.safeParse(raw);
      return r.success ? [] : r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
    });
    expect(failures).toEqual([]);
  });

  it('file names are NN-<id>.md and agree with order and id', () => {
    const mismatches = loadChapterFiles().flatMap(({ file, chapter }) => {
      const expected = `${String(chapter.order).padStart(2, '0')}-${chapter.id}.md`;
      return file === expected ? [] : [`${file} should be ${expected}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = loadChapterFiles().map(({ chapter }) => chapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('orders are unique and contiguous from 1', () => {
    const orders = loadChapterFiles()
      .map(({ chapter }) => chapter.order)
      .sort((a, b) => a - b);
    expect(orders).toEqual(orders.map((_, i) => i + 1));
  });

  it('only the last chapter, the epilogue, carries as_of, and it is not before its period ends', () => {
    const chapters = loadChapterFiles()
      .map(({ chapter }) => chapter)
      .sort((a, b) => a.order - b.order);
    const withAsOf = chapters.filter((c) => c.as_of !== undefined);
    expect(withAsOf.map((c) => c.order)).toEqual([chapters.length]);
    const last = withAsOf[0]!;
    expect(last.as_of! >= last.period.to).toBe(true);
  });

  it('the epilogue stamps its text "as of <date>" with its as_of date', () => {
    const epilogue = loadChapterFiles().find(({ chapter }) => chapter.as_of !== undefined)!;
    const d = new Date(`${epilogue.chapter.as_of}T00:00:00Z`);
    const stamp = `as of ${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;
    expect(epilogue.body).toContain(stamp);
  });
});

describe('chapters: map', () => {
  it('every layer a chapter names is a registered story layer with a built file', () => {
    const story = new Set(LAYER_REGISTRY.filter((l) => l.role === 'story').map((l) => l.id as string));
    const bad = loadChapterFiles().flatMap(({ file, chapter }) =>
      chapter.layers
        .filter((l) => !(LAYER_IDS as string[]).includes(l) || !story.has(l) || !existsSync(join(LAYER_DIR, `${l}.geojson`)))
        .map((l) => `${file}: ${l}`),
    );
    expect(bad).toEqual([]);
  });

  it("every highlighted feature exists in one of the chapter's layers", () => {
    const missing = loadChapterFiles().flatMap(({ file, chapter }) => {
      // The basemap layers are drawn in every chapter, so their features can be highlighted too.
      const drawn = [...chapter.layers, ...BASEMAP_LAYERS];
      const ids = new Set(drawn.flatMap((l) => [...layerFeatureIds(l)]));
      return chapter.highlight.filter((h) => !ids.has(h)).map((h) => `${file}: ${h}`);
    });
    expect(missing).toEqual([]);
  });

  it("every dated step names an event the chapter draws, in date order, the last not after the chapter's date, inside its period", () => {
    const events = JSON.parse(readFileSync(join(LAYER_DIR, 'events.geojson'), 'utf8')) as {
      features: { properties: { id: string; date: string; name_en: string } }[];
    };
    const byId = new Map(events.features.map((f) => [f.properties.id, { date: f.properties.date, name: f.properties.name_en }]));
    const stepped = loadChapterFiles().filter(({ chapter }) => chapter.steps);
    expect(stepped.length).toBeGreaterThanOrEqual(4);
    for (const { file, chapter } of stepped) {
      expect(chapter.layers, file).toContain('events');
      // datedSteps throws on an unknown event, a step out of order and a last event after the chapter's date.
      const steps = datedSteps(chapter, byId, 'en');
      expect(steps.at(-1)!.date, file).toBe(chapter.date);
      for (const s of steps) expect(s.date >= chapter.period.from && s.date <= chapter.period.to, `${file}: ${s.label}`).toBe(true);
    }
  });

  it('every camera, desktop and phone, lies inside the region', () => {
    const outside = loadChapterFiles().flatMap(({ file, chapter }) =>
      [chapter.camera.desktop, chapter.camera.phone]
        .filter((c): c is Camera => c !== undefined)
        .filter((c) => !cameraInRegion(c))
        .map((c) => `${file}: ${JSON.stringify(c)}`),
    );
    expect(outside).toEqual([]);
  });

  it('phone cameras given as bounds are no wider east–west than the desktop ones', () => {
    const wider = loadChapterFiles().flatMap(({ file, chapter }) => {
      const { desktop, phone } = chapter.camera;
      if (!phone || !('bounds' in phone) || !('bounds' in desktop)) return [];
      return phone.bounds[2] - phone.bounds[0] <= desktop.bounds[2] - desktop.bounds[0] ? [] : [file];
    });
    expect(wider).toEqual([]);
  });
});

describe('chapters: dates', () => {
  it('period.from is not after period.to', () => {
    const bad = loadChapterFiles()
      .filter(({ chapter }) => chapter.period.from > chapter.period.to)
      .map(({ file }) => file);
    expect(bad).toEqual([]);
  });

  // The prologue (order 1) shows the map as it stood when the essay was written; the story then starts in 1923.
  it('period.from never decreases with order, after the prologue', () => {
    const froms = loadChapterFiles()
      .map(({ chapter }) => chapter)
      .sort((a, b) => a.order - b.order)
      .filter((c) => c.order > 1)
      .map((c) => c.period.from);
    expect(froms).toEqual([...froms].sort());
  });

  it(`the map date lies within ${DATE_SLACK_DAYS} days of the chapter's period`, () => {
    const bad = loadChapterFiles().flatMap(({ file, chapter }) => {
      const d = dayNumber(chapter.date);
      const ok = d >= dayNumber(chapter.period.from) - DATE_SLACK_DAYS && d <= dayNumber(chapter.period.to) + DATE_SLACK_DAYS;
      return ok ? [] : [`${file}: ${chapter.date} outside ${chapter.period.from}..${chapter.period.to}`];
    });
    expect(bad).toEqual([]);
  });
});

describe('chapters: sources and terms', () => {
  it('every chapter cites at least one source', () => {
    const bad = loadChapterFiles()
      .filter(({ chapter }) => chapter.sources.length < 1)
      .map(({ file }) => file);
    expect(bad).toEqual([]);
  });

  it('the chapters cite at least 60 sources in all, 40 of them distinct pages or references', () => {
    const all = loadChapterFiles().flatMap(({ chapter }) => chapter.sources);
    const distinct = new Set(all.map((s) => s.url ?? s.citation));
    expect({ total: all.length >= 60, distinct: distinct.size >= 40 }).toEqual({ total: true, distinct: true });
  });

  // "No address that nobody read" is checked against src/content/sources.yaml, the register of every
  // cited page with the date it was read: tests/integrity/editorial.test.ts.

  it('every term a chapter uses is in the glossary', () => {
    const glossary = new Set(readGlossary().map((t) => (t as { id: string }).id));
    const missing = loadChapterFiles().flatMap(({ file, chapter }) => chapter.terms.filter((t) => !glossary.has(t)).map((t) => `${file}: ${t}`));
    expect(missing).toEqual([]);
  });
});

describe('chapters: prose', () => {
  it(`every body has ${MIN_WORDS} to ${MAX_WORDS} words`, () => {
    const bad = loadChapterFiles().flatMap(({ file, body }) => {
      const n = wordCount(body);
      return n >= MIN_WORDS && n <= MAX_WORDS ? [] : [`${file}: ${n} words`];
    });
    expect(bad).toEqual([]);
  });

  it('no chapter states an unverified figure', () => {
    const found = loadChapterFiles().flatMap(({ file, chapter, body }) => {
      const text = readerText(chapter, body).toLowerCase();
      return UNVERIFIED.filter((u) => text.includes(u)).map((u) => `${file}: ${u}`);
    });
    expect(found).toEqual([]);
  });

  it('no sentence about the election states a result', () => {
    const RESULT = /\b(won|wins|winner|winning|victor|victory|defeated|lost the|re-?elected|landslide|majority|53\.92|\d+(?:\.\d+)?\s?(?:%|per ?cent))\b/i;
    const claims = loadChapterFiles().flatMap(({ file, chapter, body }) =>
      readerText(chapter, body)
        .split(/(?<=[.!?])\s+/)
        .filter((s) => /\b(election|elections|vote|votes|voters|poll|polls|ballot)\b/i.test(s) && RESULT.test(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(claims).toEqual([]);
  });

  it('every chapter that mentions the June 2026 election says its result is not reported', () => {
    const bad = loadChapterFiles().flatMap(({ file, body }) => {
      if (!/election/i.test(body) || !/2026/.test(body)) return [];
      return /result/i.test(body) && /\b(no|not|none)\b/i.test(body) ? [] : [file];
    });
    expect(bad).toEqual([]);
  });

  it('contested places carry both names wherever one appears', () => {
    const PAIRS: [RegExp, RegExp, string][] = [
      [/\bStepanakert\b/, /\bKhankendi\b/, 'Stepanakert/Khankendi'],
      [/\bKhankendi\b/, /\bStepanakert\b/, 'Khankendi/Stepanakert'],
      [/\bShusha\b/, /\bShushi\b/, 'Shusha/Shushi'],
      [/\bShushi\b/, /\bShusha\b/, 'Shushi/Shusha'],
      [/\bLachin\b/, /\bBerdzor\b/, 'Lachin/Berdzor'],
      [/\bBerdzor\b/, /\bLachin\b/, 'Berdzor/Lachin'],
    ];
    const bad = loadChapterFiles().flatMap(({ file, chapter, body }) => {
      const texts: [string, string][] = [
        ['body', body],
        ['alt', chapter.alt],
        ['changes', chapter.changes],
        ['key_facts', (chapter.key_facts ?? []).join('\n')],
        ['notes', chapter.notes],
      ];
      return texts.flatMap(([field, text]) =>
        PAIRS.filter(([one, other]) => one.test(text) && !other.test(text)).map(([, , pair]) => `${file} ${field}: ${pair}`),
      );
    });
    expect(bad).toEqual([]);
  });

  it('"Zangezur corridor" and "TRIPP" are always attributed, never the story\'s own framing', () => {
    const ATTRIBUTION = /\b(Azerbaijan|Azerbaijani|Aliyev|Baku|calls?|term|name|named|announced|Washington|White House|US|Trump)\b/;
    const bad = loadChapterFiles().flatMap(({ file, chapter, body }) =>
      readerText(chapter, body)
        .split(/(?<=[.!?])\s+/)
        .filter((s) => /Zangezur corridor|TRIPP/.test(s) && !ATTRIBUTION.test(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('chapters: key facts', () => {
  it('every chapter has two to four key_facts of 10 to 120 characters, none repeated', () => {
    const bad = loadChapterFiles().flatMap(({ file, chapter }) => {
      const facts = chapter.key_facts ?? [];
      if (facts.length < 2 || facts.length > 4) return [`${file}: ${facts.length} key_facts`];
      return [
        ...facts.filter((f) => f.length < 10 || f.length > 120).map((f) => `${file}: ${f.length} characters: ${f}`),
        ...(new Set(facts).size === facts.length ? [] : [`${file}: a key fact is repeated`]),
      ];
    });
    expect(bad).toEqual([]);
  });

  it("no key fact states an unverified figure, a month for Turkey's 1993 closure, or an election result", () => {
    const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
    const CLOSURE_MONTH = new RegExp(
      `\\b\\d{0,2}\\s?${MONTH}\\.? 1993\\b[^\\n]*\\b(Turkey|Turkish|Ankara)\\b|\\b(Turkey|Turkish|Ankara)\\b[^\\n]*\\b${MONTH}\\.? 1993\\b`,
      'i',
    );
    const found = loadChapterFiles().flatMap(({ file, chapter }) =>
      (chapter.key_facts ?? []).flatMap((f) => [
        ...UNVERIFIED.filter((u) => f.toLowerCase().includes(u)).map((u) => `${file}: ${u}: ${f}`),
        ...(CLOSURE_MONTH.test(f) ? [`${file}: month of the 1993 closure: ${f}`] : []),
        ...(/\belection\b/i.test(f) && !/\bno result\b/i.test(f) ? [`${file}: election without "no result": ${f}`] : []),
      ]),
    );
    expect(found).toEqual([]);
  });
});

describe('glossary', () => {
  it('every entry validates against GlossaryTermSchema', () => {
    const failures = readGlossary().flatMap((t, i) => {
      const r = GlossaryTermSchema.safeParse(t);
      return r.success ? [] : r.error.issues.map((x) => `entry ${i}: ${x.path.join('.')}: ${x.message}`);
    });
    expect(failures).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = readGlossary().map((t) => (t as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the core terms of the story', () => {
    const CORE = [
      'enclave',
      'exclave',
      'corridor',
      'line-of-contact',
      'ceasefire',
      'de-facto',
      'de-jure',
      'delimitation',
      'demarcation',
      'internally-displaced-person',
      'refugee',
      'autonomous-oblast',
      'peacekeeping',
      'blockade',
      'checkpoint',
      'minsk-group',
    ];
    const ids = new Set(readGlossary().map((t) => (t as { id: string }).id));
    expect(CORE.filter((c) => !ids.has(c))).toEqual([]);
  });

  it('never states an unverified figure', () => {
    const text = readFileSync(GLOSSARY_FILE, 'utf8');
    expect(['100,617', '189,085', '99-year', '99 years'].filter((u) => text.includes(u))).toEqual([]);
  });
});
