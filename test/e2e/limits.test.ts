import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/bot-harness.js';
import { SAMPLE_BANK } from '../support/sample-store.js';

const LONG_NAME = `${'s'.repeat(120)}.md`;
const BANK_COUNT = 40;

/** A one-question bank with a long title, so forty of them overflow one embed. */
function tinyBank(n: number): string {
  const title = `Bank ${n} on a rather long subject title that a study group might well choose`;
  return `## ${title}\n\n## Questions\n\n#### 1. Yes?\nA) yes\nB) no\n\n## Answers\n\n#### 1. Yes?\nA) ✓ yes — right\nB) ✗ no — wrong\n\n**Correct:** A\n`;
}

let h: Harness;

beforeAll(async () => {
  const banksDir = mkdtempSync(join(tmpdir(), 'quizbot-banks-'));
  copyFileSync(SAMPLE_BANK, join(banksDir, 'custom-loss-functions.md'));
  writeFileSync(join(banksDir, LONG_NAME), tinyBank(0));
  for (let n = 1; n <= BANK_COUNT; n++) writeFileSync(join(banksDir, `bank-${n}.md`), tinyBank(n));
  h = await startHarness({ banksDir });
});
afterAll(() => h.close());

describe("Discord's limits with many banks and long names", () => {
  it('offers a bank with a 120-character file name in autocomplete, within 100 characters', async () => {
    const response = await h.fake.sendAutocomplete({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: '123456789012345678',
      name: 'quiz',
      focused: { name: 'bank', value: 'sss' },
    }).response;

    expect(response).toEqual({
      type: 8,
      data: {
        choices: [
          {
            name: 'Bank 0 on a rather long subject title that a study group might well choose (1 questions)',
            value: expect.stringMatching(/^s{91}-[0-9a-f]{8}$/),
          },
        ],
      },
    });
  });

  it('lists 42 banks in one embed within 4,096 characters and names how many were left out', async () => {
    const response = await h.fake.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: '123456789012345678',
      name: 'bank',
      subcommand: 'list',
    }).response;
    const embed = 'data' in response ? (response.data as { embeds: APIEmbed[] }).embeds[0] : undefined;
    const lines = embed?.description?.split('\n') ?? [];
    const listed = lines.length - 1;

    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(lines.at(-1)).toBe(
      `…and ${BANK_COUNT + 2 - listed} more: type in the bank option of /quiz to find them.`,
    );
    expect(listed).toBeGreaterThan(20);
  });
});
