import type { Interaction } from 'discord.js';
import { componentHandlers, slashCommands } from './commands/definitions.js';
import type { BotContext } from './context.js';
import { describeError } from './discord-errors.js';
import { tellMember } from './reply.js';

/**
 * Sends each interaction to its handler. This is the last line of defence: whatever a handler
 * throws is logged with its ids, the member gets a short apology, and the bot keeps serving.
 */
export async function routeInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  try {
    await dispatch(ctx, interaction);
  } catch (error) {
    const ids = {
      guild: interaction.guildId,
      channel: interaction.channelId,
      user: interaction.user.id,
      interaction: interaction.id,
      command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
      customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    };
    ctx.log.error({ ...ids, error: describeError(error) }, 'interaction failed');
    if (interaction.isAutocomplete()) return;
    await tellMember(interaction, 'Sorry, something went wrong on my side. Please try again.').catch(
      (replyError: unknown) =>
        ctx.log.warn({ ...ids, error: describeError(replyError) }, 'apology not delivered'),
    );
  }
}

async function dispatch(ctx: BotContext, interaction: Interaction): Promise<void> {
  // Every command is registered for servers only; anything else is not ours to answer.
  if (!interaction.inGuild()) return;

  // A command the bot no longer has can still arrive while Discord's registration lags behind.
  if (interaction.isChatInputCommand()) {
    const command = slashCommands.find((c) => c.data.name === interaction.commandName);
    if (command) await command.run(ctx, interaction);
    // A handler that found nothing to do (a subcommand it no longer has) must still answer, or
    // the member sees Discord's "The application did not respond".
    if (!interaction.replied && !interaction.deferred) {
      await tellMember(interaction, 'This command is not one I know any more.');
    }
    return;
  } else if (interaction.isAutocomplete()) {
    const command = slashCommands.find((c) => c.data.name === interaction.commandName);
    if (command?.autocomplete) return command.autocomplete(ctx, interaction);
    await interaction.respond([]);
    return;
  } else if (interaction.isMessageComponent()) {
    const handler = componentHandlers.find((h) => interaction.customId.startsWith(h.prefix));
    if (handler) return handler.handle(ctx, interaction);
    if (interaction.isRepliable()) await tellMember(interaction, 'This control is not one I know any more.');
    return;
  }
  ctx.log.warn({ type: interaction.type, interaction: interaction.id }, 'interaction without a handler');
}
