import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIGURES = [
  'submissions_per_s',
  'limit_ratio',
  'ack_p99_ms',
  'reveal_ms',
  'leaderboard_p99_ms',
  'rss_mb',
  'ready_ms',
  'cores',
];

describe('npm run bench', () => {
  it('prints one JSON object with every figure as a number, at a tiny scale', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bench.ts', '--tiny', '--json'],
      { cwd: ROOT, timeout: 60_000 },
    );

    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual([...FIGURES, 'node'].sort());
    for (const name of FIGURES) {
      expect(typeof figures[name], name).toBe('number');
      expect(Number.isFinite(figures[name]), name).toBe(true);
    }
    expect(figures.node).toBe(process.version);
  }, 90_000);

  it('names an unknown option and shows the usage', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/bench.ts', '--fast'], {
      cwd: ROOT,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Unknown option '--fast'"),
    });
  });
});
