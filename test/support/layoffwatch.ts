/**
 * Runs the built CLI (bin/layoffwatch.js) as a user would, in a child process. Asynchronous, so a
 * test can serve HTTP from its own process while the CLI fetches from it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const shared = join(root, '../shared');
export const seedFiles = ['000_fc8b525f67a8818c.txt', '003_887ab1aeb489651f.txt'].map((name) =>
  join(shared, 'seeds', name),
);
export const layoffsFyiCsv = join(shared, 'data/layoffs_fyi/layoffs.csv');

export type Run = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type RunOptions = {
  /** Variables added to a clean environment (no LAYOFFWATCH_DB or DATABASE_URL from the caller's). */
  env?: Record<string, string>;
  input?: string;
};

export function layoffwatch(args: string[], options: RunOptions = {}): Promise<Run> {
  const { LAYOFFWATCH_DB: _db, DATABASE_URL: _url, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/layoffwatch.js'), ...args], {
      cwd: root,
      env: { ...env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** `npm test` builds first; a lone `vitest run` of a CLI test builds when dist/ is older than src/. */
export function buildIfStale(): void {
  const built = join(root, 'dist/cli/index.js');
  const newestSource = Math.max(
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => statSync(join(root, 'src', file)).mtimeMs),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  } catch {
    // tsc still writes dist/ when some other module has type errors; the CLI is what is under test.
  }
}

/** The --db argument for SQLite, or the DATABASE_URL variable for PostgreSQL, for a test database. */
export function dbArgs(target: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }): {
  args: string[];
  env: Record<string, string>;
} {
  return target.kind === 'sqlite'
    ? { args: ['--db', target.path], env: {} }
    : { args: [], env: { DATABASE_URL: target.url } };
}
