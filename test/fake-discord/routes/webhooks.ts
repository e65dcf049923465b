import { type APIMessage, MessageFlags } from 'discord-api-types/v10';
import { unknownMessage, unknownWebhook } from '../api-error.js';
import type { PendingInteraction } from '../interaction-registry.js';
import { noContent, ok, param, type Route, type RouteRequest, route } from '../router.js';
import type { World } from '../world.js';
import { messageBody } from './body.js';

/**
 * The interaction's webhook: followups, and reading, editing or deleting the original response
 * (`@original`, which discord.js sends URL-encoded and the server decodes before routing).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages
 */
export const webhookRoutes: Route[] = [
  route('POST', '/webhooks/:app/:token', (req, world) => {
    const pending = interaction(req, world);
    const channelId = pending.payload.channel?.id ?? '';
    const origin = { webhookId: world.applicationId, applicationId: world.applicationId, files: req.files };
    const message = world.messages.create(channelId, messageBody(req.body), origin);
    pending.messageIds.add(message.id);
    world.events.emit('message', message);
    return ok(message);
  }),

  route('GET', '/webhooks/:app/:token/messages/:message', (req, world) => ok(ownMessage(req, world))),

  route('PATCH', '/webhooks/:app/:token/messages/:message', (req, world) => {
    const target = ownMessage(req, world);
    const message = world.messages.edit(target, messageBody(req.body), req.files);
    // Editing a deferred reply ends its "thinking…" state.
    message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
    world.events.emit('message', message);
    return ok(message);
  }),

  route('DELETE', '/webhooks/:app/:token/messages/:message', (req, world) => {
    const target = ownMessage(req, world);
    world.messages.delete(target.channel_id, target.id);
    return noContent();
  }),
];

function interaction(req: RouteRequest, world: World): PendingInteraction {
  if (param(req, 'app') !== world.applicationId) throw unknownWebhook();
  return world.interactions.forWebhook(param(req, 'token'));
}

/** A message this token created, or the component message its update or deferral took over. */
function ownMessage(req: RouteRequest, world: World): APIMessage {
  const pending = interaction(req, world);
  const requested = param(req, 'message');
  const id = requested === '@original' ? pending.originalMessageId : requested;
  if (!id || !pending.messageIds.has(id)) throw unknownMessage();
  return world.messages.get(pending.payload.channel?.id ?? '', id, true);
}
