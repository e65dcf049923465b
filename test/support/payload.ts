import type { APIStringSelectComponent, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';

/** The string select of a question message, or a failed expectation when there is none. */
export function selectMenuOf(
  body: Pick<RESTPostAPIChannelMessageJSONBody, 'components'>,
): APIStringSelectComponent {
  const row = body.components?.[0];
  const select = row && 'components' in row ? row.components[0] : undefined;
  if (select?.type !== 3) throw new Error('the message has no string select in its first row');
  return select;
}
