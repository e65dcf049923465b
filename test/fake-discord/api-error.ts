import { RESTJSONErrorCodes } from 'discord-api-types/v10';

/** Discord's nested error tree: each leaf holds `_errors`, each branch is a key or an array index. */
export interface FormErrorTree {
  [key: string]: FormErrorTree | { code: string; message: string }[];
}

/**
 * A refusal the way Discord phrases it: HTTP status plus `{ code, message, errors? }`. Route handlers
 * throw it; the server turns it into the response, so discord.js raises a real DiscordAPIError.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FormErrorTree,
  ) {
    super(message);
  }

  toJSON(): { code: number; message: string; errors?: FormErrorTree } {
    const body = { code: this.code, message: this.message };
    return this.errors ? { ...body, errors: this.errors } : body;
  }
}

export const unknownChannel = (): ApiFailure =>
  new ApiFailure(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');

export const unknownMessage = (): ApiFailure =>
  new ApiFailure(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');

export const unknownInteraction = (): ApiFailure =>
  new ApiFailure(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');

export const unknownWebhook = (): ApiFailure =>
  new ApiFailure(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');

export const alreadyAcknowledged = (): ApiFailure =>
  new ApiFailure(
    400,
    RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    'Interaction has already been acknowledged.',
  );

export const invalidFormBody = (errors: FormErrorTree): ApiFailure =>
  new ApiFailure(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Invalid Form Body', errors);
