import pino from 'pino';

/**
 * The one logger. Subsystems take a child (`logger.child({ module: 'reveal' })`) and add the
 * ids that matter (guild, channel, round, user). The redact list is a second line of defence:
 * no code path should hand the token to the logger in the first place.
 */
export const logger = pino({
  level: startingLevel(process.env.LOG_LEVEL),
  base: { app: 'quizbot' },
  redact: {
    paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'],
    censor: '[redacted]',
  },
});

export type Logger = pino.Logger;

/**
 * The level before the configuration is read. pino throws on a level it does not know, and this
 * module loads before the config check that names a wrong LOG_LEVEL, so start at `info`.
 */
function startingLevel(wanted: string | undefined): string {
  return wanted !== undefined && (wanted in pino.levels.values || wanted === 'silent') ? wanted : 'info';
}
