import { noContent, ok, param, type Route, route } from '../router.js';
import { messageBody } from './body.js';

/**
 * Channel messages the bot posts, edits, reads and deletes. Unknown channels answer 10003 and
 * unknown messages 10008, as after a moderator deleted them. A create that repeats a nonce with
 * `enforce_nonce` gets the earlier message back, as Discord does for a few minutes.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export const channelRoutes: Route[] = [
  route('GET', '/channels/:channel', (req, world) => ok(world.guilds.channel(param(req, 'channel')))),

  route('POST', '/channels/:channel/messages', (req, world) => {
    const channel = world.guilds.channel(param(req, 'channel'));
    const body = messageBody(req.body);
    const earlier =
      body.enforce_nonce === true ? world.messages.findByNonce(channel.id, body.nonce) : undefined;
    if (earlier) return ok(earlier);

    const message = world.messages.create(channel.id, body, { files: req.files });
    world.events.emit('message', message);
    return ok(message);
  }),

  route('GET', '/channels/:channel/messages/:message', (req, world) => {
    const channel = world.guilds.channel(param(req, 'channel'));
    return ok(world.messages.get(channel.id, param(req, 'message')));
  }),

  route('PATCH', '/channels/:channel/messages/:message', (req, world) => {
    const channel = world.guilds.channel(param(req, 'channel'));
    const body = messageBody(req.body);
    const message = world.messages.edit(
      world.messages.get(channel.id, param(req, 'message')),
      body,
      req.files,
    );
    world.events.emit('message', message);
    return ok(message);
  }),

  route('DELETE', '/channels/:channel/messages/:message', (req, world) => {
    const channel = world.guilds.channel(param(req, 'channel'));
    world.messages.delete(channel.id, world.messages.get(channel.id, param(req, 'message')).id);
    return noContent();
  }),
];
