import type { REST } from '@discordjs/rest';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { setBankHidden } from '../../../src/db/banks.js';
import { rounds } from '../../../src/db/schema.js';
import type { BotContext } from '../../../src/discord/context.js';
import { startRound } from '../../../src/discord/rounds/start-round.js';
import { RevealTimers } from '../../../src/quiz/reveal-timers.js';
import { sampleStore } from '../../support/sample-store.js';

describe('startRound', () => {
  it('refuses a bank removed with /bank remove, and opens no round', async () => {
    const store = await sampleStore();
    setBankHidden(store.db, store.bankId, true);
    const rest = { post: vi.fn(async () => ({ id: 'm1' })) } as unknown as REST;
    const ctx = {
      db: store.db,
      rest,
      log: pino({ level: 'silent' }),
      now: () => new Date('2026-06-01T08:00:00Z'),
      timers: new RevealTimers(() => undefined),
    } as Partial<BotContext> as BotContext;

    const result = await startRound(ctx, {
      guildId: 'g1',
      channelId: 'c1',
      startedBy: 'mod',
      bankId: store.bankId,
      durationSeconds: 600,
    });

    expect(result).toEqual({ ok: false, code: 'no-bank', message: 'That question bank was removed.' });
    expect(store.db.select().from(rounds).all()).toEqual([]);
    expect(rest.post).not.toHaveBeenCalled();
  });
});
