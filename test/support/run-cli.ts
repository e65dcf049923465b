import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's entry points as a user would, with only the given environment
 * (plus PATH), from `cwd` so that no developer's own `.env` leaks in. A `.ts` script runs under
 * tsx like the npm scripts; `dist/index.mjs` runs under plain node like `npm start`.
 */
export function runCli(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; cwd: string },
) {
  return new Promise<CliResult>((resolve, reject) => {
    const [command, first] = script.endsWith('.mjs')
      ? [process.execPath, '--enable-source-maps']
      : [TSX, undefined];
    const child = spawn(command, [...(first ? [first] : []), `${REPO}/${script}`, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
