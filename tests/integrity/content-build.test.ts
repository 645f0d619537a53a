// An invalid chapter must stop the Astro build, and the message must name the file and the field.
// Each test copies the project (src, config, layers) into a temporary directory with node_modules
// linked, breaks one field of one chapter and runs `astro build` there (about 2–4 s each).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Copies what `astro build` needs into a fresh temporary directory and returns its path. */
function createProjectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-content-'));
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'geodata'));
  cpSync(join(ROOT, 'geodata/layers'), join(dir, 'geodata/layers'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Replaces one frontmatter line of a chapter in the copy; throws when the line is not there. */
function breakField(dir: string, chapterFile: string, line: RegExp, replacement: string): void {
  const path = join(dir, 'src/content/chapters/en', chapterFile);
  const text = readFileSync(path, 'utf8');
  if (!line.test(text)) throw new Error(`${chapterFile} has no line matching ${line}`);
  writeFileSync(path, text.replace(line, replacement));
}

/** Runs `astro build` in the copy and returns its exit status and combined output. */
function build(dir: string): { status: number | null; output: string } {
  const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  // Astro colours its messages; strip the escape codes so the text can be matched.
  const output = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
  return { status: r.status, output };
}

/** One broken field per case: which chapter, which frontmatter line, and what names the field in Astro's message. */
const CASES = [
  { name: 'an impossible date', file: '02-soviet-oblast.md', line: /^date: .*$/m, broken: "date: '1988-02-31'", field: /\bdate\b[^\n]*calendar date/ },
  { name: 'an unknown layer', file: '05-frozen-decades.md', line: /^layers: .*$/m, broken: 'layers: [control-areas, no-such-layer]', field: /\blayers\.1\b/ },
];

describe('an invalid chapter fails the build', () => {
  it.each(CASES)('$name: non-zero exit, naming the file and the field', ({ file, line, broken, field }) => {
    const dir = createProjectCopy();
    try {
      breakField(dir, file, line, broken);
      const { status, output } = build(dir);
      expect({
        failed: status !== 0,
        namesFile: output.includes(file.replace(/\.md$/, '')),
        namesField: field.test(output),
      }).toEqual({ failed: true, namesFile: true, namesField: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
