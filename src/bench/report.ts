import type { BenchFigures } from './run-bench.js';

type Figure = Exclude<keyof BenchFigures, 'cores' | 'node'>;

/** Issue 7's targets on 2 cores: `atLeast` for rates, `atMost` for times and memory. */
export const TARGETS: Record<Figure, { atLeast?: number; atMost?: number; what: string }> = {
  submissions_per_s: { atLeast: 3_000, what: 'answers taken end to end, 5,000 members, one round' },
  limit_ratio: { atLeast: 0.8, what: 'that rate over a bare discord.js client that only acknowledges' },
  ack_p99_ms: { atMost: 20, what: 'event received → callback sent in the bot, p99, during the burst' },
  reveal_ms: { atMost: 100, what: 'closing a round of 10,000 answers until the reveal is received' },
  leaderboard_p99_ms: { atMost: 10, what: '/leaderboard over 1,000,000 answers by 50,000 members, p99' },
  rss_mb: { atMost: 150, what: 'resident memory after READY, 1,000 guilds × 50 channels' },
  ready_ms: { atMost: 2_000, what: 'process start to ready with those guilds' },
};

export function meetsTarget(figure: Figure, value: number): boolean {
  const target = TARGETS[figure];
  if (target.atLeast !== undefined) return value >= target.atLeast;
  return value <= (target.atMost ?? Number.POSITIVE_INFINITY);
}

/** A Markdown table, ready for the README, with the machine it came from. */
export function formatTable(figures: BenchFigures): string {
  const rows = (Object.keys(TARGETS) as Figure[]).map((figure) => {
    const target = TARGETS[figure];
    const bound = target.atLeast !== undefined ? `≥ ${target.atLeast}` : `≤ ${target.atMost}`;
    const met = meetsTarget(figure, figures[figure]) ? 'yes' : 'no';
    return `| \`${figure}\` | ${figures[figure]} | ${bound} | ${met} | ${target.what} |`;
  });
  return [
    `quizbot benchmark · ${figures.cores} cores · Node ${figures.node}`,
    '',
    '| figure | measured | target | met | what |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
