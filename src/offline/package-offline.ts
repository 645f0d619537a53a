// `npm run package:offline`: packages the built site (dist/, or the folder after --dist) into
// dist-offline/crossroads-offline.zip with serve.mjs (a zero-dependency Node server) and README.txt.
// Pure Node: the zip is written by src/offline/zip.ts with the built-in zlib.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltFiles } from './integration.ts';
import { createZip } from './zip.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('--dist') ?? join(ROOT, 'dist'));
const out = resolve(arg('--out') ?? join(ROOT, 'dist-offline/crossroads-offline.zip'));
const FOLDER = 'crossroads-offline';

if (!existsSync(join(dist, 'sw.js'))) {
  console.error(`No built site with sw.js in ${dist}: run "npx astro build" first.`);
  process.exit(1);
}
const version = /const VERSION = "([0-9a-f]+)"/.exec(await readFile(join(dist, 'sw.js'), 'utf8'))?.[1] ?? 'unknown';
const site = (await readBuiltFiles(dist)).sort((a, b) => (a.path < b.path ? -1 : 1));
const readme = (await readFile(join(HERE, 'README.txt'), 'utf8'))
  .replace('{built}', new Date().toISOString().slice(0, 10))
  .replace('{version}', version)
  .replace(/\n/g, '\r\n'); // readable in Windows Notepad too
const zip = createZip([
  { path: `${FOLDER}/README.txt`, content: Buffer.from(readme) },
  { path: `${FOLDER}/serve.mjs`, content: await readFile(join(HERE, 'serve.mjs')) },
  ...site.map((f) => ({ path: `${FOLDER}/site/${f.path}`, content: f.content })),
]);
await mkdir(resolve(out, '..'), { recursive: true });
await writeFile(out, zip);
console.log(`${out}: ${site.length} site files, ${zip.length} bytes, version ${version}`);
