import { availableParallelism } from 'node:os';
import { measureAnswerBurst } from './answer-burst.js';
import { measureLeaderboard } from './leaderboard.js';
import { startLocalBot } from './local-bot.js';
import { measureReveals } from './reveal.js';
import type { BenchSizes } from './sizes.js';
import { measureStartup } from './startup.js';
import { median, percentile } from './stats.js';

/** The figures of issue 7, under the names the README and `--json` use. */
export interface BenchFigures {
  submissions_per_s: number;
  limit_ratio: number;
  ack_p99_ms: number;
  reveal_ms: number;
  leaderboard_p99_ms: number;
  rss_mb: number;
  ready_ms: number;
  cores: number;
  node: string;
}

/** Runs every part in turn, each against its own local Discord; `progress` hears each step. */
export async function runBench(sizes: BenchSizes, progress: (step: string) => void): Promise<BenchFigures> {
  progress(`startup: ${sizes.guilds} guilds × ${sizes.channelsPerGuild} channels`);
  const startup = await measureStartup(sizes.guilds, sizes.channelsPerGuild);

  progress(`answer burst: ${sizes.members} members, bot then bare client`);
  const burst = await measureAnswerBurst(sizes.members, sizes.warmUpAnswers);

  progress(`reveal of ${sizes.revealAnswers} answers, then /leaderboard over ${sizes.leaderboardAnswers}`);
  const reveals = Array.from({ length: sizes.reveals }, (_, i) => ({ name: `reveal-${i}` }));
  const local = await startLocalBot({
    guilds: [
      { name: 'Reveals', channels: reveals },
      { name: 'Leaderboard', channels: [{ name: 'quiz' }] },
    ],
  });
  try {
    const revealMs = await measureReveals(local, sizes.revealAnswers);
    const leaderboardMs = await measureLeaderboard(local, {
      answers: sizes.leaderboardAnswers,
      members: sizes.leaderboardMembers,
      maxSamples: sizes.leaderboardSamples,
      maxMs: sizes.leaderboardMaxMs,
    });
    return {
      submissions_per_s: Math.round(burst.submissionsPerSecond),
      limit_ratio: round(burst.limitRatio, 2),
      ack_p99_ms: round(burst.ackP99Ms, 1),
      reveal_ms: round(median(revealMs), 1),
      leaderboard_p99_ms: round(percentile(leaderboardMs, 99), 1),
      rss_mb: round(startup.rssMb, 1),
      ready_ms: Math.round(startup.readyMs),
      cores: availableParallelism(),
      node: process.version,
    };
  } finally {
    await local.close();
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
