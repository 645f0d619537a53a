// A Vitest reporter that prints, after a run, how long each test file took (its tests and hooks),
// slowest first, with its test counts; and appends the same rows to a JSON lines file when
// TEST_TIMES_FILE is set, so `npm test` can print every stage's files together at its end
// (tests/support/run-tests.ts).
import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** One test file's time and counts. */
export interface FileTime {
  file: string;
  ms: number;
  passed: number;
  failed: number;
  skipped: number;
}

/** Returns a table of file times, slowest first, with a total line. */
export function formatFileTimes(title: string, rows: readonly FileTime[]): string {
  const sorted = [...rows].sort((a, b) => b.ms - a.ms);
  const width = Math.max(20, ...sorted.map((r) => r.file.length));
  const line = (r: FileTime) =>
    `  ${r.file.padEnd(width)} ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${String(r.passed).padStart(4)} passed${r.failed ? `  ${r.failed} FAILED` : ''}${r.skipped ? `  ${r.skipped} skipped` : ''}`;
  const total = sorted.reduce((t, r) => ({ ...t, ms: t.ms + r.ms, passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), {
    file: 'all files (sum)',
    ms: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  return [`${title}: time per file (tests and hooks)`, ...sorted.map(line), line(total)].join('\n');
}

/** Reads one finished test file's row. */
function fileTime(module: TestModule): FileTime {
  const tests = [...module.children.allTests()];
  const count = (state: string) => tests.filter((t) => t.result().state === state).length;
  return { file: module.relativeModuleId, ms: module.diagnostic().duration, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** Prints the per-file times at the end of the run. */
export default class FileTimesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules.map(fileTime);
    const title = process.env.TEST_STAGE ?? 'vitest';
    console.log(`\n${formatFileTimes(title, rows)}\n`);
    const out = process.env.TEST_TIMES_FILE;
    if (out) appendFileSync(out, rows.map((r) => JSON.stringify({ stage: title, ...r })).join('\n') + '\n');
  }
}
