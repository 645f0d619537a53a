// The built site's HTML pages, parsed once per test file with cheerio (no browser): their URL paths,
// their files and their documents, for the build-output tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST_PATH } from '../support/dist-dir.ts';

/** Every file of the build, relative to it ("explore/index.html"). */
export const builtFiles: readonly string[] = readdirSync(DIST_PATH, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(DIST_PATH, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();

/** The URL path a built HTML file is served at ("explore/index.html" → "/explore/"). */
export const pagePath = (file: string): string => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/** Every HTML file of the build. */
export const htmlFiles: readonly string[] = builtFiles.filter((f) => f.endsWith('.html'));

const documents = new Map<string, CheerioAPI>();

/** Returns the parsed document of a built HTML file (parsed on first use). */
export function builtPage(file: string): CheerioAPI {
  let $ = documents.get(file);
  if (!$) {
    $ = load(readFileSync(join(DIST_PATH, file), 'utf8'));
    documents.set(file, $);
  }
  return $;
}

/** The language a path is written in, from its prefix (/hy/, /az/, /ru/; English at the root). */
export const pathLanguage = (path: string): string => /^\/(hy|az|ru)\//.exec(path)?.[1] ?? 'en';

/** True for a chapter's embed page (/embed/<id>/, /<lang>/embed/<id>/), not the builder at /embed/. */
export const isEmbedChapterPath = (path: string): boolean => /^(\/(hy|az|ru))?\/embed\/[^/]+\/$/.test(path);
