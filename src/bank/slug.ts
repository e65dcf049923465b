import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/**
 * Slugs travel as autocomplete values, which Discord caps at 100 characters (UTF-16 units); one
 * over the cap makes Discord refuse the whole list. Only longer names change: they keep a prefix
 * and a hash of the full name, so two long names that start alike still get different slugs.
 */
const MAX_SLUG = 100;

/** A bank's slug is its file name without the extension; it also titles a file with no title. */
export function slugOf(file: string): string {
  const name = basename(file, extname(file));
  if (name.length <= MAX_SLUG) return name;

  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  let prefix = '';
  for (const char of name) {
    if (prefix.length + char.length > MAX_SLUG - hash.length - 1) break;
    prefix += char;
  }
  return `${prefix}-${hash}`;
}
