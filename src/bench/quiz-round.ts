import type { APIMessage } from 'discord-api-types/v10';
import type { FakeDiscord } from '../../test/fake-discord/index.js';

export interface PostedRound {
  guildId: string;
  channelId: string;
  roundId: number;
  messageId: string;
  customId: string;
}

/** Asks for question 1 with `/quiz` over the wire, as a member would, and returns its menu. */
export async function postQuestion(
  fake: FakeDiscord,
  where: { guildId: string; channelId: string; userId: string },
  durationSeconds: number,
): Promise<PostedRound> {
  const before = new Set(fake.channelMessages(where.channelId).map((m) => m.id));
  const command = fake.sendSlashCommand({
    ...where,
    name: 'quiz',
    options: [
      { name: 'question', type: 4, value: 1 },
      { name: 'duration', type: 4, value: durationSeconds },
    ],
  });
  // The bot stores the message id before it edits its deferred reply: once the edit arrives,
  // the round is fully posted and may be answered or revealed.
  const edited = (r: { method: string; path: string }) =>
    r.method === 'PATCH' && r.path.includes(`/${command.token}/messages/@original`);
  await fake.waitForRequest(edited, 10_000);

  const isNewMenu = (m: APIMessage) => !before.has(m.id) && (m.components?.length ?? 0) > 0;
  const message = await fake.waitForMessage(where.channelId, isNewMenu, 10_000);
  const customId = menuCustomId(message);
  return {
    guildId: where.guildId,
    channelId: where.channelId,
    roundId: Number(customId.split(':')[1]),
    messageId: message.id,
    customId,
  };
}

function menuCustomId(message: APIMessage): string {
  const row = message.components?.[0];
  const menu = row && 'components' in row ? row.components[0] : undefined;
  if (!menu || !('custom_id' in menu)) throw new Error(`message ${message.id} has no answer menu`);
  return menu.custom_id;
}
