import {
  type APIInteractionResponse,
  type APIMessage,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { ApiFailure, invalidFormBody } from '../api-error.js';
import { isObject } from '../form-errors.js';
import type { UploadedFile } from '../http-body.js';
import type { PendingInteraction } from '../interaction-registry.js';
import { noContent, ok, param, type Route, type RouteRequest, route } from '../router.js';
import { validateCallback } from '../validate-callback.js';
import type { World } from '../world.js';
import { objectBody } from './body.js';

/**
 * The interaction callback: the bot's one answer to an interaction.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 */
export const interactionRoutes: Route[] = [route('POST', '/interactions/:id/:token/callback', callback)];

function callback(req: RouteRequest, world: World) {
  const pending = world.interactions.forCallback(param(req, 'id'), param(req, 'token'));
  const body = objectBody(req.body);
  try {
    const errors = validateCallback(body);
    if (!errors.empty) throw invalidFormBody(errors.tree);
    checkTypeFits(pending, body.type);
  } catch (error) {
    if (error instanceof ApiFailure) world.interactions.refuse(pending, error);
    throw error;
  }

  const response = body as unknown as APIInteractionResponse;
  const message = applyResponse(pending, response, req.files, world);
  world.interactions.acknowledge(pending, response);
  const latencyMs = Date.now() - (pending.sentAt ?? Date.now());
  world.events.emit('callback', { interactionId: pending.payload.id, body: response, latencyMs });
  if (message) world.events.emit('message', message);

  if (req.query.get('with_response') !== 'true') return noContent();
  return ok({
    interaction: {
      id: pending.payload.id,
      type: pending.payload.type,
      ...(message && {
        response_message_id: message.id,
        response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
        response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      }),
    },
    resource: { type: response.type, ...(message && { message }) },
  });
}

/** Updates belong to components, choices to autocomplete; Discord refuses other pairings. */
function checkTypeFits(pending: PendingInteraction, type: unknown): void {
  const kind = pending.payload.type;
  const componentOnly =
    type === InteractionResponseType.UpdateMessage || type === InteractionResponseType.DeferredMessageUpdate;
  const autocompleteOnly = type === InteractionResponseType.ApplicationCommandAutocompleteResult;
  const fits =
    kind === InteractionType.ApplicationCommandAutocomplete
      ? autocompleteOnly
      : !autocompleteOnly && (!componentOnly || kind === InteractionType.MessageComponent);
  if (fits) return;
  throw invalidFormBody({
    type: {
      _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Not valid for this interaction' }],
    },
  });
}

/** Creates or updates the message the response stands for, and returns it. */
function applyResponse(
  pending: PendingInteraction,
  response: APIInteractionResponse,
  files: UploadedFile[],
  world: World,
): APIMessage | undefined {
  const channelId = pending.payload.channel?.id ?? '';
  const data = 'data' in response && isObject(response.data) ? response.data : {};
  const origin = { webhookId: world.applicationId, applicationId: world.applicationId, files };
  const isCommand = pending.payload.type === InteractionType.ApplicationCommand;
  const type = isCommand ? MessageType.ChatInputCommand : MessageType.Default;

  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return remember(pending, world.messages.create(channelId, data, { ...origin, type }));
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      // The "thinking…" placeholder is a real message with the Loading flag until the bot edits it.
      const flags =
        ((typeof data.flags === 'number' ? data.flags : 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
      return remember(pending, world.messages.create(channelId, { content: '', flags }, { ...origin, type }));
    }
    case InteractionResponseType.DeferredMessageUpdate:
      return remember(pending, componentMessage(pending, world));
    case InteractionResponseType.UpdateMessage:
      return remember(pending, world.messages.edit(componentMessage(pending, world), data, files));
    default:
      return undefined;
  }
}

function componentMessage(pending: PendingInteraction, world: World): APIMessage {
  const channelId = pending.payload.channel?.id ?? '';
  return world.messages.get(channelId, pending.componentMessageId ?? '', true);
}

function remember(pending: PendingInteraction, message: APIMessage): APIMessage {
  pending.originalMessageId = message.id;
  pending.messageIds.add(message.id);
  return message;
}
