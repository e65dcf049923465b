import { ComponentType } from 'discord-api-types/v10';
import { arrayOf, FormErrors, isObject, type JsonObject } from './form-errors.js';

/**
 * Discord's limits on message bodies, the ones discord.js's builders do not always catch when the
 * bot passes raw objects. Figures from /work/shared/DISCORD-FACTS.md.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function validateMessage(body: JsonObject, errors: FormErrors = new FormErrors()): FormErrors {
  errors.length(['content'], body.content, 0, 2000);

  const embeds = arrayOf(body.embeds);
  errors.size(['embeds'], embeds, 0, 10);
  let embedChars = 0;
  embeds.forEach((embed, index) => {
    if (isObject(embed)) embedChars += validateEmbed(embed, ['embeds', index], errors);
  });
  if (embedChars > 6000) {
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }

  validateComponents(arrayOf(body.components), errors);
  return errors;
}

/** Returns the characters that count toward the 6000 shared by every embed of a message. */
function validateEmbed(embed: JsonObject, path: (string | number)[], errors: FormErrors): number {
  const footer = isObject(embed.footer) ? embed.footer : {};
  const author = isObject(embed.author) ? embed.author : {};
  const fields = arrayOf(embed.fields);

  errors.length([...path, 'title'], embed.title, 0, 256);
  errors.length([...path, 'description'], embed.description, 0, 4096);
  errors.length([...path, 'footer', 'text'], footer.text, 0, 2048);
  errors.length([...path, 'author', 'name'], author.name, 0, 256);
  errors.size([...path, 'fields'], fields, 0, 25);

  let chars = textLength(embed.title) + textLength(embed.description);
  chars += textLength(footer.text) + textLength(author.name);
  fields.forEach((field, index) => {
    if (!isObject(field)) return;
    errors.length([...path, 'fields', index, 'name'], field.name, 1, 256);
    errors.length([...path, 'fields', index, 'value'], field.value, 1, 1024);
    chars += textLength(field.name) + textLength(field.value);
  });
  return chars;
}

function validateComponents(rows: unknown[], errors: FormErrors): void {
  errors.size(['components'], rows, 0, 5);
  const customIds = new Set<string>();

  rows.forEach((row, rowIndex) => {
    if (!isObject(row)) return;
    const children = arrayOf(row.components);
    const path = ['components', rowIndex, 'components'];
    errors.size(path, children, 1, 5);
    const hasSelect = children.some((child) => isObject(child) && child.type !== ComponentType.Button);
    if (hasSelect && children.length > 1) {
      errors.add(
        path,
        'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        'The specified component exceeds the maximum width',
      );
    }

    children.forEach((child, index) => {
      if (!isObject(child)) return;
      validateComponent(child, [...path, index], errors);
      if (typeof child.custom_id !== 'string') return;
      if (customIds.has(child.custom_id)) {
        errors.add(
          [...path, index, 'custom_id'],
          'COMPONENT_CUSTOM_ID_DUPLICATED',
          'Component custom id cannot be duplicated',
        );
      }
      customIds.add(child.custom_id);
    });
  });
}

function validateComponent(component: JsonObject, path: (string | number)[], errors: FormErrors): void {
  if (component.type === ComponentType.Button) {
    errors.length([...path, 'label'], component.label, 0, 80);
    if (component.url === undefined) errors.length([...path, 'custom_id'], component.custom_id, 1, 100);
    return;
  }

  errors.length([...path, 'custom_id'], component.custom_id, 1, 100);
  errors.length([...path, 'placeholder'], component.placeholder, 0, 150);
  errors.range([...path, 'min_values'], component.min_values, 0, 25);
  errors.range([...path, 'max_values'], component.max_values, 1, 25);
  if (component.type === ComponentType.StringSelect) validateStringSelect(component, path, errors);
}

function validateStringSelect(select: JsonObject, path: (string | number)[], errors: FormErrors): void {
  const options = arrayOf(select.options);
  errors.size([...path, 'options'], options, 1, 25);
  options.forEach((option, index) => {
    if (!isObject(option)) return;
    errors.length([...path, 'options', index, 'label'], option.label, 1, 100);
    errors.length([...path, 'options', index, 'value'], option.value, 1, 100);
    errors.length([...path, 'options', index, 'description'], option.description, 0, 100);
  });

  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  if (max > options.length) {
    errors.add(
      [...path, 'max_values'],
      'BASE_TYPE_BAD_INT',
      'max_values must not exceed the number of options',
    );
  }
  if (max < min) {
    errors.add([...path, 'max_values'], 'BASE_TYPE_BAD_INT', 'max_values must be at least min_values');
  }
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}
