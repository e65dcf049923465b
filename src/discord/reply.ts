import {
  type AutocompleteInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';

/** An answer only the member who acted can see; it never pings anyone. */
export function privately(content: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

/**
 * Tells the member something, whatever state the interaction is in: a first reply, an edit of
 * a deferred one, or a follow-up. Used for refusals and for the last-resort apology.
 */
export async function tellMember(
  interaction: Exclude<Interaction, AutocompleteInteraction>,
  content: string,
) {
  if (interaction.deferred && !interaction.replied) {
    const edit: InteractionEditReplyOptions = { content, allowedMentions: { parse: [] } };
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(privately(content));
  } else {
    await interaction.reply(privately(content));
  }
}
