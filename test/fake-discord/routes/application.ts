import { ApplicationFlags, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { ApiFailure, invalidFormBody } from '../api-error.js';
import { ok, type Route, type RouteRequest, route } from '../router.js';
import { validateCommands } from '../validate-commands.js';
import type { World } from '../world.js';

/**
 * Gateway discovery, the bot's own user and application, and application commands.
 * @see https://discord.com/developers/docs/events/gateway#get-gateway-bot
 */
export const applicationRoutes: Route[] = [
  route('GET', '/gateway', (_req, world) => ok({ url: world.gatewayUrl })),
  route('GET', '/gateway/bot', (_req, world) =>
    ok({
      url: world.gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
    }),
  ),
  route('GET', '/users/@me', (_req, world) => ok(world.botUser)),
  route('GET', '/applications/@me', (_req, world) =>
    ok({
      id: world.applicationId,
      name: world.botUser.username,
      icon: null,
      description: 'Local fake of a Discord application',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: ApplicationFlags.GatewayGuildMembersLimited,
      bot: world.botUser,
    }),
  ),
  route('GET', '/applications/:app/commands', (req, world) => ok(world.commands.list(scope(req, world)))),
  route('PUT', '/applications/:app/commands', putCommands),
  route('GET', '/applications/:app/guilds/:guild/commands', (req, world) =>
    ok(world.commands.list(scope(req, world))),
  ),
  route('PUT', '/applications/:app/guilds/:guild/commands', putCommands),
];

function putCommands(req: RouteRequest, world: World) {
  const guildId = scope(req, world);
  const errors = validateCommands(req.body);
  if (!errors.empty) throw invalidFormBody(errors.tree);
  return ok(world.commands.overwrite(req.body as unknown[], guildId));
}

/** The guild a command route names, after checking the application and guild exist. */
function scope(req: RouteRequest, world: World): string | undefined {
  if (req.params.app !== world.applicationId)
    throw new ApiFailure(404, RESTJSONErrorCodes.UnknownApplication, 'Unknown Application');
  const guildId = req.params.guild;
  if (guildId !== undefined && !world.guilds.guilds.has(guildId))
    throw new ApiFailure(404, RESTJSONErrorCodes.UnknownGuild, 'Unknown Guild');
  return guildId;
}
