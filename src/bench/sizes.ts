/** How big each part of the benchmark is. `full` is the scale the figures are defined at. */
export interface BenchSizes {
  members: number;
  warmUpAnswers: number;
  revealAnswers: number;
  reveals: number;
  leaderboardAnswers: number;
  leaderboardMembers: number;
  leaderboardSamples: number;
  leaderboardMaxMs: number;
  guilds: number;
  channelsPerGuild: number;
}

export const FULL_SIZES: BenchSizes = {
  members: 5_000,
  warmUpAnswers: 500,
  revealAnswers: 10_000,
  reveals: 3,
  leaderboardAnswers: 1_000_000,
  leaderboardMembers: 50_000,
  leaderboardSamples: 200,
  leaderboardMaxMs: 20_000,
  guilds: 1_000,
  channelsPerGuild: 50,
};

/** A run of a few seconds that exercises every part, for the smoke test. */
export const TINY_SIZES: BenchSizes = {
  members: 50,
  warmUpAnswers: 10,
  revealAnswers: 100,
  reveals: 1,
  leaderboardAnswers: 3_000,
  leaderboardMembers: 300,
  leaderboardSamples: 10,
  leaderboardMaxMs: 1_000,
  guilds: 10,
  channelsPerGuild: 5,
};
