import { InteractionResponseType } from 'discord-api-types/v10';
import { arrayOf, FormErrors, isObject, type JsonObject } from './form-errors.js';
import { validateMessage } from './validate-message.js';

/**
 * Limits on an interaction callback body: message responses share the message limits, autocomplete
 * answers carry at most 25 choices, modals at most 5 rows under a 45-character title.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
 */
export function validateCallback(body: JsonObject): FormErrors {
  const errors = new FormErrors();
  const data = isObject(body.data) ? body.data : {};

  switch (body.type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.UpdateMessage:
      validateMessage(data, errors.under('data'));
      break;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      validateChoices(arrayOf(data.choices), errors);
      break;
    case InteractionResponseType.Modal:
      errors.length(['data', 'custom_id'], data.custom_id, 1, 100);
      errors.length(['data', 'title'], data.title, 1, 45);
      errors.size(['data', 'components'], arrayOf(data.components), 1, 5);
      break;
    case InteractionResponseType.Pong:
    case InteractionResponseType.DeferredChannelMessageWithSource:
    case InteractionResponseType.DeferredMessageUpdate:
      break;
    default:
      errors.add(['type'], 'BASE_TYPE_CHOICES', `Value must be one of (1, 4, 5, 6, 7, 8, 9).`);
  }
  return errors;
}

function validateChoices(choices: unknown[], errors: FormErrors): void {
  errors.size(['data', 'choices'], choices, 0, 25);
  choices.forEach((choice, index) => {
    if (!isObject(choice)) return;
    errors.length(['data', 'choices', index, 'name'], choice.name, 1, 100);
    if (typeof choice.value === 'string')
      errors.length(['data', 'choices', index, 'value'], choice.value, 1, 100);
  });
}
