import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('npm start without a usable configuration', () => {
  it('names the missing token and how to set it, without a stack trace', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    const result = await runCli('dist/index.mjs', [], { cwd });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'Configuration problem:',
        '  DISCORD_TOKEN is not set (copy the bot token from the Developer Portal (Bot → Reset Token) into .env)',
        '  DISCORD_APPLICATION_ID is not set (copy the Application ID from the Developer Portal (General Information) into .env)',
        'See .env.example.',
        '',
      ].join('\n'),
    );
  });

  it('reads .env, lets the environment win, and calls an empty token empty', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    writeFileSync(join(cwd, '.env'), 'DISCORD_TOKEN=from-file\nDISCORD_APPLICATION_ID=123456789012345678\n');
    const result = await runCli('dist/index.mjs', [], { cwd, env: { DISCORD_TOKEN: '' } });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN is empty');
    expect(result.stderr).not.toContain('DISCORD_APPLICATION_ID');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('calls the empty lines of a fresh copy of .env.example empty', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    writeFileSync(join(cwd, '.env'), 'DISCORD_TOKEN=\nDISCORD_APPLICATION_ID=\n');
    const result = await runCli('dist/index.mjs', [], { cwd });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'Configuration problem:',
        '  DISCORD_TOKEN is empty (copy the bot token from the Developer Portal (Bot → Reset Token) into .env)',
        '  DISCORD_APPLICATION_ID is empty (copy the Application ID from the Developer Portal (General Information) into .env)',
        'See .env.example.',
        '',
      ].join('\n'),
    );
  });

  it('names a wrong LOG_LEVEL instead of crashing in the logger', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    const env = { DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '123456789012345678', LOG_LEVEL: 'verbose' };
    const result = await runCli('dist/index.mjs', [], { cwd, env });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Configuration problem:\n  LOG_LEVEL Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"\nSee .env.example.\n',
    );
  });

  it('names a database folder it cannot create, without a stack trace', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'quizbot-start-'));
    const env = {
      DISCORD_TOKEN: 'x',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DATABASE_PATH: '/proc/nope/x.db',
    };
    const result = await runCli('dist/index.mjs', [], { cwd, env });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "Check DATABASE_PATH: cannot create the folder /proc/nope for the database: ENOENT: no such file or directory, mkdir '/proc/nope'\n",
    );
  });
});
