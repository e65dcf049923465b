import type { DiscordAPIError } from '@discordjs/rest';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';

/**
 * Plain words for the Discord errors the bot meets most: the channel or message is gone, or the
 * bot may no longer see or post there.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
const PERMANENT: Record<number, string> = {
  [RESTJSONErrorCodes.UnknownChannel]: 'the channel was deleted',
  [RESTJSONErrorCodes.UnknownMessage]: 'the question message was deleted',
  [RESTJSONErrorCodes.MissingAccess]: 'the bot lost access to the channel',
  [RESTJSONErrorCodes.MissingPermissions]: 'the bot lacks a permission in the channel',
  [RESTJSONErrorCodes.UnknownGuild]: 'the bot is no longer in the server',
};

/**
 * Recognises Discord's error by its shape, not `instanceof`: @discordjs/rest ships a CommonJS and
 * an ES build, discord.js throws from the first, and an ES import may load the second, whose
 * class is a different object.
 */
function isDiscordAPIError(error: unknown): error is DiscordAPIError {
  return (
    error instanceof Error &&
    typeof (error as Partial<DiscordAPIError>).status === 'number' &&
    typeof (error as Partial<DiscordAPIError>).url === 'string' &&
    'rawError' in error
  );
}

/**
 * A plain-words reason when the channel itself can no longer be used (deleted, access or a
 * permission lost, the bot gone from the server), else undefined. A schedule pauses on these.
 */
export function channelProblem(error: unknown): string | undefined {
  if (!isDiscordAPIError(error) || typeof error.code !== 'number') return undefined;
  return PERMANENT[error.code];
}

/**
 * A plain-words reason when no retry can fix the error, else undefined. A 4xx is Discord refusing
 * the request itself (a deleted channel, a body over a limit), so the same request would be
 * refused again. Not so 429 (a rate limit) and 401 (Discord has answered 401 during incidents;
 * giving up would abandon every round due at that moment); nor 5xx and network errors.
 */
export function permanentFailure(error: unknown): string | undefined {
  if (!isDiscordAPIError(error) || error.status < 400 || error.status >= 500) return undefined;
  if (error.status === 429 || error.status === 401) return undefined;
  return channelProblem(error) ?? `Discord refused the request (${error.code}: ${error.message})`;
}

/** Interaction tokens sit in webhook and callback URLs; they are secrets for 15 minutes. */
function withoutTokens(url: string): string {
  return url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?]+/g, '/$1/$2/[token]');
}

/** Short, loggable facts of an error, without request bodies (which may hold user text). */
export function describeError(error: unknown): Record<string, unknown> {
  if (isDiscordAPIError(error)) {
    const url = withoutTokens(error.url);
    return { code: error.code, status: error.status, method: error.method, url, message: error.message };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { value: String(error) };
}
