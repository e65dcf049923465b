import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { arrayOf, FormErrors, isObject, type JsonObject } from './form-errors.js';

type Path = (string | number)[];

/**
 * Discord's own pattern for chat-input names: letters, digits, `-` and `_`, lower case where the
 * script has case.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const SUBCOMMANDS: readonly unknown[] = [
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
];

/** Validates the body of a bulk overwrite (`PUT .../commands`), an array of commands. */
export function validateCommands(body: unknown): FormErrors {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return errors;
  }

  const names = new Set<string>();
  body.forEach((command, index) => {
    if (!isObject(command)) {
      errors.add([index], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used.');
      return;
    }
    const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
    validateNamed(command, [index], chatInput, errors);

    const key = `${String(command.type ?? 1)}:${String(command.name)}`;
    if (names.has(key)) errors.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Duplicate name');
    names.add(key);
  });
  return errors;
}

/** Commands, subcommands and options share the naming and nesting rules. */
function validateNamed(item: JsonObject, path: Path, chatInput: boolean, errors: FormErrors): void {
  errors.length([...path, 'name'], item.name, 1, 32);
  const name = item.name;
  if (chatInput && typeof name === 'string' && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (!chatInput) return;

  errors.length([...path, 'description'], item.description, 1, 100);
  const choices = arrayOf(item.choices);
  errors.size([...path, 'choices'], choices, 0, 25);
  choices.forEach((choice, index) => {
    if (isObject(choice)) errors.length([...path, 'choices', index, 'name'], choice.name, 1, 100);
  });

  const options = arrayOf(item.options);
  errors.size([...path, 'options'], options, 0, 25);
  const nested = options.filter((option) => isObject(option) && SUBCOMMANDS.includes(option.type));
  if (nested.length > 0 && nested.length < options.length) {
    errors.add(
      [...path, 'options'],
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-command and sub-command group option types are mutually exclusive to all other types',
    );
  }
  options.forEach((option, index) => {
    if (isObject(option)) validateNamed(option, [...path, 'options', index], true, errors);
  });
}
