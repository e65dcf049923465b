import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fake-discord/index.js';
import { runCli } from '../support/run-cli.js';

let fake: FakeDiscord;
const cwd = mkdtempSync(join(tmpdir(), 'quizbot-deploy-'));

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());

function env(extra: Record<string, string> = {}) {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.restUrl,
    ...extra,
  };
}

describe('npm run deploy-commands', () => {
  it('--dry-run prints the JSON body and sends nothing', async () => {
    const result = await runCli('src/cli/deploy-commands.ts', ['--dry-run'], { cwd });
    const body = JSON.parse(result.stdout) as { name: string; options?: { name: string }[] }[];

    expect(result.code).toBe(0);
    expect(body.find((c) => c.name === 'quiz')?.options?.map((o) => o.name)).toEqual([
      'bank',
      'question',
      'duration',
    ]);
    expect(body.map((c) => c.name)).toContain('leaderboard');
    expect(fake.requests).toEqual([]);
  });

  it('registers the commands to DEV_GUILD_ID, accepted by the local Discord', async () => {
    const guildId = fake.guilds[0]?.id ?? '';
    const result = await runCli('src/cli/deploy-commands.ts', [], {
      cwd,
      env: env({ DEV_GUILD_ID: guildId }),
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Registered \\d+ commands \\(/quiz, /leaderboard, .*\\) for server ${guildId}\\.\\n$`),
    );
    const registered = fake.commands(guildId);
    expect(registered.find((c) => c.name === 'quiz')?.options?.map((o) => o.name)).toEqual([
      'bank',
      'question',
      'duration',
    ]);
    expect(fake.commands()).toEqual([]);
  });

  it('registers globally without DEV_GUILD_ID', async () => {
    const result = await runCli('src/cli/deploy-commands.ts', [], { cwd, env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('for all servers');
    expect(fake.commands().map((c) => c.name)).toContain('leaderboard');
  });

  it('names a mistyped flag with the usage, without a stack trace', async () => {
    const result = await runCli('src/cli/deploy-commands.ts', ['--dryrun'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "Could not register the commands: Unknown option '--dryrun'\nusage: npm run deploy-commands [-- --dry-run]\n",
    );
  });
});
