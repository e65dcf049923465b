import type { FormErrorTree } from './api-error.js';

type Path = readonly (string | number)[];

/**
 * Collects limit violations into the tree Discord returns with code 50035, e.g.
 * `{ embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message } ] } } } }`.
 */
export class FormErrors {
  readonly tree: FormErrorTree = {};
  private violations = 0;

  get empty(): boolean {
    return this.violations === 0;
  }

  /** A view that files every error under `key`, e.g. a callback's message limits under `data`. */
  under(key: string): FormErrors {
    const view = Object.create(this) as FormErrors;
    view.add = (path, code, message) => this.add([key, ...path], code, message);
    return view;
  }

  add(path: Path, code: string, message: string): void {
    let node = this.tree;
    for (const key of path) {
      const next = node[String(key)];
      if (next && !Array.isArray(next)) {
        node = next;
        continue;
      }
      const branch: FormErrorTree = {};
      node[String(key)] = branch;
      node = branch;
    }

    const leaf = node._errors;
    if (Array.isArray(leaf)) leaf.push({ code, message });
    else node._errors = [{ code, message }];
    this.violations++;
  }

  /** Discord's wording for string lengths: "Must be between 1 and 100 in length." */
  length(path: Path, value: unknown, min: number, max: number): void {
    if (value === undefined || value === null) {
      if (min > 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }

    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return;
    }
    if (value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    if (value.length < min) this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  }

  /** Array sizes use the same codes Discord uses for lists of embeds, fields or options. */
  size(path: Path, items: readonly unknown[], min: number, max: number): void {
    if (items.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    if (items.length < min) this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  }

  range(path: Path, value: unknown, min: number, max: number): void {
    if (typeof value !== 'number') return;
    if (value > max) this.add(path, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`);
    if (value < min)
      this.add(path, 'NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`);
  }
}

/** Wire bodies are untyped JSON; these narrow them without trusting their shape. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
