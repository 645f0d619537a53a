import { describe, expect, it } from 'vitest';
import { licenceName, licenceUrl, suggestedCitation } from '../../../src/data-export/citation.ts';
import { buildDate, lastCommitDate } from '../../../src/data-export/last-updated.ts';

describe('suggestedCitation', () => {
  it('reads like a data citation', () => {
    expect(
      suggestedCitation({
        creator: 'Crossroads',
        title: 'Border crossings',
        version: '2026-02-28',
        url: 'https://x.org/data/crossings.geojson',
        licences: ['CC-BY-4.0', 'public-domain'],
      }),
    ).toBe(
      'Crossroads (2026). “Border crossings” [data set]. Version of 2026-02-28. https://x.org/data/crossings.geojson. Licence: CC BY 4.0 and public domain.',
    );
  });
  it('names and links licences', () => {
    expect(licenceName('ODbL-1.0')).toBe('ODbL 1.0');
    expect(licenceUrl('CC-BY-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenceUrl('public-domain')).toBeUndefined();
  });
});

describe('lastCommitDate', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('asks git for the committer date of the last commit touching the file', () => {
    const calls: string[][] = [];
    const r = lastCommitDate('geodata/layers/nkao.geojson', { now, git: (args) => (calls.push(args), '2025-11-02\n') });
    expect(r).toEqual({ date: '2025-11-02', fromGit: true });
    expect(calls[0]).toEqual(['log', '-1', '--format=%cs', '--', 'geodata/layers/nkao.geojson']);
  });
  it('falls back to the build date without git or without history', () => {
    expect(
      lastCommitDate('x', {
        now,
        git: () => {
          throw new Error('git: not found');
        },
      }),
    ).toEqual({ date: '2026-03-01', fromGit: false });
    expect(lastCommitDate('x', { now, git: () => '' })).toEqual({ date: '2026-03-01', fromGit: false });
    expect(buildDate(now)).toBe('2026-03-01');
  });
  it('reads this repository', () => {
    const r = lastCommitDate('geodata/layers/crossings.geojson');
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
