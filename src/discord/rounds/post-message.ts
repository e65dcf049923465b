import type { REST } from '@discordjs/rest';
import {
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIChannelMessageResult,
  Routes,
} from 'discord-api-types/v10';
import { permanentFailure } from '../discord-errors.js';

/**
 * Posts a message that must appear exactly once, trying again after each delay when the failure
 * is a passing one (5xx, a dropped connection). The nonce makes the retries safe: with
 * `enforce_nonce` Discord answers a repeated nonce from the same author with the message it
 * already created (for a few minutes), so a post whose answer was lost is not doubled.
 * Permanent failures (channel gone, access lost) and the last failure are thrown.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
export async function postMessageOnce(
  rest: REST,
  channelId: string,
  body: RESTPostAPIChannelMessageJSONBody,
  nonce: string,
  retryDelaysMs: readonly number[],
  onRetry: (error: unknown, delayMs: number) => void,
): Promise<RESTPostAPIChannelMessageResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await rest.post(Routes.channelMessages(channelId), {
        body: { ...body, nonce, enforce_nonce: true },
      })) as RESTPostAPIChannelMessageResult;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined || permanentFailure(error)) throw error;
      onRetry(error, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
