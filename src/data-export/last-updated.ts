import { execFileSync } from 'node:child_process';

/** Today's date (UTC, ISO): the fallback "last updated" date, and the build date. */
export function buildDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The date (ISO, committer date) of the last git commit that touched a file, or the build date when
 * git, the repository or the file's history is unavailable (a source tarball, a shallow CI copy).
 * `git` is injectable for tests.
 */
export function lastCommitDate(
  path: string,
  options: { cwd?: string; now?: Date; git?: (args: string[], cwd: string) => string } = {},
): { date: string; fromGit: boolean } {
  const cwd = options.cwd ?? process.cwd();
  const git =
    options.git ??
    ((args: string[], dir: string) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }));
  try {
    const out = git(['log', '-1', '--format=%cs', '--', path], cwd).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) return { date: out, fromGit: true };
  } catch {
    // no git, not a repository, or the file is untracked: fall through
  }
  return { date: buildDate(options.now), fromGit: false };
}
