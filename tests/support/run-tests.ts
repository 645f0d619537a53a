// `npm test`: every gate — type check beside lint and format (each runs on one core, and this
// machine has two), the build, the unit and integrity tests, then the build-output and browser tests
// — stopping after the first group with a failure, and printing at the end how long each stage and
// each test file took.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFileTimes, type FileTime } from './file-times-reporter.ts';

/** One stage: its name and the npm script it runs. */
interface Stage {
  name: string;
  script: string;
}

/** Groups run one after another; the stages of a group run at the same time. */
const GROUPS: readonly (readonly Stage[])[] = [
  // Lint reads no generated types, so it can run while check's `astro sync` writes them; the build
  // writes them too, so it waits for check.
  [
    { name: 'check', script: 'check' },
    { name: 'lint', script: 'lint' },
  ],
  [{ name: 'build', script: 'build' }],
  [{ name: 'unit', script: 'test:unit' }],
  [{ name: 'e2e', script: 'test:e2e' }],
];

const dir = mkdtempSync(join(tmpdir(), 'crossroads-test-times-'));
const timesFile = join(dir, 'files.jsonl');
const done: { name: string; seconds: number; ok: boolean }[] = [];
const runStarted = performance.now();

/**
 * Runs a stage's npm script. Alone in its group, its output streams as it comes; beside others it is
 * held and printed whole when the stage ends, so the logs of stages never interleave.
 */
function runStage(stage: Stage, alone: boolean): Promise<{ name: string; seconds: number; ok: boolean }> {
  const started = performance.now();
  if (alone) console.log(`\n=== ${stage.name}: npm run ${stage.script}\n`);
  const child = spawn('npm', ['run', '--silent', stage.script], {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TEST_STAGE: stage.name, TEST_TIMES_FILE: timesFile, ...(alone ? {} : { FORCE_COLOR: '1' }) },
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d));
  child.stderr?.on('data', (d: Buffer) => output.push(d));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (!alone) {
        console.log(`\n=== ${stage.name}: npm run ${stage.script} (${seconds.toFixed(1)} s, beside the other stages of its group)\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name: stage.name, seconds, ok: code === 0 });
    });
  });
}

for (const group of GROUPS) {
  const results = await Promise.all(group.map((stage) => runStage(stage, group.length === 1)));
  done.push(...results);
  if (results.some((r) => !r.ok)) break;
}

let files: (FileTime & { stage: string })[] = [];
try {
  files = readFileSync(timesFile, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FileTime & { stage: string });
} catch {
  // No test stage ran.
}
rmSync(dir, { recursive: true, force: true });

for (const stage of new Set(files.map((f) => f.stage)))
  console.log(
    `\n${formatFileTimes(
      stage,
      files.filter((f) => f.stage === stage),
    )}`,
  );
console.log('\nnpm test: time per stage (check and lint run side by side)');
for (const s of done) console.log(`  ${s.name.padEnd(8)} ${s.seconds.toFixed(1).padStart(7)} s  ${s.ok ? 'ok' : 'FAILED'}`);
console.log(`  ${'total'.padEnd(8)} ${((performance.now() - runStarted) / 1000).toFixed(1).padStart(7)} s (wall clock)`);
const failed = done.find((s) => !s.ok);
if (failed) console.log(`\nnpm test failed at stage "${failed.name}".`);
process.exit(failed ? 1 : 0);
