// The architecture, checked: one renderer and view model (src/map/) under three thin shells and the
// explorer, which never import each other; the renderer, the shared types and the libraries never
// import a shell. Reads every import of src/ (static, dynamic and side-effect) and fails naming each
// import that breaks a rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/chapters.ts';

const SRC = join(ROOT, 'src');
/** The shells: each composes the map and the page for one kind of reader. */
const SHELLS = ['story', 'embed', 'presentation', 'explore'];
/** Folders that compose pages and may import anything. */
const COMPOSERS = ['pages', 'layouts'];
/** A component named for a shell (PresentSlide.astro, StoryBar.astro) is part of that shell's page. */
const COMPONENT_SHELL: Record<string, string> = { Present: 'presentation', Story: 'story' };

/** One import: the importing file, its src/ folder (a shell's, for a shell's component) and the src/ folder it reaches (null outside src/). */
interface Edge {
  from: string;
  fromFolder: string;
  spec: string;
  toFolder: string | null;
}

/** The folder a module counts as: its own, or for a shell's component (components/Story….astro) that shell. */
function layerOf(folder: string, file: string): string {
  if (folder !== 'components') return folder;
  const prefix = Object.keys(COMPONENT_SHELL).find((p) => file.split('/').at(-1)!.startsWith(p));
  return prefix ? COMPONENT_SHELL[prefix]! : folder;
}

/** Every relative import of every module under src/. */
function edges(): Edge[] {
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
  const folderOf = (path: string) => {
    const rel = relative(SRC, path);
    return rel.startsWith('..') ? null : rel.split('/')[0]!.replace(/\.(ts|mjs)$/, '');
  };
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
    return specs.map((spec) => ({
      from: relative(ROOT, file),
      fromFolder: layerOf(folderOf(file)!, file),
      spec,
      toFolder: folderOf(resolve(dirname(file), spec.split('?')[0]!)),
    }));
  });
}

const all = edges();
const show = (e: Edge) => `${e.from} imports ${e.spec}`;

describe('import boundaries', () => {
  it('finds the imports of every layer', () => {
    for (const folder of ['map', 'story', 'embed', 'presentation', 'explore', 'schemas', 'components', 'pages']) {
      expect(
        all.some((e) => e.fromFolder === folder),
        folder,
      ).toBe(true);
    }
  });

  it('no shell imports another shell', () => {
    expect(all.filter((e) => SHELLS.includes(e.fromFolder) && e.toFolder && SHELLS.includes(e.toFolder) && e.toFolder !== e.fromFolder).map(show)).toEqual([]);
  });

  it('only pages, layouts and a shell’s own components import a shell', () => {
    expect(
      all.filter((e) => !SHELLS.includes(e.fromFolder) && !COMPOSERS.includes(e.fromFolder) && e.toFolder && SHELLS.includes(e.toFolder)).map(show),
    ).toEqual([]);
  });

  it('the renderer and view model (src/map/) import no component and no page', () => {
    expect(all.filter((e) => e.fromFolder === 'map' && ['components', 'pages', 'layouts'].includes(e.toFolder ?? '')).map(show)).toEqual([]);
  });

  it('shared types (src/schemas/) import only schemas and the region constants', () => {
    expect(all.filter((e) => e.fromFolder === 'schemas' && e.toFolder !== 'schemas' && e.toFolder !== 'geo').map(show)).toEqual([]);
  });

  it('libraries (everything but shells, components, pages and layouts) import no component', () => {
    const ui = [...SHELLS, ...COMPOSERS, 'components'];
    expect(all.filter((e) => !ui.includes(e.fromFolder) && e.toFolder === 'components').map(show)).toEqual([]);
  });
});
