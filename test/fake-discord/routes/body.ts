import { invalidFormBody } from '../api-error.js';
import { isObject, type JsonObject } from '../form-errors.js';
import { validateMessage } from '../validate-message.js';

/** A JSON object body, or Discord's 50035 for anything else. */
export function objectBody(body: unknown): JsonObject {
  if (isObject(body)) return body;
  throw invalidFormBody({
    _errors: [{ code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used.' }],
  });
}

/** A message create or edit body that respects Discord's limits. */
export function messageBody(body: unknown): JsonObject {
  const message = objectBody(body);
  const errors = validateMessage(message);
  if (!errors.empty) throw invalidFormBody(errors.tree);
  return message;
}
