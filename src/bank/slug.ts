import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/**
 * Slugs travel as autocomplete values, which Discord caps at 100 characters; one over the cap
 * makes Discord refuse the whole list. Longer names keep a prefix and a hash of the full name,
 * so two long names that start alike still get different slugs.
 */
const MAX_SLUG = 64;

/** A bank's slug is its file name without the extension; it also titles a file with no title. */
export function slugOf(file: string): string {
  const name = basename(file, extname(file));
  const chars = Array.from(name);
  if (chars.length <= MAX_SLUG) return name;

  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${chars.slice(0, MAX_SLUG - hash.length - 1).join('')}-${hash}`;
}
