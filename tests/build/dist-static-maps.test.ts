// The built static maps: every English chapter has /maps/<id>.svg, an SVG under the size budget.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DIST_URL } from '../support/dist-dir.ts';
import { chapterIds } from '../support/chapters.ts';

const dist = DIST_URL;
/** Size budget of one static map (issue "The scroll story", §4). */
const BUDGET_BYTES = 120_000;

describe('dist/maps', () => {
  it('has at least one chapter to check', () => {
    expect(chapterIds().length).toBeGreaterThan(0);
  });

  describe.each(chapterIds())('%s', (id) => {
    const file = () => new URL(`maps/${id}.svg`, dist);
    it('exists', () => {
      expect(existsSync(file())).toBe(true);
    });
    it('is an SVG with a title and a description', () => {
      expect(readFileSync(file(), 'utf8')).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>\n<title id="title">[^<]+<\/title>\n<desc id="desc">[^<]{40,}<\/desc>/,
      );
    });
    it('stays under the size budget', () => {
      expect(statSync(file()).size).toBeLessThan(BUDGET_BYTES);
    });
  });
});
