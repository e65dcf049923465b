import { REST } from '@discordjs/rest';
import { type APIMessage, Routes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './index.js';

let fake: FakeDiscord;
let rest: REST;
let channelId: string;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  rest = new REST({ api: fake.restUrl, retries: 0 }).setToken(fake.token);
  channelId = fake.guilds[0]?.channels[0]?.id ?? '';
});
afterAll(() => fake.stop());

const post = (body: object) => rest.post(Routes.channelMessages(channelId), { body }) as Promise<APIMessage>;

describe('FakeDiscord nonces, lost answers and attachments', () => {
  it('returns the earlier message for a repeated nonce with enforce_nonce, and only then', async () => {
    const first = await post({ content: 'reveal', nonce: 'reveal-1-0', enforce_nonce: true });
    const again = await post({ content: 'reveal', nonce: 'reveal-1-0', enforce_nonce: true });
    const unenforced = await post({ content: 'reveal', nonce: 'reveal-1-0' });

    expect(again.id).toBe(first.id);
    expect(first.nonce).toBe('reveal-1-0');
    expect(unenforced.id).not.toBe(first.id);
    expect(fake.channelMessages(channelId).map((m) => m.id)).toEqual([first.id, unenforced.id]);
  });

  it('forgets a nonce after its window', async () => {
    const first = await post({ content: 'a', nonce: 'window', enforce_nonce: true });
    fake.nonceWindowMs = -1;
    const second = await post({ content: 'a', nonce: 'window', enforce_nonce: true });
    (fake as unknown as { world: { messages: { nonceWindowMs: number } } }).world.messages.nonceWindowMs =
      300_000;

    expect(second.id).not.toBe(first.id);
  });

  it('drops the connection before or after serving, and the client sees a socket error', async () => {
    fake.faults.next({ method: 'POST', drop: 'before' });
    fake.faults.next({ method: 'POST', drop: 'after' });
    const before = fake.channelMessages(channelId).length;

    await expect(post({ content: 'lost before' })).rejects.toThrow();
    expect(fake.channelMessages(channelId)).toHaveLength(before);
    await expect(post({ content: 'lost after' })).rejects.toThrow();
    expect(fake.channelMessages(channelId).at(-1)?.content).toBe('lost after');
    expect(fake.requests.slice(-2).map((r) => r.dropped)).toEqual([true, true]);
  });

  it('holds an answer for delayMs, after the work is done', async () => {
    fake.faults.next({ method: 'POST', delayMs: 300 });
    const pending = post({ content: 'slow' });
    const stored = await fake.waitForMessage(channelId, (m) => m.content === 'slow');

    expect((await pending).id).toBe(stored.id);
  });

  it('answers a 4xx fault with Discord’s JSON code', async () => {
    fake.faults.next({ method: 'PATCH', status: 403, code: 50001 });
    const message = await post({ content: 'x' });

    await expect(
      rest.patch(Routes.channelMessage(channelId, message.id), { body: { content: 'y' } }),
    ).rejects.toMatchObject({
      status: 403,
      code: 50001,
    });
    expect(() => fake.faults.next({ method: 'GET' })).toThrow(
      'FaultSpec needs a status, a drop or a delayMs',
    );
  });

  it('serves an uploaded attachment’s bytes at its URL, and a fault can break the download', async () => {
    const file = fake.upload('bank.md', '# Bank\n');
    expect(file).toMatchObject({
      filename: 'bank.md',
      size: 7,
      content_type: 'text/markdown; charset=utf-8',
    });

    const response = await fetch(file.url);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await response.text()).toBe('# Bank\n');
    expect((await fetch(file.url.replace(file.id, '1'))).status).toBe(404);

    fake.faults.next({ path: /^\/attachments\//, status: 503 });
    expect((await fetch(file.url)).status).toBe(503);
  });
});
