import { basename, extname } from 'node:path';

/** A bank's slug is its file name without the extension; it also titles a file with no title. */
export function slugOf(file: string): string {
  return basename(file, extname(file));
}
