import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FakeDiscord } from '../../test/fake-discord/index.js';
import type { ChildReport, ParentCommand } from './child-messages.js';

const SOURCE = fileURLToPath(new URL('./bot-process.ts', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/bench-bot.mjs', import.meta.url));

let bundled: Promise<unknown> | undefined;

/**
 * The child runs as `npm start` runs the bot: bundled by esbuild and started by plain node. Under
 * tsx the loader and on-the-fly compilation would add tens of megabytes and most of a second,
 * which the start-up and memory figures must not count.
 */
function bundleChildEntry(): Promise<unknown> {
  bundled ??= build({
    entryPoints: [SOURCE],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    outfile: BUNDLE,
    logLevel: 'warning',
  });
  return bundled;
}
const BANKS_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export type ChildMode = 'bot' | 'bare';

/**
 * A bot (or bare client) in its own process, logged in to the local Discord. Its own process so
 * that its memory is measured alone and it gets a core of its own, as it would in production.
 */
export class BenchChild {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly ready: Extract<ChildReport, { type: 'ready' }>,
  ) {}

  static async start(fake: FakeDiscord, mode: ChildMode): Promise<BenchChild> {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-bench-'));
    await bundleChildEntry();
    const child = fork(BUNDLE, [mode], {
      execArgv: ['--enable-source-maps'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.restUrl,
        DATABASE_PATH: join(dir, 'quizbot.db'),
        BANKS_DIR,
        // Logging every answer at info would measure pino, not the bot.
        LOG_LEVEL: 'warn',
      },
    });
    const ready = await nextReport(child, 'ready');
    return new BenchChild(child, dir, ready);
  }

  get databasePath(): string {
    return join(this.dir, 'quizbot.db');
  }

  async acks(): Promise<number[]> {
    this.send({ type: 'acks' });
    return (await nextReport(this.child, 'acks')).heldMs;
  }

  async rssMb(): Promise<number> {
    this.send({ type: 'memory' });
    return (await nextReport(this.child, 'memory')).rssMb;
  }

  /** Stops the child; `keepFiles` leaves its database for the caller to check and remove. */
  async stop(keepFiles = false): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ type: 'stop' });
    await exited;
    if (!keepFiles) this.removeFiles();
  }

  removeFiles(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private send(command: ParentCommand): void {
    this.child.send(command);
  }
}

function nextReport<T extends ChildReport['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: ChildReport) => {
      if (report.type !== type) return;
      cleanUp();
      resolve(report as Extract<ChildReport, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`the benchmark's ${type} report never came: the child exited with ${code}`));
    };
    const cleanUp = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
