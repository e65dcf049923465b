import pino from 'pino';

/**
 * The one logger. Subsystems take a child (`logger.child({ module: 'reveal' })`) and add the
 * ids that matter (guild, channel, round, user). The redact list is a second line of defence:
 * no code path should hand the token to the logger in the first place.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'quizbot' },
  redact: {
    paths: ['token', '*.token', 'config.discordToken', 'headers.authorization'],
    censor: '[redacted]',
  },
});

export type Logger = pino.Logger;
