import { DiscordAPIError } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { channelProblem, describeError, permanentFailure } from '../../src/discord/discord-errors.js';

function apiError(
  status: number,
  code: number,
  message: string,
  url = 'https://discord.com/api/v10/channels/1/messages',
) {
  return new DiscordAPIError({ code, message }, code, status, 'POST', url, {
    body: undefined,
    files: undefined,
  });
}

describe('permanentFailure', () => {
  it('names the known refusals in plain words', () => {
    expect(permanentFailure(apiError(404, 10003, 'Unknown Channel'))).toBe('the channel was deleted');
    expect(permanentFailure(apiError(403, 50013, 'Missing Permissions'))).toBe(
      'the bot lacks a permission in the channel',
    );
  });

  it('treats any other 4xx as permanent: the same body would be refused again', () => {
    expect(permanentFailure(apiError(400, 50035, 'Invalid Form Body'))).toBe(
      'Discord refused the request (50035: Invalid Form Body)',
    );
  });

  it('lets 5xx, 429 and network errors be retried', () => {
    expect(permanentFailure(apiError(500, 0, 'Internal Server Error'))).toBeUndefined();
    expect(permanentFailure(apiError(429, 0, 'You are being rate limited.'))).toBeUndefined();
    expect(permanentFailure(apiError(401, 0, '401: Unauthorized'))).toBeUndefined();
    expect(permanentFailure(new Error('socket hang up'))).toBeUndefined();
  });
});

describe('channelProblem', () => {
  it('is only the refusals that make the channel unusable, not a refused body', () => {
    expect(channelProblem(apiError(403, 50001, 'Missing Access'))).toBe('the bot lost access to the channel');
    expect(channelProblem(apiError(400, 50035, 'Invalid Form Body'))).toBeUndefined();
  });
});

describe('describeError', () => {
  it('keeps interaction tokens out of logged URLs', () => {
    const url = 'https://discord.com/api/v10/webhooks/123/secret-token-abc/messages/@original';
    expect(describeError(apiError(404, 10015, 'Unknown Webhook', url))).toEqual({
      code: 10015,
      status: 404,
      method: 'POST',
      url: 'https://discord.com/api/v10/webhooks/123/[token]/messages/@original',
      message: 'Unknown Webhook',
    });
  });
});
