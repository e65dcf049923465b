import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: builds `dist/index.mjs` once, as `npm start` does, so the tests that run
 * the bot as a process run exactly what users run.
 */
export default function buildEntry(): void {
  execFileSync('npm', ['run', '-s', 'build'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
  });
}
