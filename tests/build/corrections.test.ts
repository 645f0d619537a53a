// The story's record of its facts in the built pages: every chapter says when its facts were last
// checked, and links to its corrections when it has some; the corrections page lists every correction
// of src/content/corrections/en.yaml under its chapter, in every language.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CorrectionSchema } from '../../src/schemas/correction.ts';
import { loadChapters, ROOT } from '../support/chapters.ts';
import { builtPage } from './built-pages.ts';

const chapters = loadChapters();
const corrections = CorrectionSchema.array().parse(yaml.load(readFileSync(`${ROOT}src/content/corrections/en.yaml`, 'utf8')));

describe.each(['', 'hy/', 'az/', 'ru/'])('/%s', (prefix) => {
  it('the story gives each chapter the day its facts were checked, and links the chapters that were corrected to their corrections', () => {
    const $ = builtPage(`${prefix}index.html`);
    for (const c of chapters) {
      const line = $(`section#${c.id} .chapter-checked`);
      expect(line.find('time').attr('datetime'), c.id).toBe(c.checked);
      const link = line.find(`a[href$="/corrections/#${c.id}"]`);
      expect(link.length, `${c.id}: link to its corrections`).toBe(corrections.some((x) => x.chapter === c.id) ? 1 : 0);
    }
  });

  it('the corrections page lists every correction under its chapter', () => {
    const $ = builtPage(`${prefix}corrections/index.html`);
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect($(`section#${c.chapter} #correction-${c.id}`).length, c.id).toBe(1);
  });
});
