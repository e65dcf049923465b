/** Discord's epoch: the first second of 2015, in milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000;

let lastMs = 0;
let sequence = 0;

/**
 * A snowflake shaped like Discord's: the timestamp sits in the top 42 bits, so ids sort by creation
 * time and discord.js's `createdTimestamp` gives a plausible date. Building a large state makes far
 * more than 4096 ids in one millisecond, so the clock borrows from the future rather than repeat an id.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
export function nextSnowflake(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs++;
    sequence = 0;
  }

  return ((BigInt(lastMs - DISCORD_EPOCH) << 22n) | BigInt(sequence)).toString();
}

/** Random letters for interaction tokens and session ids; real ones are opaque as well. */
export function randomToken(length = 48): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let token = '';
  for (let i = 0; i < length; i++) token += alphabet[Math.floor(Math.random() * alphabet.length)];
  return token;
}
