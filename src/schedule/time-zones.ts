import { distance } from 'fastest-levenshtein';

/**
 * The zones this runtime's ICU data knows. Node leaves `UTC` out of the list although every
 * runtime accepts it, and servers start out on it, so it is added.
 */
const ZONES: readonly string[] = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();

/** IANA names are letters, digits and `_+-` in `/`-separated parts; no bare offsets like `+02:00`. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export type ZoneCheck = { ok: true; zone: string } | { ok: false; closest: string[] };

/**
 * Accepts a zone the runtime knows, in any letter case, and returns its usual spelling. Older
 * aliases such as `US/Eastern` pass too, since Intl (and so croner) understands them.
 */
export function checkTimeZone(input: string): ZoneCheck {
  const typed = input.trim();
  const listed = ZONES.find((zone) => zone.toLowerCase() === typed.toLowerCase());
  if (listed) return { ok: true, zone: listed };

  if (ZONE_NAME.test(typed)) {
    try {
      const zone = new Intl.DateTimeFormat('en-US', { timeZone: typed }).resolvedOptions().timeZone;
      return { ok: true, zone };
    } catch {
      // RangeError: the runtime does not know the zone; fall through to the suggestions.
    }
  }
  return { ok: false, closest: closestTimeZones(typed) };
}

/** Spaces typed for underscores (`new york`) are what members most often do. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '_');
}

/** The `count` zones nearest to a misspelt name, by edit distance to the whole name or its city. */
export function closestTimeZones(input: string, count = 3): string[] {
  const typed = normalise(input);
  const score = (zone: string) => {
    const name = zone.toLowerCase();
    const city = name.slice(name.lastIndexOf('/') + 1);
    return Math.min(distance(typed, name), distance(typed, city));
  };
  return ZONES.map((zone) => ({ zone, score: score(zone) }))
    .sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone))
    .slice(0, count)
    .map((scored) => scored.zone);
}

/**
 * Autocomplete choices: zones containing what was typed, those whose city starts with it first;
 * the closest spellings when nothing contains it. Discord takes at most 25 choices.
 * @see https://discord.com/developers/docs/interactions/application-commands#autocomplete
 */
export function suggestTimeZones(input: string, limit = 25): string[] {
  const typed = normalise(input);
  if (typed === '') return ZONES.slice(0, limit);

  const cityStarts = (zone: string) =>
    zone
      .toLowerCase()
      .slice(zone.lastIndexOf('/') + 1)
      .startsWith(typed);
  const containing = ZONES.filter((zone) => zone.toLowerCase().includes(typed));
  if (containing.length === 0) return closestTimeZones(input, limit);
  return [...containing.filter(cityStarts), ...containing.filter((z) => !cityStarts(z))].slice(0, limit);
}
