// `npm test`: every gate in order — type check, lint and format, unit and integrity tests, the build,
// then the build-output and browser tests — stopping at the first that fails, and printing at the
// end how long each stage and each test file took.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatFileTimes, type FileTime } from './file-times-reporter.ts';

/** One stage: its name and the npm script it runs. */
const STAGES: readonly { name: string; script: string }[] = [
  { name: 'check', script: 'check' },
  { name: 'lint', script: 'lint' },
  { name: 'unit', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'e2e', script: 'test:e2e' },
];

const dir = mkdtempSync(join(tmpdir(), 'crossroads-test-times-'));
const timesFile = join(dir, 'files.jsonl');
const done: { name: string; seconds: number; ok: boolean }[] = [];

for (const stage of STAGES) {
  console.log(`\n=== ${stage.name}: npm run ${stage.script}\n`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', stage.script], {
    stdio: 'inherit',
    env: { ...process.env, TEST_STAGE: stage.name, TEST_TIMES_FILE: timesFile },
  });
  const ok = run.status === 0;
  done.push({ name: stage.name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) break;
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
console.log('\nnpm test: time per stage');
for (const s of done) console.log(`  ${s.name.padEnd(8)} ${s.seconds.toFixed(1).padStart(7)} s  ${s.ok ? 'ok' : 'FAILED'}`);
console.log(
  `  ${'total'.padEnd(8)} ${done
    .reduce((t, s) => t + s.seconds, 0)
    .toFixed(1)
    .padStart(7)} s`,
);
const failed = done.find((s) => !s.ok);
if (failed) console.log(`\nnpm test failed at stage "${failed.name}".`);
process.exit(failed ? 1 : 0);
