import type { APIEmbed, APIMessage, APIMessageComponent } from 'discord-api-types/v10';

/** Discord shows `<t:…:R>` relative to the reader's clock and the other styles as a clock time. */
function timestamp(seconds: number, style: string): string {
  if (style !== 'R') return `${new Date(seconds * 1000).toISOString().slice(11, 16)} UTC`;
  const delta = Math.round(seconds - Date.now() / 1000);
  return delta >= 0 ? `in ${delta} seconds` : `${-delta} seconds ago`;
}

/** Turns Discord markdown and mentions into plain terminal text, as a member would read it. */
export function plain(text: string, names: ReadonlyMap<string, string>): string {
  return text
    .replace(/<@!?(\d+)>/g, (_, id: string) => `@${names.get(id) ?? id}`)
    .replace(/<t:(\d+):([a-zA-Z])>/g, (_, s: string, style: string) => timestamp(Number(s), style))
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(.+?)\*(?=\s|$)/g, '$1$2');
}

function indent(text: string, prefix = '  │ '): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function renderEmbed(embed: APIEmbed, names: ReadonlyMap<string, string>): string {
  const parts = [
    embed.title ? `【${embed.title}】` : '',
    embed.description ? plain(embed.description, names) : '',
    embed.footer ? `— ${embed.footer.text}` : '',
  ];
  return parts.filter((p) => p !== '').join('\n');
}

function renderComponents(components: readonly APIMessageComponent[]): string[] {
  return components.flatMap((component) => {
    if ('components' in component) return renderComponents(component.components);
    if (component.type !== 3) return [];
    const state = component.disabled
      ? ' (closed)'
      : ` (choose ${component.min_values}–${component.max_values})`;
    return [`[menu${state}] ${component.options.map((o) => o.label).join(' | ')}`];
  });
}

/** A message as a block of text: its embeds, then its menus. */
export function renderMessage(
  message: Pick<APIMessage, 'content' | 'embeds' | 'components'>,
  names: ReadonlyMap<string, string>,
) {
  const blocks = [
    message.content ? plain(message.content, names) : '',
    ...message.embeds.map((embed) => renderEmbed(embed, names)),
    ...renderComponents(message.components ?? []),
  ];
  return indent(blocks.filter((b) => b !== '').join('\n\n'));
}
