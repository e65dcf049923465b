import { eq } from 'drizzle-orm';
import type { ScoringRule } from '../quiz/scoring.js';
import type { Db } from './connection.js';
import { guildSettings } from './schema.js';

export type GuildSettings = typeof guildSettings.$inferSelect;

export function readGuildSettings(db: Db, guildId: string): GuildSettings {
  const row = db.select().from(guildSettings).where(eq(guildSettings.guildId, guildId)).get();
  return row ?? { guildId, scoring: 'exact', moderatorRoleId: null, timezone: 'UTC' };
}

export function saveGuildSettings(
  db: Db,
  guildId: string,
  changes: Partial<Omit<GuildSettings, 'guildId'>>,
): GuildSettings {
  db.insert(guildSettings)
    .values({ guildId, ...changes })
    .onConflictDoUpdate({ target: guildSettings.guildId, set: changes })
    .run();
  return readGuildSettings(db, guildId);
}

export function readScoringRule(db: Db, guildId: string): ScoringRule {
  return readGuildSettings(db, guildId).scoring;
}
